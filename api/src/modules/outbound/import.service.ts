// Bulk imports (A13) of a task's numbers and of the do-not-call list: the upload is streamed to disk and its
// header read; once the columns are mapped the rows are checked here (number, custom fields) and staged with
// COPY, and the database rejects repeats and known numbers and moves the rest in one transaction. A failed or
// cancelled import thereby leaves nothing behind but its own record.
import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { z } from 'zod'
import { ConflictError, NotFoundError, ValidationError, type FieldProblem } from '../../common/errors.js'
import { validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import { Fanout } from '../../graphql/fanout.js'
import { endingWith, mapped, prepended } from '../../graphql/iterators.js'
import type { PubSub } from '../../graphql/pubsub.js'
import type { AcdSettingsService } from '../acd/settings.service.js'
import { CustomFieldDefinition } from '../customers/custom-field.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { knownId } from '../organization/ids.js'
import { SkillGroupMember } from '../organization/skill-group.entity.js'
import { evenShareSizes } from './distribution.js'
import type { ImportFileKind } from './import-file.js'
import type { StagingPlan } from './import-staging.js'
import { ImportCancelled, stagedChunks } from './import-thread.js'
import {
  finishImport,
  holdRunLock,
  importById,
  importMappingOf,
  insertImport,
  isRunUnattended,
  moveImport,
  recordProgress,
  rejectionBatches,
  requestCancel,
  saveImportMapping,
  settleDoNotCall,
  settleTaskItems,
  stageRows,
  staleImports,
  type ImportKind,
  type ImportStatus,
  type ListImportRow,
  type RejectionRow,
} from './import.store.js'
import { OutboundTask, OutboundTaskStatus } from './outbound.entity.js'
import { assertTelesalesAdmin } from './outbound.service.js'

export const MAX_IMPORT_FILE_BYTES = 512 * 1024 * 1024
const SAMPLE_ROWS = 5
const PROGRESS_EVERY_MS = 300
const DEFAULT_DNC_REASON = 'Imported'
/** An upload not started within this long was left: the dialog closed, the browser gone. */
export const UPLOAD_KEPT_MS = 24 * 3_600_000
/**
 * A running import quiet this long (no progress written) is looked at: ended as interrupted unless its
 * transaction still holds the run lock (settling a big file reports nothing for minutes).
 */
export const RUNNING_QUIET_MS = 10 * 60_000

/** Published on every instance when an import moved on: started, progressed, ended. */
export const IMPORT_PROGRESSED = 'list-import.progressed'
interface ImportProgressed {
  tenantId: string
  importId: string
}
/**
 * The file reader (csv-parse, iconv-lite, yauzl and saxes), loaded at the first upload rather than with the API:
 * the rows themselves are read in the import's worker thread, and most API processes never take a file.
 */
const importFileReader = () => import('./import-file.js')

const SETTLED: ReadonlySet<ImportStatus> = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED'])

export enum ImportAssignmentMode {
  UNASSIGNED = 'UNASSIGNED',
  ONE_AGENT = 'ONE_AGENT',
  AGENTS_EVENLY = 'AGENTS_EVENLY',
  SKILL_GROUP = 'SKILL_GROUP',
}

/** Which column holds the number and which holds each custom field; remembered per task. */
export interface TaskImportMapping {
  phoneColumn: string
  fields: { customFieldId: string; column: string }[]
}

export interface UploadedImport {
  listImport: ListImportRow
  /** The first rows under the header, to map columns by. */
  sample: string[][]
  /** The task's remembered mapping where the file has its columns, else a guess from the header. */
  suggestedMapping: TaskImportMapping
}

const PHONE_HEADER = /phone|mobile|number|tel|电话|手机|号码/i
const REASON_HEADER = /reason|note|原因|备注/i

const taskImportSchema = z.object({
  importId: z.string(),
  phoneColumn: z.string().min(1, 'is required'),
  fields: z.array(z.object({ customFieldId: z.string(), column: z.string().min(1, 'is required') })).max(200),
  assignment: z.enum(ImportAssignmentMode),
  agentIds: z.array(z.string()).max(500).nullish(),
  skillGroupId: z.string().nullish(),
})

const dncImportSchema = z.object({
  importId: z.string(),
  phoneColumn: z.string().min(1, 'is required'),
  reasonColumn: z.string().nullish(),
  reason: z.string().trim().max(500, 'must be at most 500 characters').nullish(),
})

function refusal(field: string, code: FieldProblem['code'], message: string): ValidationError {
  return new ValidationError([{ field, code, message } as FieldProblem])
}

export class ImportService {
  /** Imports running in this process, to stop at once on cancel; other instances see the flag in the row. */
  private readonly running = new Map<string, AbortController>()
  /** One pub/sub subscription for this instance's watchers of imports, each told only of its own import. */
  private readonly progress: Fanout<ImportProgressed>

  constructor(
    private readonly db: Database,
    private readonly settings: AcdSettingsService,
    private readonly pubsub: PubSub,
    private readonly options: { uploadDir: string },
  ) {
    this.progress = new Fanout(
      (signal) => this.pubsub.subscribe<ImportProgressed>(IMPORT_PROGRESSED, signal),
      (event) => event.importId,
    )
  }

  /** Told after an import added a task's items (after its commit): the progressive dialer (X4) dials now. */
  private itemsAdded: (tenantId: string) => void = () => undefined

  onItemsAdded(listener: (tenantId: string) => void): void {
    this.itemsAdded = listener
  }

  stop(): void {
    this.progress.stop()
  }

  /** Stores the upload and reads its header; refuses files that are not what they claim or have no rows. */
  async upload(
    viewer: Viewer,
    target: { kind: ImportKind; taskId: string | null },
    file: { fileName: string; stream: Readable; isTruncated: () => boolean },
  ): Promise<UploadedImport> {
    const task = await this.checkTarget(viewer, target)
    const id = randomUUID()
    const filePath = this.pathOf(id)
    await mkdir(this.options.uploadDir, { recursive: true })
    try {
      await pipeline(file.stream, createWriteStream(filePath))
      if (file.isTruncated())
        throw new ValidationError([
          {
            field: 'file',
            code: 'FILE_TOO_LARGE',
            params: { limit: `${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB` },
            message: 'is larger than allowed',
          },
        ])
      const { sniffImportFile } = await importFileReader()
      const kind = await sniffImportFile(filePath, file.fileName)
      const head = await this.headOf(filePath, kind)
      const listImport = await this.db.inTenantSql(viewer.tenantId, (sql) =>
        insertImport(sql, {
          id,
          kind: target.kind,
          taskId: task?.id ?? null,
          fileName: file.fileName.slice(0, 255),
          format: kind.format,
          encoding: kind.encoding,
          columns: head.columns,
          createdBy: viewer.apiKeyId ? null : viewer.userId,
        }),
      )
      const remembered = task
        ? ((await this.db.inTenantSql(viewer.tenantId, (sql) =>
            importMappingOf(sql, task.id),
          )) as TaskImportMapping | null)
        : null
      const fields = task ? await this.fieldsOf(viewer, task) : []
      return {
        listImport,
        sample: head.sample,
        suggestedMapping: suggestMapping(head.columns, fields, remembered),
      }
    } catch (error) {
      file.stream.resume()
      await rm(filePath, { force: true })
      throw error
    }
  }

  async get(viewer: Viewer, id: string): Promise<ListImportRow> {
    return this.db.inTenantSql(viewer.tenantId, async (sql) => {
      const found = await importById(sql, knownId(id, 'ListImport'))
      if (!found) throw new NotFoundError('ListImport')
      assertTelesalesAdmin(viewer, 'ListImport')
      return found
    })
  }

  /**
   * The import now, then again each time it moves on (whichever instance runs it), ending with its outcome.
   * Refused as `get` refuses, before anything is watched.
   */
  async watch(viewer: Viewer, id: string): Promise<AsyncIterableIterator<ListImportRow>> {
    const { id: importId } = await this.get(viewer, id)
    // Watching first, so no step made while the first state is read is lost.
    const steps = this.progress.watch(importId)
    const read = () => this.get(viewer, importId)
    return endingWith(
      prepended(async () => [await read()], mapped(steps, read)),
      (listImport) => SETTLED.has(listImport.status),
    )
  }

  /** Checks the mapping and the assignment, remembers the mapping, and starts the import in the background. */
  async startTaskItems(viewer: Viewer, input: unknown): Promise<ListImportRow> {
    const data = validateInput(taskImportSchema, input)
    const listImport = await this.get(viewer, data.importId)
    if (listImport.kind !== 'TASK_ITEMS') throw new NotFoundError('ListImport')
    const { task, fields, homeRegion, assignment } = await this.db.inTenant(viewer.tenantId, async (em) => {
      const task = await em.findOneOrFail(OutboundTask, { id: listImport.taskId! })
      this.assertOpen(task)
      const fields = await em.find(CustomFieldDefinition, { id: { $in: task.customFieldIds } })
      return {
        task,
        fields,
        homeRegion: (await this.settings.read(em, viewer.tenantId)).homeRegion,
        assignment: await checkAssignment(em, task, data),
      }
    })
    const columnIndex = this.columnIndexer(listImport.columns)
    const phoneIndex = columnIndex(data.phoneColumn, 'phoneColumn')
    const mapped = data.fields.map((entry, index) => {
      const field = fields.find((candidate) => candidate.id === entry.customFieldId.toLowerCase())
      if (!field)
        throw refusal(`fields.${index}.customFieldId`, 'NOT_TASK_FIELD', 'is not a field of the task')
      return { field, column: entry.column, index: columnIndex(entry.column, `fields.${index}.column`) }
    })
    const unmapped = fields.filter(
      (field) => field.isRequired && !mapped.some((entry) => entry.field.id === field.id),
    )
    if (unmapped.length)
      throw new ValidationError([
        {
          field: 'fields',
          code: 'MISSING_COLUMNS',
          params: { columns: unmapped.map((field) => field.labelZh).join(', ') },
          message: `leave required fields unmapped: ${unmapped.map((field) => field.key).join(', ')}`,
        },
      ])
    const mapping: TaskImportMapping = {
      phoneColumn: data.phoneColumn,
      fields: mapped.map((entry) => ({ customFieldId: entry.field.id, column: entry.column })),
    }
    const plan: StagingPlan = {
      phone: { column: data.phoneColumn, index: phoneIndex },
      homeRegion,
      fields: mapped.map(({ field, column, index }) => ({
        rules: {
          key: field.key,
          type: field.type,
          isRequired: field.isRequired,
          options: field.options.map((option) => ({ value: option.value })),
        },
        column,
        index,
      })),
      reasonIndex: null,
    }
    return this.start(viewer, listImport, plan, async (sql) => {
      await saveImportMapping(sql, task.id, mapping)
      return settleTaskItems(sql, listImport.id, task.id, data.phoneColumn, assignment)
    })
  }

  async startDoNotCall(viewer: Viewer, input: unknown): Promise<ListImportRow> {
    const data = validateInput(dncImportSchema, input)
    const listImport = await this.get(viewer, data.importId)
    if (listImport.kind !== 'DO_NOT_CALL') throw new NotFoundError('ListImport')
    const { homeRegion } = await this.db.inTenant(viewer.tenantId, (em) =>
      this.settings.read(em, viewer.tenantId),
    )
    const columnIndex = this.columnIndexer(listImport.columns)
    const phoneIndex = columnIndex(data.phoneColumn, 'phoneColumn')
    const reasonIndex = data.reasonColumn ? columnIndex(data.reasonColumn, 'reasonColumn') : null
    const plan: StagingPlan = {
      phone: { column: data.phoneColumn, index: phoneIndex },
      homeRegion,
      fields: [],
      reasonIndex,
    }
    const createdBy = viewer.apiKeyId ? null : viewer.userId
    return this.start(viewer, listImport, plan, (sql) =>
      settleDoNotCall(sql, listImport.id, data.phoneColumn, data.reason || DEFAULT_DNC_REASON, createdBy),
    )
  }

  /** Cancels an import not yet finished; a running one stops and rolls back, leaving nothing written. */
  async cancel(viewer: Viewer, id: string): Promise<ListImportRow> {
    const listImport = await this.get(viewer, id)
    await this.db.inTenantSql(viewer.tenantId, async (sql) => {
      if (await moveImport(sql, listImport.id, ['UPLOADED'], 'CANCELLED'))
        await rm(this.pathOf(listImport.id), { force: true })
      else await requestCancel(sql, listImport.id)
    })
    this.announce(viewer.tenantId, listImport.id)
    this.running.get(listImport.id)?.abort()
    return this.get(viewer, id)
  }

  /** The rejected rows of an import, for the error file. */
  async rejections(
    viewer: Viewer,
    id: string,
  ): Promise<{ listImport: ListImportRow; batches: AsyncIterable<RejectionRow[]> }> {
    const listImport = await this.get(viewer, id)
    const batches = rejectionBatches((work) => this.db.inTenantSql(viewer.tenantId, work), listImport.id)
    return { listImport, batches }
  }

  /**
   * Ends, on every company, the imports nobody will finish: an upload never started within a day is
   * cancelled, and a running import whose API instance went away (quiet, and its run lock free) fails
   * as IMPORT_INTERRUPTED; their files are deleted. Safe on several instances at once: each import moves
   * only from the state it was found in.
   */
  async sweepStale(now: Date): Promise<{ cancelled: number; interrupted: number }> {
    const swept = { cancelled: 0, interrupted: 0 }
    const stale = await staleImports(
      this.db,
      new Date(now.getTime() - UPLOAD_KEPT_MS),
      new Date(now.getTime() - RUNNING_QUIET_MS),
    )
    for (const { tenantId, id, status } of stale) {
      const isEnded = await this.db.inTenantSql(tenantId, async (sql) =>
        status === 'UPLOADED'
          ? moveImport(sql, id, ['UPLOADED'], 'CANCELLED')
          : (await isRunUnattended(sql, id)) &&
            moveImport(sql, id, ['RUNNING'], 'FAILED', 'IMPORT_INTERRUPTED'),
      )
      if (!isEnded) continue
      swept[status === 'UPLOADED' ? 'cancelled' : 'interrupted']++
      await rm(this.pathOf(id), { force: true })
      this.announce(tenantId, id)
    }
    return swept
  }

  /** Waits for this process's running imports to end (tests, shutdown). */
  async settled(): Promise<void> {
    for (const controller of this.running.values()) controller.abort()
    while (this.running.size) await new Promise((resolve) => setTimeout(resolve, 20))
  }

  // ── the run ──────────────────────────────────────────────────────────────────────────────────────

  private async start(
    viewer: Viewer,
    listImport: ListImportRow,
    plan: StagingPlan,
    settle: Parameters<ImportService['run']>[3],
  ): Promise<ListImportRow> {
    const isStarted = await this.db.inTenantSql(viewer.tenantId, (sql) =>
      moveImport(sql, listImport.id, ['UPLOADED'], 'RUNNING'),
    )
    if (!isStarted)
      throw new ConflictError('IMPORT_STATE_FORBIDS', `The import is ${listImport.status}.`, {
        params: { status: listImport.status },
      })
    this.announce(viewer.tenantId, listImport.id)
    const controller = new AbortController()
    this.running.set(listImport.id, controller)
    void this.run(viewer.tenantId, listImport, plan, settle, controller).finally(() => {
      this.running.delete(listImport.id)
      void rm(this.pathOf(listImport.id), { force: true })
    })
    return this.get(viewer, listImport.id)
  }

  private async run(
    tenantId: string,
    listImport: ListImportRow,
    plan: StagingPlan,
    settle: (
      sql: Parameters<Parameters<Database['inTenantSql']>[1]>[0],
    ) => Promise<{ imported: number; rejected: number }>,
    controller: AbortController,
  ): Promise<void> {
    const kind: ImportFileKind = {
      format: listImport.format,
      encoding: listImport.encoding as ImportFileKind['encoding'],
    }
    const counts = { rowsRead: 0, rowsRejected: 0 }
    const { signal } = controller
    const reportProgress = async () => {
      const isCancelRequested = await this.db.inTenantSql(tenantId, (sql) =>
        recordProgress(sql, listImport.id, counts),
      )
      this.announce(tenantId, listImport.id)
      if (isCancelRequested) controller.abort()
    }
    const chunks = stagedChunks({ filePath: this.pathOf(listImport.id), kind, plan }, signal)
    async function* copyText(): AsyncGenerator<Buffer> {
      let reportedAt = Date.now()
      for await (const chunk of chunks) {
        counts.rowsRead = chunk.rowsRead
        counts.rowsRejected = chunk.rowsRejected
        if (chunk.bytes.length)
          yield Buffer.from(chunk.bytes.buffer, chunk.bytes.byteOffset, chunk.bytes.length)
        if (Date.now() - reportedAt >= PROGRESS_EVERY_MS) {
          reportedAt = Date.now()
          await reportProgress()
        }
      }
    }
    try {
      const imported = await this.db.inTenantConnection(tenantId, async (sql, connection) => {
        await holdRunLock(sql, listImport.id)
        await stageRows(sql, connection, Readable.from(copyText()))
        if (signal.aborted) throw new ImportCancelled()
        const settled = await settle(sql)
        await finishImport(sql, listImport.id, {
          rowsRead: counts.rowsRead,
          rowsImported: settled.imported,
          rowsRejected: settled.rejected,
        })
        return settled.imported
      })
      if (listImport.kind === 'TASK_ITEMS' && imported > 0) this.itemsAdded(tenantId)
    } catch (error) {
      const isCancelled = signal.aborted || error instanceof ImportCancelled
      const code =
        error instanceof ValidationError ? (error.problems[0]?.code ?? 'IMPORT_FAILED') : 'IMPORT_FAILED'
      if (!isCancelled && code === 'IMPORT_FAILED') console.error('list import failed', error)
      await this.db
        .inTenantSql(tenantId, (sql) =>
          moveImport(
            sql,
            listImport.id,
            ['RUNNING'],
            isCancelled ? 'CANCELLED' : 'FAILED',
            isCancelled ? null : code,
          ),
        )
        .catch(() => undefined)
    } finally {
      this.announce(tenantId, listImport.id)
    }
  }

  /** Tells every instance's watchers of the import that it moved on (after the change is committed). */
  private announce(tenantId: string, importId: string): void {
    void this.pubsub.publish(IMPORT_PROGRESSED, { tenantId, importId } satisfies ImportProgressed)
  }

  // ── rules ────────────────────────────────────────────────────────────────────────────────────────

  private async checkTarget(
    viewer: Viewer,
    target: { kind: ImportKind; taskId: string | null },
  ): Promise<OutboundTask | null> {
    assertTelesalesAdmin(viewer, target.kind === 'TASK_ITEMS' ? 'OutboundTask' : 'ListImport')
    if (target.kind === 'DO_NOT_CALL') return null
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const task = await em.findOne(OutboundTask, { id: knownId(target.taskId ?? '', 'OutboundTask') })
      if (!task) throw new NotFoundError('OutboundTask')
      this.assertOpen(task)
      return task
    })
  }

  private assertOpen(task: OutboundTask): void {
    if (task.status === OutboundTaskStatus.CLOSED)
      throw new ConflictError('TASK_STATE_FORBIDS', 'The task is closed.', {
        params: { status: task.status },
      })
  }

  private fieldsOf(viewer: Viewer, task: OutboundTask): Promise<CustomFieldDefinition[]> {
    return this.db.inTenant(viewer.tenantId, (em) =>
      em.find(CustomFieldDefinition, { id: { $in: task.customFieldIds } }),
    )
  }

  private columnIndexer(columns: string[]) {
    return (column: string, field: string): number => {
      const index = columns.indexOf(column)
      if (index < 0) throw refusal(field, 'UNKNOWN_COLUMN', 'is not a column of the file')
      return index
    }
  }

  private async headOf(filePath: string, kind: ImportFileKind) {
    let columns: string[] | null = null
    const sample: string[][] = []
    const { readImportRows } = await importFileReader()
    for await (const row of readImportRows(filePath, kind)) {
      if (!columns) columns = row.cells.map((cell, index) => cell || `#${index + 1}`)
      else sample.push(row.cells)
      if (sample.length >= SAMPLE_ROWS) break
    }
    if (!columns) throw refusal('file', 'EMPTY_FILE', 'is empty')
    if (!sample.length) throw refusal('file', 'NO_ROWS', 'has a header but no rows')
    return { columns, sample }
  }

  private pathOf(id: string): string {
    return path.join(this.options.uploadDir, id)
  }
}

/** Agents must be on the task (directly or through its skill groups); a skill group must be one of its. */
async function checkAssignment(
  em: EntityManager,
  task: OutboundTask,
  data: z.infer<typeof taskImportSchema>,
) {
  const agentIds = [...new Set((data.agentIds ?? []).map((id) => id.toLowerCase()))]
  const none = { agentIds: [] as string[], shareSizes: () => [] as number[], skillGroupId: null }
  switch (data.assignment) {
    case ImportAssignmentMode.UNASSIGNED:
      return none
    case ImportAssignmentMode.SKILL_GROUP: {
      const groupId = data.skillGroupId?.toLowerCase()
      if (!groupId) throw refusal('skillGroupId', 'REQUIRED', 'is required')
      if (!task.skillGroupIds.includes(groupId))
        throw refusal('skillGroupId', 'NOT_TASK_ASSIGNEE', 'is not assigned to the task')
      return { ...none, skillGroupId: groupId }
    }
    case ImportAssignmentMode.ONE_AGENT:
    case ImportAssignmentMode.AGENTS_EVENLY: {
      if (data.assignment === ImportAssignmentMode.ONE_AGENT && agentIds.length !== 1)
        throw refusal('agentIds', 'ONE_AGENT_REQUIRED', 'must name exactly one agent')
      if (!agentIds.length) throw refusal('agentIds', 'REQUIRED', 'is required')
      const members = task.skillGroupIds.length
        ? await em.find(SkillGroupMember, { skillGroupId: { $in: task.skillGroupIds } })
        : []
      const onTask = new Set([...task.agentIds, ...members.map((member) => member.userId)])
      agentIds.forEach((id, index) => {
        if (!onTask.has(id))
          throw refusal(`agentIds.${index}`, 'NOT_TASK_ASSIGNEE', 'is not assigned to the task')
      })
      return {
        agentIds,
        shareSizes: (total: number) => evenShareSizes(total, agentIds.length),
        skillGroupId: null,
      }
    }
  }
}

/** The remembered mapping where the file still has its columns; otherwise a guess from the header. */
export function suggestMapping(
  columns: string[],
  fields: readonly Pick<CustomFieldDefinition, 'id' | 'key' | 'labelZh' | 'labelEn'>[],
  remembered: TaskImportMapping | null,
): TaskImportMapping {
  const has = (column: string) => columns.includes(column)
  const known = new Set(fields.map((field) => field.id))
  if (remembered && has(remembered.phoneColumn))
    return {
      phoneColumn: remembered.phoneColumn,
      fields: remembered.fields.filter((entry) => known.has(entry.customFieldId) && has(entry.column)),
    }
  const named = (names: string[]) =>
    columns.find((column) => names.some((name) => name.toLowerCase() === column.trim().toLowerCase()))
  return {
    phoneColumn: columns.find((column) => PHONE_HEADER.test(column)) ?? columns[0]!,
    fields: fields.flatMap((field) => {
      const column = named([field.key, field.labelZh, field.labelEn])
      return column ? [{ customFieldId: field.id, column }] : []
    }),
  }
}

/** A do-not-call file's reason column, if its header has one. */
export function suggestReasonColumn(columns: string[]): string | null {
  return columns.find((column) => REASON_HEADER.test(column)) ?? null
}
