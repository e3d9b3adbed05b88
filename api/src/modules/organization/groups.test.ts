import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { addAgent, addGroup, addSkillGroup, signupTenant, type TestTenant } from '../../../test/factories.js'

describe('A2/A3: groups and skill groups', () => {
  let api: TestApi
  let admin: TestTenant

  beforeAll(async () => {
    api = await startTestApi()
    admin = await signupTenant(api, 'Groups Co')
  })
  afterAll(() => api.stop())

  it('A2: an inbound group with its leader and members; the organisation is fixed at creation', async () => {
    const leader = await addAgent(api, admin.token, { role: 'GROUP_LEADER', name: 'Leader' })
    const member = await addAgent(api, admin.token, { name: 'Member' })
    const result = await api.graphql<{ createGroup: Record<string, unknown> }>(
      `mutation ($input: CreateGroupInput!) {
        createGroup(input: $input) { name organization leader { id } members { id } } }`,
      { input: { name: '呼入一组', organization: 'INBOUND', leaderId: leader.id, memberIds: [member.id] } },
      { token: admin.token },
    )
    expect(result.data!.createGroup).toEqual({
      name: '呼入一组',
      organization: 'INBOUND',
      leader: { id: leader.id },
      members: [{ id: member.id }],
    })
    // UpdateGroupInput has no organisation field at all.
    const change = await api.graphql(
      'mutation { updateGroup(id: "00000000-0000-4000-8000-000000000000", input: { organization: TELESALES }) { id } }',
      {},
      { token: admin.token },
    )
    expect(change.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
  })

  it('A2: a leader must be a GROUP_LEADER of the group’s organisation', async () => {
    const agent = await addAgent(api, admin.token)
    const telesalesLeader = await addAgent(api, admin.token, {
      role: 'GROUP_LEADER',
      organization: 'TELESALES',
    })
    for (const leaderId of [agent.id, telesalesLeader.id]) {
      const result = await api.graphql(
        'mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id } }',
        { input: { name: `G-${leaderId}`, organization: 'INBOUND', leaderId } },
        { token: admin.token },
      )
      expect(result.errors?.[0]?.extensions?.problems).toEqual([
        {
          field: 'leaderId',
          code: 'NOT_A_GROUP_LEADER',
          message: 'must be a GROUP_LEADER of the INBOUND organisation',
        },
      ])
    }
  })

  it('A3: create, rename, members with per-membership priority, an agent in several skill groups', async () => {
    const agent = await addAgent(api, admin.token)
    const first = await addSkillGroup(api, admin.token, { name: '售前' })
    const second = await addSkillGroup(api, admin.token, { name: '售后' })
    const set =
      'mutation ($id: ID!, $userId: ID!, $priority: Int!) { setSkillGroupMember(id: $id, userId: $userId, priority: $priority) { id } }'
    await api.graphql(set, { id: first, userId: agent.id, priority: 1 }, { token: admin.token })
    await api.graphql(set, { id: second, userId: agent.id, priority: 5 }, { token: admin.token })
    await api.graphql(set, { id: second, userId: agent.id, priority: 3 }, { token: admin.token })
    const bad = await api.graphql(set, { id: first, userId: agent.id, priority: 11 }, { token: admin.token })
    expect(bad.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'priority', code: 'TOO_LARGE', params: { maximum: 10 }, message: 'must be 1 to 10' },
    ])
    const read = await api.graphql<{ agent: { skillGroups: unknown[] } }>(
      'query ($id: ID!) { agent(id: $id) { skillGroups { priority skillGroup { name } } } }',
      { id: agent.id },
      { token: admin.token },
    )
    expect(read.data!.agent.skillGroups).toEqual([
      { priority: 1, skillGroup: { name: '售前' } },
      { priority: 3, skillGroup: { name: '售后' } },
    ])
    const renamed = await api.graphql<{ updateSkillGroup: unknown }>(
      'mutation ($id: ID!) { updateSkillGroup(id: $id, input: { name: "售前咨询", description: "pre-sales" }) { name description members { priority agent { id } } } }',
      { id: first },
      { token: admin.token },
    )
    expect(renamed.data!.updateSkillGroup).toEqual({
      name: '售前咨询',
      description: 'pre-sales',
      members: [{ priority: 1, agent: { id: agent.id } }],
    })
    await api.graphql(
      'mutation ($id: ID!, $userId: ID!) { removeSkillGroupMember(id: $id, userId: $userId) { id } }',
      { id: first, userId: agent.id },
      { token: admin.token },
    )
    const after = await api.graphql<{ skillGroup: { members: unknown[] } }>(
      'query ($id: ID!) { skillGroup(id: $id) { members { priority } } }',
      { id: first },
      { token: admin.token },
    )
    expect(after.data!.skillGroup.members).toEqual([])
  })

  it('A3: a skill group name clash (any letter case) is a CONFLICT on name and changes nothing', async () => {
    await addSkillGroup(api, admin.token, { name: 'VIP Line' })
    const other = await addSkillGroup(api, admin.token, { name: 'Standard' })
    const clash = await api.graphql(
      'mutation { createSkillGroup(input: { name: "vip line", organization: TELESALES }) { id } }',
      {},
      { token: admin.token },
    )
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NAME_TAKEN',
      field: 'name',
    })
    const rename = await api.graphql(
      'mutation ($id: ID!) { updateSkillGroup(id: $id, input: { name: "VIP LINE", description: "changed" }) { id } }',
      { id: other },
      { token: admin.token },
    )
    expect(rename.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' })
    const still = await api.graphql<{ skillGroup: unknown }>(
      'query ($id: ID!) { skillGroup(id: $id) { name description } }',
      { id: other },
      { token: admin.token },
    )
    expect(still.data!.skillGroup).toEqual({ name: 'Standard', description: '' })
    const list = await api.graphql<{ skillGroups: { items: { name: string }[] } }>(
      '{ skillGroups(page: { limit: 100 }) { items { name } } }',
      {},
      { token: admin.token },
    )
    expect(
      list.data!.skillGroups.items.filter((group) => group.name.toLowerCase() === 'vip line'),
    ).toHaveLength(1)
  })

  it('A3: deleting a skill group in use is refused naming the users; unused ones are deleted', async () => {
    const used = await addSkillGroup(api, admin.token, { name: 'Routed' })
    // IVR flows and outbound tasks register their usages like this once they exist.
    api.services.skillGroups.registerSkillGroupUsage(async (_em, ids) =>
      ids.includes(used)
        ? [
            { skillGroupId: used, usedBy: 'IVR flow “Main menu”', name: '“Main menu”' },
            { skillGroupId: used, usedBy: 'outbound task “Spring promotion”', name: '“Spring promotion”' },
          ]
        : [],
    )
    const refused = await api.graphql(
      'mutation ($id: ID!) { deleteSkillGroup(id: $id) }',
      { id: used },
      {
        token: admin.token,
      },
    )
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IN_USE',
      params: { users: '“Main menu”, “Spring promotion”' },
    })
    expect(refused.errors?.[0]?.message).toBe(
      'The skill group “Routed” is in use by IVR flow “Main menu”, outbound task “Spring promotion”; remove it there first.',
    )
    const stillThere = await api.graphql(
      'query ($id: ID!) { skillGroup(id: $id) { id } }',
      { id: used },
      {
        token: admin.token,
      },
    )
    expect(stillThere.errors).toBeUndefined()
    const unused = await addSkillGroup(api, admin.token)
    const deleted = await api.graphql(
      'mutation ($id: ID!) { deleteSkillGroup(id: $id) }',
      { id: unused },
      {
        token: admin.token,
      },
    )
    expect(deleted.data).toEqual({ deleteSkillGroup: true })
  })

  it('A2: a group name clash is a CONFLICT; deleting a group keeps its members', async () => {
    const member = await addAgent(api, admin.token)
    const group = await addGroup(api, admin.token, { name: 'Night shift', memberIds: [member.id] })
    const clash = await api.graphql(
      'mutation { createGroup(input: { name: "NIGHT SHIFT", organization: INBOUND }) { id } }',
      {},
      {
        token: admin.token,
      },
    )
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NAME_TAKEN',
      field: 'name',
    })
    await api.graphql('mutation ($id: ID!) { deleteGroup(id: $id) }', { id: group }, { token: admin.token })
    const read = await api.graphql<{ agent: { groups: unknown[] } }>(
      'query ($id: ID!) { agent(id: $id) { groups { id } } }',
      { id: member.id },
      { token: admin.token },
    )
    expect(read.data!.agent.groups).toEqual([])
  })

  it('A2/A3: every change is in the audit log with actor, before and after; filters and pages work', async () => {
    const agent = await addAgent(api, admin.token, { name: 'Audited' })
    await api.graphql(
      'mutation ($id: ID!) { updateAgentPhone(id: $id, input: { mobile: "13900001111" }) { id } }',
      { id: agent.id },
      { token: admin.token },
    )
    const skill = await addSkillGroup(api, admin.token, { name: 'Audit skills' })
    await api.graphql(
      'mutation ($id: ID!) { deleteSkillGroup(id: $id) }',
      { id: skill },
      { token: admin.token },
    )
    const log = await api.graphql<{ auditLog: { totalCount: number; items: Record<string, unknown>[] } }>(
      `query ($id: ID!) { auditLog(filter: { entityId: $id }) {
        totalCount items { action entityType actorKind actorId actorName before after at } } }`,
      { id: agent.id },
      { token: admin.token },
    )
    expect(log.data!.auditLog.items.map((item) => item.action)).toEqual([
      'AGENT_PHONE_UPDATED',
      'AGENT_CREATED',
    ])
    const [phone, created] = log.data!.auditLog.items
    expect(phone).toMatchObject({
      entityType: 'USER',
      actorKind: 'USER',
      actorId: admin.userId,
      actorName: 'Admin',
      before: { mobile: null },
      after: { mobile: '+8613900001111' },
    })
    expect(created!.before).toBeNull()
    expect(JSON.stringify(log.data)).not.toMatch(/password/i)
    const skills = await api.graphql<{ auditLog: { items: { action: string }[] } }>(
      'query ($id: ID!) { auditLog(filter: { entityId: $id, entityType: "SKILL_GROUP" }) { items { action } } }',
      { id: skill },
      { token: admin.token },
    )
    expect(skills.data!.auditLog.items.map((item) => item.action)).toEqual([
      'SKILL_GROUP_DELETED',
      'SKILL_GROUP_CREATED',
    ])
    const paged = await api.graphql<{ auditLog: { totalCount: number; items: unknown[] } }>(
      '{ auditLog(filter: { action: "AGENT_CREATED" }, page: { offset: 0, limit: 2 }) { totalCount items { action } } }',
      {},
      { token: admin.token },
    )
    expect(paged.data!.auditLog.items).toHaveLength(2)
    expect(paged.data!.auditLog.totalCount).toBeGreaterThan(2)
  })
})
