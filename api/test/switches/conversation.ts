// The end of a two-party scenario, whichever phone the agent answered on: the parties talk, the customer
// hangs up, and each must have heard the other from the bridge on.
import { expect } from 'vitest'
import type { AcdFixture } from '../acd-fixtures.js'
import { eventually } from '../eventually.js'
import { AGENT_VOICE, CUSTOMER_VOICE, Hearing, WINDOW_MS, type Heard } from './hearing.js'
import type { CustomerCall, TestSwitch } from './test-switch.js'

const TALK_MS = 3000

/** A customer's call bridged to an agent; `agentLeg` is the leg whose hearing is the agent's. */
export interface Answered {
  readonly call: CustomerCall
  /** Epoch milliseconds of the bridge, by the switch's clock. */
  readonly bridgedAt: number
  readonly agentLeg: string
}

/** At least `share` of the windows are `what`; a failure lists everything that was heard. */
export function expectMostly(windows: readonly Heard[], what: Heard, share = 0.9): void {
  const heard = Hearing.share(windows, what)
  expect(heard.share, `heard ${heard.account}`).toBeGreaterThanOrEqual(share)
}

/**
 * Lets the parties talk for a few seconds (or as long as `meanwhile` takes, whatever else the test checks
 * during the call), the customer hangs up, and each must have heard the other in at least `share` of the
 * talk. `heardByAgent` reads the agent's side: by default the carrier's recording of a mobile or desk
 * phone; the real switch's recordings are complete once both legs are gone.
 */
export async function talkAndHangUp(
  sw: TestSwitch,
  answered: Answered,
  options: {
    heardByAgent?: (leg: string) => Promise<Hearing>
    meanwhile?: () => Promise<void>
    share?: number
  } = {},
): Promise<void> {
  const heardByAgent = options.heardByAgent ?? ((leg: string) => sw.heardOnMobile(leg))
  const share = options.share ?? 0.9
  await Promise.all([new Promise((resolve) => setTimeout(resolve, TALK_MS)), options.meanwhile?.()])
  const ended = (leg: string) =>
    sw.watcher.seen((event) => event.eventName === 'CHANNEL_HANGUP' && event.uniqueId === leg)
  expect(ended(answered.call.platformLeg), 'the call ended before the customer hung up').toEqual([])
  const hungUpAt = Date.now()
  await sw.hangUp(answered.call)
  for (const leg of [answered.call.customerLeg, answered.agentLeg])
    await sw.watcher.waitFor(
      `end of ${leg}`,
      (event) => event.eventName === 'CHANNEL_HANGUP_COMPLETE' && event.uniqueId === leg,
    )
  // The first half second covers the media path settling after the bridge.
  const talking = [answered.bridgedAt + 500, hungUpAt] as const
  const customer = (await sw.heardByCustomer(answered.call)).between(...talking)
  const agent = (await heardByAgent(answered.agentLeg)).between(...talking)
  // A recording cut short would pass on the few windows it has; one started a little late is fine.
  const talkWindows = (talking[1] - talking[0]) / WINDOW_MS
  for (const [whose, windows] of [
    ['customer', customer],
    ['agent', agent],
  ] as const)
    expect(windows.length, `windows of the talk in the ${whose}'s recording`).toBeGreaterThan(
      0.5 * talkWindows,
    )
  expectMostly(customer, AGENT_VOICE, share)
  expectMostly(agent, CUSTOMER_VOICE, share)
  // A real media path has the odd glitch of a window; music or a prompt inside the bridge lasts seconds.
  expect(Hearing.longestRunMs(customer, 'sound'), 'music or a prompt inside the bridge').toBeLessThan(500)
  expect(Hearing.longestRunMs(agent, 'sound'), 'music or a prompt played to the agent').toBeLessThan(500)
}

/** The call's record, flushed after the hang-up, names the agent who answered and has its bridge and end. */
export async function expectCompletedRecord(acd: AcdFixture, callId: string, agentId: string): Promise<void> {
  await eventually(async () => {
    const [record] = await acd.sql<{
      agent_id: string | null
      bridged_at: Date | null
      ended_at: Date | null
    }>('select agent_id, bridged_at, ended_at from call_record where id = ?', [callId])
    expect(record?.agent_id).toBe(agentId)
    expect(record?.bridged_at).not.toBeNull()
    expect(record?.ended_at).not.toBeNull()
  }, 10_000)
}
