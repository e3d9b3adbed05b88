import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Clock } from '../../common/clock.js'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { addAgent, addGroup, signInInvited, signupTenant, type TestTenant } from '../../../test/factories.js'
import type { Viewer } from '../identity/viewer.js'
import { ContactPlanReminder } from './contact-plan-reminder.js'
import { customerPlans } from './contact-plan.store.js'

const PLAN =
  'id customerId customerName phoneNumber dueAt purpose notes status ownerId ownerName calls { callId }'
const HOUR = 3_600_000

/** Time moves only when a test moves it. */
class FakeClock implements Clock {
  private current = Date.now()
  now(): Date {
    return new Date(this.current)
  }
  advance(ms: number): void {
    this.current += ms
  }
  inHours(hours: number): string {
    return new Date(this.current + hours * HOUR).toISOString()
  }
}

describe('G5, G6: contact plans', () => {
  const clock = new FakeClock()
  let api: TestApi
  let admin: TestTenant
  let agent: { id: string; token: string }
  let colleague: { id: string; token: string }
  let leader: { id: string; token: string }
  let telesales: { id: string; token: string }
  let customerId: string
  let telesalesCustomerId: string

  const gql = async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    token: string,
  ) => api.graphql<T>(query, variables, { token })
  const reasonOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => {
    const extensions = result.errors?.[0]?.extensions
    const problems = extensions?.problems as { code: string }[] | undefined
    return problems?.[0]?.code ?? extensions?.reason ?? extensions?.code
  }
  const member = async (input: Record<string, unknown>) => {
    const added = await addAgent(api, admin.token, input)
    return { id: added.id, token: await signInInvited(api, added.email) }
  }
  const customer = async (organization: string, number: string) => {
    const result = await gql<{ createCustomer: { id: string } }>(
      'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      { input: { name: '王女士', organization, phoneNumbers: [number, `${number.slice(0, -1)}9`] } },
      admin.token,
    )
    return result.data!.createCustomer.id
  }
  const create = (input: Record<string, unknown>, token = agent.token) =>
    gql<{ createContactPlan: { id: string; status: string; ownerId: string } }>(
      `mutation ($input: CreateContactPlanInput!) { createContactPlan(input: $input) { ${PLAN} } }`,
      {
        input: {
          customerId,
          phoneNumber: '+8613800138000',
          dueAt: clock.inHours(2),
          purpose: '回访满意度',
          ...input,
        },
      },
      token,
    )
  const planOf = async (token = agent.token, input: Record<string, unknown> = {}) => {
    const result = await create(input, token)
    if (!result.data) throw new Error(JSON.stringify(result.errors))
    return result.data.createContactPlan
  }
  const list = (token: string, filter: Record<string, unknown> = {}) =>
    gql<{ contactPlans: { totalCount: number; items: { id: string; status: string }[] } }>(
      'query ($filter: ContactPlanFilter) { contactPlans(filter: $filter, page: { limit: 100 }) { totalCount items { id status } } }',
      { filter },
      token,
    )
  const viewerOf = async (token: string): Promise<Viewer> =>
    (await api.services.identity.authenticate(token))!

  beforeAll(async () => {
    api = await startTestApi({ clock })
    // The tests run the reminders themselves, at the times they choose.
    await api.services.contactPlanReminder.stop()
    admin = await signupTenant(api, 'Plans Co')
    agent = await member({ organization: 'INBOUND' })
    colleague = await member({ organization: 'INBOUND' })
    leader = await member({ organization: 'INBOUND', role: 'GROUP_LEADER' })
    telesales = await member({ organization: 'TELESALES' })
    await addGroup(api, admin.token, { leaderId: leader.id, memberIds: [agent.id] })
    customerId = await customer('INBOUND', '+8613800138000')
    telesalesCustomerId = await customer('TELESALES', '+8613900139000')
  }, 60_000)
  afterAll(() => api?.stop())

  it('G5: an agent schedules a callback to one of the customer’s numbers; the time, purpose and number are checked', async () => {
    const plan = await planOf(agent.token, { notes: '  上次投诉物流  ' })
    expect(plan).toMatchObject({
      status: 'PENDING',
      ownerId: agent.id,
      notes: '上次投诉物流',
      customerName: '王女士',
    })

    expect(reasonOf(await create({ dueAt: clock.inHours(-1) }))).toBe('NOT_IN_FUTURE')
    expect(reasonOf(await create({ purpose: 'x'.repeat(201) }))).toBe('TOO_LONG')
    expect(reasonOf(await create({ purpose: '   ' }))).toBeTruthy()
    expect(reasonOf(await create({ phoneNumber: '+8613700137000' }))).toBe('NOT_CUSTOMERS_NUMBER')
    expect(reasonOf(await create({ customerId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND')
  })

  it('A11: the telesales side neither sees nor plans for inbound customers, and the other way round', async () => {
    const plan = await planOf()
    expect(reasonOf(await create({}, telesales.token))).toBe('NOT_FOUND')
    expect(
      reasonOf(
        await gql('query ($id: ID!) { contactPlan(id: $id) { id } }', { id: plan.id }, telesales.token),
      ),
    ).toBe('NOT_FOUND')
    const own = await planOf(telesales.token, {
      customerId: telesalesCustomerId,
      phoneNumber: '+8613900139000',
    })
    expect((await list(agent.token)).data!.contactPlans.items.map((item) => item.id)).not.toContain(own.id)
  })

  it('G6: an agent sees their own plans, their group leader theirs too, an administrator everyone’s', async () => {
    const mine = await planOf(agent.token)
    const theirs = await planOf(colleague.token)
    const ids = async (token: string) => (await list(token)).data!.contactPlans.items.map((item) => item.id)
    expect(await ids(agent.token)).toContain(mine.id)
    expect(await ids(agent.token)).not.toContain(theirs.id)
    expect(
      reasonOf(
        await gql(
          'mutation ($id: ID!) { cancelContactPlan(id: $id) { id } }',
          { id: theirs.id },
          agent.token,
        ),
      ),
    ).toBe('NOT_FOUND')
    // The leader leads the agent's group, not the colleague's.
    expect(await ids(leader.token)).toContain(mine.id)
    expect(await ids(leader.token)).not.toContain(theirs.id)
    expect(reasonOf(await list(leader.token, { ownerId: colleague.id }))).toBe('NOT_FOUND')
    expect(await ids(admin.token)).toEqual(expect.arrayContaining([mine.id, theirs.id]))
    expect(
      (await list(admin.token, { ownerId: colleague.id })).data!.contactPlans.items.map((item) => item.id),
    ).toEqual(expect.arrayContaining([theirs.id]))
  })

  it('G6: reschedule, complete and cancel an open plan, each audited; a closed plan stays closed', async () => {
    const plan = await planOf()
    const later = clock.inHours(5)
    const moved = await gql<{ rescheduleContactPlan: { dueAt: string } }>(
      'mutation ($id: ID!, $at: DateTimeISO!) { rescheduleContactPlan(id: $id, dueAt: $at) { dueAt } }',
      { id: plan.id, at: later },
      agent.token,
    )
    expect(moved.data?.rescheduleContactPlan.dueAt).toBe(later)
    const past = await gql(
      'mutation ($id: ID!, $at: DateTimeISO!) { rescheduleContactPlan(id: $id, dueAt: $at) { dueAt } }',
      { id: plan.id, at: clock.inHours(-1) },
      agent.token,
    )
    expect(reasonOf(past)).toBe('NOT_IN_FUTURE')
    const done = await gql<{ completeContactPlan: { status: string } }>(
      'mutation ($id: ID!) { completeContactPlan(id: $id) { status } }',
      { id: plan.id },
      leader.token,
    )
    expect(done.data?.completeContactPlan.status).toBe('DONE')
    const again = await gql(
      'mutation ($id: ID!) { cancelContactPlan(id: $id) { status } }',
      { id: plan.id },
      agent.token,
    )
    expect(reasonOf(again)).toBe('CONTACT_PLAN_CLOSED')
    const other = await planOf()
    const cancelled = await gql<{ cancelContactPlan: { status: string } }>(
      'mutation ($id: ID!) { cancelContactPlan(id: $id) { status } }',
      { id: other.id },
      agent.token,
    )
    expect(cancelled.data?.cancelContactPlan.status).toBe('CANCELLED')
    const audit = await gql<{ auditLog: { items: { action: string }[] } }>(
      'query ($id: ID) { auditLog(filter: { entityType: "CONTACT_PLAN", entityId: $id }) { items { action } } }',
      { id: plan.id },
      admin.token,
    )
    expect(audit.data?.auditLog.items.map((item) => item.action).sort()).toEqual([
      'CONTACT_PLAN_COMPLETED',
      'CONTACT_PLAN_CREATED',
      'CONTACT_PLAN_RESCHEDULED',
    ])
  })

  it('G5: at its time the owner is reminded exactly once though two instances look, the plan turns OVERDUE and contact_plan.due is queued', async () => {
    const endpoint = await gql<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      'mutation { createWebhookEndpoint(input: { url: "https://crm.example.com/hooks", events: [CONTACT_PLAN_DUE] }) { endpoint { id } } }',
      {},
      admin.token,
    )
    const plan = await planOf(agent.token, { dueAt: clock.inHours(1) })
    const reminders = [1, 2].map(
      () => new ContactPlanReminder({ db: api.db, plans: api.services.contactPlans, clock, logger: console }),
    )
    const received: string[] = []
    const subscription = api.services.contactPlans.myDuePlans(await viewerOf(agent.token))
    const first = subscription.next()

    expect(await reminders[0]!.runOnce()).toBe(0)
    clock.advance(HOUR)
    const counts = await Promise.all(reminders.map((reminder) => reminder.runOnce()))
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1)
    const due = await first
    received.push((due.value as { id: string }).id)
    expect(received).toContain(plan.id)
    expect(due.value).toMatchObject({ id: plan.id, status: 'OVERDUE' })
    expect(await Promise.all(reminders.map((reminder) => reminder.runOnce()))).toEqual([0, 0])
    await subscription.return?.(undefined)

    const overdue = await list(agent.token, { status: 'OVERDUE' })
    expect(overdue.data!.contactPlans.items.map((item) => item.id)).toContain(plan.id)
    const deliveries = await gql<{ webhookDeliveries: { items: { eventType: string; body: string }[] } }>(
      'query ($id: ID!) { webhookDeliveries(filter: { endpointId: $id }) { items { eventType body } } }',
      { id: endpoint.data!.createWebhookEndpoint.endpoint.id },
      admin.token,
    )
    const bodies = deliveries.data!.webhookDeliveries.items.map((item) => JSON.parse(item.body))
    expect(bodies.filter((body) => body.data.contactPlanId === plan.id)).toEqual([
      expect.objectContaining({
        type: 'contact_plan.due',
        data: expect.objectContaining({ agentId: agent.id }),
      }),
    ])
  })

  it('G5: each plan is claimed by one instance only, however many look at once', async () => {
    const plans = await Promise.all(
      [0, 1, 2, 3, 4].map(() => planOf(agent.token, { dueAt: clock.inHours(1) })),
    )
    clock.advance(HOUR)
    const published: string[] = []
    const plansSeen = { publishDue: async (notice: { planId: string }) => void published.push(notice.planId) }
    const reminders = [1, 2, 3].map(
      () => new ContactPlanReminder({ db: api.db, plans: plansSeen, clock, logger: console }),
    )
    await Promise.all(reminders.map((reminder) => reminder.runOnce()))
    for (const plan of plans) expect(published.filter((id) => id === plan.id)).toHaveLength(1)
  })

  it('G4, G5: plans follow a merged customer; the customer history reads them newest first, page by page', async () => {
    const merged = await customer('INBOUND', '+8613600136000')
    const moved = await planOf(agent.token, {
      customerId: merged,
      phoneNumber: '+8613600136000',
      dueAt: clock.inHours(30),
    })
    await gql(
      'mutation ($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m) { id } }',
      { s: customerId, m: merged },
      admin.token,
    )
    const read = await gql<{ contactPlan: { customerId: string } }>(
      'query ($id: ID!) { contactPlan(id: $id) { customerId } }',
      { id: moved.id },
      agent.token,
    )
    expect(read.data?.contactPlan.customerId).toBe(customerId)

    const all = await api.db.inTenant(admin.tenantId, (em) => customerPlans(em, customerId, { limit: 1000 }))
    expect(all[0]!.id).toBe(moved.id)
    const firstPage = await api.db.inTenant(admin.tenantId, (em) =>
      customerPlans(em, customerId, { limit: 2 }),
    )
    const last = firstPage[1]!
    const secondPage = await api.db.inTenant(admin.tenantId, (em) =>
      customerPlans(em, customerId, { before: { dueAt: last.dueAt, id: last.id }, limit: 2 }),
    )
    expect([...firstPage, ...secondPage].map((row) => row.id)).toEqual(all.slice(0, 4).map((row) => row.id))
  })

  describe('G6: export', () => {
    const download = async (query: string, token = admin.token) => {
      const response = await fetch(`${api.url}/export/contact-plans?${query}`, {
        headers: { authorization: `Bearer ${token}` },
      })
      return { response, body: Buffer.from(await response.arrayBuffer()) }
    }
    let planId: string

    beforeAll(async () => {
      await gql(
        'mutation { updateMyTenant(input: { timeZone: "America/New_York" }) { id } }',
        {},
        admin.token,
      )
      const plan = await planOf(agent.token, {
        dueAt: '2099-01-15T12:00:00.000Z',
        purpose: '=HYPERLINK("x"), 逗号',
        notes: '第一行\n第二行',
      })
      planId = plan.id
    })

    it('G6: CSV with the list’s filter, times on the company’s clock, the row count told first', async () => {
      const { response, body } = await download(
        'format=csv&lang=en&status=PENDING&dueFrom=2099-01-01T00:00:00Z',
      )
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain('text/csv')
      expect(response.headers.get('x-total-rows')).toBe('1')
      const text = body.toString('utf8')
      expect(text.startsWith('\uFEFF')).toBe(true)
      const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[]
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({
        Customer: '王女士',
        Number: '+8613800138000',
        // 12:00 UTC is 07:00 in New York in January.
        Due: '2099-01-15 07:00:00',
        Purpose: `'=HYPERLINK("x"), 逗号`,
        Notes: '第一行\n第二行',
        Status: 'Pending',
        Calls: '0',
      })
    })

    it('G6: XLSX (Chinese headers by default) with real times and numbers', async () => {
      const { response, body } = await download('format=xlsx&dueFrom=2099-01-01T00:00:00Z')
      expect(response.status).toBe(200)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(body as unknown as ArrayBuffer)
      const sheet = workbook.worksheets[0]!
      expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['客户', '号码', '计划时间', '通话次数']))
      const row = sheet.getRow(2)
      expect(row.getCell(1).value).toBe('王女士')
      expect(row.getCell(3).value).toEqual(new Date(Date.UTC(2099, 0, 15, 7, 0, 0)))
      expect(row.getCell(3).numFmt).toBe('yyyy-mm-dd hh:mm:ss')
      expect(row.getCell(6).value).toBe('待联系')
      expect(row.getCell(8).value).toBe(0)
      expect(sheet.rowCount).toBe(2)
      expect(planId).toBeTruthy()
    })

    it('G6, A11: an export holds what the viewer may see; refusals are told, not downloaded', async () => {
      const { body } = await download('format=csv&dueFrom=2099-01-01T00:00:00Z', telesales.token)
      expect(parse(body.toString('utf8').slice(1), { columns: true })).toHaveLength(0)
      expect((await fetch(`${api.url}/export/contact-plans?format=csv`)).status).toBe(401)
      const refused = await download('format=csv&status=SOON')
      expect(refused.response.status).toBe(400)
      expect(JSON.parse(refused.body.toString()).error.code).toBe('BAD_USER_INPUT')
      const other = await signupTenant(api, 'Other Co')
      const foreign = await download(`format=csv&ownerId=${agent.id}`, other.token)
      expect(foreign.response.status).toBe(404)
    })
  })
})
