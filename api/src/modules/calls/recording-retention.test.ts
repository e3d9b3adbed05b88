import { randomUUID } from 'node:crypto'
import { access, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { saveCall, sqlAs } from '../../../test/calls.js'
import { addAgent, signInInvited, signupTenant, type TestTenant } from '../../../test/factories.js'
import { recordingFileOf } from '../acd/switch-control.js'
import { createInspections, lockCallsForInspection } from '../quality/quality.store.js'
import { RecordingRetention } from './recording-retention.js'
import { claimDueRecordings, markRecordingsRemoved } from './recording-retention.store.js'

const DAY_MS = 86_400_000
const now = new Date('2027-03-10T08:00:00Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS)

let api: TestApi
let tenant: TestTenant
let mediaDir: string
const logged: Array<{ context: object; message: string }> = []

const retention = () =>
  new RecordingRetention({
    db: api.db,
    audit: api.services.audit,
    clock: { now: () => now },
    mediaDir,
    logger: { info: (context, message) => logged.push({ context, message }), error: () => undefined },
  })

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

/** A finished call of `owner` started `age` days ago, with a recording file of `bytes` bytes. */
async function recordedCall(owner: TestTenant, age: number, bytes = 1000) {
  const at = daysAgo(age)
  const placeholder = randomUUID()
  const file = recordingFileOf({ tenantId: owner.tenantId, callId: placeholder, mediaDir, at })
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, Buffer.alloc(bytes, 1))
  const callId = await saveCall(api, owner, { at, answeredAfter: 5, recordingFile: file })
  return { callId, file }
}

async function recordingOf(owner: TestTenant, callId: string) {
  const [row] = (await sqlAs(
    api,
    owner,
    'select recording_file as file, recording_removed_at as "removedAt" from call_record where id = ?',
    [callId],
  )) as Array<{ file: string | null; removedAt: string | null }>
  return { file: row!.file, removedAt: row!.removedAt && new Date(row!.removedAt) }
}

/**
 * An inspection (A10) of the call, open or submitted (`submittedDaysAgo`, 1 by default), with an appeal in
 * `appeal` state if given.
 */
async function inspect(
  callId: string,
  status: 'PENDING' | 'SUBMITTED',
  appeal?: 'PENDING' | 'ACCEPTED' | 'REJECTED',
  submittedDaysAgo = 1,
) {
  const scorecardId = randomUUID()
  const inspectionId = randomUUID()
  const run = (query: string, params: unknown[]) => sqlAs(api, tenant, query, params)
  await run(`insert into qa_scorecard (id, tenant_id, name, current_version) values (?, ?, ?, 1)`, [
    scorecardId,
    tenant.tenantId,
    `Card ${scorecardId}`,
  ])
  await run(
    `insert into qa_scorecard_version (tenant_id, scorecard_id, version, definition, max_points) values (?, ?, 1, '[]', 10)`,
    [tenant.tenantId, scorecardId],
  )
  await run(
    `insert into qa_inspection (id, tenant_id, call_id, agent_id, scorecard_id, scorecard_version, inspector_id, status,
                                max_points, submitted_at)
     values (?, ?, ?, ?, ?, 1, ?, ?, 10, ?)`,
    [
      inspectionId,
      tenant.tenantId,
      callId,
      tenant.userId,
      scorecardId,
      tenant.userId,
      status,
      status === 'SUBMITTED' ? daysAgo(submittedDaysAgo) : null,
    ],
  )
  if (appeal)
    await run(
      `insert into qa_appeal (id, tenant_id, inspection_id, reason, status) values (?, ?, ?, 'unfair', ?)`,
      [randomUUID(), tenant.tenantId, inspectionId, appeal],
    )
}

const setAppealWindow = (days: number) =>
  api.graphql(
    `mutation ($days: Int!) { updateAcdSettings(input: { appealWindowDays: $days }) { appealWindowDays } }`,
    { days },
    { token: tenant.token },
  )

const setRetention = (owner: TestTenant, days: number | null) =>
  api.graphql(
    `mutation ($input: UpdateAcdSettingsInput!) { updateAcdSettings(input: $input) { recordingRetentionDays } }`,
    { input: { recordingRetentionDays: days } },
    { token: owner.token },
  )

beforeAll(async () => {
  api = await startTestApi()
  mediaDir = path.join(api.dataDir, 'media')
}, 60_000)
afterAll(() => api?.stop())
beforeEach(async () => {
  tenant = await signupTenant(api)
  logged.length = 0
})

describe('issue 19: recording retention', () => {
  it('A10: removes only recordings older than the period, and reports what it freed (audit entry, log line)', async () => {
    expect((await setRetention(tenant, 30)).errors).toBeUndefined()
    const old = await recordedCall(tenant, 31, 1200)
    const older = await recordedCall(tenant, 400, 800)
    const recent = await recordedCall(tenant, 29)

    const freed = await retention().runOnce()

    expect(freed).toEqual([{ tenantId: tenant.tenantId, count: 2, bytes: 2000 }])
    expect(await exists(old.file)).toBe(false)
    expect(await exists(older.file)).toBe(false)
    expect(await exists(recent.file)).toBe(true)
    expect(await recordingOf(tenant, old.callId)).toEqual({ file: null, removedAt: now })
    // The call records say so: no recording to play, and when the period removed it.
    const details = await api.graphql<{
      callRecordDetails: { recordingUrl: string | null; call: { recordingRemovedAt: string | null } }
    }>(
      'query ($id: ID!) { callRecordDetails(id: $id) { recordingUrl call { recordingRemovedAt } } }',
      { id: old.callId },
      { token: tenant.token },
    )
    expect(details.data?.callRecordDetails).toEqual({
      recordingUrl: null,
      call: { recordingRemovedAt: now.toISOString() },
    })
    expect(await recordingOf(tenant, recent.callId)).toEqual({ file: recent.file, removedAt: null })
    expect(logged).toEqual([
      expect.objectContaining({
        context: expect.objectContaining({ count: 2, bytes: 2000, retentionDays: 30 }),
      }),
    ])
    const audit = (await sqlAs(
      api,
      tenant,
      `select actor_kind, after from audit_log where tenant_id = ? and action = 'RECORDINGS_REMOVED'`,
      [tenant.tenantId],
    )) as Array<{ actor_kind: string; after: Record<string, unknown> }>
    expect(audit).toEqual([
      { actor_kind: 'SYSTEM', after: expect.objectContaining({ count: 2, bytes: 2000 }) },
    ])

    // A second run finds nothing more to do, and says nothing.
    expect(await retention().runOnce()).toEqual([])
  })

  it('A10: keeps every recording of a company without a period, and of calls under inspection or appeal', async () => {
    const other = await signupTenant(api, 'Keeps Everything')
    const kept = await recordedCall(other, 1000)
    expect((await setRetention(tenant, 7)).errors).toBeUndefined()
    const open = await recordedCall(tenant, 60)
    await inspect(open.callId, 'PENDING')
    const appealable = await recordedCall(tenant, 60)
    await inspect(appealable.callId, 'SUBMITTED')
    const appealed = await recordedCall(tenant, 60)
    await inspect(appealed.callId, 'SUBMITTED', 'PENDING')
    const settled = await recordedCall(tenant, 60, 500)
    await inspect(settled.callId, 'SUBMITTED', 'REJECTED')

    expect(await retention().runOnce()).toEqual([{ tenantId: tenant.tenantId, count: 1, bytes: 500 }])
    for (const { file } of [kept, open, appealable, appealed]) expect(await exists(file)).toBe(true)
    expect(await exists(settled.file)).toBe(false)
  })

  it('A10: an inspection not appealed within the company’s appeal window is final: its recording may go', async () => {
    expect((await setRetention(tenant, 7)).errors).toBeUndefined()
    const lapsed = await recordedCall(tenant, 60, 300)
    await inspect(lapsed.callId, 'SUBMITTED', undefined, 8)
    const appealable = await recordedCall(tenant, 60)
    await inspect(appealable.callId, 'SUBMITTED', undefined, 6)

    // With a 10-day window both may still be appealed.
    expect((await setAppealWindow(10)).errors).toBeUndefined()
    expect(await retention().runOnce()).toEqual([])
    // With the default 7 days, the one submitted 8 days ago is final.
    expect((await setAppealWindow(7)).errors).toBeUndefined()
    expect(await retention().runOnce()).toEqual([{ tenantId: tenant.tenantId, count: 1, bytes: 300 }])
    expect(await exists(lapsed.file)).toBe(false)
    expect(await exists(appealable.file)).toBe(true)
  })

  it('A10: two instances running at once remove each due recording once and together report it once', async () => {
    expect((await setRetention(tenant, 1)).errors).toBeUndefined()
    const calls = await Promise.all(Array.from({ length: 30 }, () => recordedCall(tenant, 2, 100)))

    const [first, second] = await Promise.all([retention().runOnce(), retention().runOnce()])

    const counted = [...first, ...second].filter((freed) => freed.tenantId === tenant.tenantId)
    expect(counted.reduce((sum, freed) => sum + freed.count, 0)).toBe(30)
    expect(counted.reduce((sum, freed) => sum + freed.bytes, 0)).toBe(3000)
    for (const { file } of calls) expect(await exists(file)).toBe(false)
    const [{ removed }] = (await sqlAs(
      api,
      tenant,
      'select count(*)::int as removed from call_record where tenant_id = ? and recording_removed_at is not null',
      [tenant.tenantId],
    )) as [{ removed: number }]
    expect(removed).toBe(30)
  })

  it('issue 19: the period is 1–3650 days or empty, and only administrators set it', async () => {
    for (const days of [0, 3651])
      expect((await setRetention(tenant, days)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
      })
    expect((await setRetention(tenant, 90)).data).toEqual({
      updateAcdSettings: { recordingRetentionDays: 90 },
    })
    expect((await setRetention(tenant, null)).data).toEqual({
      updateAcdSettings: { recordingRetentionDays: null },
    })
    const leader = await addAgent(api, tenant.token, { role: 'GROUP_LEADER' })
    const refused = await api.graphql(
      `mutation { updateAcdSettings(input: { recordingRetentionDays: 1 }) { recordingRetentionDays } }`,
      {},
      { token: await signInInvited(api, leader.email) },
    )
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })
})

describe('issue 19: retention and inspections starting at the same time', () => {
  /** A due recording of an agent's answered call, and a scorecard to inspect it with. */
  async function dueInspectableCall() {
    expect((await setRetention(tenant, 7)).errors).toBeUndefined()
    const { callId, file } = await recordedCall(tenant, 30)
    await sqlAs(api, tenant, 'update call_record set agent_id = ? where id = ?', [tenant.userId, callId])
    const card = await api.graphql<{ createQaScorecard: { id: string } }>(
      `mutation ($input: QaScorecardInput!) { createQaScorecard(input: $input) { id } }`,
      {
        input: { name: `Card ${callId}`, sections: [{ name: 'S', criteria: [{ name: 'C', maxPoints: 5 }] }] },
      },
      { token: tenant.token },
    )
    return { callId, file, scorecardId: card.data!.createQaScorecard.id }
  }

  const inspectionsOf = async (callId: string) =>
    (await sqlAs(api, tenant, 'select id from qa_inspection where call_id = ?', [callId])).length

  /** Waits until some statement of the database waits for a row lock (the sampling, here). */
  const someoneWaitsForALock = async () => {
    for (const deadline = Date.now() + 5000; Date.now() < deadline;) {
      const [row] = (await api.db.platformQuery(
        `select count(*)::int as waiting from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`,
      )) as Array<{ waiting: number }>
      if (row!.waiting > 0) return
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    throw new Error('nothing waited for the retention job’s lock')
  }

  it('A10: a sampling that meets the job removing one recording waits for it, skips that call (RECORDING_REMOVED) and inspects the rest', async () => {
    const { callId, scorecardId } = await dueInspectableCall()
    // A recent call of the same agent, not due: it is sampled along with the due one.
    const recent = (await recordedCall(tenant, 1)).callId
    await sqlAs(api, tenant, 'update call_record set agent_id = ? where id = ?', [tenant.userId, recent])
    type Sampled = { callIds: string[]; inspectionIds: string[]; skipped: unknown[] }
    let sampling: Promise<{ data?: { sampleQaCalls: Sampled } | null; errors?: unknown[] }> | undefined
    await api.db.inTenant(tenant.tenantId, async (_em, sql) => {
      const due = { startedBefore: daysAgo(7), now, appealWindowDays: 7 }
      const claimed = await claimDueRecordings(sql, due, 10)
      expect(claimed.map((recording) => recording.callId)).toEqual([callId])
      sampling = api.graphql(
        `mutation ($filter: CallRecordSearchFilter, $input: QaSampleInput!) {
           sampleQaCalls(filter: $filter, input: $input) { callIds inspectionIds skipped { callId reason } } }`,
        { filter: {}, input: { scorecardId, mode: 'FILTER' } },
        { token: tenant.token },
      )
      await someoneWaitsForALock()
      expect(await markRecordingsRemoved(sql, [callId], due)).toEqual([callId])
    })
    const { data, errors } = await sampling!
    expect(errors).toBeUndefined()
    const sampled = data!.sampleQaCalls
    expect(sampled.callIds).toEqual(expect.arrayContaining([callId, recent]))
    expect(sampled.skipped).toEqual([{ callId, reason: 'RECORDING_REMOVED' }])
    // Every other call picked got its inspection, the recent one among them; the removed one none.
    expect(sampled.inspectionIds).toHaveLength(sampled.callIds.length - 1)
    expect(await inspectionsOf(recent)).toBe(1)
    expect(await inspectionsOf(callId)).toBe(0)
  })

  it('A10: the job leaves a recording alone while an inspection of its call is starting, and after', async () => {
    const { callId, file, scorecardId } = await dueInspectableCall()
    await api.db.inTenant(tenant.tenantId, async (em) => {
      expect(await lockCallsForInspection(em, [callId])).toEqual([])
      await createInspections(
        em,
        [{ id: callId, agentId: tenant.userId, startedAt: daysAgo(30) }],
        { inspectorId: tenant.userId, scorecardId, version: 1, maxPoints: 5, seed: null },
        [randomUUID()],
        now,
      )
      // The sampling has not committed: the job cannot see the inspection, only the lock.
      expect(await retention().runOnce()).toEqual([])
    })
    expect(await retention().runOnce()).toEqual([])
    expect(await exists(file)).toBe(true)
    expect(await inspectionsOf(callId)).toBe(1)
  })
})
