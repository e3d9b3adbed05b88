import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { signupTenant, type TestTenant } from '../../../test/factories.js'
import { endsCall, savesCall, waitForFlush } from '../../telephony/calls/wait.js'
import { waitForState } from '../../telephony/esl/wait.js'
import type { SwitchSimulator } from '../../telephony/sim/switch.js'

const RECORD = `query ($id: ID!) { callRecord(id: $id) {
  id direction dialledNumber callerNumber calleeNumber agentId startedAt ringingAt answeredAt bridgedAt endedAt
  hangupCause hangupSide recordingFile
  legs { id role destinationNumber answeredAt endedAt hangupCause }
  timeline { event legId detail }
} }`
const LIST = `query ($filter: CallRecordFilter, $page: PageInput) {
  callRecords(filter: $filter, page: $page) { totalCount items { id answeredAt } }
}`

let api: TestApi
let tenant: TestTenant
let sim: SwitchSimulator
const AGENT_ID = randomUUID()

beforeAll(async () => {
  api = await startTestApi({ env: { CALL_RECORD_FLUSH_MS: '10', SWITCH_OWNERSHIP_POLL_MS: '200' } })
  tenant = await signupTenant(api)
  api.services.telephonyDirectory.addNumber({ tenantId: tenant.tenantId, number: '4001' })
  sim = api.telephony.simulator!
  sim.registerUser('1001', 'tenant.example')
  await new Promise<void>((resolve) => {
    const health = api.telephony.cluster.health()[0]
    if (health?.isOwnedHere) return resolve()
    const stop = api.telephony.cluster.onSynced(() => {
      stop()
      resolve()
    })
  })
})
afterAll(() => api?.stop())

/** An inbound call to the tenant's number, answered by an agent leg bridged to it, with a recording. */
async function answeredCall(): Promise<{ callId: string; agentLeg: string }> {
  await waitForState(api.telephony.cluster.client('simulator'), 'ready')
  const callId = await sim.placeInboundCall({ from: '13800000001', to: '4001' })
  const agentLeg = randomUUID()
  const vars = `origination_uuid=${agentLeg},cc_call_id=${callId},cc_agent_id=${AGENT_ID}`
  const job = await api.telephony.cluster.bgapi(
    'simulator',
    `originate {${vars}}user/1001@tenant.example &park`,
  )
  expect(job.result).toBe(`+OK ${agentLeg}\n`)
  await api.telephony.cluster.api('simulator', `uuid_bridge ${callId} ${agentLeg}`)
  await api.telephony.cluster.api('simulator', `uuid_record ${callId} start /media/${callId}.wav`)
  return { callId, agentLeg }
}

type RecordResult = {
  callRecord: {
    endedAt: string | null
    hangupSide: string | null
    hangupCause: string | null
    timeline: { event: string; legId: string; detail: string | null }[]
  } & Record<string, unknown>
}

async function record(callId: string) {
  const result = await api.graphql<RecordResult>(RECORD, { id: callId }, { token: tenant.token })
  expect(result.errors).toBeUndefined()
  return result.data!.callRecord
}

describe('C1: call records from channel events', () => {
  it('C1: an answered inbound call is recorded with legs, milestones, recording and timeline', async () => {
    const { callId, agentLeg } = await answeredCall()
    const ended = waitForFlush(api.telephony.cluster.queue, endsCall(callId))
    sim.hangup(callId)
    await ended
    const call = await record(callId)
    expect(call).toMatchObject({
      id: callId,
      direction: 'INBOUND',
      dialledNumber: '4001',
      callerNumber: '13800000001',
      calleeNumber: '4001',
      agentId: AGENT_ID,
      hangupCause: 'NORMAL_CLEARING',
      hangupSide: 'CALLER',
      recordingFile: `/media/${callId}.wav`,
    })
    for (const field of ['startedAt', 'ringingAt', 'answeredAt', 'bridgedAt', 'endedAt']) {
      expect(call[field], field).toEqual(expect.any(String))
    }
    expect(call.legs).toMatchObject([
      { id: callId, role: 'CALLER', hangupCause: 'NORMAL_CLEARING' },
      { id: agentLeg, role: 'CALLEE', destinationNumber: '1001' },
    ])
    const events = call.timeline.map((entry) => entry.event)
    expect(events).toEqual([
      'CREATE',
      'PARK',
      'CREATE',
      'RINGING',
      'ANSWER',
      'PARK',
      'BRIDGE',
      'RECORD_START',
      'HANGUP',
      'UNBRIDGE',
      'HANGUP',
    ])
    expect(call.timeline.find((entry) => entry.event === 'BRIDGE')).toMatchObject({
      legId: callId,
      detail: agentLeg,
    })
  })

  it('C1: a call nobody answered is missed; filters by answered, direction, number and time', async () => {
    const missed = await sim.placeInboundCall({ from: '13900000002', to: '4001' })
    const ended = waitForFlush(api.telephony.cluster.queue, endsCall(missed))
    sim.hangup(missed, 'ORIGINATOR_CANCEL')
    await ended
    const list = async (filter: object) => {
      const result = await api.graphql<{ callRecords: { totalCount: number; items: { id: string }[] } }>(
        LIST,
        { filter },
        { token: tenant.token },
      )
      expect(result.errors).toBeUndefined()
      return result.data!.callRecords.items.map((item) => item.id)
    }
    expect(await list({ answered: false })).toContain(missed)
    expect(await list({ answered: true })).not.toContain(missed)
    expect(await list({ number: '13900000002' })).toEqual([missed])
    expect(await list({ direction: 'OUTBOUND' })).toEqual([])
    expect(await list({ from: new Date(Date.now() + 60_000).toISOString() })).toEqual([])
    expect(await list({ agentId: tenant.userId })).toEqual([])
  })

  it('C1: a bad filter names the field; another role than ADMIN is refused', async () => {
    const bad = await api.graphql(LIST, { filter: { number: 'abc' } }, { token: tenant.token })
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    const anonymous = await api.graphql(LIST, {})
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })

  it('C1: a call without a tenant tag is not recorded; an unknown ID is not found', async () => {
    const stray = await sim.placeInboundCall({ from: '1', to: '9999' })
    sim.hangup(stray)
    const result = await api.graphql(RECORD, { id: stray }, { token: tenant.token })
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })

  it('C1: switch node health is visible to the super admin', async () => {
    const result = await api.graphql<{
      switchNodes: { name: string; isConnected: boolean; isOwnedHere: boolean; uptimeSeconds: number }[]
    }>('{ switchNodes { name isConnected isOwnedHere uptimeSeconds sessions } }', {}, { token: tenant.token })
    expect(result.errors).toBeUndefined()
    expect(result.data!.switchNodes).toMatchObject([
      { name: 'simulator', isConnected: true, isOwnedHere: true },
    ])
  })
})

describe('X1: survival', () => {
  it('X1: the ESL connection drops mid-call; the call goes on and its record is complete', async () => {
    const { callId } = await answeredCall()
    await waitForFlush(api.telephony.cluster.queue, savesCall(callId))
    const resynced = new Promise<void>((resolve) => {
      const stop = api.telephony.cluster.onSynced(() => (stop(), resolve()))
    })
    sim.dropConnections()
    await resynced
    expect(sim.channels().map((channel) => channel.uuid)).toContain(callId)
    const ended = waitForFlush(api.telephony.cluster.queue, endsCall(callId))
    sim.hangup(callId)
    await ended
    const call = await record(callId)
    expect(call).toMatchObject({ hangupCause: 'NORMAL_CLEARING', hangupSide: 'CALLER' })
    expect(call.timeline.filter((entry) => entry.event === 'HANGUP')).toHaveLength(2)
  })

  it('X1: a call that ends while the connection is down is closed at resync as LOST', async () => {
    const { callId } = await answeredCall()
    await waitForFlush(api.telephony.cluster.queue, savesCall(callId))
    sim.stopHeartbeats()
    const ended = waitForFlush(api.telephony.cluster.queue, endsCall(callId))
    // Hang up in the same tick as the drop, so no event of it reaches the API.
    sim.dropConnections()
    sim.hangup(callId)
    await ended
    sim.startHeartbeats()
    const call = await record(callId)
    expect(call.endedAt).not.toBeNull()
    expect(call.hangupSide).toBe('SYSTEM')
    expect(call.timeline.filter((entry) => entry.event === 'LOST')).toHaveLength(2)
  })
})
