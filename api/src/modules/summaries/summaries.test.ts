import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { addAgent, signInInvited, signupTenant, type TestTenant } from '../../../test/factories.js'
import { PgCallStore } from '../calls/call-record.store.js'
import { Organization } from '../identity/roles.js'
import { summariesOfCustomer } from './service-summary.store.js'

const CATEGORY = 'id parentId depth labelZh labelEn position isEnabled'
const SUMMARY = 'id callId agentId organization customerId categoryId customFields notes'

interface Result<T> {
  data?: T | null
  errors?: { extensions?: Record<string, unknown> }[]
}

describe('G4: service summaries', () => {
  let api: TestApi
  let admin: TestTenant
  let agent: { id: string; token: string }
  let colleague: { id: string; token: string }
  let telesales: { id: string; token: string }

  const gql = <T = Record<string, unknown>>(query: string, variables = {}, token = admin.token) =>
    api.graphql<T>(query, variables, { token }) as Promise<Result<T>>
  const reasonOf = (result: Result<unknown>) => result.errors?.[0]?.extensions
  const addCategory = async (input: Record<string, unknown>) => {
    const result = await gql<{ createServiceSummaryCategory: { id: string; depth: number } }>(
      `mutation ($input: CreateServiceSummaryCategoryInput!) { createServiceSummaryCategory(input: $input) { ${CATEGORY} } }`,
      { input: { labelZh: '咨询', labelEn: 'Enquiry', ...input } },
    )
    return result
  }
  const save = (token: string, input: Record<string, unknown>) =>
    gql<{ saveServiceSummary: Record<string, unknown> & { id: string; customerId: string | null } }>(
      `mutation ($input: SaveServiceSummaryInput!) { saveServiceSummary(input: $input) { ${SUMMARY} } }`,
      { input },
      token,
    )
  const member = async (organization: string) => {
    const added = await addAgent(api, admin.token, { organization })
    return { id: added.id, token: await signInInvited(api, added.email) }
  }
  /** A finished inbound call from `from` that `agentId` took. */
  const callOf = async (agentId: string, from = '13900139000') => {
    const id = randomUUID()
    const now = new Date()
    await new PgCallStore(api.db).save([
      {
        id,
        tenantId: admin.tenantId,
        node: 'summaries-test',
        direction: 'INBOUND',
        dialledNumber: '4001',
        callerNumber: from,
        calleeNumber: '4001',
        agentId,
        skillGroupId: null,
        startedAt: now,
        ringingAt: now,
        answeredAt: now,
        bridgedAt: now,
        endedAt: now,
        hangupCause: 'NORMAL_CLEARING',
        hangupSide: 'CALLER',
        recordingFile: null,
        legs: [],
        timeline: [],
      },
    ])
    return id
  }

  beforeAll(async () => {
    api = await startTestApi()
    admin = await signupTenant(api, 'Summaries Co')
    agent = await member('INBOUND')
    colleague = await member('INBOUND')
    telesales = await member('TELESALES')
  })
  afterAll(() => api.stop())

  describe('categories', () => {
    it('G4: an admin builds a tree of at most three levels, ordered among siblings; agents read it and change nothing', async () => {
      const top = (await addCategory({ labelZh: '投诉', labelEn: 'Complaint' })).data!
        .createServiceSummaryCategory
      const second = (await addCategory({ parentId: top.id, labelZh: '物流', labelEn: 'Delivery' })).data!
        .createServiceSummaryCategory
      const third = (await addCategory({ parentId: second.id, labelZh: '延误', labelEn: 'Late' })).data!
        .createServiceSummaryCategory
      expect([top.depth, second.depth, third.depth]).toEqual([1, 2, 3])
      const fourth = await addCategory({ parentId: third.id, labelZh: '太深', labelEn: 'Too deep' })
      expect(reasonOf(fourth)?.problems).toEqual([
        expect.objectContaining({
          field: 'parentId',
          code: 'SUMMARY_CATEGORY_TOO_DEEP',
          params: { maximum: 3 },
        }),
      ])
      const sibling = (await addCategory({ parentId: top.id, labelZh: '质量', labelEn: 'Quality' })).data!
      expect(sibling.createServiceSummaryCategory).toMatchObject({ depth: 2 })
      const blank = await addCategory({ labelZh: ' ', labelEn: 'x' })
      expect(reasonOf(blank)?.problems).toEqual([
        expect.objectContaining({ field: 'labelZh', code: 'REQUIRED' }),
      ])

      const read = await gql<{ serviceSummaryCategories: { id: string; position: number }[] }>(
        `{ serviceSummaryCategories { ${CATEGORY} } }`,
        {},
        agent.token,
      )
      const underTop = read.data!.serviceSummaryCategories.filter((c) =>
        [second.id, sibling.createServiceSummaryCategory.id].includes(c.id),
      )
      expect(underTop.map((c) => c.position)).toEqual([0, 1])
      const byAgent = await gql(
        'mutation { createServiceSummaryCategory(input: { labelZh: "x", labelEn: "x" }) { id } }',
        {},
        agent.token,
      )
      expect(reasonOf(byAgent)?.code).toBe('FORBIDDEN')
      const audit = await gql<{ auditLog: { items: { action: string }[] } }>(
        '{ auditLog(filter: { entityType: "SUMMARY_CATEGORY" }) { items { action } } }',
      )
      expect(audit.data?.auditLog.items.map((entry) => entry.action)).toContain('SUMMARY_CATEGORY_CREATED')
    })

    it('G4: a used category is never deleted (refused with the count); disabled, it is kept by old summaries and refused for new ones', async () => {
      const category = (await addCategory({ labelZh: '退货', labelEn: 'Returns' })).data!
        .createServiceSummaryCategory
      const child = (await addCategory({ parentId: category.id, labelZh: '换货', labelEn: 'Exchange' })).data!
        .createServiceSummaryCategory
      const parentDelete = await gql('mutation ($id: ID!) { deleteServiceSummaryCategory(id: $id) }', {
        id: category.id,
      })
      expect(reasonOf(parentDelete)).toMatchObject({
        reason: 'SUMMARY_CATEGORY_HAS_CHILDREN',
        params: { children: 1 },
      })

      const first = await callOf(agent.id)
      const second = await callOf(agent.id)
      expect((await save(agent.token, { callId: first, categoryId: child.id })).errors).toBeUndefined()
      expect((await save(agent.token, { callId: second, categoryId: child.id })).errors).toBeUndefined()
      const refused = await gql('mutation ($id: ID!) { deleteServiceSummaryCategory(id: $id) }', {
        id: child.id,
      })
      expect(reasonOf(refused)).toMatchObject({ reason: 'SUMMARY_CATEGORY_IN_USE', params: { summaries: 2 } })

      await gql(
        'mutation ($id: ID!) { updateServiceSummaryCategory(id: $id, input: { isEnabled: false }) { id } }',
        {
          id: child.id,
        },
      )
      // A correction keeps the disabled category; a new summary cannot choose it.
      expect(
        (await save(agent.token, { callId: first, categoryId: child.id, notes: 'fixed' })).errors,
      ).toBeUndefined()
      const fresh = await save(agent.token, { callId: await callOf(agent.id), categoryId: child.id })
      expect(reasonOf(fresh)?.problems).toEqual([
        expect.objectContaining({ field: 'categoryId', code: 'SUMMARY_CATEGORY_DISABLED' }),
      ])

      const unused = (await addCategory({ labelZh: '临时', labelEn: 'Temporary' })).data!
        .createServiceSummaryCategory
      const deleted = await gql<{ deleteServiceSummaryCategory: boolean }>(
        'mutation ($id: ID!) { deleteServiceSummaryCategory(id: $id) }',
        { id: unused.id },
      )
      expect(deleted.data?.deleteServiceSummaryCategory).toBe(true)
    })
  })

  describe('summaries', () => {
    let categoryId: string
    let moodFieldId: string

    beforeAll(async () => {
      categoryId = (await addCategory({ labelZh: '账单', labelEn: 'Billing' })).data!
        .createServiceSummaryCategory.id
      const field = await gql<{ createCustomFieldDefinition: { id: string } }>(
        'mutation { createCustomFieldDefinition(input: { entity: SERVICE_SUMMARY, key: "mood", labelZh: "情绪", labelEn: "Mood", type: SINGLE_CHOICE, options: [{ value: "calm", labelZh: "平静", labelEn: "Calm" }, { value: "angry", labelZh: "生气", labelEn: "Angry" }] }) { id } }',
      )
      moodFieldId = field.data!.createCustomFieldDefinition.id
    })

    it('G4: the summary’s custom fields pass the custom field validation; a category is required once the company has some', async () => {
      const callId = await callOf(agent.id)
      const invalid = await save(agent.token, {
        callId,
        categoryId,
        customFields: { mood: 'sleepy', unknown: 1 },
        notes: 'x'.repeat(5001),
      })
      expect(reasonOf(invalid)?.problems).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'notes', code: 'TOO_LONG' })]),
      )
      const badValues = await save(agent.token, {
        callId,
        categoryId,
        customFields: { mood: 'sleepy', unknown: 1 },
      })
      expect(reasonOf(badValues)?.problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'customFields.mood', code: 'INVALID_CHOICE' }),
          expect.objectContaining({ field: 'customFields.unknown', code: 'UNKNOWN_CUSTOM_FIELD' }),
        ]),
      )
      // Stored summaries count when the field's rules tighten: the summaries above have no mood.
      const required = await gql(
        'mutation ($id: ID!) { updateCustomFieldDefinition(id: $id, input: { isRequired: true }) { id } }',
        { id: moodFieldId },
      )
      expect(reasonOf(required)).toMatchObject({ reason: 'STORED_VALUES_CONTRADICT' })
      const noCategory = await save(agent.token, { callId, customFields: { mood: 'calm' } })
      expect(reasonOf(noCategory)?.problems).toEqual([
        expect.objectContaining({ field: 'categoryId', code: 'REQUIRED' }),
      ])
      const saved = await save(agent.token, {
        callId,
        categoryId,
        customFields: { mood: 'calm' },
        notes: ' Refund ',
      })
      expect(saved.data?.saveServiceSummary).toMatchObject({
        callId,
        agentId: agent.id,
        organization: 'INBOUND',
        categoryId,
        customFields: { mood: 'calm' },
        notes: 'Refund',
      })
      // The customer of the caller's number, as the screen pop finds it.
      const customer = await gql<{ customers: { items: { id: string }[] } }>(
        '{ customers(filter: { number: "13900139000" }) { items { id } } }',
      )
      expect(saved.data?.saveServiceSummary.customerId).toBe(customer.data!.customers.items[0]!.id)
      // Saving again corrects the same summary.
      const corrected = await save(agent.token, { callId, categoryId, customFields: { mood: 'angry' } })
      expect(corrected.data?.saveServiceSummary).toMatchObject({
        id: saved.data!.saveServiceSummary.id,
        notes: '',
      })
      const read = await gql<{ serviceSummary: { customFields: unknown } }>(
        `query ($c: ID!) { serviceSummary(callId: $c) { ${SUMMARY} } }`,
        { c: callId },
        agent.token,
      )
      expect(read.data?.serviceSummary.customFields).toEqual({ mood: 'angry' })
      const mine = await gql<{ myCallRecord: { serviceSummary: { id: string } | null } }>(
        'query ($c: ID!) { myCallRecord(id: $c) { serviceSummary { id notes } } }',
        { c: callId },
        agent.token,
      )
      expect(mine.data?.myCallRecord.serviceSummary?.id).toBe(saved.data!.saveServiceSummary.id)
      const records = await gql<{ callRecord: { serviceSummaries: { agentId: string }[] } }>(
        'query ($c: ID!) { callRecord(id: $c) { serviceSummaries { agentId } } }',
        { c: callId },
      )
      expect(records.data?.callRecord.serviceSummaries).toEqual([{ agentId: agent.id }])
    })

    it('G4: only the agent who handled the call writes its summary; a colleague’s call is not found', async () => {
      const callId = await callOf(agent.id)
      const byColleague = await save(colleague.token, { callId, categoryId, customFields: { mood: 'calm' } })
      expect(reasonOf(byColleague)?.code).toBe('NOT_FOUND')
      const read = await gql(
        'query ($c: ID!) { serviceSummary(callId: $c) { id } }',
        { c: callId },
        colleague.token,
      )
      expect(reasonOf(read)?.code).toBe('NOT_FOUND')
      const unknown = await save(agent.token, {
        callId: randomUUID(),
        categoryId,
        customFields: { mood: 'calm' },
      })
      expect(reasonOf(unknown)?.code).toBe('NOT_FOUND')
    })

    it('G4: two saves of one summary at the same moment (a double click, two tabs) both succeed and leave one summary', async () => {
      const callId = await callOf(agent.id)
      const saves = await Promise.all(
        ['calm', 'angry', 'calm'].map((mood) =>
          save(agent.token, { callId, categoryId, customFields: { mood } }),
        ),
      )
      expect(saves.map((result) => result.errors)).toEqual([undefined, undefined, undefined])
      expect(new Set(saves.map((result) => result.data!.saveServiceSummary.id)).size).toBe(1)
    })

    it('A11: a telesales agent cannot link an inbound customer, and the two sides never see each other’s summaries', async () => {
      const inboundCall = await callOf(agent.id, '13900139001')
      const inbound = await save(agent.token, {
        callId: inboundCall,
        categoryId,
        customFields: { mood: 'calm' },
      })
      const inboundCustomer = inbound.data!.saveServiceSummary.customerId!
      const salesCall = await callOf(telesales.id, '13900139001')
      const linked = await save(telesales.token, {
        callId: salesCall,
        customerId: inboundCustomer,
        categoryId,
        customFields: { mood: 'calm' },
      })
      expect(reasonOf(linked)?.code).toBe('NOT_FOUND')
      const own = await save(telesales.token, {
        callId: salesCall,
        categoryId,
        customFields: { mood: 'calm' },
      })
      expect(own.data?.saveServiceSummary).toMatchObject({ organization: 'TELESALES' })
      // The same number is another customer on the telesales side.
      expect(own.data?.saveServiceSummary.customerId).not.toBe(inboundCustomer)

      const seen = await api.db.inTenant(admin.tenantId, (em) =>
        summariesOfCustomer(em, inboundCustomer, { organizations: [Organization.TELESALES], limit: 10 }),
      )
      expect(seen).toEqual([])
    })

    it('G4: a customer’s summaries page newest first by (time, id), and follow a merged customer to the survivor', async () => {
      const number = '13900139002'
      const ids: string[] = []
      for (let i = 0; i < 3; i++) {
        const saved = await save(agent.token, {
          callId: await callOf(agent.id, number),
          categoryId,
          customFields: { mood: 'calm' },
          notes: `call ${i}`,
        })
        ids.push(saved.data!.saveServiceSummary.id)
      }
      const customerId = (
        await gql<{ customers: { items: { id: string }[] } }>(
          '{ customers(filter: { number: "13900139002" }) { items { id } } }',
        )
      ).data!.customers.items[0]!.id
      const page = (before?: { time: Date; id: string }) =>
        api.db.inTenant(admin.tenantId, (em) =>
          summariesOfCustomer(em, customerId, { organizations: [Organization.INBOUND], before, limit: 2 }),
        )
      const first = await page()
      expect(first.map((summary) => summary.notes)).toEqual(['call 2', 'call 1'])
      const last = first.at(-1)!
      const second = await page({ time: last.createdAt, id: last.id })
      expect(second.map((summary) => summary.notes)).toEqual(['call 0'])

      const survivor = await gql<{ createCustomer: { id: string } }>(
        'mutation { createCustomer(input: { name: "Survivor", organization: INBOUND }) { id } }',
      )
      const survivorId = survivor.data!.createCustomer.id
      const merged = await gql(
        'mutation ($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m) { id } }',
        {
          s: survivorId,
          m: customerId,
        },
      )
      expect(merged.errors).toBeUndefined()
      const moved = await api.db.inTenant(admin.tenantId, (em) =>
        summariesOfCustomer(em, survivorId, { organizations: [Organization.INBOUND], limit: 10 }),
      )
      expect(moved.map((summary) => summary.id).sort()).toEqual([...ids].sort())
    })

    it('issue 16: saving a summary queues summary.saved with the summary for subscribed endpoints', async () => {
      const endpoint = await gql<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
        'mutation { createWebhookEndpoint(input: { url: "https://crm.example.com/hooks", events: [SUMMARY_SAVED] }) { endpoint { id } } }',
      )
      const endpointId = endpoint.data!.createWebhookEndpoint.endpoint.id
      const callId = await callOf(agent.id)
      await save(agent.token, { callId, categoryId, customFields: { mood: 'calm' }, notes: 'for the CRM' })
      const deliveries = await gql<{ webhookDeliveries: { items: { eventType: string; body: string }[] } }>(
        'query ($id: ID!) { webhookDeliveries(filter: { endpointId: $id }) { items { eventType body } } }',
        { id: endpointId },
      )
      const [delivery] = deliveries.data!.webhookDeliveries.items
      expect(delivery?.eventType).toBe('SUMMARY_SAVED')
      expect(JSON.parse(delivery!.body).data).toMatchObject({
        callId,
        agentId: agent.id,
        notes: 'for the CRM',
        customFields: { mood: 'calm' },
        category: { id: categoryId, labelEn: 'Billing' },
      })
    })
  })
})
