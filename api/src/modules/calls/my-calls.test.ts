import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture, type ReadyAgent } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { addAgent, addGroup, signInInvited, signupTenant } from '../../../test/factories.js'
import { silentWav } from '../../../test/wav.js'

let api: TestApi
let acd: AcdFixture

const LIST = `query ($filter: MyCallRecordFilter, $page: PageInput) {
  myCallRecords(filter: $filter, page: $page) {
    totalCount
    items { id isAnswered queueName waitSeconds talkSeconds recordingUrl call { direction callerNumber hangupSide } }
  }
}`
const ONE = `query ($id: ID!) {
  myCallRecord(id: $id) {
    id isAnswered queueName waitSeconds talkSeconds recordingUrl
    call { id direction callerNumber dialledNumber answeredAt endedAt hangupSide timeline { event } }
  }
}`

interface Listed {
  myCallRecords: {
    totalCount: number
    items: Array<{
      id: string
      isAnswered: boolean
      queueName: string | null
      waitSeconds: number | null
      talkSeconds: number | null
      recordingUrl: string | null
      call: { direction: string; callerNumber: string; hangupSide: string | null }
    }>
  }
}

const listOf = (agent: ReadyAgent, filter: Record<string, unknown> = {}) =>
  acd.gql<Listed>(LIST, { filter }, agent.token).then((data) => data.myCallRecords)

/**
 * A routed inbound call answered by the first free agent of `group`, and hung up by the caller once
 * `whileLive` holds; resolves once its record is complete.
 */
async function routedCall(group: string, from: string, whileLive?: (callId: string) => Promise<void>) {
  const number = await acd.numberFor(group)
  const callId = await acd.sim.placeInboundCall({ from, to: number })
  await eventually(() => expect(acd.channel(callId)?.bridgedTo).toBeTruthy())
  await whileLive?.(callId)
  acd.sim.hangup(callId)
  await eventually(async () =>
    expect(
      await acd.sql('select 1 from call_record where id = ? and ended_at is not null', [callId]),
    ).toHaveLength(1),
  )
  return callId
}

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
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

describe('G8 my call records', () => {
  it('G8: an answered routed call is in the agent’s records with queue, wait, talk time, hangup side and timeline', async () => {
    const group = await acd.skillGroup()
    const agent = await acd.readyAgent([group])
    const callId = await routedCall(group, '13700000001')

    const { items, totalCount } = await listOf(agent)
    expect(totalCount).toBe(1)
    expect(items[0]).toMatchObject({
      id: callId,
      isAnswered: true,
      queueName: expect.stringMatching(/^Skills /),
      call: { direction: 'INBOUND', callerNumber: '13700000001', hangupSide: 'CALLER' },
    })
    expect(items[0]!.waitSeconds).toBeGreaterThanOrEqual(0)
    expect(items[0]!.talkSeconds).toBeGreaterThanOrEqual(0)

    const { myCallRecord } = await acd.gql<{
      myCallRecord: { call: { timeline: Array<{ event: string }> } }
    }>(ONE, { id: callId }, agent.token)
    expect(myCallRecord.call.timeline.map((entry) => entry.event)).toEqual(
      expect.arrayContaining(['CREATE', 'ANSWER', 'BRIDGE', 'HANGUP']),
    )
  })

  it('G8: a call the agent dialled is listed as outbound, answered once the customer picked up', async () => {
    const agent = await acd.readyAgent([])
    const { dialOut } = await acd.gql<{ dialOut: { callId: string } }>(
      `mutation ($number: String!, $key: String!) { dialOut(number: $number, idempotencyKey: $key) { callId } }`,
      { number: '13812340001', key: randomUUID() },
      agent.token,
    )
    await eventually(() => expect(acd.legsOf(dialOut.callId).filter((leg) => leg.bridgedTo)).toHaveLength(2))
    acd.sim.hangup(acd.legsOf(dialOut.callId).find((leg) => !leg.variables['cc_agent_id'])!.uuid)
    await eventually(async () =>
      expect((await listOf(agent, { direction: 'OUTBOUND', answered: true })).items).toMatchObject([
        { id: dialOut.callId, isAnswered: true, queueName: null, call: { direction: 'OUTBOUND' } },
      ]),
    )
  })

  it('G8: another agent’s call is not found and not listed', async () => {
    const group = await acd.skillGroup()
    const agent = await acd.readyAgent([group])
    const callId = await routedCall(group, '13700000002')
    const stranger = await acd.readyAgent([])

    const result = await api.graphql(ONE, { id: callId }, { token: stranger.token })
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect((await listOf(stranger)).totalCount).toBe(0)
    expect((await listOf(agent)).totalCount).toBe(1)
  })

  it('G8: an offer the agent rejected is a missed call for them and an answered one for the agent who took it', async () => {
    const group = await acd.skillGroup()
    const first = await acd.readyAgent([group])
    const second = await acd.readyAgent([group])
    await acd.sql(`update agent_presence set idle_since = now() - interval '5 minutes' where user_id = ?`, [
      first.id,
    ])
    acd.sim.setEndpointBehaviour(`${first.sipUser}@${acd.sipDomain}`, { kind: 'reject' })
    const callId = await routedCall(group, '13700000003')

    expect((await listOf(first)).items).toMatchObject([{ id: callId, isAnswered: false, talkSeconds: null }])
    expect((await listOf(first, { answered: false })).totalCount).toBe(1)
    expect((await listOf(first, { answered: true })).totalCount).toBe(0)
    expect((await listOf(second)).items).toMatchObject([{ id: callId, isAnswered: true }])
    expect((await listOf(second, { answered: false })).totalCount).toBe(0)
    expect((await listOf(second, { answered: true })).totalCount).toBe(1)
    const { callRecord } = await acd.gql<{ callRecord: { agentId: string } }>(
      `query ($id: ID!) { callRecord(id: $id) { agentId } }`,
      { id: callId },
    )
    expect(callRecord.agentId).toBe(second.id)
  })

  it('G8: filters by direction, number and time, and pages', async () => {
    const group = await acd.skillGroup()
    const agent = await acd.readyAgent([group])
    const before = new Date(Date.now() - 1000)
    await routedCall(group, '13700000011')
    await routedCall(group, '13700000012')
    await routedCall(group, '13700000013')

    expect((await listOf(agent, { direction: 'INBOUND' })).totalCount).toBe(3)
    expect((await listOf(agent, { direction: 'OUTBOUND' })).totalCount).toBe(0)
    expect((await listOf(agent, { number: '00000012' })).items.map((item) => item.call.callerNumber)).toEqual(
      ['13700000012'],
    )
    expect((await listOf(agent, { from: before.toISOString() })).totalCount).toBe(3)
    expect((await listOf(agent, { to: before.toISOString() })).totalCount).toBe(0)
    const page = await acd.gql<Listed>(LIST, { page: { offset: 1, limit: 1 } }, agent.token)
    expect(page.myCallRecords).toMatchObject({
      totalCount: 3,
      items: [{ call: { callerNumber: '13700000012' } }],
    })
  })

  it('G8: a filter that makes no sense is refused, naming the field', async () => {
    const agent = await acd.readyAgent([])
    const badNumber = await api.graphql(LIST, { filter: { number: 'abc' } }, { token: agent.token })
    expect(badNumber.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'number', code: 'INVALID_NUMBER_FILTER', message: 'must be 1 to 32 digits' }],
    })
    const backwards = await api.graphql(
      LIST,
      { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } },
      { token: agent.token },
    )
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      problems: [{ field: 'to', code: 'END_NOT_AFTER_START', message: 'must be later than from' }],
    })
  })
})

describe('G8 recording playback', () => {
  // A quarter of a second: 44 bytes of header and 4,000 of samples.
  const WAV_BYTES = 4044

  /** The recording file kept on the call record, or null. */
  const recordingFileOf = async (callId: string) => {
    const [row] = await acd.sql<{ recording_file: string | null }>(
      'select recording_file from call_record where id = ?',
      [callId],
    )
    return row?.recording_file ?? null
  }

  /** A recorded, answered call whose recording the switch "wrote" as a real wav file on the media volume. */
  async function recordedCall() {
    await acd.settings({ recordingEnabled: true })
    const group = await acd.skillGroup()
    const agent = await acd.readyAgent([group])
    let file = ''
    const callId = await routedCall(group, '13700000021', (id) =>
      eventually(async () => {
        file = (await recordingFileOf(id)) ?? ''
        expect(file).not.toBe('')
      }),
    )
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, silentWav(0.25))
    return { agent, callId, group }
  }

  const fetchRecording = (callId: string, token?: string, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/media/recordings/${callId}`, {
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    })

  it('G8: the agent who took the call plays its recording, seeking with range requests', async () => {
    const { agent, callId } = await recordedCall()
    const listed = (await listOf(agent)).items[0]!
    expect(listed.recordingUrl).toBe(`/media/recordings/${callId}`)

    const whole = await fetchRecording(callId, agent.token)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('audio/wav')
    expect(whole.headers.get('accept-ranges')).toBe('bytes')
    expect((await whole.arrayBuffer()).byteLength).toBe(WAV_BYTES)

    // Samples that differ byte by byte, so a range off by one is seen.
    const file = (await recordingFileOf(callId))!
    const numbered = Buffer.from(Array.from({ length: WAV_BYTES }, (_, index) => index % 251))
    await writeFile(file, numbered)
    const part = await fetchRecording(callId, agent.token, { range: 'bytes=44-143' })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 44-143/${WAV_BYTES}`)
    expect(Buffer.from(await part.arrayBuffer())).toEqual(numbered.subarray(44, 144))
  })

  it('G8: the recording is filed under the company and the UTC day of the call: <tenant>/<yyyy>/<mm>/<dd>/<call>.wav', async () => {
    const { callId } = await recordedCall()
    const [day] = await acd.sql<{ day: string }>(
      `select to_char(started_at at time zone 'UTC', 'YYYY/MM/DD') as day from call_record where id = ?`,
      [callId],
    )
    expect(await recordingFileOf(callId)).toMatch(
      new RegExp(`/recordings/${acd.tenant.tenantId}/${day!.day}/${callId}\\.wav$`),
    )
  })

  it('G8: a recording filed under the old day layout (<tenant>/<yyyy-mm-dd>/) still plays', async () => {
    const { agent, callId } = await recordedCall()
    const current = (await recordingFileOf(callId))!
    const old = path.join(
      current.slice(0, current.indexOf(acd.tenant.tenantId)),
      acd.tenant.tenantId,
      '2026-12-01',
      `${callId}.wav`,
    )
    await mkdir(path.dirname(old), { recursive: true })
    await writeFile(old, silentWav(0.5))
    await acd.sql('update call_record set recording_file = ? where id = ?', [old, callId])
    const played = await fetchRecording(callId, agent.token)
    expect(played.status).toBe(200)
    expect((await played.arrayBuffer()).byteLength).toBe(8044)
  })

  it('G8: a skill group that does not record leaves its calls without a recording, and my calls says so', async () => {
    await acd.settings({ recordingEnabled: true })
    const group = await acd.skillGroup({ isRecordingEnabled: false })
    const agent = await acd.readyAgent([group])
    const callId = await routedCall(group, '13700000022', async (id) => {
      await eventually(() => expect(acd.channel(id)?.bridgedTo).toBeTruthy())
    })
    expect(await recordingFileOf(callId)).toBeNull()
    expect((await listOf(agent)).items[0]).toMatchObject({ id: callId, isAnswered: true, recordingUrl: null })
    expect((await fetchRecording(callId, acd.tenant.token)).status).toBe(404)
  })

  it('G8: calls agents dial out are recorded only while outbound recording is on', async () => {
    const dialled = async (number: string) => {
      const agent = await acd.readyAgent([])
      const { dialOut } = await acd.gql<{ dialOut: { callId: string } }>(
        `mutation ($number: String!, $key: String!) { dialOut(number: $number, idempotencyKey: $key) { callId } }`,
        { number, key: randomUUID() },
        agent.token,
      )
      await eventually(() =>
        expect(acd.legsOf(dialOut.callId).filter((leg) => leg.bridgedTo)).toHaveLength(2),
      )
      return dialOut.callId
    }
    await acd.settings({ recordingEnabled: true, outboundRecordingEnabled: true })
    const recorded = await dialled('13812340002')
    await eventually(async () => expect(await recordingFileOf(recorded)).toMatch(/\.wav$/))

    await acd.settings({ outboundRecordingEnabled: false })
    const unrecorded = await dialled('13812340003')
    const customerLeg = acd.legsOf(unrecorded).find((leg) => !leg.variables['cc_agent_id'])!
    acd.sim.hangup(customerLeg.uuid)
    await eventually(async () =>
      expect(
        await acd.sql('select 1 from call_record where id = ? and ended_at is not null', [unrecorded]),
      ).toHaveLength(1),
    )
    expect(await recordingFileOf(unrecorded)).toBeNull()
  })

  it('G8: another agent, another tenant and a signed-out browser do not get the recording', async () => {
    const { callId } = await recordedCall()
    const colleague = await acd.readyAgent([])
    expect((await fetchRecording(callId, colleague.token)).status).toBe(404)
    const otherCompany = await signupTenant(api, 'Other Company')
    expect((await fetchRecording(callId, otherCompany.token)).status).toBe(404)
    expect((await fetchRecording(callId)).status).toBe(401)
    expect((await fetchRecording(randomUUID(), acd.tenant.token)).status).toBe(404)
    expect((await fetchRecording('not-a-call', acd.tenant.token)).status).toBe(404)
  })

  it('G8 A11: admins, and the leader of the agent’s group, play it; a leader of another group does not', async () => {
    const { agent, callId } = await recordedCall()
    expect((await fetchRecording(callId, acd.tenant.token)).status).toBe(200)

    const leader = await addAgent(api, acd.tenant.token, { role: 'GROUP_LEADER' })
    await addGroup(api, acd.tenant.token, { leaderId: leader.id, memberIds: [agent.id] })
    const otherLeader = await addAgent(api, acd.tenant.token, { role: 'GROUP_LEADER' })
    await addGroup(api, acd.tenant.token, { leaderId: otherLeader.id, memberIds: [] })
    expect((await fetchRecording(callId, await signInInvited(api, leader.email))).status).toBe(200)
    expect((await fetchRecording(callId, await signInInvited(api, otherLeader.email))).status).toBe(404)
  })

  it('G8 A11: the administrator of another organisation (telesales) does not get an inbound call’s recording', async () => {
    const { callId } = await recordedCall()
    const telesalesAdmin = await addAgent(api, acd.tenant.token, { role: 'ADMIN', organization: 'TELESALES' })
    expect((await fetchRecording(callId, await signInInvited(api, telesalesAdmin.email))).status).toBe(404)
    const inboundAdmin = await addAgent(api, acd.tenant.token, { role: 'ADMIN', organization: 'INBOUND' })
    expect((await fetchRecording(callId, await signInInvited(api, inboundAdmin.email))).status).toBe(200)
  })
})
