// The voice library (A6): uploads and text to speech become playable WAV files, reviewers approve or
// reject them, and the platform plays only approved audio, through the prompt catalog (A5 system
// prompts for the queue, the IVR's menus).
import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { UniqueConstraintViolationException } from '@mikro-orm/core'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import type { Database, EntityManager, TenantSql } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import type { AuditService } from '../audit/audit.service.js'
import { hasRoleAtLeast, Role } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { knownId } from '../organization/ids.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import { installQueueAudio } from '../acd/queue-audio.js'
import { inspectUpload, readWave, toPlayable, type PlayableAudio } from './audio.js'
import {
  DEFAULT_PROMPTS_DIR,
  DEFAULT_PROMPTS_MEDIA_DIR,
  defaultPromptFileName,
  installDefaultPrompts,
  TRANSFER_WAIT_TONE,
} from './default-prompts.js'
import { SystemPromptKind, type PromptCatalog, type PromptUsage } from './prompt-catalog.js'
import { TTS_SPEED, TtsVoice, type TtsEngine } from './tts.js'
import {
  PromptSource,
  PromptStatus,
  SystemPromptChoice,
  SystemPromptSetting,
  VoicePrompt,
} from './voice.entity.js'
import { pendingPromptsPage, systemPromptChoice, tenantOfPrompt } from './voice.store.js'
import { PromptDecision, type PromptReviewItem, type SystemPrompt, type TtsPreview } from './voice.types.js'

export interface VoiceOptions {
  mediaDir: string
  /** Users (by email, any tenant) who review every company's pending prompts: the platform operator. */
  platformReviewerEmails: readonly string[]
}

export type PromptVersion = 'current' | 'approved'

/** How system prompts are called in "in use by" errors. */
const SYSTEM_PROMPT_LABELS: Record<SystemPromptKind, string> = {
  [SystemPromptKind.AFTER_HOURS]: 'after-hours prompt',
  [SystemPromptKind.TRANSFER_WAIT]: 'transfer wait',
  [SystemPromptKind.QUEUE]: 'queue prompt',
  [SystemPromptKind.WRONG_KEY]: 'wrong-key prompt',
  [SystemPromptKind.SURVEY]: 'satisfaction survey',
}

const nameSchema = z
  .string({ message: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(40, 'must be at most 40 characters')

const ttsSchema = z.object({
  text: z
    .string({ message: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(500, 'must be at most 500 characters'),
  voice: z.enum(TtsVoice, { message: 'must be MANDARIN or ENGLISH' }),
  speed: z
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(TTS_SPEED.min, `must be ${TTS_SPEED.min} to ${TTS_SPEED.max} percent`)
    .max(TTS_SPEED.max, `must be ${TTS_SPEED.min} to ${TTS_SPEED.max} percent`)
    .nullish()
    .transform((speed) => speed ?? TTS_SPEED.normal),
})
const synthesizeSchema = ttsSchema.extend({ name: nameSchema })

const reviewSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal(PromptDecision.APPROVE), reason: z.unknown().optional() }),
  z.object({
    decision: z.literal(PromptDecision.REJECT),
    reason: z
      .string()
      .trim()
      .max(200, 'must be at most 200 characters')
      .nullish()
      .refine(
        (reason) => !!reason,
        problem('REJECTION_REASON_REQUIRED', 'is required to reject: say what to change'),
      )
      .transform((reason) => reason ?? ''),
  }),
])

const systemPromptSchema = z
  .object({
    kind: z.enum(SystemPromptKind, { message: 'is not a system prompt' }),
    choice: z.enum(SystemPromptChoice, { message: 'must be DEFAULT, PROMPT or TONE' }),
    promptId: z.string().nullish(),
  })
  .superRefine((input, context) => {
    if (input.choice === SystemPromptChoice.PROMPT && !input.promptId)
      context.addIssue({
        code: 'custom',
        path: ['promptId'],
        ...problem('REQUIRED', 'is required to use a library prompt'),
      })
    if (input.choice === SystemPromptChoice.TONE && input.kind !== SystemPromptKind.TRANSFER_WAIT)
      context.addIssue({
        code: 'custom',
        path: ['choice'],
        ...problem('TONE_ONLY_FOR_TRANSFER_WAIT', 'TONE is only for the transfer wait'),
      })
  })

const TTS_KEY = /^[0-9a-f]{64}$/

function snapshot(prompt: VoicePrompt): Record<string, unknown> {
  return {
    name: prompt.name,
    source: prompt.source,
    status: prompt.status,
    rejectReason: prompt.rejectReason ?? null,
    durationMs: prompt.durationMs,
    file: prompt.file,
    approvedFile: prompt.approvedFile ?? null,
  }
}

function nameClash(error: unknown, name: string): unknown {
  if (error instanceof UniqueConstraintViolationException)
    return new ConflictError('NAME_TAKEN', `A prompt named “${name}” already exists; choose another name.`, {
      field: 'name',
    })
  return error
}

export class VoiceService implements PromptCatalog {
  private readonly usages: PromptUsage[] = []
  private readonly reviewerEmails: Set<string>
  /** Resolves whether the built-in prompts and the queue's audio are in the media directory. */
  private shippedAudioInstalled: Promise<boolean> | undefined

  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tts: TtsEngine,
    private readonly options: VoiceOptions,
  ) {
    this.reviewerEmails = new Set(options.platformReviewerEmails.map((email) => email.toLowerCase()))
  }

  /** Other modules (IVR flows) that play prompts: a prompt any of them uses cannot be deleted. */
  addUsage(source: PromptUsage): void {
    this.usages.push(source)
  }

  // ── the catalog: what calls play ───────────────────────────────────────────────────────────────────

  async approvedFiles(em: EntityManager, promptIds: readonly string[]): Promise<Map<string, string>> {
    const ids = promptIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id))
    if (ids.length === 0) return new Map()
    const rows = await em.find(
      VoicePrompt,
      { id: { $in: ids }, approvedFile: { $ne: null } },
      { fields: ['id', 'approvedFile'] },
    )
    return new Map(rows.map((row) => [row.id, this.absolute(row.approvedFile!)]))
  }

  async systemPrompt(source: EntityManager | TenantSql, kind: SystemPromptKind): Promise<string> {
    // Started before the tenant's choice is known: a queue asks for its prompt when a caller enters it,
    // and the queue's own audio (acd/queue-audio.ts) must be in place whichever prompt the tenant chose.
    const isInstalled = this.installShippedAudio()
    const chosen = await systemPromptChoice(source, kind)
    if (chosen?.choice === SystemPromptChoice.TONE) return TRANSFER_WAIT_TONE
    if (chosen?.approvedFile) return this.absolute(chosen.approvedFile)
    const name = defaultPromptFileName(kind)
    // Should copying fail (a full or read-only volume), the repository's copy still serves a switch on
    // this host: a caller is never refused a queue for want of a greeting.
    return (await isInstalled)
      ? this.absolute(path.join(DEFAULT_PROMPTS_MEDIA_DIR, name))
      : path.join(DEFAULT_PROMPTS_DIR, name)
  }

  /**
   * Copies the built-in prompts and the queue's own audio into the media directory the switch reads,
   * once per process; after a failure the next call tries again.
   */
  private installShippedAudio(): Promise<boolean> {
    this.shippedAudioInstalled ??= Promise.all([
      installDefaultPrompts(this.options.mediaDir),
      installQueueAudio(this.options.mediaDir),
    ]).then(
      () => true,
      () => {
        this.shippedAudioInstalled = undefined
        return false
      },
    )
    return this.shippedAudioInstalled
  }

  // ── the library ────────────────────────────────────────────────────────────────────────────────────

  async list(
    viewer: Viewer,
    filter: { status?: PromptStatus | null; isUsable?: boolean | null; search?: string | null } = {},
    pageInput?: PageInput,
  ): Promise<Page<VoicePrompt>> {
    assertAdmin(viewer, 'manage the voice library')
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const where: Record<string, unknown> = {}
      if (filter.status) where.status = filter.status
      if (filter.isUsable === true) where.approvedFile = { $ne: null }
      if (filter.isUsable === false) where.approvedFile = null
      const search = filter.search?.trim()
      if (search) where.name = { $ilike: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` }
      const [items, totalCount] = await em.findAndCount(VoicePrompt, where, {
        orderBy: { updatedAt: 'desc', id: 'asc' },
        offset: page.offset,
        limit: page.limit,
      })
      return { items, totalCount, ...page }
    })
  }

  async upload(viewer: Viewer, input: { name: unknown; bytes: Buffer }): Promise<VoicePrompt> {
    assertAdmin(viewer, 'upload prompts')
    const name = validateInput(z.object({ name: nameSchema }), { name: input.name }).name
    const audio = toPlayable(inspectUpload(input.bytes))
    return this.create(viewer, { name, source: PromptSource.UPLOAD }, audio)
  }

  async synthesize(viewer: Viewer, input: Record<string, unknown>): Promise<VoicePrompt> {
    assertAdmin(viewer, 'add prompts')
    const data = validateInput(synthesizeSchema, input)
    const { audio } = await this.speech(data)
    return this.create(
      viewer,
      {
        name: data.name,
        source: PromptSource.TTS,
        ttsText: data.text,
        ttsVoice: data.voice,
        ttsSpeed: data.speed,
      },
      audio,
    )
  }

  /** Speech to listen to before saving it as a prompt: nothing is stored but the TTS cache entry. */
  async previewSpeech(viewer: Viewer, input: Record<string, unknown>): Promise<TtsPreview> {
    assertAdmin(viewer, 'use text to speech')
    const { key, audio } = await this.speech(validateInput(ttsSchema, input))
    return { audioUrl: `/media/tts/${key}`, durationMs: audio.durationMs, peaks: audio.peaks }
  }

  /** The cached speech file a preview URL names; the key is a hash of text, voice and speed. */
  async previewFile(viewer: Viewer, key: string): Promise<string> {
    assertAdmin(viewer, 'use text to speech')
    if (!TTS_KEY.test(key)) throw new NotFoundError('Speech preview')
    const file = path.join(this.options.mediaDir, 'tts-cache', `${key}.wav`)
    if (!(await stat(file).catch(() => null))) throw new NotFoundError('Speech preview')
    return file
  }

  /** New audio for a prompt: it goes back to review, and calls keep playing the last approved audio. */
  async replaceAudio(viewer: Viewer, id: string, bytes: Buffer): Promise<VoicePrompt> {
    assertAdmin(viewer, 'replace prompt audio')
    const audio = toPlayable(inspectUpload(bytes))
    const file = await this.store(viewer.tenantId, audio)
    const replaced = this.change(viewer, id, 'VOICE_PROMPT_AUDIO_REPLACED', async (_em, prompt) => {
      Object.assign(prompt, {
        source: PromptSource.UPLOAD,
        ttsText: null,
        ttsVoice: null,
        ttsSpeed: null,
        file,
        durationMs: audio.durationMs,
        peaks: audio.peaks,
        status: PromptStatus.PENDING,
        rejectReason: null,
        reviewedByName: null,
        reviewedAt: null,
        updatedAt: this.clock.now(),
      })
    })
    // A refused replacement (unknown prompt) leaves no file behind.
    return replaced.catch(async (error: unknown) => {
      await this.forgetUnusedFiles(viewer.tenantId, [file])
      throw error
    })
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    await this.change(viewer, id, 'VOICE_PROMPT_DELETED', async (em, prompt) => {
      const { systemPrompts, others } = await this.usersOf(em, prompt.id)
      const users = [...systemPrompts, ...others.map((user) => user.usedBy)]
      const message = `“${prompt.name}” is in use by ${users.join(', ')}; choose another prompt there first.`
      // The kinds of system prompts have no name to show: the consoles word that case on its own.
      if (others.length)
        throw new ConflictError('IN_USE', message, {
          field: 'id',
          params: { users: others.map((user) => user.name).join(', ') },
        })
      if (systemPrompts.length) throw new ConflictError('PROMPT_IN_BASIC_SETTINGS', message, { field: 'id' })
      em.remove(prompt)
    })
    return true
  }

  /** The file the browser plays: the newest audio, or the approved one callers hear. */
  async playableFile(viewer: Viewer, id: string, version: PromptVersion): Promise<string> {
    const tenantId = await this.tenantToReview(viewer, id)
    const prompt = await this.db.inTenant(tenantId, (em) =>
      em.findOne(VoicePrompt, { id: knownId(id, 'Prompt'), tenantId }),
    )
    if (!prompt) throw new NotFoundError('Prompt')
    const file = version === 'approved' ? prompt.approvedFile : prompt.file
    if (!file) throw new NotFoundError('Approved audio of this prompt')
    return this.absolute(file)
  }

  // ── review ─────────────────────────────────────────────────────────────────────────────────────────

  /** The company's super admin reviews its prompts; platform reviewers review every company's. */
  async canReview(viewer: Viewer): Promise<boolean> {
    return viewer.role === Role.SUPER_ADMIN || (await this.isPlatformReviewer(viewer))
  }

  async reviewQueue(viewer: Viewer, pageInput?: PageInput): Promise<Page<PromptReviewItem>> {
    const page = validatePage(pageInput)
    if (await this.isPlatformReviewer(viewer)) {
      const { rows, totalCount } = await pendingPromptsPage(this.db, page.limit, page.offset)
      // One transaction per company on the page, each under that company's row-level security.
      const prompts = new Map<string, VoicePrompt>()
      for (const tenantId of new Set(rows.map((row) => row.tenantId))) {
        const ids = rows.filter((row) => row.tenantId === tenantId).map((row) => row.id)
        const found = await this.db.inTenant(tenantId, (em) =>
          em.find(VoicePrompt, { id: { $in: ids }, tenantId }),
        )
        for (const prompt of found) prompts.set(prompt.id, prompt)
      }
      const items = rows.flatMap((row) => {
        const prompt = prompts.get(row.id)
        return prompt ? [{ prompt, companyName: row.companyName }] : []
      })
      return { items, totalCount, ...page }
    }
    if (viewer.role !== Role.SUPER_ADMIN)
      throw new ForbiddenError('Only the super administrator reviews prompts.')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const [prompts, totalCount] = await em.findAndCount(
        VoicePrompt,
        { status: PromptStatus.PENDING },
        { orderBy: { updatedAt: 'asc', id: 'asc' }, offset: page.offset, limit: page.limit },
      )
      const company = await em.findOneOrFail(Tenant, { id: viewer.tenantId }, { fields: ['name'] })
      return { items: prompts.map((prompt) => ({ prompt, companyName: company.name })), totalCount, ...page }
    })
  }

  async review(viewer: Viewer, id: string, input: Record<string, unknown>): Promise<VoicePrompt> {
    const decision = validateInput(reviewSchema, input)
    const tenantId = await this.tenantToReview(viewer, id)
    if (!(await this.canReview(viewer)))
      throw new ForbiddenError('Only the super administrator or a platform reviewer reviews prompts.')
    const reviewerName = await this.db.inTenant(viewer.tenantId, async (em) => {
      const user = await em.findOne(User, { id: viewer.userId }, { fields: ['name'] })
      return user?.name ?? null
    })
    // A platform reviewer acts in the prompt's own company; the audit entry is that company's.
    const actor = { ...viewer, tenantId }
    const superseded: string[] = []
    const prompt = await this.changeIn(actor, id, 'VOICE_PROMPT_REVIEWED', async (_em, prompt) => {
      if (prompt.status !== PromptStatus.PENDING)
        throw new ConflictError(
          'ALREADY_REVIEWED',
          `“${prompt.name}” is already ${prompt.status.toLowerCase()}; only pending prompts are reviewed.`,
          { field: 'id' },
        )
      if (decision.decision === PromptDecision.APPROVE) {
        if (prompt.approvedFile && prompt.approvedFile !== prompt.file) superseded.push(prompt.approvedFile)
        prompt.status = PromptStatus.APPROVED
        prompt.approvedFile = prompt.file
        prompt.approvedDurationMs = prompt.durationMs
        prompt.rejectReason = null
      } else {
        prompt.status = PromptStatus.REJECTED
        prompt.rejectReason = decision.reason
      }
      prompt.reviewedByName = reviewerName
      prompt.reviewedAt = this.clock.now()
    })
    await this.forgetUnusedFiles(tenantId, superseded)
    return prompt
  }

  // ── system prompts (A5) ────────────────────────────────────────────────────────────────────────────

  async systemPrompts(viewer: Viewer): Promise<SystemPrompt[]> {
    assertAdmin(viewer, 'see the basic settings')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const settings = await em.find(SystemPromptSetting, {})
      const prompts = await em.find(VoicePrompt, {
        id: { $in: settings.flatMap((setting) => (setting.promptId ? [setting.promptId] : [])) },
      })
      return Object.values(SystemPromptKind).map((kind) => {
        const setting = settings.find((candidate) => candidate.kind === kind)
        const prompt = prompts.find((candidate) => candidate.id === setting?.promptId) ?? null
        return this.systemPromptView(kind, setting ?? null, prompt)
      })
    })
  }

  async updateSystemPrompt(viewer: Viewer, input: Record<string, unknown>): Promise<SystemPrompt> {
    assertAdmin(viewer, 'change the basic settings')
    const data = validateInput(systemPromptSchema, input)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      let prompt: VoicePrompt | null = null
      if (data.choice === SystemPromptChoice.PROMPT) {
        prompt = await em.findOne(VoicePrompt, { id: knownId(data.promptId!, 'Prompt') })
        if (!prompt) throw new NotFoundError('Prompt')
        if (!prompt.approvedFile)
          throw new ValidationError([
            {
              field: 'promptId',
              code: 'PROMPT_NOT_APPROVED',
              message: `“${prompt.name}” is not approved yet; only approved prompts can be played to callers`,
            },
          ])
      }
      const before = await em.findOne(SystemPromptSetting, { kind: data.kind })
      const beforeSnapshot = before ? { choice: before.choice, promptId: before.promptId ?? null } : null
      let setting: SystemPromptSetting | null = null
      if (data.choice === SystemPromptChoice.DEFAULT) {
        if (before) em.remove(before)
      } else {
        setting =
          before ??
          em.create(SystemPromptSetting, {
            tenantId: viewer.tenantId,
            kind: data.kind,
            choice: data.choice,
            updatedAt: this.clock.now(),
          })
        setting.choice = data.choice
        setting.promptId = prompt?.id ?? null
        setting.updatedAt = this.clock.now()
      }
      await this.audit.record(em, viewer, {
        action: 'SYSTEM_PROMPT_UPDATED',
        entityType: 'SYSTEM_PROMPT',
        entityId: null,
        before: beforeSnapshot && { kind: data.kind, ...beforeSnapshot },
        after: { kind: data.kind, choice: data.choice, promptId: prompt?.id ?? null },
      })
      return this.systemPromptView(data.kind, setting, prompt)
    })
  }

  private systemPromptView(
    kind: SystemPromptKind,
    setting: SystemPromptSetting | null,
    prompt: VoicePrompt | null,
  ): SystemPrompt {
    const choice = setting?.choice ?? SystemPromptChoice.DEFAULT
    return {
      kind,
      choice,
      prompt,
      audioUrl:
        choice === SystemPromptChoice.TONE
          ? null
          : (prompt?.approvedAudioUrl ?? `/media/default-prompts/${defaultPromptFileName(kind)}`),
      updatedAt: setting?.updatedAt ?? null,
    }
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────────────

  /** Who plays a prompt: the company's system prompts and every registered usage source (IVR flows). */
  private async usersOf(em: EntityManager, promptId: string) {
    const settings = await em.find(SystemPromptSetting, { promptId })
    const systemPrompts = settings.map(
      (setting) => `the ${SYSTEM_PROMPT_LABELS[setting.kind]} in basic settings`,
    )
    const others: Array<{ usedBy: string; name: string }> = []
    for (const usage of this.usages) others.push(...(await usage.usersOf(em, promptId)))
    return { systemPrompts, others }
  }

  /** Text to speech through the cache: the same text, voice and speed never run the engine twice. */
  private async speech(input: {
    text: string
    voice: TtsVoice
    speed: number
  }): Promise<{ key: string; audio: PlayableAudio }> {
    const key = createHash('sha256')
      .update(JSON.stringify([this.tts.id, input.voice, input.speed, input.text]))
      .digest('hex')
    const file = path.join(this.options.mediaDir, 'tts-cache', `${key}.wav`)
    const cached = await readFile(file).catch(() => null)
    if (cached) return { key, audio: toPlayable(readWave(cached)) }
    const audio = toPlayable(readWave(await this.tts.synthesize(input.text, input.voice, input.speed)))
    await writeAtomically(file, audio.bytes)
    return { key, audio }
  }

  private async create(
    viewer: Viewer,
    fields: Pick<VoicePrompt, 'name' | 'source'> &
      Partial<Pick<VoicePrompt, 'ttsText' | 'ttsVoice' | 'ttsSpeed'>>,
    audio: PlayableAudio,
  ): Promise<VoicePrompt> {
    const file = await this.store(viewer.tenantId, audio)
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        const now = this.clock.now()
        const prompt = em.create(VoicePrompt, {
          id: randomUUID(),
          tenantId: viewer.tenantId,
          ...fields,
          status: PromptStatus.PENDING,
          file,
          durationMs: audio.durationMs,
          peaks: audio.peaks,
          createdBy: viewer.apiKeyId ? null : viewer.userId,
          createdAt: now,
          updatedAt: now,
        })
        // Flushed here so that a name clash is reported before the audit entry is written.
        await em.flush()
        await this.audit.record(em, viewer, {
          action: 'VOICE_PROMPT_ADDED',
          entityType: 'VOICE_PROMPT',
          entityId: prompt.id,
          after: snapshot(prompt),
        })
        return prompt
      })
    } catch (error) {
      await this.forgetUnusedFiles(viewer.tenantId, [file])
      throw nameClash(error, fields.name)
    }
  }

  private change(
    viewer: Viewer,
    id: string,
    action: string,
    apply: (em: EntityManager, prompt: VoicePrompt) => Promise<void>,
  ): Promise<VoicePrompt> {
    assertAdmin(viewer, 'change prompts')
    return this.changeIn(viewer, id, action, apply)
  }

  /** Loads, changes and audits one prompt in its tenant; files no row needs any more are removed after. */
  private async changeIn(
    viewer: Viewer,
    id: string,
    action: string,
    apply: (em: EntityManager, prompt: VoicePrompt) => Promise<void>,
  ): Promise<VoicePrompt> {
    let filesBefore: string[] = []
    const prompt = await this.db.inTenant(viewer.tenantId, async (em) => {
      const prompt = await em.findOne(VoicePrompt, { id: knownId(id, 'Prompt'), tenantId: viewer.tenantId })
      if (!prompt) throw new NotFoundError('Prompt')
      const before = snapshot(prompt)
      filesBefore = [prompt.file, prompt.approvedFile ?? ''].filter(Boolean)
      await apply(em, prompt)
      await em.flush()
      await this.audit.record(em, viewer, {
        action,
        entityType: 'VOICE_PROMPT',
        entityId: prompt.id,
        before,
        after: action === 'VOICE_PROMPT_DELETED' ? null : snapshot(prompt),
      })
      return prompt
    })
    await this.forgetUnusedFiles(viewer.tenantId, filesBefore)
    return prompt
  }

  /** Content-addressed: the same audio twice is one file, and a file never changes once written. */
  private async store(tenantId: string, audio: PlayableAudio): Promise<string> {
    const digest = createHash('sha256').update(audio.bytes).digest('hex')
    const relative = path.join('prompts', tenantId, `${digest}.wav`)
    const file = this.absolute(relative)
    if (!(await stat(file).catch(() => null))) await writeAtomically(file, audio.bytes)
    return relative
  }

  /** Deletes files that no prompt of the tenant points at any more (replaced, superseded, deleted). */
  private async forgetUnusedFiles(tenantId: string, files: string[]): Promise<void> {
    if (files.length === 0) return
    const used = await this.db.inTenant(tenantId, (em) =>
      em.find(
        VoicePrompt,
        { $or: [{ file: { $in: files } }, { approvedFile: { $in: files } }] },
        { fields: ['file', 'approvedFile'] },
      ),
    )
    const kept = new Set(used.flatMap((prompt) => [prompt.file, prompt.approvedFile]))
    for (const file of new Set(files)) if (!kept.has(file)) await rm(this.absolute(file), { force: true })
  }

  /**
   * The tenant whose prompt `id` is, when the viewer may act on it: their own company's, or any
   * company's for a platform reviewer. Anyone else gets "not found", as for every foreign ID.
   */
  private async tenantToReview(viewer: Viewer, id: string): Promise<string> {
    const promptId = knownId(id, 'Prompt')
    if (!(await this.isPlatformReviewer(viewer))) {
      assertAdmin(viewer, 'listen to prompts')
      return viewer.tenantId
    }
    const tenantId = await tenantOfPrompt(this.db, promptId)
    if (!tenantId) throw new NotFoundError('Prompt')
    return tenantId
  }

  private async isPlatformReviewer(viewer: Viewer): Promise<boolean> {
    if (this.reviewerEmails.size === 0 || viewer.apiKeyId) return false
    const user = await this.db.inTenant(viewer.tenantId, (em) =>
      em.findOne(User, { id: viewer.userId }, { fields: ['email'] }),
    )
    return Boolean(user && this.reviewerEmails.has(user.email.toLowerCase()))
  }

  private absolute(relative: string): string {
    return path.join(this.options.mediaDir, relative)
  }
}

function assertAdmin(viewer: Viewer, what: string): void {
  if (!hasRoleAtLeast(viewer.role, Role.ADMIN)) throw new ForbiddenError(`Only administrators ${what}.`)
}

async function writeAtomically(file: string, bytes: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${randomUUID()}.tmp`
  await writeFile(temporary, bytes)
  await rename(temporary, file)
}
