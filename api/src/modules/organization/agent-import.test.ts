import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import {
  addAgent,
  addGroup,
  latestMailTo,
  signupTenant,
  uniqueEmail,
  type TestTenant,
} from '../../../test/factories.js'

const IMPORT = `mutation ($input: ImportAgentsInput!) {
  importAgents(input: $input) { totalRows validRows importedCount isImported problems { row column field code params message } }
}`

interface ImportResult {
  totalRows: number
  validRows: number
  importedCount: number
  isImported: boolean
  problems: { row: number; column: string; field: string; code: string; params: unknown; message: string }[]
}

describe('A2: bulk-add agents from CSV', () => {
  let api: TestApi
  let admin: TestTenant
  let existingEmail: string

  beforeAll(async () => {
    api = await startTestApi()
    admin = await signupTenant(api, 'Import Co')
    existingEmail = (await addAgent(api, admin.token, { agentNumber: '9001' })).email
    await addGroup(api, admin.token, { name: '呼入一组', organization: 'INBOUND' })
  })
  afterAll(() => api.stop())

  const run = async (csv: string, flags: Record<string, unknown> = {}) => {
    const result = await api.graphql<{ importAgents: ImportResult }>(
      IMPORT,
      { input: { csv, fileName: 'agents.csv', ...flags } },
      { token: admin.token },
    )
    return result
  }
  const count = async () =>
    (
      await api.graphql<{ agents: { totalCount: number } }>(
        '{ agents { totalCount } }',
        {},
        { token: admin.token },
      )
    ).data!.agents.totalCount

  const good1 = uniqueEmail('csv1')
  const good2 = uniqueEmail('csv2')
  const badFile = () =>
    [
      '姓名,邮箱,工号,角色,组织,分组,手机',
      `张三,${good1},1001,坐席,呼入,呼入一组,13800138000`,
      `李四,not-an-email,1002,AGENT,INBOUND,,`,
      `王五,${existingEmail},1003,AGENT,INBOUND,,`,
      `赵六,${uniqueEmail()},9001,AGENT,INBOUND,,`,
      `钱七,${good1.toUpperCase()},1001,AGENT,INBOUND,,`,
      `孙八,${uniqueEmail()},1008,AGENT,INBOUND,不存在的组,12345`,
      `周九,${good2},1009,GROUP_LEADER,TELESALES,,`,
    ].join('\n')

  it('A2: reports every bad row by row number, column and reason, and imports nothing by default', async () => {
    const before = await count()
    const result = await run(badFile())
    expect(result.errors).toBeUndefined()
    expect(result.data!.importAgents).toEqual({
      totalRows: 7,
      validRows: 2,
      importedCount: 0,
      isImported: false,
      problems: [
        {
          row: 3,
          column: '邮箱',
          field: 'email',
          code: 'INVALID_EMAIL',
          params: null,
          message: 'is not a valid email address',
        },
        {
          row: 4,
          column: '邮箱',
          field: 'email',
          code: 'EMAIL_TAKEN',
          params: null,
          message: 'is already registered',
        },
        {
          row: 5,
          column: '工号',
          field: 'agentNumber',
          code: 'AGENT_NUMBER_TAKEN',
          params: null,
          message: 'is already in use in your company',
        },
        {
          row: 6,
          column: '邮箱',
          field: 'email',
          code: 'REPEATS_ROW',
          params: { row: 2 },
          message: 'repeats row 2',
        },
        {
          row: 6,
          column: '工号',
          field: 'agentNumber',
          code: 'REPEATS_ROW',
          params: { row: 2 },
          message: 'repeats row 2',
        },
        {
          row: 7,
          column: '手机',
          field: 'mobile',
          code: 'INVALID_PHONE_NUMBER',
          params: null,
          message: 'is not a valid phone number',
        },
      ],
    })
    expect(await count()).toBe(before)
  })

  it('A2: a dry run of a clean file imports nothing', async () => {
    const before = await count()
    const result = await run(
      `name,email,agentNumber,role,organization\nA,${uniqueEmail()},2001,AGENT,INBOUND`,
      {
        dryRun: true,
      },
    )
    expect(result.data!.importAgents).toMatchObject({ validRows: 1, importedCount: 0, isImported: false })
    expect(await count()).toBe(before)
  })

  it('A2: with importValidRows the good rows are added (groups, mobile) and invited; the bad ones are reported', async () => {
    const before = await count()
    const result = await run(badFile(), { importValidRows: true })
    expect(result.data!.importAgents).toMatchObject({
      totalRows: 7,
      validRows: 2,
      importedCount: 2,
      isImported: true,
    })
    expect(result.data!.importAgents.problems).toHaveLength(6)
    expect(await count()).toBe(before + 2)
    const imported = await api.graphql<{ agents: { items: Record<string, unknown>[] } }>(
      `query ($search: String) { agents(filter: { search: $search }) {
        items { name agentNumber role organization mobile mustChangePassword groups { name } } } }`,
      { search: good1 },
      { token: admin.token },
    )
    expect(imported.data!.agents.items).toEqual([
      {
        name: '张三',
        agentNumber: '1001',
        role: 'AGENT',
        organization: 'INBOUND',
        mobile: '+8613800138000',
        mustChangePassword: true,
        groups: [{ name: '呼入一组' }],
      },
    ])
    await expect(latestMailTo(api, good1)).resolves.toContain('Default password:')
    await expect(latestMailTo(api, good2)).resolves.toContain('Default password:')
  })

  it('A2: a clean file imports everything in one go', async () => {
    const before = await count()
    const csv = `name,email,agentNumber,role,organization\n"Wang, Jr.",${uniqueEmail()},3001,AGENT,INBOUND\nB,${uniqueEmail()},3002,AGENT,TELESALES\n`
    const result = await run(csv)
    expect(result.data!.importAgents).toMatchObject({ totalRows: 2, importedCount: 2, problems: [] })
    expect(await count()).toBe(before + 2)
  })

  it('A2: files that are not CSV text, too big, headerless or malformed are refused as a whole', async () => {
    const before = await count()
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['PK\u0003\u0004\u0000binary', {}, /not a UTF-8 text/],
      ['name,email\nA,a@example.com', { fileName: 'agents.xlsx' }, /must be a \.csv file/],
      ['x'.repeat(600 * 1024), {}, /larger than 512 KB/],
      ['foo,bar\n1,2', {}, /has no column name, email, role/],
      ['name,email,role\n"unterminated,a@example.com,AGENT', {}, /not valid CSV/],
      ['name,email,role\n', {}, /no rows/],
    ]
    for (const [csv, flags, message] of cases) {
      const result = await api.graphql(IMPORT, { input: { csv, ...flags } }, { token: admin.token })
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
      expect(result.errors?.[0]?.message).toMatch(message)
      expect(result.errors?.[0]?.extensions?.problems).toEqual([
        expect.objectContaining({ field: 'csv', code: expect.any(String) }),
      ])
    }
    expect(await count()).toBe(before)
  })
})
