// G7 on the switch simulator: task editing (A12), an agent's work list, dialling an open item with the
// task's caller ID, the do-not-call re-check before the dial, and the follow-up result with its contact plan.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture, type ReadyAgent } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { addAgent, signInInvited } from '../../../test/factories.js'

const TASK = 'id name script status callerIdNumber itemCount dialledCount resultCount'
const ITEM = 'id taskName phoneNumber status followUpResult notes nextContactAt lockedBy'

let api: TestApi
let acd: AcdFixture
let callerIdNumberId: string

type Result = {
  data?: Record<string, ReturnType<typeof JSON.parse>> | null
  errors?: { extensions?: Record<string, unknown> }[]
}
const attempt = (query: string, variables: Record<string, unknown>, token = acd.tenant.token) =>
  api.graphql(query, variables, { token }) as Promise<Result>
const reasonOf = (result: Result) => {
  const extensions = result.errors?.[0]?.extensions
  const problems = extensions?.problems as { code: string }[] | undefined
  return problems?.[0]?.code ?? extensions?.reason ?? extensions?.code
}

const taskInput = (agentIds: string[], extra: Record<string, unknown> = {}) => ({
  name: `Winter campaign ${randomUUID().slice(0, 8)}`,
  startsOn: '2026-12-01',
  endsOn: '2027-01-31',
  callerIdNumberId,
  script: '您好，我是……',
  agentIds,
  ...extra,
})

/** An active task of the agent with one number, and that number's item. */
async function activeTaskWithItem(agent: ReadyAgent, phoneNumber: string) {
  const { createOutboundTask } = await acd.gql<{ createOutboundTask: { id: string; name: string } }>(
    'mutation ($input: CreateOutboundTaskInput!) { createOutboundTask(input: $input) { id name } }',
    { input: taskInput([agent.id]) },
  )
  const { addTaskItem } = await acd.gql<{ addTaskItem: { id: string } }>(
    'mutation ($t: ID!, $input: AddTaskItemInput!) { addTaskItem(taskId: $t, input: $input) { id } }',
    { t: createOutboundTask.id, input: { phoneNumber, assigneeAgentId: agent.id } },
  )
  await acd.gql('mutation ($id: ID!) { activateOutboundTask(id: $id) { id } }', { id: createOutboundTask.id })
  return { taskId: createOutboundTask.id, itemId: addTaskItem.id }
}

const open = (itemId: string, agent: ReadyAgent) =>
  attempt('mutation ($id: ID!) { openTaskItem(id: $id) { id status } }', { id: itemId }, agent.token)
const dial = (itemId: string, agent: ReadyAgent, key = randomUUID()) =>
  attempt(
    'mutation ($id: ID!, $k: String!) { dialTaskItem(id: $id, idempotencyKey: $k) { callId } }',
    { id: itemId, k: key },
    agent.token,
  )
const recordResult = (itemId: string, agent: ReadyAgent, input: Record<string, unknown>) =>
  attempt(
    `mutation ($id: ID!, $input: RecordTaskItemResultInput!) { recordTaskItemResult(id: $id, input: $input) { ${ITEM} } }`,
    { id: itemId, input },
    agent.token,
  )
const myItems = async (agent: ReadyAgent, filter: Record<string, unknown> = {}) => {
  const result = await attempt(
    `query ($filter: TaskItemFilter) { myTaskItems(filter: $filter) { totalCount items { ${ITEM} } } }`,
    { filter },
    agent.token,
  )
  return result.data!.myTaskItems as { totalCount: number; items: Record<string, string | null>[] }
}

/** Dials the open item and ends the call once both legs are bridged; the caller ID the customer saw. */
async function dialAndHangUp(itemId: string, agent: ReadyAgent) {
  const dialled = await dial(itemId, agent)
  expect(dialled.errors).toBeUndefined()
  const callId = dialled.data!.dialTaskItem.callId as string
  await eventually(() => expect(acd.legsOf(callId).filter((leg) => leg.bridgedTo)).toHaveLength(2))
  const customerLeg = acd.legsOf(callId).find((leg) => !leg.variables['cc_agent_id'])!
  acd.sim.hangup(customerLeg.uuid)
  return { callId, shownCallerId: customerLeg.variables['origination_caller_id_number'] }
}

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi('Dialing Co'))
  const { addPhoneNumber } = await acd.gql<{ addPhoneNumber: { id: string } }>(
    'mutation { addPhoneNumber(input: { number: "+862188880009" }) { id } }',
  )
  callerIdNumberId = addPhoneNumber.id
  // The company's general caller ID differs from the task's: the dial must use the task's.
  await acd.ownNumber('+864001230000')
}, 60_000)
afterAll(() => api?.stop())
beforeEach(async () => {
  await acd.reset()
  await acd.settings({
    afterCallWorkSeconds: 0,
    recordingEnabled: false,
    outboundCallerId: '+864001230000',
    homeRegion: 'CN',
  })
})

describe('A12: editing an outbound task', () => {
  it('A12: an administrator changes name, script and follow-up results; the change is checked like a new task', async () => {
    const agent = await acd.readyAgent([], { organization: 'TELESALES' })
    const { createOutboundTask } = await acd.gql<{ createOutboundTask: { id: string } }>(
      'mutation ($input: CreateOutboundTaskInput!) { createOutboundTask(input: $input) { id } }',
      { input: taskInput([agent.id]) },
    )
    const update = (input: Record<string, unknown>, token?: string) =>
      attempt(
        `mutation ($id: ID!, $input: UpdateOutboundTaskInput!) { updateOutboundTask(id: $id, input: $input) { ${TASK} followUpResults { value } } }`,
        { id: createOutboundTask.id, input },
        token,
      )
    const changed = await update(
      taskInput([agent.id], {
        name: 'Renamed campaign',
        script: '新的话术',
        followUpResults: [{ value: 'BOUGHT', labelZh: '已购买', labelEn: 'Bought' }],
      }),
    )
    expect(changed.data?.updateOutboundTask).toMatchObject({
      name: 'Renamed campaign',
      script: '新的话术',
      callerIdNumber: '+862188880009',
      followUpResults: [{ value: 'BOUGHT' }],
      itemCount: 0,
    })
    expect(reasonOf(await update(taskInput([agent.id], { endsOn: '2026-11-01' })))).toBe('END_BEFORE_START')
    expect(reasonOf(await update(taskInput([agent.id]), agent.token))).toBe('FORBIDDEN')

    await acd.gql('mutation ($id: ID!) { closeOutboundTask(id: $id) { id } }', { id: createOutboundTask.id })
    expect(reasonOf(await update(taskInput([agent.id])))).toBe('TASK_STATE_FORBIDS')
  })

  it('A11: an inbound administrator does not find the task to edit', async () => {
    const agent = await acd.readyAgent([], { organization: 'TELESALES' })
    const { taskId } = await activeTaskWithItem(agent, '+8613800990001')
    const inboundAdmin = await addAgent(api, acd.tenant.token, {
      organization: 'INBOUND',
      role: 'ADMIN',
      agentNumber: null,
    })
    const token = await signInInvited(api, inboundAdmin.email)
    const result = await attempt(
      'mutation ($id: ID!, $input: UpdateOutboundTaskInput!) { updateOutboundTask(id: $id, input: $input) { id } }',
      { id: taskId, input: taskInput([agent.id]) },
      token,
    )
    expect(reasonOf(result)).toBe('NOT_FOUND')
  })
})

describe('G7: dialling task items', () => {
  it('G7: an open item is dialled with the task’s caller ID, the call is linked and the item counts as dialled', async () => {
    const agent = await acd.readyAgent([], { organization: 'TELESALES' })
    const { taskId, itemId } = await activeTaskWithItem(agent, '+8613800990002')

    expect(reasonOf(await dial(itemId, agent))).toBe('TASK_ITEM_NOT_OPEN')
    expect((await open(itemId, agent)).data?.openTaskItem.status).toBe('LOCKED')
    const { callId, shownCallerId } = await dialAndHangUp(itemId, agent)

    expect(shownCallerId).toBe('+862188880009')
    expect(await acd.sql('select call_id from task_item_call where task_item_id = ?', [itemId])).toEqual([
      { call_id: callId },
    ])
    const { outboundTask } = await acd.gql<{ outboundTask: Record<string, unknown> }>(
      `query ($id: ID!) { outboundTask(id: $id) { ${TASK} } }`,
      { id: taskId },
    )
    expect(outboundTask).toMatchObject({ itemCount: 1, dialledCount: 1, resultCount: 0 })
    const itemsWhere = async (filter: Record<string, unknown>) =>
      (
        await acd.gql<{ taskItems: { items: { id: string }[] } }>(
          'query ($t: ID!, $f: TaskItemFilter) { taskItems(taskId: $t, filter: $f) { items { id } } }',
          { t: taskId, f: filter },
        )
      ).taskItems.items.map((item) => item.id)
    expect(await itemsWhere({ status: 'DIALLED', assigneeAgentId: agent.id })).toEqual([itemId])
    expect(await itemsWhere({ status: 'NEW' })).toEqual([])
  })

  it('G7: a number put on the do-not-call list after it was added is refused at the dial', async () => {
    const agent = await acd.readyAgent([], { organization: 'TELESALES' })
    const { itemId } = await activeTaskWithItem(agent, '+8613800990003')
    await open(itemId, agent)
    await acd.gql(
      'mutation { addDoNotCall(input: { phoneNumber: "+8613800990003", reason: "投诉" }) { id } }',
    )

    expect(reasonOf(await dial(itemId, agent))).toBe('NUMBER_ON_DO_NOT_CALL_LIST')
    expect(acd.sim.channels()).toHaveLength(0)
  })

  it('G7: another agent does not find the item; a paused task is not dialled', async () => {
    const agent = await acd.readyAgent([], { organization: 'TELESALES' })
    const stranger = await acd.readyAgent([], { organization: 'TELESALES' })
    const { taskId, itemId } = await activeTaskWithItem(agent, '+8613800990004')
    await open(itemId, agent)

    expect(reasonOf(await dial(itemId, stranger))).toBe('NOT_FOUND')
    await acd.gql('mutation ($id: ID!) { pauseOutboundTask(id: $id) { id } }', { id: taskId })
    expect(reasonOf(await dial(itemId, agent))).toBe('TASK_STATE_FORBIDS')
  })

  it('G7: the result is recorded after the call; a next contact becomes the agent’s contact plan and the item leaves “not yet called”', async () => {
    const agent = await acd.readyAgent([], { organization: 'TELESALES' })
    const { itemId } = await activeTaskWithItem(agent, '+8613800990005')
    expect((await myItems(agent, { status: 'NEW' })).items.map((item) => item.id)).toEqual([itemId])
    await open(itemId, agent)

    expect(reasonOf(await recordResult(itemId, agent, { followUpResult: 'CALL_BACK' }))).toBe(
      'TASK_ITEM_NOT_DIALLED',
    )
    await dialAndHangUp(itemId, agent)
    expect(reasonOf(await recordResult(itemId, agent, { followUpResult: 'BOUGHT' }))).toBe(
      'UNKNOWN_FOLLOW_UP_RESULT',
    )
    expect(
      reasonOf(
        await recordResult(itemId, agent, {
          followUpResult: 'CALL_BACK',
          nextContactAt: new Date(Date.now() - 60_000).toISOString(),
        }),
      ),
    ).toBe('NOT_IN_FUTURE')

    const inAnHour = new Date(Date.now() + 3_600_000)
    const recorded = await recordResult(itemId, agent, {
      followUpResult: 'CALL_BACK',
      notes: '客户下午再联系',
      nextContactAt: inAnHour.toISOString(),
    })
    expect(recorded.data?.recordTaskItemResult).toMatchObject({
      status: 'RESULT_RECORDED',
      followUpResult: 'CALL_BACK',
      notes: '客户下午再联系',
      lockedBy: null,
    })
    const { contactPlans } = await acd.gql<{
      contactPlans: { items: { phoneNumber: string; dueAt: string; notes: string }[] }
    }>('{ contactPlans { items { phoneNumber dueAt notes } } }', {}, agent.token)
    expect(contactPlans.items).toEqual([
      { phoneNumber: '+8613800990005', dueAt: inAnHour.toISOString(), notes: '客户下午再联系' },
    ])

    expect((await myItems(agent, { status: 'NEW' })).totalCount).toBe(0)
    const endOfToday = new Date(inAnHour.getTime() + 60_000)
    expect((await myItems(agent, { nextContactBefore: endOfToday.toISOString() })).items).toMatchObject([
      { id: itemId, followUpResult: 'CALL_BACK' },
    ])
    expect((await myItems(agent, { followUpResult: 'INTERESTED' })).totalCount).toBe(0)
  })
})
