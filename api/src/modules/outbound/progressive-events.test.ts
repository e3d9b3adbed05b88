// X4 progressive dialing driven by events, on the API's own dialer as production runs it, with its sweep
// set to an hour: an agent becoming ready, a task started or resumed and a result recorded are dialled at
// once, so whatever is dialled within a test's few seconds was dialled by an event, not by the sweep.
// Call records are saved a second after a change, so an agent is idle again before their busy call's end
// is saved (as under load in production), and only that save lets go of the busy item.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture, type ReadyAgent } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { activeTask, customerLeg, hangUpWhenBridged } from '../../../test/outbound-fixtures.js'

let api: TestApi
let acd: AcdFixture
let callerIdNumberId: string

const taskInput = (agent: ReadyAgent, mode: 'PROGRESSIVE' | 'PREVIEW') => ({
  name: `Events ${randomUUID().slice(0, 8)}`,
  startsOn: '2026-12-01',
  endsOn: '2027-12-31',
  callerIdNumberId,
  agentIds: [agent.id],
  dialing: { mode },
})

const progressiveTask = (agent: ReadyAgent, numbers: string[]) =>
  activeTask(acd, taskInput(agent, 'PROGRESSIVE'), agent.id, numbers)

/** The task's items, oldest first. */
const itemsOf = async (taskId: string) =>
  (
    await acd.sql<{ id: string }>('select id from task_item where task_id = ? order by created_at', [taskId])
  ).map((row) => row.id)

/** The calls placed for the item, oldest first. */
const callsOf = async (itemId: string) =>
  (
    await acd.sql<{ call_id: string }>(
      'select call_id from task_item_call where task_item_id = ? order by created_at',
      [itemId],
    )
  ).map((row) => row.call_id)

const setStatus = async (agent: ReadyAgent, status: 'IDLE' | 'NOT_READY') => {
  const [rest] = await acd.sql<{ id: string }>(`select id from not_ready_reason where code = 'REST'`)
  await acd.gql(
    'mutation ($s: ChosenStatus!, $r: ID) { setMyStatus(status: $s, reasonId: $r) { status } }',
    { s: status, r: status === 'NOT_READY' ? rest!.id : null },
    agent.token,
  )
}

/** An agent of the telesales organisation, signed in but not ready, so nothing is dialled for them yet. */
async function restingAgent() {
  const agent = await acd.readyAgent([], { organization: 'TELESALES' })
  await setStatus(agent, 'NOT_READY')
  return agent
}

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi('Progressive Events Co', {
    env: { PROGRESSIVE_DIAL_MS: '3600000', CALL_RECORD_FLUSH_MS: '1000' },
  }))
  const { addPhoneNumber } = await acd.gql<{ addPhoneNumber: { id: string } }>(
    'mutation { addPhoneNumber(input: { number: "+862188880078" }) { id } }',
  )
  callerIdNumberId = addPhoneNumber.id
}, 60_000)
afterAll(() => api?.stop())
beforeEach(async () => {
  await acd.reset()
  await acd.settings({
    afterCallWorkSeconds: 0,
    recordingEnabled: false,
    homeRegion: 'CN',
    maxOutboundPerSecond: 1000,
  })
})

describe('X4: progressive dialing on events', () => {
  it('X4: an agent becoming ready is dialled at once, and their next number as soon as they record a result', async () => {
    const agent = await restingAgent()
    const { itemIds } = await progressiveTask(agent, ['+8613800771001', '+8613800771002'])
    expect(await callsOf(itemIds[0]!)).toEqual([])

    await setStatus(agent, 'IDLE')
    const [callId] = await eventually(async () => {
      const calls = await callsOf(itemIds[0]!)
      expect(calls).toHaveLength(1)
      return calls
    })
    await eventually(() => expect(customerLeg(acd, callId!)).toBeDefined())
    await hangUpWhenBridged(acd, callId!)
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('IDLE'))
    // Idle again but still holding the item: nothing new until its result is recorded.
    expect(await callsOf(itemIds[1]!)).toEqual([])

    await acd.gql(
      'mutation ($id: ID!) { recordTaskItemResult(id: $id, input: { followUpResult: "INTERESTED" }) { id } }',
      { id: itemIds[0] },
      agent.token,
    )
    await eventually(async () => expect(await callsOf(itemIds[1]!)).toHaveLength(1))
  })

  it('X4: starting a task and resuming it dial its idle agents at once', async () => {
    const agent = await acd.readyAgent([], { organization: 'TELESALES' })
    const started = await progressiveTask(agent, ['+8613800771011'])
    await eventually(async () => expect(await callsOf(started.itemIds[0]!)).toHaveLength(1))
    await hangUpWhenBridged(acd, (await callsOf(started.itemIds[0]!))[0]!)
    await acd.gql(
      'mutation ($id: ID!) { recordTaskItemResult(id: $id, input: { followUpResult: "INTERESTED" }) { id } }',
      { id: started.itemIds[0] },
      agent.token,
    )

    const resting = await restingAgent()
    const paused = await progressiveTask(resting, ['+8613800771012'])
    await acd.gql('mutation ($id: ID!) { pauseOutboundTask(id: $id) { id } }', { id: paused.taskId })
    await setStatus(resting, 'IDLE')
    await eventually(async () => expect((await acd.stateOf(resting)).status).toBe('IDLE'))
    expect(await callsOf(paused.itemIds[0]!)).toEqual([])
    await acd.gql('mutation ($id: ID!) { resumeOutboundTask(id: $id) { id } }', { id: paused.taskId })
    await eventually(async () => expect(await callsOf(paused.itemIds[0]!)).toHaveLength(1))
  })

  it('X4: after a busy number the agent’s next number is dialled as soon as they are idle again', async () => {
    const agent = await restingAgent()
    acd.sim.setEndpointBehaviour('+8613800771021', { kind: 'reject', cause: 'USER_BUSY' })
    const { itemIds } = await progressiveTask(agent, ['+8613800771021', '+8613800771022'])

    await setStatus(agent, 'IDLE')
    await eventually(async () => expect(await callsOf(itemIds[0]!)).toHaveLength(1))
    await eventually(async () => expect(await callsOf(itemIds[1]!)).toHaveLength(1))
  })

  it('X4: a number added to a running task and a task switched to progressive are dialled at once', async () => {
    const agent = await acd.readyAgent([], { organization: 'TELESALES' })
    const { taskId } = await progressiveTask(agent, [])
    await acd.gql(
      'mutation ($t: ID!, $input: AddTaskItemInput!) { addTaskItem(taskId: $t, input: $input) { id } }',
      { t: taskId, input: { phoneNumber: '+8613800771031', assigneeAgentId: agent.id } },
    )
    const [added] = await itemsOf(taskId)
    await eventually(async () => expect(await callsOf(added!)).toHaveLength(1))
    await hangUpWhenBridged(acd, (await callsOf(added!))[0]!)
    await acd.gql(
      'mutation ($id: ID!) { recordTaskItemResult(id: $id, input: { followUpResult: "INTERESTED" }) { id } }',
      { id: added },
      agent.token,
    )

    const previewing = await acd.readyAgent([], { organization: 'TELESALES' })
    const preview = await activeTask(acd, taskInput(previewing, 'PREVIEW'), previewing.id, ['+8613800771032'])
    expect(await callsOf(preview.itemIds[0]!)).toEqual([])
    await acd.gql(
      'mutation ($id: ID!, $input: UpdateOutboundTaskInput!) { updateOutboundTask(id: $id, input: $input) { id } }',
      { id: preview.taskId, input: taskInput(previewing, 'PROGRESSIVE') },
    )
    await eventually(async () => expect(await callsOf(preview.itemIds[0]!)).toHaveLength(1))
  })

  it('X4: numbers imported into a running task are dialled at once', async () => {
    const agent = await acd.readyAgent([], { organization: 'TELESALES' })
    const { taskId } = await progressiveTask(agent, [])
    const form = new FormData()
    form.append('file', new Blob(['手机号\n13800771041\n']), 'numbers.csv')
    const response = await fetch(`${api.url}/outbound/tasks/${taskId}/imports`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${acd.tenant.token}` },
    })
    const { import: uploaded } = (await response.json()) as { import: { id: string } }
    await acd.gql(
      'mutation ($input: StartTaskItemImportInput!) { startTaskItemImport(input: $input) { id } }',
      {
        input: {
          importId: uploaded.id,
          phoneColumn: '手机号',
          fields: [],
          assignment: 'ONE_AGENT',
          agentIds: [agent.id],
        },
      },
    )
    const [imported] = await eventually(async () => {
      const items = await itemsOf(taskId)
      expect(items).toHaveLength(1)
      return items
    })
    await eventually(async () => expect(await callsOf(imported!)).toHaveLength(1))
  })
})
