import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import {
  addAgent,
  addSkillGroup,
  signInInvited,
  signupTenant,
  type TestTenant,
} from '../../../test/factories.js'
import { Role } from '../identity/roles.js'
import { SessionKind } from '../identity/session.entity.js'
import { DEFAULT_ACD_SETTINGS } from './settings.service.js'

const SETTINGS_FIELDS = Object.keys(DEFAULT_ACD_SETTINGS)
  .map((key) => (key === 'surveyLabels' ? 'surveyLabels { zh en }' : key))
  .join(' ')
const UPDATE_SETTINGS = `mutation ($input: UpdateAcdSettingsInput!) { updateAcdSettings(input: $input) { ${SETTINGS_FIELDS} updatedAt } }`
const REASONS = '{ notReadyReasons { id name kind code sortOrder } }'
const CREATE_REASON =
  'mutation ($input: CreateNotReadyReasonInput!) { createNotReadyReason(input: $input) { id name kind sortOrder } }'
const UPDATE_REASON =
  'mutation ($id: ID!, $input: UpdateNotReadyReasonInput!) { updateNotReadyReason(id: $id, input: $input) { id name sortOrder } }'
const DELETE_REASON = 'mutation ($id: ID!) { deleteNotReadyReason(id: $id) }'
const ADD_NUMBER =
  'mutation ($input: AddPhoneNumberInput!) { addPhoneNumber(input: $input) { id number description skillGroup { id } } }'
const UPDATE_NUMBER =
  'mutation ($id: ID!, $input: UpdatePhoneNumberInput!) { updatePhoneNumber(id: $id, input: $input) { id number description skillGroupId } }'
const ROUTING = `mutation ($id: ID!, $input: UpdateSkillGroupRoutingInput!) {
  updateSkillGroupRouting(id: $id, input: $input) {
    strategy maxWaitSeconds maxQueueLength overflowAction overflowSkillGroupId overflowSkillGroup { name } } }`

interface Reason {
  id: string
  name: string
  kind: string
  code: string | null
  sortOrder: number
}

type Response = Awaited<ReturnType<TestApi['graphql']>>

const codeOf = (result: Response) => result.errors?.[0]?.extensions?.code
const problemsOf = (result: Response) => result.errors?.[0]?.extensions?.problems
const tooSmall = (minimum: number) => ({ code: 'TOO_SMALL', params: { minimum } })
const tooLarge = (maximum: number) => ({ code: 'TOO_LARGE', params: { maximum } })

describe('ACD configuration: call settings, not-ready reasons, numbers and skill group routing', () => {
  let api: TestApi
  let admin: TestTenant
  let agentToken: string
  let leaderToken: string

  beforeAll(async () => {
    api = await startTestApi()
    admin = await signupTenant(api, 'ACD Co')
    const agent = await addAgent(api, admin.token)
    agentToken = await signInInvited(api, agent.email)
    const leader = await addAgent(api, admin.token, { role: 'GROUP_LEADER' })
    leaderToken = await signInInvited(api, leader.email)
  })
  afterAll(() => api.stop())

  const reasons = async (token = admin.token) =>
    (await api.graphql<{ notReadyReasons: Reason[] }>(REASONS, {}, { token })).data!.notReadyReasons

  it('G3: a new company has the column defaults, and the service’s defaults are the migration’s', async () => {
    const fresh = await signupTenant(api, 'Fresh Co')
    const read = await api.graphql<{ acdSettings: Record<string, unknown> }>(
      `{ acdSettings { ${SETTINGS_FIELDS} updatedAt } }`,
      {},
      { token: fresh.token },
    )
    expect(read.data!.acdSettings).toEqual({ ...DEFAULT_ACD_SETTINGS, updatedAt: null })
    // A row written with nothing but the tenant holds exactly what the service assumes for missing rows.
    const saved = await api.db.inTenant(fresh.tenantId, async (em) => {
      await em.execute('insert into acd_settings (tenant_id) values (?)', [fresh.tenantId])
      return api.services.acdSettings.read(em, fresh.tenantId)
    })
    expect(saved).toEqual(DEFAULT_ACD_SETTINGS)
  })

  it('G3/X6: an admin changes settings; the routing core reads them; the change is audited', async () => {
    // Caller IDs must be the company's own numbers; these two go again at the end of the test.
    const callerIds: string[] = []
    for (const number of ['+862161234567', '+14155552671']) {
      const own = await api.graphql<{ addPhoneNumber: { id: string } }>(
        ADD_NUMBER,
        { input: { number } },
        { token: admin.token },
      )
      callerIds.push(own.data!.addPhoneNumber.id)
    }
    const result = await api.graphql<{ updateAcdSettings: Record<string, unknown> }>(
      UPDATE_SETTINGS,
      {
        input: {
          afterCallWorkSeconds: 30,
          announcePosition: true,
          callbackEnabled: true,
          callbackKey: '#',
          outboundCallerId: '021 6123 4567',
          homeRegion: 'cn',
          maxConcurrentOutbound: 0,
        },
      },
      { token: admin.token },
    )
    expect(result.errors).toBeUndefined()
    expect(result.data!.updateAcdSettings).toMatchObject({
      afterCallWorkSeconds: 30,
      ringTimeoutSeconds: 20,
      announcePosition: true,
      callbackKey: '#',
      outboundCallerId: '+862161234567',
      homeRegion: 'CN',
      maxConcurrentOutbound: 0,
    })
    expect(result.data!.updateAcdSettings.updatedAt).toEqual(expect.any(String))
    const values = await api.db.inTenant(admin.tenantId, (em) =>
      api.services.acdSettings.read(em, admin.tenantId),
    )
    expect(values).toMatchObject({
      afterCallWorkSeconds: 30,
      callbackEnabled: true,
      maxConcurrentOutbound: 0,
    })

    // A national number is read as of the home region given with it; empty removes the caller ID.
    const us = await api.graphql<{ updateAcdSettings: Record<string, unknown> }>(
      UPDATE_SETTINGS,
      { input: { homeRegion: 'US', outboundCallerId: '(415) 555-2671' } },
      { token: admin.token },
    )
    expect(us.data!.updateAcdSettings).toMatchObject({ homeRegion: 'US', outboundCallerId: '+14155552671' })
    const cleared = await api.graphql<{ updateAcdSettings: Record<string, unknown> }>(
      UPDATE_SETTINGS,
      { input: { homeRegion: 'CN', outboundCallerId: '' } },
      { token: admin.token },
    )
    expect(cleared.data!.updateAcdSettings).toMatchObject({ homeRegion: 'CN', outboundCallerId: null })
    for (const id of callerIds)
      await api.graphql('mutation ($id: ID!) { removePhoneNumber(id: $id) }', { id }, { token: admin.token })

    const log = await api.graphql<{ auditLog: { items: Record<string, unknown>[] } }>(
      '{ auditLog(filter: { entityType: "ACD_SETTINGS" }) { items { action before after } } }',
      {},
      { token: admin.token },
    )
    expect(log.data!.auditLog.items).toHaveLength(3)
    expect(log.data!.auditLog.items.at(-1)).toMatchObject({
      action: 'ACD_SETTINGS_UPDATED',
      before: { afterCallWorkSeconds: 15, outboundCallerId: null },
      after: { afterCallWorkSeconds: 30, outboundCallerId: '+862161234567' },
    })
  })

  it('G3: the outbound caller ID must be one of the company’s own numbers', async () => {
    const other = await signupTenant(api, 'Other Co')
    await api.graphql(ADD_NUMBER, { input: { number: '+862161239999' } }, { token: other.token })
    for (const outboundCallerId of ['+862161230000', '+862161239999']) {
      const refused = await api.graphql(
        UPDATE_SETTINGS,
        { input: { outboundCallerId } },
        { token: admin.token },
      )
      expect(refused.errors?.[0]?.extensions?.problems).toEqual([
        {
          field: 'outboundCallerId',
          code: 'NOT_OWN_NUMBER',
          message: 'must be one of your company’s numbers; add it under Numbers first',
        },
      ])
    }
  })

  it('G3: every wrong field is named, and nothing is saved', async () => {
    const result = await api.graphql(
      UPDATE_SETTINGS,
      {
        input: {
          afterCallWorkSeconds: -1,
          ringTimeoutSeconds: 121,
          maxMissedOffers: 0,
          heartbeatTimeoutSeconds: 5,
          announceIntervalSeconds: 601,
          callbackKey: '12',
          outboundCallerId: '12345',
          homeRegion: 'XX',
          maxConcurrentOutbound: 10001,
          maxOutboundPerSecond: -5,
        },
      },
      { token: admin.token },
    )
    expect(codeOf(result)).toBe('BAD_USER_INPUT')
    expect(problemsOf(result)).toEqual([
      { field: 'afterCallWorkSeconds', ...tooSmall(0), message: 'must be 0 to 3600 seconds' },
      { field: 'ringTimeoutSeconds', ...tooLarge(120), message: 'must be 5 to 120 seconds' },
      { field: 'maxMissedOffers', ...tooSmall(1), message: 'must be 1 to 20' },
      { field: 'heartbeatTimeoutSeconds', ...tooSmall(10), message: 'must be 10 to 600 seconds' },
      { field: 'announceIntervalSeconds', ...tooLarge(600), message: 'must be 10 to 600 seconds' },
      { field: 'callbackKey', code: 'INVALID_KEY', message: 'must be one key: 0–9, * or #' },
      { field: 'outboundCallerId', code: 'INVALID_PHONE_NUMBER', message: 'is not a valid phone number' },
      {
        field: 'homeRegion',
        code: 'UNKNOWN_REGION',
        message: 'is not an ISO 3166 region code with phone numbers, e.g. CN',
      },
      { field: 'maxConcurrentOutbound', ...tooLarge(10000), message: 'must be 0 to 10000' },
      { field: 'maxOutboundPerSecond', ...tooSmall(0), message: 'must be 0 to 1000' },
    ])
    const read = await api.graphql<{ acdSettings: { ringTimeoutSeconds: number } }>(
      '{ acdSettings { ringTimeoutSeconds } }',
      {},
      { token: admin.token },
    )
    expect(read.data!.acdSettings.ringTimeoutSeconds).toBe(20)
  })

  it('A5: the survey scale and its labels are the company’s; wrong ones are named and nothing is saved', async () => {
    const SURVEY = '{ acdSettings { surveyScale surveyLabels { zh en } } }'
    const labels3 = [
      { zh: '不满意', en: 'Unhappy' },
      { zh: '一般', en: 'Okay' },
      { zh: '满意', en: 'Happy' },
    ]
    const refusals = [
      [{ surveyScale: 10 }, [{ field: 'surveyScale', ...tooLarge(9), message: 'must be 2 to 9 points' }]],
      // The saved labels are five: a 3-point scale needs three.
      [
        { surveyScale: 3 },
        [
          {
            field: 'surveyLabels',
            code: 'SURVEY_LABELS_NOT_SCALE',
            params: { scale: 3 },
            message: 'must give one label for each of the 3 scores',
          },
        ],
      ],
      [
        {
          surveyScale: 3,
          surveyLabels: [labels3[0], { zh: ' ', en: 'Okay' }, { zh: '满'.repeat(21), en: 'Happy' }],
        },
        [
          { field: 'surveyLabels.1.zh', code: 'REQUIRED', message: 'is required' },
          {
            field: 'surveyLabels.2.zh',
            code: 'TOO_LONG',
            params: { maximum: 20 },
            message: expect.any(String),
          },
        ],
      ],
    ] as const
    for (const [input, problems] of refusals) {
      const result = await api.graphql(UPDATE_SETTINGS, { input }, { token: admin.token })
      expect(problemsOf(result)).toEqual(problems)
    }
    expect((await api.graphql(SURVEY, {}, { token: admin.token })).data).toEqual({
      acdSettings: { surveyScale: 5, surveyLabels: DEFAULT_ACD_SETTINGS.surveyLabels },
    })

    const saved = await api.graphql(
      UPDATE_SETTINGS,
      {
        input: { surveyScale: 3, surveyLabels: labels3.map((label) => ({ ...label, en: ` ${label.en} ` })) },
      },
      { token: admin.token },
    )
    expect(saved.errors).toBeUndefined()
    expect((await api.graphql(SURVEY, {}, { token: admin.token })).data).toEqual({
      acdSettings: { surveyScale: 3, surveyLabels: labels3 },
    })
    await api.db.inTenant(admin.tenantId, async (em) =>
      expect(await api.services.acdSettings.read(em, admin.tenantId)).toMatchObject({ surveyScale: 3 }),
    )
    // Another company keeps its own (the default) scale; a group leader cannot change it.
    const other = await signupTenant(api, 'Other Scale Co')
    expect((await api.graphql(SURVEY, {}, { token: other.token })).data).toEqual({
      acdSettings: { surveyScale: 5, surveyLabels: DEFAULT_ACD_SETTINGS.surveyLabels },
    })
    const byLeader = await api.graphql(UPDATE_SETTINGS, { input: { surveyScale: 5 } }, { token: leaderToken })
    expect(codeOf(byLeader)).toBe('FORBIDDEN')
    await api.graphql(
      UPDATE_SETTINGS,
      { input: { surveyScale: 5, surveyLabels: DEFAULT_ACD_SETTINGS.surveyLabels } },
      { token: admin.token },
    )
  })

  it('G3: agents and group leaders read settings and reasons but change nothing', async () => {
    for (const token of [agentToken, leaderToken]) {
      const read = await api.graphql('{ acdSettings { ringTimeoutSeconds } }', {}, { token })
      expect(read.errors).toBeUndefined()
      expect((await reasons(token)).map((reason) => reason.code)).toContain('REST')
      const attempts = [
        await api.graphql(UPDATE_SETTINGS, { input: { ringTimeoutSeconds: 30 } }, { token }),
        await api.graphql(CREATE_REASON, { input: { name: '午饭' } }, { token }),
        await api.graphql(DELETE_REASON, { id: (await reasons(token))[0]!.id }, { token }),
        await api.graphql('{ phoneNumbers { totalCount } }', {}, { token }),
        await api.graphql(ADD_NUMBER, { input: { number: '4008001234' } }, { token }),
      ]
      expect(attempts.map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'])
    }
    // The service refuses as well, for callers that are not GraphQL resolvers (background jobs, xml_curl).
    const viewer = {
      userId: admin.userId,
      tenantId: admin.tenantId,
      sessionId: admin.userId,
      sessionKind: SessionKind.BEARER,
      role: Role.GROUP_LEADER,
      organization: null,
      mustChangePassword: false,
    }
    await expect(api.services.acdSettings.updateSettings(viewer, { ringTimeoutSeconds: 30 })).rejects.toThrow(
      'Only administrators change call settings.',
    )
  })

  it('G3: built-in reasons exist once for every company; system ones come last', async () => {
    const first = await reasons()
    const again = await reasons()
    expect(again).toEqual(first)
    expect(first.map((reason) => [reason.code, reason.name, reason.kind])).toEqual([
      ['REST', '小休', 'CUSTOM'],
      ['MEETING', '会议', 'CUSTOM'],
      ['TRAINING', '培训', 'CUSTOM'],
      ['MISSED_OFFERS', '未接超限', 'SYSTEM'],
      ['PHONE_UNREGISTERED', '话机未注册', 'SYSTEM'],
    ])
    const systemId = await api.db.inTenant(admin.tenantId, (em) =>
      api.services.acdSettings.systemReasonId(em, admin.tenantId, 'MISSED_OFFERS'),
    )
    expect(systemId).toBe(first.find((reason) => reason.code === 'MISSED_OFFERS')!.id)
  })

  it('G3: the routing core gets a system reason even in a company nobody configured yet', async () => {
    const fresh = await signupTenant(api, 'Untouched Co')
    const id = await api.db.inTenant(fresh.tenantId, (em) =>
      api.services.acdSettings.systemReasonId(em, fresh.tenantId, 'PHONE_UNREGISTERED'),
    )
    const again = await api.db.inTenant(fresh.tenantId, (em) =>
      api.services.acdSettings.systemReasonId(em, fresh.tenantId, 'PHONE_UNREGISTERED'),
    )
    expect(again).toBe(id)
    const listed = await reasons(fresh.token)
    expect(listed.find((reason) => reason.code === 'PHONE_UNREGISTERED')!.id).toBe(id)
    expect(listed).toHaveLength(5)
  })

  it('G3: admins add, rename, reorder and delete reasons; names are unique; deleted built-ins stay deleted', async () => {
    const created = await api.graphql<{ createNotReadyReason: Reason }>(
      CREATE_REASON,
      { input: { name: ' 午饭 ' } },
      { token: admin.token },
    )
    expect(created.data!.createNotReadyReason).toMatchObject({ name: '午饭', kind: 'CUSTOM', sortOrder: 4 })
    const id = created.data!.createNotReadyReason.id
    const moved = await api.graphql<{ updateNotReadyReason: Reason }>(
      UPDATE_REASON,
      { id, input: { name: '用餐', sortOrder: 0 } },
      { token: admin.token },
    )
    expect(moved.data!.updateNotReadyReason).toMatchObject({ name: '用餐', sortOrder: 0 })
    expect((await reasons())[0]!.name).toBe('用餐')

    const clash = await api.graphql(CREATE_REASON, { input: { name: '会议' } }, { token: admin.token })
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NAME_TAKEN',
      field: 'name',
    })
    const reserved = await api.graphql(
      UPDATE_REASON,
      { id, input: { name: '未接超限' } },
      { token: admin.token },
    )
    expect(reserved.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NAME_TAKEN',
      field: 'name',
    })
    const invalid = await api.graphql(
      CREATE_REASON,
      { input: { name: ' ', sortOrder: 1000 } },
      { token: admin.token },
    )
    expect(problemsOf(invalid)).toEqual([
      { field: 'name', code: 'REQUIRED', message: 'is required' },
      { field: 'sortOrder', ...tooLarge(999), message: 'must be 0 to 999' },
    ])

    const rest = (await reasons()).find((reason) => reason.code === 'REST')!
    expect((await api.graphql(DELETE_REASON, { id: rest.id }, { token: admin.token })).data).toEqual({
      deleteNotReadyReason: true,
    })
    const after = await reasons()
    expect(after.map((reason) => reason.code)).not.toContain('REST')
    // Its name is free again.
    const reused = await api.graphql(CREATE_REASON, { input: { name: '小休' } }, { token: admin.token })
    expect(reused.errors).toBeUndefined()
    expect(
      (await api.graphql(DELETE_REASON, { id: rest.id }, { token: admin.token })).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_FOUND')
  })

  it('G3: system reasons cannot be renamed, moved or deleted', async () => {
    const system = (await reasons()).filter((reason) => reason.kind === 'SYSTEM')
    expect(system).toHaveLength(2)
    for (const reason of system) {
      const rename = await api.graphql(
        UPDATE_REASON,
        { id: reason.id, input: { name: 'X' } },
        { token: admin.token },
      )
      expect(rename.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'SYSTEM_REASON_FIXED',
        field: 'id',
      })
      expect(rename.errors?.[0]?.message).toContain('system reason')
      const remove = await api.graphql(DELETE_REASON, { id: reason.id }, { token: admin.token })
      expect(codeOf(remove)).toBe('CONFLICT')
    }
    expect((await reasons()).filter((reason) => reason.kind === 'SYSTEM')).toEqual(system)
  })

  it('A3: numbers are stored in E.164, routed to the company’s skill groups, listed by page', async () => {
    const skillGroupId = await addSkillGroup(api, admin.token, { name: '热线' })
    const added = await api.graphql<{ addPhoneNumber: Record<string, unknown> }>(
      ADD_NUMBER,
      { input: { number: '400 800 1234', description: ' 客服热线 ', skillGroupId } },
      { token: admin.token },
    )
    expect(added.data!.addPhoneNumber).toMatchObject({
      number: '+864008001234',
      description: '客服热线',
      skillGroup: { id: skillGroupId },
    })
    const id = added.data!.addPhoneNumber.id as string
    for (const number of ['02161234001', '+8602161234002', '+86 21 6123 4003'])
      expect(
        (await api.graphql(ADD_NUMBER, { input: { number } }, { token: admin.token })).errors,
      ).toBeUndefined()
    const page = await api.graphql<{ phoneNumbers: { totalCount: number; items: { number: string }[] } }>(
      '{ phoneNumbers(page: { offset: 1, limit: 2 }) { totalCount offset limit items { number } } }',
      {},
      { token: admin.token },
    )
    expect(page.data!.phoneNumbers).toEqual({
      totalCount: 4,
      offset: 1,
      limit: 2,
      items: [{ number: '+862161234002' }, { number: '+862161234003' }],
    })

    const invalid = await api.graphql(
      ADD_NUMBER,
      { input: { number: '12345', description: 'x'.repeat(101) } },
      { token: admin.token },
    )
    expect(problemsOf(invalid)).toEqual([
      { field: 'number', code: 'INVALID_PHONE_NUMBER', message: 'is not a valid phone number' },
      {
        field: 'description',
        code: 'TOO_LONG',
        params: { maximum: 100 },
        message: 'must be at most 100 characters',
      },
    ])

    const unrouted = await api.graphql<{ updatePhoneNumber: Record<string, unknown> }>(
      UPDATE_NUMBER,
      { id, input: { skillGroupId: null, description: '总机' } },
      { token: admin.token },
    )
    expect(unrouted.data!.updatePhoneNumber).toMatchObject({ skillGroupId: null, description: '总机' })
    await api.graphql(UPDATE_NUMBER, { id, input: { skillGroupId } }, { token: admin.token })

    // A skill group that routes a number cannot be deleted from under it.
    const refused = await api.graphql(
      'mutation ($id: ID!) { deleteSkillGroup(id: $id) }',
      { id: skillGroupId },
      { token: admin.token },
    )
    expect(refused.errors?.[0]?.message).toContain('number +864008001234')

    expect(
      (
        await api.graphql(
          'mutation ($id: ID!) { removePhoneNumber(id: $id) }',
          { id },
          { token: admin.token },
        )
      ).data,
    ).toEqual({
      removePhoneNumber: true,
    })
    const log = await api.graphql<{ auditLog: { items: { action: string }[] } }>(
      'query ($id: ID!) { auditLog(filter: { entityId: $id }) { items { action } } }',
      { id },
      { token: admin.token },
    )
    expect(log.data!.auditLog.items.map((item) => item.action)).toEqual([
      'PHONE_NUMBER_REMOVED',
      'PHONE_NUMBER_UPDATED',
      'PHONE_NUMBER_UPDATED',
      'PHONE_NUMBER_ADDED',
    ])
  })

  it('A3: a number is unique on the platform, and the refusal does not say who holds it', async () => {
    const other = await signupTenant(api, 'Other Co')
    const mine = await api.graphql<{ addPhoneNumber: { id: string } }>(
      ADD_NUMBER,
      { input: { number: '+862188880001' } },
      { token: admin.token },
    )
    expect(mine.errors).toBeUndefined()
    const refusals = [
      await api.graphql(ADD_NUMBER, { input: { number: '021 8888 0001' } }, { token: other.token }),
      await api.graphql(ADD_NUMBER, { input: { number: '+86 21 8888 0001' } }, { token: admin.token }),
    ]
    for (const refusal of refusals) {
      expect(refusal.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'NUMBER_TAKEN',
        field: 'number',
      })
      expect(refusal.errors?.[0]?.message).toBe('This number belongs to another company or is already added.')
    }
    // Renumbering onto a taken number is the same conflict.
    const theirs = await api.graphql<{ addPhoneNumber: { id: string } }>(
      ADD_NUMBER,
      { input: { number: '+862188880002' } },
      { token: other.token },
    )
    const renumbered = await api.graphql(
      UPDATE_NUMBER,
      { id: theirs.data!.addPhoneNumber.id, input: { number: '+862188880001' } },
      { token: other.token },
    )
    expect(codeOf(renumbered)).toBe('CONFLICT')
    // Another company's skill group is not found.
    const foreignGroup = await addSkillGroup(api, other.token)
    const foreign = await api.graphql(
      ADD_NUMBER,
      { input: { number: '+862188880003', skillGroupId: foreignGroup } },
      { token: admin.token },
    )
    expect(codeOf(foreign)).toBe('NOT_FOUND')
  })

  it('A3: skill group routing: strategy, queue limits and an overflow target of the same organisation', async () => {
    const main = await addSkillGroup(api, admin.token, { name: '一线' })
    const backup = await addSkillGroup(api, admin.token, { name: '二线' })
    const telesales = await addSkillGroup(api, admin.token, { name: '电销组', organization: 'TELESALES' })

    const defaults = await api.graphql<{ skillGroup: Record<string, unknown> }>(
      'query ($id: ID!) { skillGroup(id: $id) { strategy maxWaitSeconds maxQueueLength overflowAction overflowSkillGroup { id } } }',
      { id: main },
      { token: admin.token },
    )
    expect(defaults.data!.skillGroup).toEqual({
      strategy: 'LONGEST_IDLE',
      maxWaitSeconds: 300,
      maxQueueLength: 50,
      overflowAction: 'MESSAGE_HANGUP',
      overflowSkillGroup: null,
    })

    const problems = async (input: Record<string, unknown>) =>
      problemsOf(await api.graphql(ROUTING, { id: main, input }, { token: admin.token }))
    expect(await problems({ overflowAction: 'SKILL_GROUP' })).toEqual([
      {
        field: 'overflowSkillGroupId',
        code: 'REQUIRED',
        message: 'is required when the overflow action is SKILL_GROUP',
      },
    ])
    expect(await problems({ overflowAction: 'SKILL_GROUP', overflowSkillGroupId: main })).toEqual([
      { field: 'overflowSkillGroupId', code: 'OVERFLOW_TO_ITSELF', message: 'must be another skill group' },
    ])
    expect(await problems({ overflowAction: 'SKILL_GROUP', overflowSkillGroupId: telesales })).toEqual([
      {
        field: 'overflowSkillGroupId',
        code: 'OVERFLOW_TO_OTHER_ORGANIZATION',
        message: 'must be a skill group of the INBOUND organisation',
      },
    ])
    expect(await problems({ maxWaitSeconds: 5, maxQueueLength: 0 })).toEqual([
      { field: 'maxWaitSeconds', ...tooSmall(10), message: 'must be 10 to 7200 seconds' },
      { field: 'maxQueueLength', ...tooSmall(1), message: 'must be 1 to 10000' },
    ])
    const missing = await api.graphql(
      ROUTING,
      {
        id: main,
        input: {
          overflowAction: 'SKILL_GROUP',
          overflowSkillGroupId: '00000000-0000-4000-8000-000000000000',
        },
      },
      { token: admin.token },
    )
    expect(codeOf(missing)).toBe('NOT_FOUND')

    const set = await api.graphql<{ updateSkillGroupRouting: Record<string, unknown> }>(
      ROUTING,
      {
        id: main,
        input: {
          strategy: 'PRIORITY',
          maxWaitSeconds: 120,
          maxQueueLength: 10,
          overflowAction: 'SKILL_GROUP',
          overflowSkillGroupId: backup,
        },
      },
      { token: admin.token },
    )
    expect(set.data!.updateSkillGroupRouting).toEqual({
      strategy: 'PRIORITY',
      maxWaitSeconds: 120,
      maxQueueLength: 10,
      overflowAction: 'SKILL_GROUP',
      overflowSkillGroupId: backup,
      overflowSkillGroup: { name: '二线' },
    })
    // Changing only the strategy keeps the overflow target.
    const partial = await api.graphql<{ updateSkillGroupRouting: Record<string, unknown> }>(
      ROUTING,
      { id: main, input: { strategy: 'ROUND_ROBIN' } },
      { token: admin.token },
    )
    expect(partial.data!.updateSkillGroupRouting).toMatchObject({
      strategy: 'ROUND_ROBIN',
      overflowSkillGroupId: backup,
    })

    // The overflow target is in use while it is one.
    const refused = await api.graphql(
      'mutation ($id: ID!) { deleteSkillGroup(id: $id) }',
      { id: backup },
      { token: admin.token },
    )
    expect(refused.errors?.[0]?.message).toContain('skill group “一线” (overflow)')

    const hangup = await api.graphql<{ updateSkillGroupRouting: Record<string, unknown> }>(
      ROUTING,
      { id: main, input: { overflowAction: 'MESSAGE_HANGUP' } },
      { token: admin.token },
    )
    expect(hangup.data!.updateSkillGroupRouting).toMatchObject({
      overflowAction: 'MESSAGE_HANGUP',
      overflowSkillGroupId: null,
    })

    const log = await api.graphql<{ auditLog: { items: Record<string, unknown>[] } }>(
      'query ($id: ID!) { auditLog(filter: { entityId: $id, action: "SKILL_GROUP_ROUTING_UPDATED" }) { items { before after } } }',
      { id: main },
      { token: admin.token },
    )
    expect(log.data!.auditLog.items).toHaveLength(3)
    expect(log.data!.auditLog.items.at(-1)).toMatchObject({
      before: { strategy: 'LONGEST_IDLE', overflowSkillGroupId: null },
      after: { strategy: 'PRIORITY', overflowSkillGroupId: backup },
    })

    const leader = await api.graphql(
      ROUTING,
      { id: main, input: { strategy: 'LONGEST_IDLE' } },
      { token: leaderToken },
    )
    expect(codeOf(leader)).toBe('FORBIDDEN')
  })
})
