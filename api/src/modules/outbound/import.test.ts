import ExcelJS from 'exceljs'
import { existsSync } from 'node:fs'
import path from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { openSocket } from '../../../test/graphql-ws.js'
import {
  addAgent,
  addSkillGroup,
  signInInvited,
  signupTenant,
  type TestTenant,
} from '../../../test/factories.js'
import { RUNNING_QUIET_MS, UPLOAD_KEPT_MS } from './import.service.js'
import { holdRunLock } from './import.store.js'

type Json = ReturnType<typeof JSON.parse>

interface Upload {
  status: number
  body: {
    import?: { id: string; columns: string[]; encoding: string; format: string }
    sample?: string[][]
    suggestedMapping?: { phoneColumn: string; fields: { customFieldId: string; column: string }[] }
    suggestedReasonColumn?: string | null
    errors?: { extensions: { code: string; problems?: { code: string }[] } }[]
  }
}

const IMPORT = 'id status rowsRead rowsImported rowsRejected failureCode encoding columns'

describe('A13: bulk import of task items and the do-not-call list', () => {
  let api: TestApi
  let admin: TestTenant
  let other: TestTenant
  let taskId: string
  let skillGroupId: string
  const fieldIds: Record<string, string> = {}
  const people: Record<string, { id: string; token: string }> = {}

  const gql = async (query: string, variables: Record<string, unknown> = {}, token = admin.token) =>
    (await api.graphql(query, variables, { token })) as Json

  const upload = async (
    bytes: Buffer | string,
    fileName: string,
    { token = admin.token, task = taskId }: { token?: string; task?: string | null } = {},
  ): Promise<Upload> => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(Buffer.from(bytes))]), fileName)
    const url = task ? `/outbound/tasks/${task}/imports` : '/outbound/do-not-call/imports'
    const response = await fetch(`${api.url}${url}`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    })
    return { status: response.status, body: (await response.json()) as Upload['body'] }
  }
  const refusalOf = (result: Upload) =>
    result.body.errors?.[0]?.extensions.problems?.[0]?.code ?? result.body.errors?.[0]?.extensions.code

  const readImport = async (id: string, token = admin.token) =>
    (await gql(`query ($id: ID!) { listImport(id: $id) { ${IMPORT} } }`, { id }, token)) as Json
  const finished = (id: string, timeoutMs = 20_000) =>
    eventually(
      async () => {
        const state = (await readImport(id)).data.listImport
        expect(['SUCCEEDED', 'FAILED', 'CANCELLED']).toContain(state.status)
        return state as Json
      },
      timeoutMs,
      50,
    )

  const startTaskImport = (input: Record<string, unknown>, token = admin.token) =>
    gql(
      `mutation ($input: StartTaskItemImportInput!) { startTaskItemImport(input: $input) { ${IMPORT} } }`,
      { input },
      token,
    )
  const standardMapping = {
    phoneColumn: '手机号',
    fields: [
      { customFieldId: '', column: '产品' },
      { customFieldId: '', column: '年龄' },
    ],
    assignment: 'UNASSIGNED',
  }
  const mapping = (importId: string, extra: Record<string, unknown> = {}) => ({
    ...standardMapping,
    fields: [
      { customFieldId: fieldIds.product, column: '产品' },
      { customFieldId: fieldIds.age, column: '年龄' },
    ],
    importId,
    ...extra,
  })
  /** The mapping of a file with a phone and a product column, its rows left unassigned. */
  const productOnly = (importId: string) => ({
    importId,
    phoneColumn: '手机号',
    fields: [{ customFieldId: fieldIds.product, column: '产品' }],
    assignment: 'UNASSIGNED',
  })
  /** Uploads, maps and waits for the end; returns the finished import. */
  const importFile = async (
    bytes: Buffer | string,
    fileName: string,
    extra: Record<string, unknown> = {},
  ) => {
    const uploaded = await upload(bytes, fileName)
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
    const started = await startTaskImport(mapping(uploaded.body.import!.id, extra))
    expect(started.errors).toBeUndefined()
    return finished(uploaded.body.import!.id)
  }
  const errorFile = async (id: string, token = admin.token) => {
    const response = await fetch(`${api.url}/export/list-import-rejections?id=${id}&format=csv&lang=en`, {
      headers: { authorization: `Bearer ${token}` },
    })
    return { status: response.status, text: (await response.text()).replace(/^\ufeff/, '') }
  }
  const itemsOf = async (task: string) =>
    (
      await gql(
        `query ($t: ID!) { taskItems(taskId: $t, page: { limit: 100 }) { totalCount items { phoneNumber customFields assigneeAgentId assigneeSkillGroupId } } }`,
        { t: task },
      )
    ).data.taskItems as {
      totalCount: number
      items: {
        phoneNumber: string
        customFields: Record<string, unknown>
        assigneeAgentId: string | null
        assigneeSkillGroupId: string | null
      }[]
    }
  const newTask = async () => {
    const number = await gql('{ phoneNumbers { items { id } } }')
    const created = await gql(
      'mutation ($input: CreateOutboundTaskInput!) { createOutboundTask(input: $input) { id } }',
      {
        input: {
          name: `Import ${Math.random().toString(36).slice(2, 8)}`,
          startsOn: '2027-03-01',
          endsOn: '2027-03-31',
          callerIdNumberId: number.data.phoneNumbers.items[0].id,
          customFieldIds: [fieldIds.product, fieldIds.age],
          agentIds: [people.alice!.id, people.bob!.id],
          skillGroupIds: [skillGroupId],
        },
      },
    )
    return created.data.createOutboundTask.id as string
  }

  beforeAll(async () => {
    api = await startTestApi()
    admin = await signupTenant(api, 'Import Co')
    other = await signupTenant(api, 'Other Import Co')
    skillGroupId = await addSkillGroup(api, admin.token, { organization: 'TELESALES' })
    await gql('mutation { addPhoneNumber(input: { number: "+862188880002" }) { id } }')
    for (const [key, type, isRequired] of [
      ['product', 'TEXT', true],
      ['age', 'NUMBER', false],
    ] as const) {
      const field = await gql(
        `mutation { createCustomFieldDefinition(input: { entity: OUTBOUND_TASK, key: "${key}", labelZh: "${key === 'product' ? '产品' : '年龄'}", labelEn: "${key}", type: ${type}, isRequired: ${isRequired} }) { id } }`,
      )
      fieldIds[key] = field.data.createCustomFieldDefinition.id
    }
    for (const [name, input] of [
      ['alice', { organization: 'TELESALES' }],
      ['bob', { organization: 'TELESALES' }],
      ['inboundAdmin', { organization: 'INBOUND', role: 'ADMIN', agentNumber: null }],
    ] as const) {
      const added = await addAgent(api, admin.token, { name, ...input })
      people[name] = { id: added.id, token: await signInInvited(api, added.email) }
    }
    taskId = await newTask()
    await gql('mutation { addDoNotCall(input: { phoneNumber: "13800138003", reason: "asked" }) { id } }')
    await gql(
      'mutation ($t: ID!) { addTaskItem(taskId: $t, input: { phoneNumber: "13800138004", customFields: { product: "x" } }) { id } }',
      { t: taskId },
    )
  }, 120_000)

  afterAll(async () => {
    await api?.services.imports.settled()
    await api?.stop()
  })

  it('A13: every kind of bad row is rejected once, with row, column and reason in the error file', async () => {
    const csv = [
      '手机号,产品,年龄',
      '13800138000,宽带,30', // 2 ok
      '12345,宽带,30', // 3 bad number
      '138 0013 8000,宽带,31', // 4 repeats row 2 once normalised
      '13800138001,宽带,abc', // 5 bad field value
      '13800138002,,20', // 6 required field missing
      '13800138003,宽带,1', // 7 on the do-not-call list
      '13800138004,宽带,1', // 8 already in the task
      '999,,abc', // 9 several problems: still one line
      '+8613800138005,"电视, 宽带",40', // 10 ok, a quoted comma
    ].join('\n')
    const done = await importFile(csv, 'numbers.csv')
    expect(done).toMatchObject({ status: 'SUCCEEDED', rowsRead: 9, rowsImported: 2, rowsRejected: 7 })
    const numbers = (await itemsOf(taskId)).items.map((item) => item.phoneNumber)
    expect(numbers).toEqual(expect.arrayContaining(['+8613800138000', '+8613800138005']))
    const { status, text } = await errorFile(done.id)
    expect(status).toBe(200)
    const lines = text.trim().split(/\r?\n/)
    expect(lines[0]).toBe('Row,Column,Reason,Code')
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['3', '4', '5', '6', '7', '8', '9'])
    const codes = lines.slice(1).map((line) => line.split(',').at(-1))
    expect(codes).toEqual([
      'INVALID_PHONE_NUMBER',
      'DUPLICATE_IN_FILE',
      'NOT_A_NUMBER',
      'REQUIRED',
      'NUMBER_ON_DO_NOT_CALL_LIST',
      'TASK_ITEM_DUPLICATE',
      'INVALID_PHONE_NUMBER',
    ])
    expect(lines[3]).toContain('年龄')
    expect(lines[2]).toContain('The number is in an earlier row of the file')
  })

  it('A13: UTF-8 with and without BOM and GBK (Excel in China) read the same Chinese text', async () => {
    const task = await newTask()
    const rows = (first: string) => `手机号,产品,年龄\n${first},宽带套餐,25\n`
    const cases: [Buffer, string][] = [
      [Buffer.from(rows('13900139001'), 'utf8'), 'UTF8'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows('13900139002'))]), 'UTF8_BOM'],
      [iconv.encode(rows('13900139003'), 'gbk'), 'GBK'],
    ]
    for (const [bytes, encoding] of cases) {
      const uploaded = await upload(bytes, 'list.csv', { task })
      expect(uploaded.body.import).toMatchObject({ encoding, columns: ['手机号', '产品', '年龄'] })
      await startTaskImport(mapping(uploaded.body.import!.id))
      expect(await finished(uploaded.body.import!.id)).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1 })
    }
    const items = (await itemsOf(task)).items
    expect(items.map((item) => item.customFields)).toEqual([
      { product: '宽带套餐', age: 25 },
      { product: '宽带套餐', age: 25 },
      { product: '宽带套餐', age: 25 },
    ])
  })

  it('A13: empty files, header-only files and files that are not what their name says are refused', async () => {
    expect(refusalOf(await upload('', 'empty.csv'))).toBe('EMPTY_FILE')
    expect(refusalOf(await upload('\n\n', 'blank.csv'))).toBe('EMPTY_FILE')
    expect(refusalOf(await upload('手机号,产品\n', 'header.csv'))).toBe('NO_ROWS')
    expect(refusalOf(await upload('手机号\n13800138000\n', 'numbers.xlsx'))).toBe('NOT_AN_XLSX_FILE')
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('名单').addRow(['手机号'])
    const written = Buffer.from(await workbook.xlsx.writeBuffer())
    const cutOff = written.subarray(0, written.length - 100)
    expect(refusalOf(await upload(cutOff, 'numbers.xlsx'))).toBe('INVALID_XLSX')
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])
    expect(refusalOf(await upload(zip, 'numbers.csv'))).toBe('NOT_A_TEXT_FILE')
    expect(refusalOf(await upload('x', 'numbers.pdf'))).toBe('NOT_A_SPREADSHEET')
  })

  it('A13: the mapping is remembered per task, and a required field left unmapped is refused up front', async () => {
    const task = await newTask()
    const csv = 'Mobile,Product name,Age\n13700137001,TV,33\n'
    const first = await upload(csv, 'a.csv', { task })
    // A first guess from the header: the phone column by its name, fields by key or label.
    expect(first.body.suggestedMapping).toEqual({
      phoneColumn: 'Mobile',
      fields: [{ customFieldId: fieldIds.age, column: 'Age' }],
    })
    const unmapped = await startTaskImport({
      importId: first.body.import!.id,
      phoneColumn: 'Mobile',
      fields: [],
      assignment: 'UNASSIGNED',
    })
    expect(unmapped.errors[0].extensions.problems[0].code).toBe('MISSING_COLUMNS')
    const chosen = {
      phoneColumn: 'Mobile',
      fields: [
        { customFieldId: fieldIds.product, column: 'Product name' },
        { customFieldId: fieldIds.age, column: 'Age' },
      ],
    }
    await startTaskImport({ importId: first.body.import!.id, ...chosen, assignment: 'UNASSIGNED' })
    await finished(first.body.import!.id)
    const second = await upload(csv.replace('13700137001', '13700137002'), 'b.csv', { task })
    expect(second.body.suggestedMapping).toEqual(chosen)
    const wrongColumn = await startTaskImport({
      importId: second.body.import!.id,
      ...chosen,
      phoneColumn: 'Telephone',
      assignment: 'UNASSIGNED',
    })
    expect(wrongColumn.errors[0].extensions.problems[0].code).toBe('UNKNOWN_COLUMN')
  })

  it('A13: rows go evenly to chosen agents, or to a skill group for its leader to distribute', async () => {
    const task = await newTask()
    const csv = (start: number) =>
      ['手机号,产品', ...Array.from({ length: 5 }, (_, index) => `1360013600${start + index},TV`)].join('\n')
    const uploaded = await upload(csv(0), 'even.csv', { task })
    await startTaskImport({
      importId: uploaded.body.import!.id,
      phoneColumn: '手机号',
      fields: [{ customFieldId: fieldIds.product, column: '产品' }],
      assignment: 'AGENTS_EVENLY',
      agentIds: [people.alice!.id, people.bob!.id],
    })
    await finished(uploaded.body.import!.id)
    const grouped = await upload(csv(5), 'group.csv', { task })
    await startTaskImport({
      importId: grouped.body.import!.id,
      phoneColumn: '手机号',
      fields: [{ customFieldId: fieldIds.product, column: '产品' }],
      assignment: 'SKILL_GROUP',
      skillGroupId,
    })
    await finished(grouped.body.import!.id)
    const items = (await itemsOf(task)).items
    const count = (agentId: string) => items.filter((item) => item.assigneeAgentId === agentId).length
    expect([count(people.alice!.id), count(people.bob!.id)]).toEqual([3, 2])
    expect(
      items.filter((item) => item.assigneeSkillGroupId === skillGroupId && !item.assigneeAgentId),
    ).toHaveLength(5)
    const outsider = await upload(csv(20), 'x.csv', { task })
    const refused = await startTaskImport({
      importId: outsider.body.import!.id,
      phoneColumn: '手机号',
      fields: [{ customFieldId: fieldIds.product, column: '产品' }],
      assignment: 'ONE_AGENT',
      agentIds: [people.inboundAdmin!.id],
    })
    expect(refused.errors[0].extensions.problems[0].code).toBe('NOT_TASK_ASSIGNEE')
  })

  it('A13: cancelling midway leaves no item of the import written', async () => {
    const task = await newTask()
    const rows = ['手机号,产品,年龄']
    for (let index = 0; index < 300_000; index++)
      rows.push(`+1415${String(2000000 + index)},TV,${index % 90}`)
    const uploaded = await upload(rows.join('\n'), 'big.csv', { task })
    const id = uploaded.body.import!.id
    await startTaskImport(mapping(id))
    await eventually(
      async () => expect((await readImport(id)).data.listImport.rowsRead).toBeGreaterThan(0),
      20_000,
    )
    const cancelled = await gql(`mutation ($id: ID!) { cancelListImport(id: $id) { ${IMPORT} } }`, { id })
    expect(cancelled.errors).toBeUndefined()
    expect(await finished(id)).toMatchObject({ status: 'CANCELLED' })
    expect((await itemsOf(task)).totalCount).toBe(0)
    expect((await startTaskImport(mapping(id))).errors[0].extensions.reason).toBe('IMPORT_STATE_FORBIDS')
  }, 60_000)

  it('A13: a subscriber sees the import move on and end; another tenant cannot watch it', async () => {
    const task = await newTask()
    const rows = ['手机号,产品,年龄']
    for (let index = 0; index < 20_000; index++) rows.push(`+1415${String(3000000 + index)},TV,${index % 90}`)
    const uploaded = await upload(rows.join('\n'), 'progress.csv', { task })
    const id = uploaded.body.import!.id
    const query = `subscription ($id: ID!) { importProgress(id: $id) { ${IMPORT} } }`
    const watch = async (token: string) => {
      const socket = await openSocket(api)
      socket.send({ type: 'connection_init', payload: { authToken: token } })
      await socket.nextMessage('connection_ack')
      socket.send({ id: 'progress', type: 'subscribe', payload: { query, variables: { id } } })
      return socket
    }
    const stranger = await watch(other.token)
    const watcher = await watch(admin.token)
    await watcher.nextMessage('next')
    await startTaskImport(mapping(id))
    await watcher.nextMessage('complete')
    const states = watcher.messages
      .filter((message) => message.type === 'next')
      .map((message) => (message.payload as Json).data.importProgress)
    expect(states[0]).toMatchObject({ id, status: 'UPLOADED', rowsRead: 0 })
    expect(states.some((state) => state.status === 'RUNNING')).toBe(true)
    expect(states.at(-1)).toMatchObject({ status: 'SUCCEEDED', rowsRead: 20_000, rowsImported: 20_000 })
    const counts = states.map((state) => state.rowsRead as number)
    expect(counts).toEqual([...counts].sort((a, b) => a - b))
    const refused = await Promise.race([stranger.nextMessage('next'), stranger.nextMessage('error')])
    expect(JSON.stringify(refused.payload)).toContain('NOT_FOUND')
    expect(JSON.stringify(stranger.messages)).not.toContain('rowsImported')
    watcher.socket.close()
    stranger.socket.close()
  }, 60_000)

  it('A13: a small XLSX workbook imports, numbers stored as numbers included', async () => {
    const task = await newTask()
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('名单')
    sheet.addRow(['手机号', '产品', '年龄'])
    sheet.addRow([13500135001, '宽带', 41])
    sheet.addRow(['135 0013 5002', '电视', ''])
    sheet.addRow(['bad', '电视', 1])
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const uploaded = await upload(bytes, '名单.xlsx', { task })
    expect(uploaded.body.import).toMatchObject({ format: 'XLSX', columns: ['手机号', '产品', '年龄'] })
    await startTaskImport(mapping(uploaded.body.import!.id))
    expect(await finished(uploaded.body.import!.id)).toMatchObject({
      status: 'SUCCEEDED',
      rowsImported: 2,
      rowsRejected: 1,
    })
    const items = (await itemsOf(task)).items
    expect(items.map((item) => [item.phoneNumber, item.customFields])).toEqual(
      expect.arrayContaining([
        ['+8613500135001', { product: '宽带', age: 41 }],
        ['+8613500135002', { product: '电视' }],
      ]),
    )
  })

  it('A13: the do-not-call list imports through the same reader; listed and repeated numbers are rejected', async () => {
    const csv = '号码,原因\n13800138003,again\n13600136999,投诉\n13600136999,twice\n13600136998,\n'
    const uploaded = await upload(csv, 'dnc.csv', { task: null })
    expect(uploaded.body.suggestedReasonColumn).toBe('原因')
    const started = await gql(
      `mutation ($input: StartDoNotCallImportInput!) { startDoNotCallImport(input: $input) { ${IMPORT} } }`,
      {
        input: {
          importId: uploaded.body.import!.id,
          phoneColumn: '号码',
          reasonColumn: '原因',
          reason: '批量',
        },
      },
    )
    expect(started.errors).toBeUndefined()
    expect(await finished(uploaded.body.import!.id)).toMatchObject({ rowsImported: 2, rowsRejected: 2 })
    const list = await gql('{ doNotCallList(page: { limit: 50 }) { items { phoneNumber reason } } }')
    expect(list.data.doNotCallList.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ phoneNumber: '+8613600136999', reason: '投诉' }),
        expect.objectContaining({ phoneNumber: '+8613600136998', reason: '批量' }),
      ]),
    )
  })

  it('A13: a file uploaded through one API replica is imported by the one the mapping reaches (they share the media directory)', async () => {
    const replica = await startTestApi({
      ownerUrl: api.ownerUrl,
      env: { MEDIA_DIR: path.join(api.dataDir, 'media') },
    })
    try {
      const task = await newTask()
      const uploaded = await upload('手机号,产品\n13700137000,TV\n', 'replica.csv', { task })
      expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
      const id = uploaded.body.import!.id
      const started = (await replica.graphql(
        `mutation ($input: StartTaskItemImportInput!) { startTaskItemImport(input: $input) { ${IMPORT} } }`,
        { input: productOnly(id) },
        { token: admin.token },
      )) as Json
      expect(started.errors).toBeUndefined()
      expect(await finished(id)).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1, rowsRejected: 0 })
      expect((await itemsOf(task)).items.map((item) => item.phoneNumber)).toEqual(['+8613700137000'])
    } finally {
      await replica.stop()
    }
  })

  describe('A13: imports nobody will finish', () => {
    const uploadFile = (id: string) => path.join(api.dataDir, 'media', 'imports', id)
    const sweepAt = (msFromNow: number) => api.services.imports.sweepStale(new Date(Date.now() + msFromNow))
    const statusOf = async (id: string) => {
      const { status, failureCode } = (await readImport(id)).data.listImport
      return { status, failureCode }
    }

    it('A13: an upload left unstarted for a day is cancelled and its file deleted; it can no longer start', async () => {
      const uploaded = await upload('手机号,产品\n13700137001,TV\n', 'left.csv', { task: await newTask() })
      const id = uploaded.body.import!.id
      await sweepAt(UPLOAD_KEPT_MS - 60_000)
      expect(await statusOf(id)).toEqual({ status: 'UPLOADED', failureCode: null })
      expect(existsSync(uploadFile(id))).toBe(true)

      await sweepAt(UPLOAD_KEPT_MS + 60_000)
      expect(await statusOf(id)).toEqual({ status: 'CANCELLED', failureCode: null })
      expect(existsSync(uploadFile(id))).toBe(false)
      const started = await startTaskImport(productOnly(id))
      expect(started.errors[0].extensions.reason).toBe('IMPORT_STATE_FORBIDS')
    })

    it('A13: a running import whose API instance went away fails as interrupted; one still in its transaction is left alone', async () => {
      const uploaded = await upload('手机号,产品\n13700137002,TV\n', 'cut.csv', { task: await newTask() })
      const id = uploaded.body.import!.id
      // As an instance leaves it when it dies after starting the import: RUNNING, with nobody running it.
      await api.db.inTenantSql(admin.tenantId, (sql) =>
        sql.query(`update list_import set status = 'RUNNING' where id = $1`, [id]),
      )
      let release!: () => void
      let isHeld!: () => void
      const held = new Promise<void>((resolve) => (isHeld = resolve))
      const running = api.db.inTenantSql(admin.tenantId, async (sql) => {
        await holdRunLock(sql, id)
        isHeld()
        await new Promise<void>((resolve) => (release = resolve))
      })
      await held
      await sweepAt(RUNNING_QUIET_MS + 60_000)
      expect(await statusOf(id)).toEqual({ status: 'RUNNING', failureCode: null })
      release()
      await running

      await sweepAt(RUNNING_QUIET_MS - 60_000)
      expect(await statusOf(id)).toEqual({ status: 'RUNNING', failureCode: null })
      await sweepAt(RUNNING_QUIET_MS + 60_000)
      expect(await statusOf(id)).toEqual({ status: 'FAILED', failureCode: 'IMPORT_INTERRUPTED' })
      expect(existsSync(uploadFile(id))).toBe(false)
    })
  })

  it('A11: inbound administrators and other tenants find neither tasks nor imports; agents may not import', async () => {
    const uploaded = await upload('手机号,产品\n13800138000,TV\n', 'mine.csv')
    const id = uploaded.body.import!.id
    for (const token of [people.inboundAdmin!.token, other.token]) {
      expect((await upload('手机号\n13800138000\n', 'x.csv', { token })).status).toBe(404)
      expect((await readImport(id, token)).errors[0].extensions.code).toBe('NOT_FOUND')
      expect((await startTaskImport(mapping(id), token)).errors[0].extensions.code).toBe('NOT_FOUND')
      expect((await errorFile(id, token)).status).toBe(404)
    }
    expect((await upload('手机号\n13800138000\n', 'x.csv', { token: people.alice!.token })).status).toBe(403)
    expect((await readImport(id, people.alice!.token)).errors[0].extensions.code).toBe('FORBIDDEN')
  })
})
