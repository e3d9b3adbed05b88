// Outbound tasks (G7, X4) for API tests: a task made active with its numbers in one call, and its calls.
import { expect } from 'vitest'
import type { AcdFixture } from './acd-fixtures.js'
import { eventually } from './eventually.js'

/** Creates the task from `input`, adds the numbers (in order) for the agent, activates it. */
export async function activeTask(
  acd: AcdFixture,
  input: Record<string, unknown>,
  agentId: string,
  numbers: string[],
): Promise<{ taskId: string; itemIds: string[] }> {
  const { createOutboundTask } = await acd.gql<{ createOutboundTask: { id: string } }>(
    'mutation ($input: CreateOutboundTaskInput!) { createOutboundTask(input: $input) { id } }',
    { input },
  )
  const itemIds: string[] = []
  for (const phoneNumber of numbers) {
    const { addTaskItem } = await acd.gql<{ addTaskItem: { id: string } }>(
      'mutation ($t: ID!, $input: AddTaskItemInput!) { addTaskItem(taskId: $t, input: $input) { id } }',
      { t: createOutboundTask.id, input: { phoneNumber, assigneeAgentId: agentId } },
    )
    itemIds.push(addTaskItem.id)
  }
  await acd.gql('mutation ($id: ID!) { activateOutboundTask(id: $id) { id } }', { id: createOutboundTask.id })
  return { taskId: createOutboundTask.id, itemIds }
}

/** The customer's leg of a dial-out: the one not ringing an agent. */
export const customerLeg = (acd: AcdFixture, callId: string) =>
  acd.legsOf(callId).find((leg) => !leg.variables['cc_agent_id'])

/** Waits until the call's customer answered and is bridged to the agent, then hangs the customer up. */
export async function hangUpWhenBridged(acd: AcdFixture, callId: string): Promise<void> {
  await eventually(() => expect(acd.legsOf(callId).filter((leg) => leg.bridgedTo)).toHaveLength(2))
  acd.sim.hangup(customerLeg(acd, callId)!.uuid)
  await eventually(() => expect(acd.legsOf(callId)).toHaveLength(0))
}
