// The voice library through the real API (A5, A6): uploads over HTTP, playback with ranges, review
// by the super admin and a platform reviewer, text to speech, system prompts, and what the queue plays.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AcdFixture, ExecutedApps } from '../../../test/acd-fixtures.js'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { addAgent, signInInvited, signupTenant, type TestTenant } from '../../../test/factories.js'
import { systemClock } from '../../common/clock.js'
import { TRANSFER_WAIT_TONE } from './default-prompts.js'
import { SystemPromptKind } from './prompt-catalog.js'
import { EspeakTts, TtsVoice, type TtsEngine } from './tts.js'
import { VoiceService } from './voice.service.js'

const reviewerEmail = `reviewer-${randomBytes(4).toString('hex')}@example.com`
const dir = mkdtempSync(path.join(tmpdir(), 'cc-voice-'))

function tone(name: string, hertz: number, format = ['-r', '8000', '-c', '1', '-b', '16']): Buffer {
  const file = path.join(dir, name)
  execFileSync('sox', ['-n', ...format, file, 'synth', '1', 'sine', String(hertz)])
  return readFileSync(file)
}

const PROMPT_FIELDS = 'id name status source rejectReason durationMs peaks isUsable audioUrl approvedAudioUrl'
const LIST = `query ($filter: VoicePromptFilter) { voicePrompts(filter: $filter) { totalCount items { ${PROMPT_FIELDS} } } }`
const REVIEW = `mutation ($id: ID!, $input: ReviewPromptInput!) { reviewVoicePrompt(id: $id, input: $input) { ${PROMPT_FIELDS} } }`
const SET_SYSTEM_PROMPT = `mutation ($input: UpdateSystemPromptInput!) {
  updateSystemPrompt(input: $input) { kind choice audioUrl prompt { id } } }`
const DELETE = 'mutation ($id: ID!) { deleteVoicePrompt(id: $id) }'

interface Prompt {
  id: string
  name: string
  status: string
  source: string
  rejectReason: string | null
  durationMs: number
  peaks: number[]
  isUsable: boolean
  audioUrl: string
  approvedAudioUrl: string | null
}

let api: TestApi
let acd: AcdFixture
let company: TestTenant
let other: TestTenant
let adminToken: string
let agentToken: string
let reviewerToken: string

beforeAll(async () => {
  api = await startTestApi({
    env: {
      PLATFORM_REVIEWER_EMAILS: reviewerEmail.toUpperCase(),
      LOG_LEVEL: process.env.VOICE_LOG ?? 'silent',
      CALL_RECORD_FLUSH_MS: '10',
      SWITCH_OWNERSHIP_POLL_MS: '200',
      ACD_SWEEP_MS: '100',
    },
  })
  company = await signupTenant(api, 'Voice Co')
  acd = await AcdFixture.create(api, company)
  other = await signupTenant(api, 'Operator Ltd')
  const admin = await addAgent(api, company.token, { role: 'ADMIN' })
  adminToken = await signInInvited(api, admin.email)
  const agent = await addAgent(api, company.token)
  agentToken = await signInInvited(api, agent.email)
  // The platform operator's reviewer is an ordinary agent of another company, listed by email.
  await addAgent(api, other.token, { email: reviewerEmail })
  reviewerToken = await signInInvited(api, reviewerEmail)
}, 90_000)
afterAll(async () => {
  await api?.stop()
  rmSync(dir, { recursive: true, force: true })
})

async function gql<T>(query: string, variables: Record<string, unknown> = {}, token = company.token) {
  return api.graphql<T>(query, variables, { token })
}

/** Sends a WAV as the admin console does: multipart, the name field before the file. */
async function send(
  method: 'POST' | 'PUT',
  url: string,
  bytes: Buffer,
  { token = company.token, name }: { token?: string | null; name?: string } = {},
) {
  const form = new FormData()
  if (name !== undefined) form.append('name', name)
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'audio/wav' }), 'prompt.wav')
  const response = await fetch(`${api.url}${url}`, {
    method,
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
  return {
    status: response.status,
    body: (await response.json()) as {
      prompt?: { id: string; status: string }
      errors?: { message: string; extensions: { code: string; problems?: unknown } }[]
    },
  }
}

async function upload(name: string, bytes: Buffer): Promise<string> {
  const result = await send('POST', '/media/prompts', bytes, { name })
  expect(result.status).toBe(201)
  return result.body.prompt!.id
}

async function promptById(id: string): Promise<Prompt> {
  const list = await gql<{ voicePrompts: { items: Prompt[] } }>(LIST)
  return list.data!.voicePrompts.items.find((prompt) => prompt.id === id)!
}

async function approve(id: string, token = company.token) {
  const result = await gql<{ reviewVoicePrompt: Prompt }>(
    REVIEW,
    { id, input: { decision: 'APPROVE' } },
    token,
  )
  expect(result.errors).toBeUndefined()
  return result.data!.reviewVoicePrompt
}

async function audioOf(url: string, token = company.token): Promise<Response> {
  return fetch(`${api.url}${url}`, { headers: { authorization: `Bearer ${token}` } })
}

const catalog = () => api.services.voice

describe('A6 voice library: uploads', () => {
  it('A6: an admin uploads a WAV; it is listed PENDING with its duration and waveform, not yet usable', async () => {
    const id = await upload('Welcome', tone('welcome.wav', 440))
    const prompt = await promptById(id)
    expect(prompt).toMatchObject({ name: 'Welcome', status: 'PENDING', source: 'UPLOAD', isUsable: false })
    expect(prompt.durationMs).toBe(1000)
    expect(prompt.peaks.length).toBeGreaterThan(100)
    expect(prompt.approvedAudioUrl).toBeNull()
  })

  it('A6: a bad file is refused with the rule it breaks, and nothing is added', async () => {
    const before = (await gql<{ voicePrompts: { totalCount: number } }>(LIST)).data!.voicePrompts.totalCount
    const stereo = await send(
      'POST',
      '/media/prompts',
      tone('stereo.wav', 440, ['-r', '8000', '-c', '2', '-b', '16']),
      {
        name: 'Stereo',
      },
    )
    expect(stereo.status).toBe(400)
    expect(stereo.body.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        {
          field: 'file',
          code: 'WAV_NOT_MONO',
          params: { channels: 2 },
          message: 'has 2 channels; prompts must be mono (one channel)',
        },
      ],
    })
    // Two minutes at 48 kHz: 11.5 MB, refused while still streaming in.
    const big = path.join(dir, 'big.wav')
    execFileSync('sox', ['-n', '-r', '48000', '-c', '1', '-b', '16', big, 'synth', '120', 'sine', '440'])
    const oversized = await send('POST', '/media/prompts', readFileSync(big), { name: 'Big' })
    expect(oversized.status).toBe(400)
    expect(oversized.body.errors![0]!.extensions.problems).toEqual([
      { field: 'file', code: 'FILE_TOO_LARGE', params: { limit: '10 MB' }, message: 'is larger than 10 MB' },
    ])
    const unnamed = await send('POST', '/media/prompts', tone('unnamed.wav', 440))
    expect(unnamed.body.errors![0]!.extensions.problems).toEqual([
      { field: 'name', code: 'REQUIRED', message: 'is required' },
    ])
    const duplicate = await send('POST', '/media/prompts', tone('dup.wav', 300), { name: 'welcome' })
    expect(duplicate.status).toBe(409)
    expect(duplicate.body.errors![0]!.message).toMatch(/A prompt named “welcome” already exists/)
    expect(duplicate.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NAME_TAKEN' })
    expect((await gql<{ voicePrompts: { totalCount: number } }>(LIST)).data!.voicePrompts.totalCount).toBe(
      before,
    )
  })

  it('A6: uploads need a signed-in administrator', async () => {
    const bytes = tone('auth.wav', 440)
    expect((await send('POST', '/media/prompts', bytes, { token: null, name: 'Anon' })).status).toBe(401)
    const asAgent = await send('POST', '/media/prompts', bytes, { token: agentToken, name: 'Agent' })
    expect(asAgent.status).toBe(403)
    expect(asAgent.body.errors![0]!.extensions.code).toBe('FORBIDDEN')
  })

  it('A6: the browser plays a prompt with HTTP ranges; another company gets not found', async () => {
    const id = await upload('Ranged', tone('ranged.wav', 500))
    const ranged = await fetch(`${api.url}/media/prompts/${id}?version=current`, {
      headers: { authorization: `Bearer ${company.token}`, range: 'bytes=0-43' },
    })
    expect(ranged.status).toBe(206)
    expect(ranged.headers.get('content-type')).toBe('audio/wav')
    expect(Buffer.from(await ranged.arrayBuffer()).toString('latin1', 0, 4)).toBe('RIFF')
    expect((await audioOf(`/media/prompts/${id}`, other.token)).status).toBe(404)
    expect(
      (await send('PUT', `/media/prompts/${id}`, tone('foreign.wav', 600), { token: other.token })).status,
    ).toBe(404)
    // Never approved: there is no approved version to play yet.
    expect((await audioOf(`/media/prompts/${id}?version=approved`)).status).toBe(404)
  })
})

describe('A6 review', () => {
  it('A6: only the super admin (or a platform reviewer) approves; an admin may not', async () => {
    const id = await upload('Needs review', tone('review.wav', 700))
    const asAdmin = await gql(REVIEW, { id, input: { decision: 'APPROVE' } }, adminToken)
    expect(asAdmin.errors![0]!.extensions!.code).toBe('FORBIDDEN')
    expect(
      (await gql<{ canReviewPrompts: boolean }>('{ canReviewPrompts }', {}, adminToken)).data!
        .canReviewPrompts,
    ).toBe(false)
    const approved = await approve(id)
    expect(approved).toMatchObject({ status: 'APPROVED', isUsable: true })
    const again = await gql(REVIEW, { id, input: { decision: 'APPROVE' } })
    expect(again.errors![0]!.message).toMatch(/already approved; only pending prompts are reviewed/)
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REVIEWED' })
  })

  it('A6: rejecting needs a reason, which the admin then sees', async () => {
    const id = await upload('Too quiet', tone('quiet.wav', 800))
    const noReason = await gql(REVIEW, { id, input: { decision: 'REJECT' } })
    expect(noReason.errors![0]!.extensions!.problems).toEqual([
      {
        field: 'reason',
        code: 'REJECTION_REASON_REQUIRED',
        message: 'is required to reject: say what to change',
      },
    ])
    const rejected = await gql<{ reviewVoicePrompt: Prompt }>(REVIEW, {
      id,
      input: { decision: 'REJECT', reason: 'Too quiet, record it again' },
    })
    expect(rejected.data!.reviewVoicePrompt).toMatchObject({
      status: 'REJECTED',
      rejectReason: 'Too quiet, record it again',
      isUsable: false,
    })
  })

  it('A6: replacing approved audio sends it back to review while calls keep playing the approved version', async () => {
    const first = tone('v1.wav', 440)
    const id = await upload('Menu', first)
    await approve(id)
    const [approvedFile] = (
      await api.db.inTenant(company.tenantId, (em) => catalog().approvedFiles(em, [id]))
    ).values()
    const replaced = await send(
      'PUT',
      `/media/prompts/${id}`,
      tone('v2.wav', 880, ['-r', '16000', '-c', '1', '-b', '16']),
    )
    expect(replaced.body.prompt).toMatchObject({ status: 'PENDING' })
    const prompt = await promptById(id)
    expect(prompt).toMatchObject({ status: 'PENDING', isUsable: true })
    // The switch and the browser still get the approved audio; reviewers hear the new one.
    const files = await api.db.inTenant(company.tenantId, (em) => catalog().approvedFiles(em, [id]))
    expect(files.get(id)).toBe(approvedFile)
    const approvedAudio = Buffer.from(await (await audioOf(prompt.approvedAudioUrl!)).arrayBuffer())
    const currentAudio = Buffer.from(await (await audioOf(prompt.audioUrl)).arrayBuffer())
    expect(approvedAudio.readUInt32LE(24)).toBe(8000)
    expect(currentAudio.readUInt32LE(24)).toBe(16000)
    // Approving the new audio makes it the one calls play, and the old file goes.
    await approve(id)
    const after = await api.db.inTenant(company.tenantId, (em) => catalog().approvedFiles(em, [id]))
    expect(after.get(id)).not.toBe(approvedFile)
    expect(existsSync(approvedFile!)).toBe(false)
  })

  it('A6: a platform reviewer sees every company’s pending prompts and approves them; others’ queues stay private', async () => {
    const id = await upload('For the platform', tone('platform.wav', 520))
    const queue = await gql<{
      promptReviewQueue: { totalCount: number; items: { companyName: string; prompt: { id: string } }[] }
    }>('{ promptReviewQueue { totalCount items { companyName prompt { id } } } }', {}, reviewerToken)
    expect(queue.data!.promptReviewQueue.items).toContainEqual({ companyName: 'Voice Co', prompt: { id } })
    expect((await audioOf(`/media/prompts/${id}`, reviewerToken)).status).toBe(200)
    expect((await approve(id, reviewerToken)).status).toBe('APPROVED')
    // The other company's own super admin is no platform reviewer: the prompt is not theirs to see.
    const foreign = await gql('{ promptReviewQueue { items { prompt { id } } } }', {}, other.token)
    expect(JSON.stringify(foreign.data)).not.toContain(id)
    const foreignReview = await gql(REVIEW, { id, input: { decision: 'REJECT', reason: 'x' } }, other.token)
    expect(foreignReview.errors![0]!.extensions!.code).toBe('NOT_FOUND')
  })
})

describe('A5 system prompts', () => {
  it('A5: every system prompt plays the built-in audio until the company chooses an approved prompt', async () => {
    const defaults = await gql<{ systemPrompts: { kind: string; choice: string; audioUrl: string }[] }>(
      '{ systemPrompts { kind choice audioUrl } }',
    )
    expect(defaults.data!.systemPrompts.map((prompt) => prompt.kind)).toEqual(Object.values(SystemPromptKind))
    for (const prompt of defaults.data!.systemPrompts) {
      expect(prompt.choice).toBe('DEFAULT')
      const audio = await audioOf(prompt.audioUrl)
      expect(audio.status).toBe(200)
      expect(Buffer.from(await audio.arrayBuffer()).readUInt32LE(24)).toBe(8000)
    }
    const file = await api.db.inTenant(company.tenantId, (em) =>
      catalog().systemPrompt(em, SystemPromptKind.AFTER_HOURS),
    )
    expect(file).toBe(path.join(api.dataDir, 'media', 'prompts', 'default', 'after-hours.wav'))
    expect(existsSync(file)).toBe(true)
  })

  it('A5: an unapproved prompt is refused; TONE is only for the transfer wait', async () => {
    const id = await upload('Pending queue prompt', tone('pending.wav', 610))
    const pending = await gql(SET_SYSTEM_PROMPT, { input: { kind: 'QUEUE', choice: 'PROMPT', promptId: id } })
    expect(pending.errors![0]!.extensions!.problems).toEqual([
      {
        field: 'promptId',
        code: 'PROMPT_NOT_APPROVED',
        message: '“Pending queue prompt” is not approved yet; only approved prompts can be played to callers',
      },
    ])
    const queueTone = await gql(SET_SYSTEM_PROMPT, { input: { kind: 'QUEUE', choice: 'TONE' } })
    expect(queueTone.errors![0]!.extensions!.problems).toEqual([
      { field: 'choice', code: 'TONE_ONLY_FOR_TRANSFER_WAIT', message: 'TONE is only for the transfer wait' },
    ])
    const wait = await gql<{ updateSystemPrompt: { choice: string; audioUrl: string | null } }>(
      SET_SYSTEM_PROMPT,
      {
        input: { kind: 'TRANSFER_WAIT', choice: 'TONE' },
      },
    )
    expect(wait.data!.updateSystemPrompt).toEqual({
      kind: 'TRANSFER_WAIT',
      choice: 'TONE',
      audioUrl: null,
      prompt: null,
    })
    expect(
      await api.db.inTenant(company.tenantId, (em) =>
        catalog().systemPrompt(em, SystemPromptKind.TRANSFER_WAIT),
      ),
    ).toMatch(/^tone_stream:\/\//)
  })

  it('A5: the queue plays the company’s queue prompt to a caller who joins it', async () => {
    const apps = new ExecutedApps(acd.sim)
    try {
      const id = await upload('Our queue prompt', tone('queue.wav', 660))
      await approve(id)
      const chosen = await gql(SET_SYSTEM_PROMPT, {
        input: { kind: 'QUEUE', choice: 'PROMPT', promptId: id },
      })
      expect(chosen.errors).toBeUndefined()
      const [file] = (
        await api.db.inTenant(company.tenantId, (em) => catalog().approvedFiles(em, [id]))
      ).values()
      const number = await acd.numberFor(await acd.skillGroup())
      const caller = await acd.sim.placeInboundCall({ from: '13600136100', to: number })
      await eventually(() => expect(apps.dataOf(caller, 'playback')).toContain(file))
    } finally {
      await apps.close()
    }
  })

  it('A5: a customer put on hold hears the company’s transfer wait', async () => {
    await gql(SET_SYSTEM_PROMPT, { input: { kind: 'TRANSFER_WAIT', choice: 'TONE' } })
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const agent = await acd.readyAgent([group])
    const caller = await acd.sim.placeInboundCall({ from: '13600136101', to: number })
    await eventually(() => expect(acd.channel(caller)?.bridgedTo).toBeTruthy())
    const agentLeg = acd.channel(caller)!.bridgedTo!
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('ON_CALL'))
    await acd.gql(
      'mutation ($k: String!) { holdCall(on: true, idempotencyKey: $k) { callId } }',
      { k: randomBytes(8).toString('hex') },
      agent.token,
    )
    // The customer waits out of the bridge, hearing the company's choice: the ringback tone.
    await eventually(() => expect(acd.channel(caller)?.bridgedTo).toBeUndefined())
    await eventually(() =>
      expect(acd.sim.heard(caller).at(-1)?.heard).toBe(`tone:${/,(\d+)\)/.exec(TRANSFER_WAIT_TONE)![1]}`),
    )
    expect(acd.channel(agentLeg)).toBeDefined()
    acd.sim.hangup(caller)
  })

  it('A6: a prompt in use cannot be deleted, and the error names who uses it', async () => {
    const id = await upload('In use', tone('inuse.wav', 720))
    await approve(id)
    await gql(SET_SYSTEM_PROMPT, { input: { kind: 'SURVEY', choice: 'PROMPT', promptId: id } })
    catalog().addUsage({
      usersOf: async (_em, promptId) =>
        promptId === id ? [{ usedBy: 'IVR flow “Main menu”', name: '“Main menu”' }] : [],
    })
    const refused = await gql(DELETE, { id })
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IN_USE',
      params: { users: '“Main menu”' },
    })
    expect(refused.errors![0]!.message).toBe(
      '“In use” is in use by the satisfaction survey in basic settings, IVR flow “Main menu”; choose another prompt there first.',
    )
    // Used by the basic settings alone: a refusal of its own, as a system prompt has no name to list.
    const survey = await upload('Survey only', tone('survey.wav', 730))
    await approve(survey)
    await gql(SET_SYSTEM_PROMPT, { input: { kind: 'SURVEY', choice: 'PROMPT', promptId: survey } })
    const settingsOnly = await gql(DELETE, { id: survey })
    expect(settingsOnly.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PROMPT_IN_BASIC_SETTINGS',
    })
  })

  it('A6: an unused prompt is deleted with its audio file', async () => {
    const id = await upload('Old greeting', tone('old.wav', 740))
    const prompt = await promptById(id)
    expect((await audioOf(prompt.audioUrl)).status).toBe(200)
    const deleted = await gql(DELETE, { id })
    expect(deleted.data).toEqual({ deleteVoicePrompt: true })
    expect(await promptById(id)).toBeUndefined()
    expect((await audioOf(prompt.audioUrl)).status).toBe(404)
  })
})

describe('A6 text to speech', () => {
  it('A6: a prompt generated from Mandarin text waits for review like an upload', async () => {
    const result = await gql<{ synthesizePrompt: Prompt & { ttsText: string; ttsVoice: string } }>(
      `mutation ($input: SynthesizePromptInput!) { synthesizePrompt(input: $input) { ${PROMPT_FIELDS} ttsText ttsVoice } }`,
      { input: { name: '欢迎语', text: '您好，欢迎致电', voice: 'MANDARIN', speed: 120 } },
    )
    expect(result.errors).toBeUndefined()
    expect(result.data!.synthesizePrompt).toMatchObject({
      status: 'PENDING',
      source: 'TTS',
      ttsText: '您好，欢迎致电',
      ttsVoice: 'MANDARIN',
    })
    expect(result.data!.synthesizePrompt.durationMs).toBeGreaterThan(500)
    const badSpeed = await gql(
      'mutation { previewSpeech(input: { text: "Hello", voice: ENGLISH, speed: 400 }) { audioUrl } }',
    )
    expect(badSpeed.errors![0]!.extensions!.problems).toEqual([
      { field: 'speed', code: 'TOO_LARGE', params: { maximum: 200 }, message: 'must be 50 to 200 percent' },
    ])
  })

  it('A6: the same text, voice and speed reuse the cached speech; the preview plays in the browser', async () => {
    const calls: string[] = []
    const espeak = new EspeakTts()
    const counting: TtsEngine = {
      id: espeak.id,
      synthesize: (text, voice, speed) => {
        calls.push(`${voice}:${speed}:${text}`)
        return espeak.synthesize(text, voice, speed)
      },
    }
    const voice = new VoiceService(api.db, api.services.audit, systemClock, counting, {
      mediaDir: path.join(api.dataDir, 'media'),
      platformReviewerEmails: [],
    })
    const viewer = await api.services.identity.authenticate(company.token)
    const text = `Thanks for waiting ${randomBytes(3).toString('hex')}`
    const first = await voice.previewSpeech(viewer!, { text, voice: TtsVoice.ENGLISH })
    const second = await voice.previewSpeech(viewer!, { text, voice: TtsVoice.ENGLISH })
    expect(second).toEqual(first)
    expect(calls).toHaveLength(1)
    await voice.previewSpeech(viewer!, { text, voice: TtsVoice.ENGLISH, speed: 150 })
    expect(calls).toHaveLength(2)
    expect((await audioOf(first.audioUrl)).status).toBe(200)
    expect((await audioOf(first.audioUrl, agentToken)).status).toBe(403)
  })

  it('A6: without espeak-ng, text to speech says what to install', async () => {
    await expect(
      new EspeakTts('/nonexistent/espeak-ng').synthesize('Hello', TtsVoice.ENGLISH, 100),
    ).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { reason: 'TTS_UNAVAILABLE' } })
    await expect(
      new EspeakTts('/nonexistent/espeak-ng').synthesize('Hello', TtsVoice.ENGLISH, 100),
    ).rejects.toThrow(/apt-get install espeak-ng/)
  })
})
