// A9 (issue 18 item 3): the service summary report: counts up the category tree, by skill group and agent,
// day by day in the company's time zone, within what each viewer may see (A11, tenants), and as a file.
import { randomUUID } from 'node:crypto'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Clock } from '../../common/clock.js'
import { startTestApi, type TestApi } from '../../../test/api.js'
import {
  addAgent,
  addGroup,
  addSkillGroup,
  signInInvited,
  signupTenant,
  type TestTenant,
} from '../../../test/factories.js'

const H = 3_600_000
/** Yesterday in Shanghai is 2027-01-04: 2027-01-03T16:00Z to 2027-01-04T16:00Z. */
const DAY_START = new Date('2027-01-03T16:00:00.000Z')
const clock: Clock = { now: () => new Date('2027-01-05T02:00:00.000Z') }

let api: TestApi
let tenant: TestTenant
let other: TestTenant
let hotline: string
let second: string
let a1: string
let a2: string
let seller: string
const category: Record<'billing' | 'refunds' | 'late' | 'invoices' | 'tech', string> = {
  billing: randomUUID(),
  refunds: randomUUID(),
  late: randomUUID(),
  invoices: randomUUID(),
  tech: randomUUID(),
}

const sql = (owner: TestTenant, query: string, params: unknown[] = []) =>
  api.db.inTenant(owner.tenantId, (em) => em.execute(query, params))

async function addCategory(
  id: string,
  parentId: string | null,
  depth: number,
  labelEn: string,
  position = 0,
) {
  await sql(
    tenant,
    `insert into service_summary_category (id, tenant_id, parent_id, depth, label_zh, label_en, position)
     values (?, ?, ?, ?, ?, ?, ?)`,
    [id, tenant.tenantId, parentId, depth, `${labelEn}（中）`, labelEn, position],
  )
}

/** A summary written at `at`; its call record carries the skill group (none: the record is not flushed yet). */
async function summary(
  owner: TestTenant,
  at: Date,
  agentId: string,
  categoryId: string | null,
  options: { skillGroupId?: string; organization?: string; hasRecord?: boolean } = {},
) {
  const callId = randomUUID()
  if (options.hasRecord !== false)
    await sql(
      owner,
      `insert into call_record (id, tenant_id, switch_node, direction, dialled_number, caller_number,
         callee_number, agent_id, skill_group_id, started_at)
       values (?, ?, 'fs1', 'INBOUND', '4001', '13800000000', '4001', ?, ?, ?)`,
      [callId, owner.tenantId, agentId, options.skillGroupId ?? null, new Date(at.getTime() - 300_000)],
    )
  await sql(
    owner,
    `insert into service_summary (id, tenant_id, call_id, agent_id, organization, category_id, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), owner.tenantId, callId, agentId, options.organization ?? 'INBOUND', categoryId, at, at],
  )
}

const REPORT = `query ($i: ServiceSummaryReportInput!) {
  serviceSummaryReport(input: $i) {
    from to timeZone total
    categories { id parentId depth labelEn isEnabled count ownCount share bySkillGroup { key count } byAgent { key count } }
    skillGroups { key name count }
    agents { key name count }
    days { day count }
  }
}`

interface Report {
  from: string
  to: string
  timeZone: string
  total: number
  categories: Array<{
    id: string | null
    parentId: string | null
    depth: number
    labelEn: string | null
    isEnabled: boolean
    count: number
    ownCount: number
    share: number
    bySkillGroup: Array<{ key: string | null; count: number }>
    byAgent: Array<{ key: string; count: number }>
  }>
  skillGroups: Array<{ key: string | null; name: string | null; count: number }>
  agents: Array<{ key: string; name: string; count: number }>
  days: Array<{ day: string; count: number }>
}

async function report(input: Record<string, unknown> = {}, token = tenant.token): Promise<Report> {
  const result = await api.graphql<{ serviceSummaryReport: Report }>(
    REPORT,
    { i: { preset: 'YESTERDAY', ...input } },
    { token },
  )
  if (!result.data) throw new Error(JSON.stringify(result.errors))
  return result.data.serviceSummaryReport
}

const at = (hours: number) => new Date(DAY_START.getTime() + hours * H)

beforeAll(async () => {
  api = await startTestApi({ clock })
  await api.services.callRollupJob.stop()
  tenant = await signupTenant(api)
  other = await signupTenant(api, 'Other Company')
  hotline = await addSkillGroup(api, tenant.token, { name: 'Hotline' })
  second = await addSkillGroup(api, tenant.token, { name: 'Second line' })
  a1 = (await addAgent(api, tenant.token, { name: 'Agent One' })).id
  a2 = (await addAgent(api, tenant.token, { name: 'Agent Two' })).id
  seller = (await addAgent(api, tenant.token, { name: 'Seller', organization: 'TELESALES' })).id
  await addCategory(category.billing, null, 1, 'Billing', 0)
  await addCategory(category.tech, null, 1, 'Tech', 1)
  await addCategory(category.invoices, category.billing, 2, 'Invoices', 1)
  await addCategory(category.refunds, category.billing, 2, 'Refunds', 0)
  await addCategory(category.late, category.refunds, 3, 'Late refunds')
  await summary(tenant, at(1), a1, category.late, { skillGroupId: hotline })
  await summary(tenant, at(2), a1, category.refunds, { skillGroupId: hotline })
  await summary(tenant, at(3), a2, category.invoices, { skillGroupId: second })
  await summary(tenant, at(4), a2, category.billing, { skillGroupId: hotline })
  await summary(tenant, at(5), a1, null, { hasRecord: false })
  await summary(tenant, at(6), seller, category.tech, { organization: 'TELESALES' })
  // Just outside yesterday on either side, in Shanghai.
  await summary(tenant, new Date(DAY_START.getTime() - 1), a1, category.late, { skillGroupId: hotline })
  await summary(tenant, at(24), a1, category.late, { skillGroupId: hotline })
  const otherAgent = (await addAgent(api, other.token, { name: 'Elsewhere' })).id
  await summary(other, at(2), otherAgent, null)
}, 120_000)

afterAll(() => api?.stop())

describe('A9: the service summary report', () => {
  it('A9: each category counts its own summaries and those below it, in tree order, the uncategorised last', async () => {
    const seen = await report()
    expect(seen.total).toBe(6)
    expect(seen.categories.map((row) => [row.labelEn, row.depth, row.count, row.ownCount])).toEqual([
      ['Billing', 1, 4, 1],
      ['Refunds', 2, 2, 1],
      ['Late refunds', 3, 1, 1],
      ['Invoices', 2, 1, 1],
      ['Tech', 1, 1, 1],
      [null, 1, 1, 1],
    ])
    const billing = seen.categories[0]!
    expect(billing.share).toBeCloseTo(4 / 6, 6)
    expect(seen.categories.at(-1)!.id).toBeNull()
    expect(billing.bySkillGroup).toEqual(
      expect.arrayContaining([
        { key: hotline, count: 3 },
        { key: second, count: 1 },
      ]),
    )
    expect(billing.byAgent).toEqual(
      expect.arrayContaining([
        { key: a1, count: 2 },
        { key: a2, count: 2 },
      ]),
    )
    // The summary whose call record is not there yet, and the seller's, count under no skill group.
    expect(seen.skillGroups).toEqual([
      { key: hotline, name: 'Hotline', count: 3 },
      { key: null, name: null, count: 2 },
      { key: second, name: 'Second line', count: 1 },
    ])
    expect(seen.agents.map((agent) => [agent.name, agent.count])).toEqual([
      ['Agent One', 3],
      ['Agent Two', 2],
      ['Seller', 1],
    ])
  })

  it('A9: the period is cut in the company’s time zone: a summary a millisecond before midnight is the day before', async () => {
    const yesterday = await report()
    expect(yesterday.timeZone).toBe('Asia/Shanghai')
    expect([yesterday.from, yesterday.to]).toEqual(['2027-01-03T16:00:00.000Z', '2027-01-04T16:00:00.000Z'])
    expect(yesterday.days).toEqual([{ day: '2027-01-03T16:00:00.000Z', count: 6 }])
    const week = await report({ preset: 'LAST_7_DAYS' })
    expect(week.days).toHaveLength(7)
    expect(week.days.filter((day) => day.count > 0)).toEqual([
      { day: '2027-01-02T16:00:00.000Z', count: 1 },
      { day: '2027-01-03T16:00:00.000Z', count: 6 },
      { day: '2027-01-04T16:00:00.000Z', count: 1 },
    ])
    expect(week.total).toBe(8)
    const custom = await report({ preset: 'CUSTOM', fromDate: '2027-01-04', toDate: '2027-01-04' })
    expect(custom.total).toBe(6)
  })

  it('A9: filters by skill groups and agents narrow every count', async () => {
    const byGroup = await report({ skillGroupIds: [hotline] })
    expect(byGroup.total).toBe(3)
    expect(byGroup.categories.map((row) => [row.labelEn, row.count])).toEqual([
      ['Billing', 3],
      ['Refunds', 2],
      ['Late refunds', 1],
    ])
    const byAgent = await report({ agentIds: [a2] })
    expect(byAgent.categories.map((row) => [row.labelEn, row.count])).toEqual([
      ['Billing', 2],
      ['Invoices', 1],
    ])
  })

  it('A9: a renamed category shows its new label, a disabled one still counts', async () => {
    await sql(tenant, `update service_summary_category set label_en = 'Bills' where id = ?`, [
      category.invoices,
    ])
    await sql(tenant, `update service_summary_category set is_enabled = false where id = ?`, [category.tech])
    try {
      const seen = await report()
      expect(seen.categories.find((row) => row.id === category.invoices)!.labelEn).toBe('Bills')
      expect(seen.categories.find((row) => row.id === category.tech)).toMatchObject({
        isEnabled: false,
        count: 1,
      })
    } finally {
      await sql(tenant, `update service_summary_category set label_en = 'Invoices' where id = ?`, [
        category.invoices,
      ])
      await sql(tenant, `update service_summary_category set is_enabled = true where id = ?`, [category.tech])
    }
  })
})

describe('A9 A11: who sees which summaries', () => {
  it('A9 A11: a group leader sees the summaries of their group’s agents only', async () => {
    const leader = await addAgent(api, tenant.token, { role: 'GROUP_LEADER', organization: 'INBOUND' })
    await addGroup(api, tenant.token, { organization: 'INBOUND', leaderId: leader.id, memberIds: [a1] })
    const token = await signInInvited(api, leader.email)
    const seen = await report({}, token)
    expect(seen.total).toBe(3)
    expect(seen.agents.map((agent) => agent.key)).toEqual([a1])
    const result = await api.graphql(REPORT, { i: { preset: 'YESTERDAY', agentIds: [a2] } }, { token })
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })

  it('A9 A11: the telesales administrator sees the telesales summaries, the inbound one none of them', async () => {
    const salesAdmin = await addAgent(api, tenant.token, {
      role: 'ADMIN',
      organization: 'TELESALES',
      agentNumber: null,
    })
    const sales = await report({}, await signInInvited(api, salesAdmin.email))
    expect(sales.total).toBe(1)
    expect(sales.categories.map((row) => row.labelEn)).toEqual(['Tech'])
    const inboundAdmin = await addAgent(api, tenant.token, {
      role: 'ADMIN',
      organization: 'INBOUND',
      agentNumber: null,
    })
    const inbound = await report({}, await signInInvited(api, inboundAdmin.email))
    expect(inbound.total).toBe(5)
    expect(inbound.agents.map((agent) => agent.key)).not.toContain(seller)
  })

  it('A9: another company sees only its own summary and cannot filter by this company’s agent', async () => {
    const seen = await report({}, other.token)
    expect(seen.total).toBe(1)
    expect(seen.categories.map((row) => [row.id, row.count])).toEqual([[null, 1]])
    const result = await api.graphql(
      REPORT,
      { i: { preset: 'YESTERDAY', agentIds: [a1] } },
      { token: other.token },
    )
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })

  it('A9: agents do not see the report', async () => {
    const agent = await addAgent(api, tenant.token)
    const result = await api.graphql(
      REPORT,
      { i: { preset: 'YESTERDAY' } },
      { token: await signInInvited(api, agent.email) },
    )
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })
})

describe('A9: export', () => {
  const download = async (query: string) => {
    const response = await fetch(`${api.url}/export/summary-report?${query}`, {
      headers: { authorization: `Bearer ${tenant.token}` },
    })
    return { response, body: Buffer.from(await response.arrayBuffer()) }
  }

  it('A9: the CSV has the tree as paths, a column per skill group, numbers as numbers', async () => {
    const { response, body } = await download('format=csv&lang=en&preset=YESTERDAY&dimension=SKILL_GROUP')
    expect(response.status).toBe(200)
    const rows = parse(body.toString('utf8').slice(1), { columns: true }) as Record<string, string>[]
    expect(rows.map((row) => row.Category)).toEqual([
      'Billing',
      'Billing / Refunds',
      'Billing / Refunds / Late refunds',
      'Billing / Invoices',
      'Tech',
      'Uncategorised',
    ])
    expect(rows[0]).toMatchObject({
      Summaries: '4',
      Share: '0.6667',
      Hotline: '3',
      'Second line': '1',
      'No skill group': '0',
    })
  })

  it('A9: the XLSX has Chinese headers by default and the filter of the screen', async () => {
    const { response, body } = await download(`format=xlsx&preset=YESTERDAY&dimension=AGENT&agentIds=${a2}`)
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(body as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['分类', '小结数', '占比', 'Agent Two']))
    expect(sheet.getRow(2).getCell(1).value).toBe('Billing（中）')
    expect(sheet.getRow(2).getCell(3).value).toBe(2)
    expect(sheet.getRow(2).getCell(5).value).toBe(2)
  })
})
