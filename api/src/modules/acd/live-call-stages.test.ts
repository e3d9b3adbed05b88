// A8: the stage rules of a call in progress, and the live list's coalescing of changes, without a switch.
import { describe, expect, it } from 'vitest'
import { readsOnChange, stageOf } from './live-calls.service.js'
import type { LiveCallRow } from './live-calls.store.js'

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 4, 10, 0, seconds))

function row(extra: Partial<LiveCallRow> = {}): LiveCallRow {
  return {
    id: 'call',
    direction: 'INBOUND',
    callerNumber: '13900000001',
    calleeNumber: '+864008009000',
    dialledNumber: '+864008009000',
    node: 'sim',
    recordAgentId: null,
    recordSkillGroupId: null,
    startedAt: at(0),
    answeredAt: null,
    bridgedAt: null,
    legs: [],
    queue: null,
    onCall: null,
    consultingSince: null,
    ...extra,
  }
}

const queue = (state: 'WAITING' | 'OFFERING') => ({
  state,
  skillGroupId: 'group',
  enqueuedAt: at(5),
  offeredAgentId: state === 'OFFERING' ? 'agent' : null,
  offerLegUuid: state === 'OFFERING' ? 'offer-leg' : null,
  offeredSince: state === 'OFFERING' ? at(9) : null,
})
const onCall = { agentId: 'agent', since: at(10), busyLegs: { 'agent-leg': 'sim' } }

describe('A8 stages', () => {
  it('A8: a caller in no queue and with no agent is in the IVR since the call began', () => {
    expect(stageOf(row(), null)).toMatchObject({ stage: 'IVR', stageSince: at(0), agentId: null })
  })

  it('A8: queued since joining; ringing the offered agent since the offer, whose ringing leg is hung up too', () => {
    expect(stageOf(row({ queue: queue('WAITING') }), null)).toMatchObject({
      stage: 'QUEUED',
      stageSince: at(5),
      skillGroupId: 'group',
    })
    const ringing = stageOf(row({ queue: queue('OFFERING') }), null)
    expect(ringing).toMatchObject({ stage: 'RINGING', stageSince: at(9), agentId: 'agent' })
    expect(ringing.legs).toContain('offer-leg')
  })

  it('A8: talking once bridged; a consultation outranks a hold, a hold outranks talking', () => {
    const talking = row({ onCall, bridgedAt: at(11), answeredAt: at(11), recordSkillGroupId: 'group' })
    expect(stageOf(talking, null)).toMatchObject({ stage: 'TALKING', stageSince: at(11), agentId: 'agent' })
    expect(stageOf(talking, at(20))).toMatchObject({ stage: 'ON_HOLD', stageSince: at(20) })
    expect(stageOf({ ...talking, consultingSince: at(30) }, at(20))).toMatchObject({
      stage: 'CONSULTING',
      stageSince: at(30),
    })
  })

  it('A8: an outbound call rings the customer until answered, then talks', () => {
    const dialling = row({ direction: 'OUTBOUND', onCall })
    expect(stageOf(dialling, null)).toMatchObject({ stage: 'RINGING', agentId: 'agent' })
    expect(stageOf({ ...dialling, answeredAt: at(15), bridgedAt: at(15) }, null)).toMatchObject({
      stage: 'TALKING',
      stageSince: at(15),
    })
  })
})

describe('A8 live list', () => {
  /** A change feed the test pushes into, that ends when its signal aborts. */
  function feed() {
    const pending: string[] = []
    let wake: (() => void) | undefined
    let signal: AbortSignal | undefined
    return {
      push(tenantId: string) {
        pending.push(tenantId)
        wake?.()
      },
      get isStopped() {
        return signal?.aborted ?? false
      },
      changes: async function* (given: AbortSignal) {
        signal = given
        given.addEventListener('abort', () => wake?.())
        while (!given.aborted) {
          if (pending.length === 0) await new Promise<void>((resolve) => (wake = resolve))
          while (pending.length) yield pending.shift()!
        }
      },
    }
  }

  it('A8: reads a tenant at its change, once more for a burst of changes, never a tenant nobody watches; stopping ends it', async () => {
    const changes = feed()
    const stop = new AbortController()
    const reads: string[] = []
    let release: (() => void) | undefined
    const snapshots = readsOnChange(
      changes.changes(stop.signal),
      (tenantId) => tenantId !== 'unwatched',
      async (tenantId) => {
        reads.push(tenantId)
        if (reads.length === 2) await new Promise<void>((resolve) => (release = resolve))
        return `${tenantId} #${reads.length}`
      },
      stop.signal,
    )
    changes.push('ours')
    expect(await snapshots.next()).toEqual({ done: false, value: 'ours #1' })
    changes.push('unwatched')
    changes.push('ours')
    const second = snapshots.next()
    await new Promise((resolve) => setImmediate(resolve))
    // While the second read runs, a burst of three changes asks for one more read, and another tenant's one.
    changes.push('ours')
    changes.push('theirs')
    changes.push('ours')
    changes.push('ours')
    await new Promise((resolve) => setImmediate(resolve))
    release!()
    expect(await second).toEqual({ done: false, value: 'ours #2' })
    expect(await snapshots.next()).toEqual({ done: false, value: 'ours #3' })
    expect(await snapshots.next()).toEqual({ done: false, value: 'theirs #4' })
    const waiting = snapshots.next()
    stop.abort()
    expect(await waiting).toEqual({ done: true, value: undefined })
    expect(changes.isStopped).toBe(true)
    expect(reads).toEqual(['ours', 'ours', 'ours', 'theirs'])
  })
})
