import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { addAgent, signInInvited, signupTenant, type TestTenant } from '../../../test/factories.js'
import { Organization } from '../identity/roles.js'

const FIELD = `id key labelZh labelEn type isRequired options { value labelZh labelEn } position isHidden`
const CUSTOMER = `id name organization phoneNumbers customFields`

describe('G4: custom fields and customers', () => {
  let api: TestApi
  let admin: TestTenant
  let agentToken: string

  const gql = async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token = admin.token,
  ) => api.graphql<T>(query, variables, { token })

  const addField = (input: Record<string, unknown>) =>
    gql<{ createCustomFieldDefinition: { id: string; position: number } }>(
      `mutation ($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { ${FIELD} } }`,
      { input: { entity: 'CUSTOMER', labelZh: '字段', labelEn: 'Field', ...input } },
    )
  const updateField = (id: string, input: Record<string, unknown>) =>
    gql(
      `mutation ($id: ID!, $input: UpdateCustomFieldDefinitionInput!) { updateCustomFieldDefinition(id: $id, input: $input) { ${FIELD} } }`,
      { id, input },
    )
  const addCustomer = async (input: Record<string, unknown>, token = admin.token) => {
    const result = await gql<{ createCustomer: { id: string; phoneNumbers: string[] } }>(
      `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { ${CUSTOMER} } }`,
      { input: { organization: 'INBOUND', ...input } },
      token,
    )
    if (!result.data) throw new Error(JSON.stringify(result.errors))
    return result.data.createCustomer
  }
  const search = (filter: Record<string, unknown>, page?: Record<string, unknown>) =>
    gql<{
      customers: { totalCount: number; items: { id: string; name: string; phoneNumbers: string[] }[] }
    }>(
      'query ($filter: CustomerFilter, $page: PageInput) { customers(filter: $filter, page: $page) { totalCount items { id name phoneNumbers } } }',
      { filter, page },
    )
  const reasonOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions

  beforeAll(async () => {
    api = await startTestApi()
    admin = await signupTenant(api, 'Customers Co')
    const agent = await addAgent(api, admin.token, { organization: 'INBOUND' })
    agentToken = await signInInvited(api, agent.email)
  })
  afterAll(() => api.stop())

  describe('custom field definitions', () => {
    it('G4: an admin defines fields per kind of record; everyone reads them in order; only admins change them', async () => {
      const first = await addField({ entity: 'SERVICE_SUMMARY', key: 'topic', type: 'TEXT' })
      expect(first.data?.createCustomFieldDefinition).toMatchObject({ position: 0 })
      const second = await addField({
        entity: 'SERVICE_SUMMARY',
        key: 'mood',
        type: 'SINGLE_CHOICE',
        options: [{ value: 'happy', labelZh: '满意', labelEn: 'Happy' }],
      })
      expect(second.data?.createCustomFieldDefinition).toMatchObject({ position: 1 })
      const read = await gql<{ customFieldDefinitions: { key: string }[] }>(
        '{ customFieldDefinitions(entity: SERVICE_SUMMARY) { key } }',
        {},
        agentToken,
      )
      expect(read.data?.customFieldDefinitions.map((field) => field.key)).toEqual(['topic', 'mood'])
      const byAgent = await api.graphql(
        'mutation { createCustomFieldDefinition(input: { entity: CUSTOMER, key: "x", labelZh: "x", labelEn: "x", type: TEXT }) { id } }',
        {},
        { token: agentToken },
      )
      expect(reasonOf(byAgent)?.code).toBe('FORBIDDEN')
    })

    it('G4: keys are identifiers unique per kind of record; choice fields need distinct options, others none', async () => {
      expect(reasonOf(await addField({ key: '1st', type: 'TEXT' }))?.problems).toEqual([
        expect.objectContaining({ field: 'key', code: 'INVALID_FIELD_KEY' }),
      ])
      await addField({ key: 'vipLevel', type: 'TEXT' })
      expect(reasonOf(await addField({ key: 'VIPLEVEL', type: 'TEXT' }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'FIELD_KEY_TAKEN',
      })
      // The same key on another kind of record is another field.
      expect(
        (await addField({ entity: 'OUTBOUND_TASK', key: 'vipLevel', type: 'TEXT' })).errors,
      ).toBeUndefined()
      expect(reasonOf(await addField({ key: 'colour', type: 'SINGLE_CHOICE' }))?.problems).toEqual([
        expect.objectContaining({ field: 'options', code: 'OPTIONS_REQUIRED' }),
      ])
      const option = { value: 'a', labelZh: '甲', labelEn: 'A' }
      expect(
        reasonOf(await addField({ key: 'colour', type: 'MULTIPLE_CHOICE', options: [option, option] }))
          ?.problems,
      ).toEqual([
        expect.objectContaining({
          field: 'options.1.value',
          code: 'DUPLICATE_OPTION',
          params: { value: 'a' },
        }),
      ])
      expect(reasonOf(await addField({ key: 'colour', type: 'TEXT', options: [option] }))?.problems).toEqual([
        expect.objectContaining({ field: 'options', code: 'OPTIONS_ONLY_FOR_CHOICES' }),
      ])
    })
  })

  describe('customers', () => {
    let levelId: string
    beforeAll(async () => {
      const level = await addField({
        key: 'level',
        type: 'SINGLE_CHOICE',
        options: [
          { value: 'VIP', labelZh: '贵宾', labelEn: 'VIP' },
          { value: 'NORMAL', labelZh: '普通', labelEn: 'Normal' },
        ],
      })
      levelId = level.data!.createCustomFieldDefinition.id
      await addField({ key: 'birthday', type: 'DATE' })
    })

    it('G4: a customer with numbers in E.164 (home region CN) and checked custom fields', async () => {
      const customer = await addCustomer({
        name: '张三',
        phoneNumbers: ['138 0013 8001', '+86 21 6123 4001'],
        customFields: { level: 'VIP', birthday: '1990-05-01' },
      })
      expect(customer).toMatchObject({
        name: '张三',
        organization: 'INBOUND',
        phoneNumbers: ['+8613800138001', '+862161234001'],
        customFields: { level: 'VIP', birthday: '1990-05-01' },
      })
      const refused = await gql(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        {
          input: {
            organization: 'INBOUND',
            phoneNumbers: ['12345', '13800138009'],
          },
        },
      )
      expect(reasonOf(refused)?.problems).toEqual([
        expect.objectContaining({ field: 'phoneNumbers.0', code: 'INVALID_PHONE_NUMBER' }),
      ])
      const repeated = await gql(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        {
          input: { organization: 'INBOUND', phoneNumbers: ['13800138009', '+86 138 0013 8009'] },
        },
      )
      expect(reasonOf(repeated)?.problems).toEqual([
        expect.objectContaining({ field: 'phoneNumbers.1', code: 'DUPLICATE_PHONE_NUMBER' }),
      ])
      const badFields = await gql(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        {
          input: {
            organization: 'INBOUND',
            customFields: { level: 'GOLD', birthday: '1990-02-30', shoeSize: 42 },
          },
        },
      )
      expect(reasonOf(badFields)?.problems).toEqual([
        expect.objectContaining({ field: 'customFields.shoeSize', code: 'UNKNOWN_CUSTOM_FIELD' }),
        expect.objectContaining({ field: 'customFields.level', code: 'INVALID_CHOICE' }),
        expect.objectContaining({ field: 'customFields.birthday', code: 'INVALID_DATE' }),
      ])
    })

    it('G4: an agent edits in place: custom fields as a patch, numbers replaced; a number of another customer is refused', async () => {
      const customer = await addCustomer({ phoneNumbers: ['13800138002'], customFields: { level: 'NORMAL' } })
      const other = await addCustomer({ phoneNumbers: ['13800138003'] })
      const updated = await gql<{ updateCustomer: Record<string, unknown> }>(
        `mutation ($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { ${CUSTOMER} } }`,
        {
          id: customer.id,
          input: {
            name: '李四',
            phoneNumbers: ['13800138004', '13800138002'],
            customFields: { birthday: '1985-01-31' },
          },
        },
        agentToken,
      )
      expect(updated.data?.updateCustomer).toMatchObject({
        name: '李四',
        phoneNumbers: ['+8613800138004', '+8613800138002'],
        customFields: { level: 'NORMAL', birthday: '1985-01-31' },
      })
      const cleared = await gql<{ updateCustomer: Record<string, unknown> }>(
        `mutation ($id: ID!) { updateCustomer(id: $id, input: { customFields: { level: null } }) { ${CUSTOMER} } }`,
        { id: customer.id },
      )
      expect(cleared.data?.updateCustomer.customFields).toEqual({ birthday: '1985-01-31' })
      const taken = await gql(
        'mutation ($id: ID!) { updateCustomer(id: $id, input: { phoneNumbers: ["13800138002"] }) { id } }',
        { id: other.id },
      )
      expect(reasonOf(taken)).toMatchObject({
        code: 'CONFLICT',
        reason: 'PHONE_NUMBER_TAKEN',
        field: 'phoneNumbers.0',
        params: { number: '+8613800138002' },
      })
    })

    it('G4: customers are found by whole number, by the last digits and by part of the name, a page at a time', async () => {
      for (const [index, name] of ['王五', '王小五', '赵六'].entries())
        await addCustomer({ name, phoneNumbers: [`1390013${7000 + index}`] })
      const byNumber = await search({ number: '139 0013 7001' })
      expect(byNumber.data?.customers.items.map((customer) => customer.name)).toEqual(['王小五'])
      const bySuffix = await search({ numberEndsWith: '7002' })
      expect(bySuffix.data?.customers.items.map((customer) => customer.name)).toEqual(['赵六'])
      // The whole national number, as people type it, is a suffix of the E.164 form too.
      const byNational = await search({ numberEndsWith: '139-0013-7000' })
      expect(byNational.data?.customers.items.map((customer) => customer.name)).toEqual(['王五'])
      const byName = await search({ name: '五' }, { offset: 0, limit: 1 })
      expect(byName.data?.customers).toMatchObject({ totalCount: 2, items: [{ name: '王小五' }] })
      const secondPage = await search({ name: '五' }, { offset: 1, limit: 1 })
      expect(secondPage.data?.customers).toMatchObject({ totalCount: 2, items: [{ name: '王五' }] })
      const pastTheEnd = await search({ name: '五' }, { offset: 5, limit: 1 })
      expect(pastTheEnd.data?.customers).toEqual({ totalCount: 2, items: [] })
      // A pattern character is a character, not a wildcard.
      expect((await search({ name: '%' })).data?.customers.totalCount).toBe(0)
      expect(reasonOf(await search({ numberEndsWith: '70*' }))?.problems).toEqual([
        expect.objectContaining({ code: 'INVALID_NUMBER_FILTER' }),
      ])
    })

    it('G4: two calls from the same new number at once create one customer', async () => {
      const customerForCall = (organization: Organization, number: string) =>
        api.db.inTenant(admin.tenantId, (em) =>
          api.services.customers.findOrCreateForCall(em, admin.tenantId, organization, number),
        )
      const attempts = await Promise.all(
        Array.from({ length: 4 }, () => customerForCall(Organization.INBOUND, '13700137000')),
      )
      expect(new Set(attempts.map((attempt) => attempt!.customerId)).size).toBe(1)
      expect(attempts.filter((attempt) => attempt!.isNew)).toHaveLength(1)
      const found = await search({ number: '13700137000' })
      expect(found.data?.customers.totalCount).toBe(1)
      expect(found.data?.customers.items[0]).toMatchObject({
        id: attempts[0]!.customerId,
        phoneNumbers: ['+8613700137000'],
      })
      // The other organisation has its own customer for the number (A11), and known callers are found.
      const telesales = await customerForCall(Organization.TELESALES, '+8613700137000')
      expect(telesales).toMatchObject({ isNew: true })
      expect(telesales!.customerId).not.toBe(attempts[0]!.customerId)
      const again = await customerForCall(Organization.INBOUND, '137 0013 7000')
      expect(again).toEqual({ isNew: false, customerId: attempts[0]!.customerId })
      expect(await customerForCall(Organization.INBOUND, 'anonymous')).toBeNull()
    })

    it('G4: merging moves numbers to the survivor and fills its empty fields; the merged customer is gone', async () => {
      const survivor = await addCustomer({
        name: '周七',
        phoneNumbers: ['13600136001'],
        customFields: { level: 'VIP' },
      })
      const merged = await addCustomer({
        phoneNumbers: ['13600136002', '13600136003'],
        customFields: { level: 'NORMAL', birthday: '2000-01-01' },
      })
      const result = await gql<{ mergeCustomers: Record<string, unknown> }>(
        `mutation ($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m) { ${CUSTOMER} } }`,
        { s: survivor.id, m: merged.id },
      )
      expect(result.data?.mergeCustomers).toMatchObject({
        id: survivor.id,
        name: '周七',
        phoneNumbers: ['+8613600136001', '+8613600136002', '+8613600136003'],
        customFields: { level: 'VIP', birthday: '2000-01-01' },
      })
      expect(
        reasonOf(await gql('query ($id: ID!) { customer(id: $id) { id } }', { id: merged.id }))?.code,
      ).toBe('NOT_FOUND')
      expect((await search({ number: '13600136003' })).data?.customers.items).toEqual([
        {
          id: survivor.id,
          name: '周七',
          phoneNumbers: ['+8613600136001', '+8613600136002', '+8613600136003'],
        },
      ])

      const itself = await gql('mutation ($s: ID!) { mergeCustomers(survivorId: $s, mergedId: $s) { id } }', {
        s: survivor.id,
      })
      expect(reasonOf(itself)?.problems).toEqual([expect.objectContaining({ code: 'MERGE_WITH_ITSELF' })])
      const telesales = await addCustomer({ organization: 'TELESALES', phoneNumbers: ['13600136009'] })
      const across = await gql(
        'mutation ($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m) { id } }',
        {
          s: survivor.id,
          m: telesales.id,
        },
      )
      expect(reasonOf(across)?.reason).toBe('CUSTOMERS_IN_DIFFERENT_ORGANIZATIONS')
      const byAgent = await gql(
        'mutation ($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m) { id } }',
        { s: survivor.id, m: telesales.id },
        agentToken,
      )
      expect(reasonOf(byAgent)?.code).toBe('FORBIDDEN')
    })

    it('G4: a definition change that stored values contradict is refused with the number of records; others pass', async () => {
      const countOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
        reasonOf(result)?.reason === 'STORED_VALUES_CONTRADICT'
          ? (reasonOf(result)?.params as { rows: number }).rows
          : reasonOf(result)
      const fresh = await signupTenant(api, 'Definition Changes Co')
      const inFresh = <T>(query: string, variables: Record<string, unknown>) =>
        gql<T>(query, variables, fresh.token)
      const field = await inFresh<{ createCustomFieldDefinition: { id: string } }>(
        'mutation ($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { id } }',
        {
          input: {
            entity: 'CUSTOMER',
            key: 'tier',
            labelZh: '等级',
            labelEn: 'Tier',
            type: 'SINGLE_CHOICE',
            options: ['GOLD', 'SILVER', 'BRONZE'].map((value) => ({ value, labelZh: value, labelEn: value })),
          },
        },
      )
      const id = field.data!.createCustomFieldDefinition.id
      for (const tier of ['GOLD', 'GOLD', 'SILVER', null])
        await inFresh('mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
          input: { organization: 'INBOUND', customFields: tier ? { tier } : {} },
        })
      const change = (input: Record<string, unknown>) =>
        inFresh(
          'mutation ($id: ID!, $input: UpdateCustomFieldDefinitionInput!) { updateCustomFieldDefinition(id: $id, input: $input) { id type isRequired } }',
          { id, input },
        )
      const options = (...values: string[]) =>
        values.map((value) => ({ value, labelZh: value, labelEn: value }))
      expect(countOf(await change({ options: options('SILVER', 'BRONZE') }))).toBe(2)
      expect(countOf(await change({ isRequired: true }))).toBe(1)
      expect(countOf(await change({ type: 'NUMBER' }))).toBe(3)
      // Text takes any choice that was stored; the options go with the choice type.
      expect((await change({ type: 'TEXT' })).errors).toBeUndefined()
      expect(countOf(await change({ type: 'MULTIPLE_CHOICE', options: options('GOLD') }))).toBe(3)
      // Removing an option nobody chose, and relabelling, pass.
      expect((await change({ labelEn: 'Level' })).errors).toBeUndefined()
      const required = await inFresh(
        'mutation ($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { id } }',
        {
          input: {
            entity: 'CUSTOMER',
            key: 'source',
            labelZh: '来源',
            labelEn: 'Source',
            type: 'TEXT',
            isRequired: true,
          },
        },
      )
      expect(countOf(required)).toBe(4)

      // Deleting a field deletes its values: the other tenant's customers keep theirs.
      await inFresh('mutation ($id: ID!) { deleteCustomFieldDefinition(id: $id) }', { id })
      const left = await inFresh<{ customers: { items: { customFields: object }[] } }>(
        '{ customers { items { customFields } } }',
        {},
      )
      expect(left.data?.customers.items.map((customer) => customer.customFields)).toEqual([{}, {}, {}, {}])
      expect((await search({ number: '13800138001' })).data?.customers.totalCount).toBe(1)
      expect(countOf(await updateField(levelId, { labelZh: '客户等级' }))).toBeUndefined()
    })
  })
})
