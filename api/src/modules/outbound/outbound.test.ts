import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import {
  addAgent,
  addSkillGroup,
  signInInvited,
  signupTenant,
  type TestTenant,
} from '../../../test/factories.js'
import { distributeByCount, distributeEvenly } from './distribution.js'

const TASK = 'id name status callerIdNumber followUpResults { value labelZh labelEn } agentIds skillGroupIds'
const ITEM = 'id phoneNumber status assigneeAgentId assigneeSkillGroupId customFields lockedBy'

type Result = { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] }

const reasonOf = (result: Result) => {
  const extensions = result.errors?.[0]?.extensions
  const problems = extensions?.problems as { code: string; field: string }[] | undefined
  return problems?.[0]?.code ?? extensions?.reason ?? extensions?.code
}

describe('A13: distribution maths', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g']

  it('A13: evenly gives the first members one more when the items do not divide', () => {
    const shares = distributeEvenly(items, ['x', 'y', 'z'])
    expect([...shares.values()].map((ids) => ids.length)).toEqual([3, 2, 2])
    expect([...shares.values()].flat()).toEqual(items)
  })

  it('A13: by count takes items in order and refuses more than there are', () => {
    const shares = distributeByCount(items, [
      { agentId: 'x', count: 2 },
      { agentId: 'y', count: 4 },
    ])
    expect(shares?.get('x')).toEqual(['a', 'b'])
    expect(shares?.get('y')).toEqual(['c', 'd', 'e', 'f'])
    expect(distributeByCount(items, [{ agentId: 'x', count: 8 }])).toBeNull()
  })
})

describe('A11, A12, A13: outbound tasks, items, distribution, locks and the do-not-call list', () => {
  let api: TestApi
  let admin: TestTenant
  let other: TestTenant
  let callerIdNumberId: string
  let skillGroupId: string
  let otherSkillGroupId: string
  let taskFieldId: string
  const people: Record<string, { id: string; token: string }> = {}

  /** Answers of many shapes, read as parsed JSON: each test asserts the shape it expects. */
  const gql = (query: string, variables: Record<string, unknown>, token: string) =>
    api.graphql(query, variables, { token }) as Promise<
      Result & { data?: Record<string, ReturnType<typeof JSON.parse>> | null }
    >
  const member = async (name: string, input: Record<string, unknown>) => {
    const added = await addAgent(api, admin.token, { name, ...input })
    people[name] = { id: added.id, token: await signInInvited(api, added.email) }
    return people[name]!
  }
  const createTask = (token: string, input: Record<string, unknown>) =>
    gql(
      `mutation ($input: CreateOutboundTaskInput!) { createOutboundTask(input: $input) { ${TASK} } }`,
      { input },
      token,
    )
  const taskInput = (extra: Record<string, unknown> = {}) => ({
    name: `Spring campaign ${Math.random().toString(36).slice(2, 8)}`,
    startsOn: '2027-03-01',
    endsOn: '2027-03-31',
    callerIdNumberId,
    customFieldIds: [taskFieldId],
    script: '您好，这里是……',
    agentIds: [people.direct!.id],
    skillGroupIds: [skillGroupId, otherSkillGroupId],
    ...extra,
  })
  const addItem = (token: string, taskId: string, input: Record<string, unknown>) =>
    gql(
      `mutation ($taskId: ID!, $input: AddTaskItemInput!) { addTaskItem(taskId: $taskId, input: $input) { ${ITEM} } }`,
      { taskId, input },
      token,
    )
  const itemsOf = async (token: string, taskId: string) => {
    const result = await gql(
      `query ($taskId: ID!) { taskItems(taskId: $taskId, page: { limit: 100 }) { totalCount items { ${ITEM} } } }`,
      { taskId },
      token,
    )
    return result.data?.taskItems as
      { totalCount: number; items: (Record<string, string | null> & { id: string })[] } | undefined
  }
  const move = (mutation: string, id: string, token = admin.token) =>
    gql(`mutation ($id: ID!) { ${mutation}(id: $id) { status } }`, { id }, token)
  const distribute = (token: string, input: Record<string, unknown>) =>
    gql(
      'mutation ($input: DistributeTaskItemsInput!) { distributeTaskItems(input: $input) }',
      { input },
      token,
    )

  beforeAll(async () => {
    api = await startTestApi()
    admin = await signupTenant(api, 'Outbound Co')
    other = await signupTenant(api, 'Other Co')
    skillGroupId = await addSkillGroup(api, admin.token, { organization: 'TELESALES' })
    otherSkillGroupId = await addSkillGroup(api, admin.token, { organization: 'TELESALES' })
    const number = await gql(
      'mutation { addPhoneNumber(input: { number: "+862188880001" }) { id } }',
      {},
      admin.token,
    )
    callerIdNumberId = number.data!.addPhoneNumber.id
    const field = await gql(
      'mutation { createCustomFieldDefinition(input: { entity: OUTBOUND_TASK, key: "product", labelZh: "产品", labelEn: "Product", type: TEXT, isRequired: true }) { id } }',
      {},
      admin.token,
    )
    taskFieldId = field.data!.createCustomFieldDefinition.id
    await member('direct', { organization: 'TELESALES' })
    await member('alice', { organization: 'TELESALES' })
    await member('bob', { organization: 'TELESALES' })
    await member('carol', { organization: 'TELESALES' })
    await member('leader', { organization: 'TELESALES', role: 'GROUP_LEADER' })
    await member('otherLeader', { organization: 'TELESALES', role: 'GROUP_LEADER' })
    await member('inbound', { organization: 'INBOUND' })
    await member('inboundAdmin', { organization: 'INBOUND', role: 'ADMIN', agentNumber: null })
    for (const name of ['alice', 'bob', 'carol', 'leader'])
      await gql(
        'mutation ($id: ID!, $u: ID!) { setSkillGroupMember(id: $id, userId: $u) { id } }',
        { id: skillGroupId, u: people[name]!.id },
        admin.token,
      )
    await gql(
      'mutation ($id: ID!, $u: ID!) { setSkillGroupMember(id: $id, userId: $u) { id } }',
      { id: otherSkillGroupId, u: people.otherLeader!.id },
      admin.token,
    )
  }, 120_000)

  afterAll(async () => {
    await api?.stop()
  })

  it('A12: an administrator creates a draft task with the default follow-up results in both languages', async () => {
    const created = await createTask(admin.token, taskInput())
    const task = created.data?.createOutboundTask
    expect(task).toMatchObject({ status: 'DRAFT', callerIdNumber: '+862188880001' })
    expect(task.followUpResults.map((result: { value: string }) => result.value)).toEqual([
      'INTERESTED',
      'CALL_BACK',
      'NOT_INTERESTED',
      'WRONG_NUMBER',
    ])
    expect(task.followUpResults[0]).toMatchObject({ labelZh: '有意向', labelEn: 'Interested' })
  })

  it('A12: a task is refused with specific reasons: period, caller ID, fields, assignees, follow-up results, name', async () => {
    expect(reasonOf(await createTask(admin.token, taskInput({ endsOn: '2027-02-01' })))).toBe(
      'END_BEFORE_START',
    )
    expect(reasonOf(await createTask(admin.token, taskInput({ startsOn: '2027-02-30' })))).toBe(
      'INVALID_DATE',
    )
    expect(reasonOf(await createTask(admin.token, taskInput({ callerIdNumberId: skillGroupId })))).toBe(
      'NOT_FOUND',
    )
    expect(reasonOf(await createTask(admin.token, taskInput({ agentIds: [people.inbound!.id] })))).toBe(
      'NOT_TELESALES_AGENT',
    )
    const inboundGroup = await addSkillGroup(api, admin.token, { organization: 'INBOUND' })
    expect(reasonOf(await createTask(admin.token, taskInput({ skillGroupIds: [inboundGroup] })))).toBe(
      'NOT_TELESALES_SKILL_GROUP',
    )
    const duplicate = [
      { value: 'YES', labelZh: '是', labelEn: 'Yes' },
      { value: 'YES', labelZh: '好', labelEn: 'OK' },
    ]
    expect(reasonOf(await createTask(admin.token, taskInput({ followUpResults: duplicate })))).toBe(
      'DUPLICATE_FOLLOW_UP_RESULT',
    )
    const first = await createTask(admin.token, taskInput({ name: '重名任务' }))
    expect(first.errors).toBeUndefined()
    expect(reasonOf(await createTask(admin.token, taskInput({ name: '重名任务' })))).toBe('TASK_NAME_TAKEN')
  })

  it('A11: inbound members and other tenants find no tasks; agents may not create them', async () => {
    const created = await createTask(admin.token, taskInput())
    const id = created.data!.createOutboundTask.id
    for (const token of [people.inbound!.token, people.inboundAdmin!.token, other.token]) {
      const read = await gql('query ($id: ID!) { outboundTask(id: $id) { id } }', { id }, token)
      expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
      const list = await gql('{ outboundTasks { totalCount } }', {}, token)
      expect(list.data?.outboundTasks.totalCount).toBe(0)
    }
    expect((await createTask(people.inboundAdmin!.token, taskInput())).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    )
    expect((await createTask(people.alice!.token, taskInput())).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    )
    const seen = await gql('query ($id: ID!) { outboundTask(id: $id) { id } }', { id }, people.alice!.token)
    expect(seen.data?.outboundTask.id).toBe(id)
  })

  it('A12: pause, resume and close follow the task’s state; a closed task takes no numbers', async () => {
    const id = (await createTask(admin.token, taskInput())).data!.createOutboundTask.id
    expect(reasonOf(await move('pauseOutboundTask', id))).toBe('TASK_STATE_FORBIDS')
    expect((await move('activateOutboundTask', id)).data?.activateOutboundTask.status).toBe('ACTIVE')
    expect((await move('pauseOutboundTask', id)).data?.pauseOutboundTask.status).toBe('PAUSED')
    expect((await move('resumeOutboundTask', id)).data?.resumeOutboundTask.status).toBe('ACTIVE')
    expect((await move('pauseOutboundTask', id, people.leader!.token)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    )
    expect((await move('closeOutboundTask', id)).data?.closeOutboundTask.status).toBe('CLOSED')
    expect(reasonOf(await move('resumeOutboundTask', id))).toBe('TASK_STATE_FORBIDS')
    const added = await addItem(admin.token, id, {
      phoneNumber: '13800138000',
      customFields: { product: 'A' },
    })
    expect(reasonOf(added)).toBe('TASK_STATE_FORBIDS')
  })

  it('A12, A13: items are normalised to E.164, checked against the task’s fields, assignees, duplicates and the do-not-call list', async () => {
    const id = (await createTask(admin.token, taskInput())).data!.createOutboundTask.id
    const added = await addItem(admin.token, id, {
      phoneNumber: '138 0013 8001',
      customFields: { product: ' 宽带 ' },
      assigneeAgentId: people.direct!.id,
    })
    expect(added.data?.addTaskItem).toMatchObject({
      phoneNumber: '+8613800138001',
      status: 'NEW',
      customFields: { product: '宽带' },
    })
    expect(
      reasonOf(
        await addItem(admin.token, id, { phoneNumber: '+86 138 0013 8001', customFields: { product: 'B' } }),
      ),
    ).toBe('TASK_ITEM_DUPLICATE')
    expect(
      reasonOf(await addItem(admin.token, id, { phoneNumber: '12', customFields: { product: 'B' } })),
    ).toBe('INVALID_PHONE_NUMBER')
    expect(reasonOf(await addItem(admin.token, id, { phoneNumber: '13800138002' }))).toBe('REQUIRED')
    expect(
      reasonOf(
        await addItem(admin.token, id, { phoneNumber: '13800138002', customFields: { product: 'B', x: 1 } }),
      ),
    ).toBe('UNKNOWN_CUSTOM_FIELD')
    expect(
      reasonOf(
        await addItem(admin.token, id, {
          phoneNumber: '13800138002',
          customFields: { product: 'B' },
          assigneeAgentId: people.inbound!.id,
        }),
      ),
    ).toBe('NOT_TASK_ASSIGNEE')

    const dnc = await gql(
      'mutation { addDoNotCall(input: { phoneNumber: "13800138009", reason: "客户要求" }) { id phoneNumber source } }',
      {},
      admin.token,
    )
    expect(dnc.data?.addDoNotCall).toMatchObject({ phoneNumber: '+8613800138009', source: 'MANUAL' })
    const refused = await addItem(admin.token, id, {
      phoneNumber: '+8613800138009',
      customFields: { product: 'B' },
    })
    expect(reasonOf(refused)).toBe('NUMBER_ON_DO_NOT_CALL_LIST')
    expect(refused.errors?.[0]?.extensions?.field).toBe('phoneNumber')
  })

  it('A13: the leader shares a skill group’s pool evenly, by count and by hand, and takes undialled items back', async () => {
    const id = (await createTask(admin.token, taskInput())).data!.createOutboundTask.id
    for (let n = 0; n < 10; n++)
      await addItem(admin.token, id, {
        phoneNumber: `1390000${String(n).padStart(4, '0')}`,
        customFields: { product: 'P' },
        assigneeSkillGroupId: skillGroupId,
      })
    // Agents see none of the pool; the leader sees all of it.
    expect((await itemsOf(people.alice!.token, id))?.totalCount).toBe(0)
    expect((await itemsOf(people.leader!.token, id))?.totalCount).toBe(10)
    // A leader of another skill group, and an agent, may not share this pool out.
    const evenly = {
      taskId: id,
      skillGroupId,
      mode: 'EVENLY',
      agentIds: [people.alice!.id, people.bob!.id, people.carol!.id],
    }
    expect((await distribute(people.otherLeader!.token, evenly)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    )
    expect((await distribute(people.alice!.token, evenly)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    expect(
      reasonOf(await distribute(people.leader!.token, { ...evenly, agentIds: [people.direct!.id] })),
    ).toBe('NOT_SKILL_GROUP_MEMBER')

    const byCount = {
      taskId: id,
      skillGroupId,
      mode: 'BY_COUNT',
      shares: [{ agentId: people.alice!.id, count: 3 }],
    }
    expect((await distribute(people.leader!.token, byCount)).data?.distributeTaskItems).toBe(3)
    expect(
      reasonOf(
        await distribute(people.leader!.token, {
          ...byCount,
          shares: [{ agentId: people.bob!.id, count: 8 }],
        }),
      ),
    ).toBe('NOT_ENOUGH_ITEMS')
    // The 7 left: 3, 2, 2 over Alice, Bob and Carol.
    expect((await distribute(people.leader!.token, evenly)).data?.distributeTaskItems).toBe(7)
    const counts = async () =>
      Promise.all(
        ['alice', 'bob', 'carol'].map(async (name) => (await itemsOf(people[name]!.token, id))?.totalCount),
      )
    expect(await counts()).toEqual([6, 2, 2])

    // Alice opens one (it is under way and stays); the rest of hers come back and go to Carol by hand.
    const aliceItems = (await itemsOf(people.alice!.token, id))!.items
    await move('activateOutboundTask', id)
    const opened = await gql(
      `mutation ($id: ID!) { openTaskItem(id: $id) { ${ITEM} } }`,
      { id: aliceItems[0]!.id },
      people.alice!.token,
    )
    expect(opened.data?.openTaskItem).toMatchObject({ status: 'LOCKED', lockedBy: people.alice!.id })
    const back = await gql(
      'mutation ($t: ID!, $g: ID!, $ids: [ID!]!) { takeBackTaskItems(taskId: $t, skillGroupId: $g, itemIds: $ids) }',
      { t: id, g: skillGroupId, ids: aliceItems.map((item) => item.id) },
      people.leader!.token,
    )
    expect(back.data?.takeBackTaskItems).toBe(5)
    expect(await counts()).toEqual([1, 2, 2])
    const byHand = {
      taskId: id,
      skillGroupId,
      mode: 'BY_HAND',
      agentIds: [people.carol!.id],
      itemIds: aliceItems.slice(1, 3).map((item) => item.id),
    }
    expect((await distribute(people.leader!.token, byHand)).data?.distributeTaskItems).toBe(2)
    expect(await counts()).toEqual([1, 2, 4])
    expect(reasonOf(await distribute(people.leader!.token, byHand))).toBe('ITEM_NOT_IN_POOL')
  })

  it('G7: an item is locked by the agent who opens it; a take-back racing the open never lets two agents have it', async () => {
    const id = (await createTask(admin.token, taskInput())).data!.createOutboundTask.id
    for (let n = 0; n < 8; n++)
      await addItem(admin.token, id, {
        phoneNumber: `1370000${String(n).padStart(4, '0')}`,
        customFields: { product: 'P' },
        assigneeSkillGroupId: skillGroupId,
      })
    const all = { taskId: id, skillGroupId, mode: 'EVENLY', agentIds: [people.alice!.id] }
    expect((await distribute(people.leader!.token, all)).data?.distributeTaskItems).toBe(8)
    const items = (await itemsOf(people.alice!.token, id))!.items
    const open = (itemId: string, token: string) =>
      gql(`mutation ($id: ID!) { openTaskItem(id: $id) { ${ITEM} } }`, { id: itemId }, token)
    expect(reasonOf(await open(items[0]!.id, people.alice!.token))).toBe('TASK_STATE_FORBIDS')
    await move('activateOutboundTask', id)
    // Another agent neither sees nor opens Alice's items.
    expect((await open(items[0]!.id, people.bob!.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND')

    // Alice opens each item while the leader takes each back: per item exactly one of the two wins.
    const races = await Promise.all(
      items.map((item) =>
        Promise.all([
          open(item.id, people.alice!.token),
          gql(
            'mutation ($t: ID!, $g: ID!, $ids: [ID!]!) { takeBackTaskItems(taskId: $t, skillGroupId: $g, itemIds: $ids) }',
            { t: id, g: skillGroupId, ids: [item.id] },
            people.leader!.token,
          ),
        ]),
      ),
    )
    const after = new Map((await itemsOf(people.leader!.token, id))!.items.map((item) => [item.id, item]))
    races.forEach(([opened, takenBack], index) => {
      const isOpened = opened.data?.openTaskItem?.status === 'LOCKED'
      const isTakenBack = takenBack.data?.takeBackTaskItems === 1
      expect(isOpened).not.toBe(isTakenBack)
      if (!isOpened) expect(reasonOf(opened)).toMatch(/TASK_ITEM_LOCKED|NOT_FOUND/)
      const item = after.get(items[index]!.id)!
      expect(item.assigneeAgentId).toBe(isOpened ? people.alice!.id : null)
      expect(item.lockedBy).toBe(isOpened ? people.alice!.id : null)
    })
  })

  it('DNC: agents add from a call only; removal needs a reason and is audited; the list searches and pages', async () => {
    const agentAdd = await gql(
      'mutation { addDoNotCall(input: { phoneNumber: "13800138010", reason: "客户要求" }) { id } }',
      {},
      people.alice!.token,
    )
    expect(agentAdd.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const inboundAdd = await gql(
      'mutation { addDoNotCall(input: { phoneNumber: "13800138010", reason: "x" }) { id } }',
      {},
      people.inbound!.token,
    )
    expect(inboundAdd.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    for (const number of ['13800138011', '13800138012', '13900000013'])
      await gql(
        'mutation ($n: String!) { addDoNotCall(input: { phoneNumber: $n, reason: "投诉" }) { id } }',
        { n: number },
        admin.token,
      )
    const again = await gql(
      'mutation { addDoNotCall(input: { phoneNumber: "+8613800138011", reason: "再次" }) { id } }',
      {},
      admin.token,
    )
    expect(reasonOf(again)).toBe('ALREADY_ON_DO_NOT_CALL_LIST')
    const search = await gql(
      'query { doNotCallList(search: "1380013801", page: { limit: 1 }) { totalCount items { id phoneNumber createdByName } } }',
      {},
      admin.token,
    )
    expect(search.data?.doNotCallList.totalCount).toBe(2)
    expect(search.data?.doNotCallList.items).toHaveLength(1)
    const entryId = search.data!.doNotCallList.items[0].id
    expect(
      reasonOf(
        await gql(
          'mutation ($id: ID!) { removeDoNotCall(id: $id, reason: " ") }',
          { id: entryId },
          admin.token,
        ),
      ),
    ).toBe('REQUIRED')
    expect(
      (
        await gql(
          'mutation ($id: ID!) { removeDoNotCall(id: $id, reason: "号码易主") }',
          { id: entryId },
          other.token,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND')
    const removed = await gql(
      'mutation ($id: ID!) { removeDoNotCall(id: $id, reason: "号码易主") }',
      { id: entryId },
      admin.token,
    )
    expect(removed.data?.removeDoNotCall).toBe(true)
    const audit = await gql(
      'query ($id: ID!) { auditLog(filter: { entityId: $id }) { items { action after } } }',
      { id: entryId },
      admin.token,
    )
    expect(audit.data?.auditLog.items[0]).toMatchObject({
      action: 'DO_NOT_CALL_REMOVED',
      after: { removalReason: '号码易主' },
    })
    expect(
      (await gql('query { doNotCallList { totalCount } }', {}, other.token)).data?.doNotCallList.totalCount,
    ).toBe(0)
  })
})
