// X2: the call facts the KPIs are computed from are written as calls happen, through the simulator: an
// answered call after a rejected offer, a caller hanging up in the queue, a callback request.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'

let api: TestApi
let acd: AcdFixture

interface FactRow {
  kind: string
  agent_id: string | null
  skill_group_id: string | null
  outcome: string | null
  duration_ms: string | null
}

const factsOf = (callId: string) =>
  acd.sql<FactRow>(
    'select kind, agent_id, skill_group_id, outcome, duration_ms from call_fact where call_id = ? order by id',
    [callId],
  )

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
}, 60_000)
afterAll(() => api?.stop())

beforeEach(async () => {
  await acd.reset()
  await acd.settings({
    afterCallWorkSeconds: 0,
    ringTimeoutSeconds: 20,
    maxMissedOffers: 3,
    callbackEnabled: false,
  })
})

describe('X2: call facts', () => {
  it('X2: a call rejected by one agent and answered by the next leaves its enqueue, both offers and the answer', async () => {
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const first = await acd.readyAgent([group])
    const second = await acd.readyAgent([group])
    await acd.sql(`update agent_presence set idle_since = now() - interval '5 minutes' where user_id = ?`, [
      first.id,
    ])
    acd.sim.setEndpointBehaviour(`${first.sipUser}@${acd.sipDomain}`, { kind: 'reject' })
    const callId = await acd.sim.placeInboundCall({ from: '13800138101', to: number })
    await eventually(async () =>
      expect((await factsOf(callId)).map((fact) => fact.kind)).toContain('ANSWERED'),
    )
    const facts = await factsOf(callId)
    expect(facts.map(({ kind, agent_id, outcome }) => [kind, agent_id, outcome])).toEqual([
      ['ENQUEUED', null, null],
      ['OFFERED', first.id, null],
      ['OFFER_ENDED', first.id, 'REJECTED'],
      ['OFFERED', second.id, null],
      ['OFFER_ENDED', second.id, 'ANSWERED'],
      ['ANSWERED', second.id, 'CALL'],
    ])
    expect(facts.every((fact) => fact.skill_group_id === group)).toBe(true)
    const [enqueued] = await acd.sql<{ direction: string; organization: string }>(
      `select direction, organization from call_fact where call_id = ? and kind = 'ENQUEUED'`,
      [callId],
    )
    expect(enqueued).toEqual({ direction: 'INBOUND', organization: 'INBOUND' })
    const wait = Number(facts.at(-1)!.duration_ms)
    expect(wait).toBeGreaterThanOrEqual(0)
    expect(wait).toBeLessThan(20_000)
    acd.sim.hangup(callId)
  })

  it('X2: a caller who hangs up in the queue abandons, with their wait', async () => {
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const callId = await acd.sim.placeInboundCall({ from: '13800138102', to: number })
    await eventually(async () => expect(await factsOf(callId)).toHaveLength(1))
    acd.sim.hangup(callId)
    await eventually(async () =>
      expect((await factsOf(callId)).map(({ kind, outcome }) => [kind, outcome])).toEqual([
        ['ENQUEUED', null],
        ['ABANDONED', 'QUEUED'],
      ]),
    )
  })

  it('X2 X6: a caller who asks for a callback is no abandon: the request is kept with the wait so far', async () => {
    await acd.settings({ callbackEnabled: true, callbackKey: '1' })
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const callId = await acd.sim.placeInboundCall({ from: '13600136101', to: number })
    await eventually(async () => expect(await factsOf(callId)).toHaveLength(1))
    acd.sim.pressDigits(callId, '1')
    await eventually(() => expect(acd.channel(callId)).toBeUndefined())
    await eventually(async () =>
      expect((await factsOf(callId)).map(({ kind }) => kind)).toEqual(['ENQUEUED', 'CALLBACK_REQUESTED']),
    )
    await acd.sql('delete from queue_entry where id = ?', [callId])
  })
})
