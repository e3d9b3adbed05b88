// A11 as a table: every operation of the organisation and customers modules, run by every role in each
// organisation, against members, groups, skill groups and customers of both organisations. Y allowed, N not found (invisible),
// F forbidden (visible, or the role may never do it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import {
  addAgent,
  addGroup,
  addSkillGroup,
  signInInvited,
  signupTenant,
  uniqueEmail,
  uniqueAgentNumber,
} from '../../../test/factories.js'

const actors = ['SA', 'AD', 'AD_IN', 'AD_TS', 'GL_IN', 'GL_TS', 'AG_IN', 'AG_TS'] as const
type Actor = (typeof actors)[number]

interface World {
  tokens: Record<Actor, string>
  superToken: string
  groups: { in: string; ts: string }
  skillGroups: { in: string; ts: string }
  /** Fresh customers, an INBOUND and a TELESALES one: deletes by one actor never change the next one's case. */
  customers(): Promise<string[]>
  /** Fresh targets: an INBOUND member of GL_IN's group, an INBOUND member of no group, a TELESALES member of GL_TS's group. */
  targets(): Promise<{ id: string; groupIds: string[] }[]>
}

type Outcome = 'Y' | 'N' | 'F' | string

function outcomeOf(result: { errors?: { extensions?: { code?: string } }[] }): Outcome {
  const code = result.errors?.[0]?.extensions?.code
  if (!code) return 'Y'
  return code === 'NOT_FOUND' ? 'N' : code === 'FORBIDDEN' ? 'F' : code
}

interface Operation {
  name: string
  /** What the columns of `expected` are. */
  on: 'members' | 'groups' | 'skillGroups' | 'customers' | 'organizations' | 'tenant'
  run(api: TestApi, token: string, target: string, world: World, groupIds: string[]): Promise<Outcome>
  expected: Record<Actor, string>
}

const gql = (query: string) => async (api: TestApi, token: string, variables: Record<string, unknown>) =>
  outcomeOf(await api.graphql(query, variables, { token }))

const memberMutation = (field: string, selection = '{ id }') =>
  gql(`mutation ($id: ID!) { ${field}(id: $id) ${selection} }`)

// Who manages a member: admins over their reach, group leaders over their own groups' members.
const managesMembers: Record<Actor, string> = {
  SA: 'YYY',
  AD: 'YYY',
  AD_IN: 'YYN',
  AD_TS: 'NNY',
  GL_IN: 'YNN',
  GL_TS: 'NNY',
  AG_IN: 'FFF',
  AG_TS: 'FFF',
}
const seesMembers: Record<Actor, string> = { ...managesMembers, AG_IN: 'NNN', AG_TS: 'NNN' }
const adminsOnlyOnMembers: Record<Actor, string> = {
  ...managesMembers,
  GL_IN: 'FFF',
  GL_TS: 'FFF',
}
const configuresGroups: Record<Actor, string> = {
  SA: 'YY',
  AD: 'YY',
  AD_IN: 'YN',
  AD_TS: 'NY',
  GL_IN: 'FF',
  GL_TS: 'FF',
  AG_IN: 'FF',
  AG_TS: 'FF',
}
const createsInOrganization: Record<Actor, string> = { ...configuresGroups, AD_IN: 'YF', AD_TS: 'FY' }
// Everyone works with their own organisation's customers; tenant-wide admins with both.
const worksWithCustomers: Record<Actor, string> = {
  SA: 'YY',
  AD: 'YY',
  AD_IN: 'YN',
  AD_TS: 'NY',
  GL_IN: 'YN',
  GL_TS: 'NY',
  AG_IN: 'YN',
  AG_TS: 'NY',
}
const seesGroups: Record<Actor, string> = {
  SA: 'YY',
  AD: 'YY',
  AD_IN: 'YN',
  AD_TS: 'NY',
  GL_IN: 'YN',
  GL_TS: 'NY',
  AG_IN: 'YN',
  AG_TS: 'NY',
}
const adminsOnly: Record<Actor, string> = {
  SA: 'Y',
  AD: 'Y',
  AD_IN: 'Y',
  AD_TS: 'Y',
  GL_IN: 'F',
  GL_TS: 'F',
  AG_IN: 'F',
  AG_TS: 'F',
}

const operations: Operation[] = [
  {
    name: 'agent',
    on: 'members',
    run: (api, token, id) => gql('query ($id: ID!) { agent(id: $id) { id } }')(api, token, { id }),
    expected: seesMembers,
  },
  {
    name: 'agents (the member is listed)',
    on: 'members',
    async run(api, token, id) {
      const result = await api.graphql<{ agents: { items: { id: string }[] } }>(
        '{ agents(page: { limit: 100 }) { items { id } } }',
        {},
        { token },
      )
      return result.data!.agents.items.some((item) => item.id === id) ? 'Y' : 'N'
    },
    expected: seesMembers,
  },
  {
    name: 'agentSipCredentials',
    on: 'members',
    run: (api, token, id) =>
      gql('query ($id: ID!) { agentSipCredentials(id: $id) { user } }')(api, token, { id }),
    expected: seesMembers,
  },
  {
    name: 'updateAgent (name)',
    on: 'members',
    run: (api, token, id) =>
      gql('mutation ($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { id } }')(
        api,
        token,
        { id, input: { name: 'Renamed' } },
      ),
    expected: managesMembers,
  },
  {
    name: 'updateAgent (groups, role: an assignment)',
    on: 'members',
    run: (api, token, id, _world, groupIds) =>
      gql('mutation ($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { id } }')(
        api,
        token,
        { id, input: { groupIds, role: 'AGENT' } },
      ),
    expected: { ...managesMembers, GL_IN: 'FNN', GL_TS: 'NNF' },
  },
  {
    name: 'updateAgentPhone',
    on: 'members',
    run: (api, token, id) =>
      gql(
        'mutation ($id: ID!, $input: AgentPhoneInput!) { updateAgentPhone(id: $id, input: $input) { id } }',
      )(api, token, { id, input: { mobile: '13800138000' } }),
    expected: managesMembers,
  },
  {
    name: 'regenerateSipPassword',
    on: 'members',
    run: (api, token, id) => memberMutation('regenerateSipPassword', '{ user }')(api, token, { id }),
    expected: managesMembers,
  },
  {
    name: 'resendInvitation',
    on: 'members',
    run: (api, token, id) => memberMutation('resendInvitation', '{ isEmailSent }')(api, token, { id }),
    expected: managesMembers,
  },
  {
    name: 'resetAgentPassword',
    on: 'members',
    run: (api, token, id) => memberMutation('resetAgentPassword', '{ isEmailSent }')(api, token, { id }),
    expected: managesMembers,
  },
  {
    name: 'disableAgent, then enableAgent',
    on: 'members',
    async run(api, token, id) {
      const disabled = await memberMutation('disableAgent')(api, token, { id })
      if (disabled !== 'Y') return disabled
      return memberMutation('enableAgent')(api, token, { id })
    },
    expected: managesMembers,
  },
  {
    name: 'deleteAgent',
    on: 'members',
    run: (api, token, id) => gql('mutation ($id: ID!) { deleteAgent(id: $id) }')(api, token, { id }),
    expected: adminsOnlyOnMembers,
  },
  {
    name: 'createAgent (in the organisation)',
    on: 'organizations',
    run: (api, token, organization) =>
      gql('mutation ($input: CreateAgentInput!) { createAgent(input: $input) { isEmailSent } }')(api, token, {
        input: {
          name: 'N',
          email: uniqueEmail(),
          agentNumber: uniqueAgentNumber(),
          role: 'AGENT',
          organization,
        },
      }),
    expected: createsInOrganization,
  },
  {
    name: 'group',
    on: 'groups',
    run: (api, token, id) => gql('query ($id: ID!) { group(id: $id) { id } }')(api, token, { id }),
    expected: seesGroups,
  },
  {
    name: 'updateGroup',
    on: 'groups',
    run: (api, token, id) =>
      gql('mutation ($id: ID!, $input: UpdateGroupInput!) { updateGroup(id: $id, input: $input) { id } }')(
        api,
        token,
        { id, input: {} },
      ),
    expected: configuresGroups,
  },
  {
    name: 'addGroupMembers (nobody)',
    on: 'groups',
    run: (api, token, id) =>
      gql('mutation ($id: ID!) { addGroupMembers(id: $id, userIds: []) { id } }')(api, token, { id }),
    expected: configuresGroups,
  },
  {
    name: 'createGroup (in the organisation)',
    on: 'organizations',
    run: (api, token, organization) =>
      gql('mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id } }')(api, token, {
        input: { name: `G ${uniqueAgentNumber()}`, organization },
      }),
    expected: createsInOrganization,
  },
  {
    name: 'skillGroup',
    on: 'skillGroups',
    run: (api, token, id) => gql('query ($id: ID!) { skillGroup(id: $id) { id } }')(api, token, { id }),
    expected: seesGroups,
  },
  {
    name: 'updateSkillGroup',
    on: 'skillGroups',
    run: (api, token, id) =>
      gql(
        'mutation ($id: ID!, $input: UpdateSkillGroupInput!) { updateSkillGroup(id: $id, input: $input) { id } }',
      )(api, token, { id, input: { description: 'x' } }),
    expected: configuresGroups,
  },
  {
    name: 'createSkillGroup (in the organisation)',
    on: 'organizations',
    run: (api, token, organization) =>
      gql('mutation ($input: CreateSkillGroupInput!) { createSkillGroup(input: $input) { id } }')(
        api,
        token,
        {
          input: { name: `S ${uniqueAgentNumber()}`, organization },
        },
      ),
    expected: createsInOrganization,
  },
  {
    name: 'customer',
    on: 'customers',
    run: (api, token, id) => gql('query ($id: ID!) { customer(id: $id) { id } }')(api, token, { id }),
    expected: worksWithCustomers,
  },
  {
    name: 'updateCustomer',
    on: 'customers',
    run: (api, token, id) =>
      gql('mutation ($id: ID!) { updateCustomer(id: $id, input: { name: "Renamed" }) { id } }')(api, token, {
        id,
      }),
    expected: worksWithCustomers,
  },
  {
    name: 'deleteCustomer',
    on: 'customers',
    run: (api, token, id) => gql('mutation ($id: ID!) { deleteCustomer(id: $id) }')(api, token, { id }),
    expected: { ...worksWithCustomers, GL_IN: 'FF', GL_TS: 'FF', AG_IN: 'FF', AG_TS: 'FF' },
  },
  {
    name: 'createCustomer (in the organisation)',
    on: 'organizations',
    run: (api, token, organization) =>
      gql('mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }')(api, token, {
        input: { name: 'C', organization },
      }),
    expected: {
      ...createsInOrganization,
      GL_IN: 'YF',
      GL_TS: 'FY',
      AG_IN: 'YF',
      AG_TS: 'FY',
    },
  },
  {
    name: 'auditLog',
    on: 'tenant',
    run: (api, token) => gql('{ auditLog { totalCount } }')(api, token, {}),
    expected: adminsOnly,
  },
  {
    name: 'apiKeys',
    on: 'tenant',
    run: (api, token) => gql('{ apiKeys { totalCount } }')(api, token, {}),
    expected: adminsOnly,
  },
]

describe('A11: organisation isolation, operation × role × organisation', () => {
  let api: TestApi
  let world: World

  beforeAll(async () => {
    api = await startTestApi()
    const tenant = await signupTenant(api, 'Isolation Co')
    const su = tenant.token
    const invite = async (input: Record<string, unknown>) => {
      const agent = await addAgent(api, su, input)
      return { id: agent.id, token: await signInInvited(api, agent.email) }
    }
    const adminAll = await invite({ role: 'ADMIN' })
    const adminIn = await invite({ role: 'ADMIN', organization: 'INBOUND' })
    const adminTs = await invite({ role: 'ADMIN', organization: 'TELESALES' })
    const leaderIn = await invite({ role: 'GROUP_LEADER', organization: 'INBOUND' })
    const leaderTs = await invite({ role: 'GROUP_LEADER', organization: 'TELESALES' })
    const groupIn = await addGroup(api, su, { organization: 'INBOUND', leaderId: leaderIn.id })
    const groupTs = await addGroup(api, su, { organization: 'TELESALES', leaderId: leaderTs.id })
    const agentIn = await invite({ organization: 'INBOUND', groupIds: [groupIn] })
    const agentTs = await invite({ organization: 'TELESALES', groupIds: [groupTs] })
    const skillIn = await addSkillGroup(api, su, { organization: 'INBOUND' })
    const skillTs = await addSkillGroup(api, su, { organization: 'TELESALES' })
    for (const [skill, agent] of [
      [skillIn, agentIn.id],
      [skillTs, agentTs.id],
    ])
      await api.graphql(
        'mutation ($id: ID!, $userId: ID!) { setSkillGroupMember(id: $id, userId: $userId) { id } }',
        { id: skill, userId: agent },
        { token: su },
      )
    world = {
      superToken: su,
      tokens: {
        SA: su,
        AD: adminAll.token,
        AD_IN: adminIn.token,
        AD_TS: adminTs.token,
        GL_IN: leaderIn.token,
        GL_TS: leaderTs.token,
        AG_IN: agentIn.token,
        AG_TS: agentTs.token,
      },
      groups: { in: groupIn, ts: groupTs },
      skillGroups: { in: skillIn, ts: skillTs },
      customers: async () => {
        const ids: string[] = []
        for (const organization of ['INBOUND', 'TELESALES']) {
          const created = await api.graphql<{ createCustomer: { id: string } }>(
            'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
            { input: { name: organization, organization } },
            { token: su },
          )
          ids.push(created.data!.createCustomer.id)
        }
        return ids
      },
      targets: async () => [
        { id: (await addAgent(api, su, { groupIds: [groupIn] })).id, groupIds: [groupIn] },
        { id: (await addAgent(api, su, {})).id, groupIds: [] },
        {
          id: (await addAgent(api, su, { organization: 'TELESALES', groupIds: [groupTs] })).id,
          groupIds: [groupTs],
        },
      ],
    }
  })
  afterAll(() => api.stop())

  for (const operation of operations) {
    it(`A11: ${operation.name}`, async () => {
      const actual: Record<string, string> = {}
      for (const actor of actors) {
        const token = world.tokens[actor]
        let outcomes: Outcome[]
        if (operation.on === 'members') {
          // Fresh members for every actor: a delete or disable by one actor never changes the next one's case.
          const targets = await world.targets()
          outcomes = []
          for (const target of targets)
            outcomes.push(await operation.run(api, token, target.id, world, target.groupIds))
        } else if (operation.on === 'customers') {
          outcomes = []
          for (const id of await world.customers())
            outcomes.push(await operation.run(api, token, id, world, []))
        } else {
          const columns = {
            groups: [world.groups.in, world.groups.ts],
            skillGroups: [world.skillGroups.in, world.skillGroups.ts],
            organizations: ['INBOUND', 'TELESALES'],
            tenant: [''],
          }[operation.on]
          outcomes = []
          for (const column of columns) outcomes.push(await operation.run(api, token, column, world, []))
        }
        actual[actor] = outcomes.join('')
      }
      expect(actual).toEqual(operation.expected)
    })
  }

  it('A11: a member moved to the other organisation leaves the old side’s groups and becomes invisible to it', async () => {
    const [inGroup] = await world.targets()
    const moved = await api.graphql<{ updateAgent: { groups: unknown[] } }>(
      'mutation ($id: ID!) { updateAgent(id: $id, input: { organization: TELESALES }) { groups { id } } }',
      { id: inGroup!.id },
      { token: world.superToken },
    )
    expect(moved.data!.updateAgent.groups).toEqual([])
    for (const actor of ['AD_IN', 'GL_IN'] as const) {
      const read = await api.graphql(
        'query ($id: ID!) { agent(id: $id) { id } }',
        { id: inGroup!.id },
        {
          token: world.tokens[actor],
        },
      )
      expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    }
  })

  it('A11: an organisation-scoped admin cannot create ADMINs nor members of the other organisation', async () => {
    const result = await api.graphql(
      'mutation ($input: CreateAgentInput!) { createAgent(input: $input) { isEmailSent } }',
      { input: { name: 'N', email: uniqueEmail(), role: 'ADMIN', organization: 'INBOUND' } },
      { token: world.tokens.AD_IN },
    )
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })

  it('A11: groups never mix organisations: a TELESALES member cannot join an INBOUND group', async () => {
    const [, , telesales] = await world.targets()
    const result = await api.graphql(
      'mutation ($id: ID!, $userIds: [ID!]!) { addGroupMembers(id: $id, userIds: $userIds) { id } }',
      { id: world.groups.in, userIds: [telesales!.id] },
      { token: world.superToken },
    )
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })
})
