// The organisation's nested pages cost the same number of statements however many rows they show:
// members, their agents, groups and skill groups are read per field for the whole page (dataloader).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { addAgent, addGroup, addSkillGroup, signupTenant, type TestTenant } from '../../../test/factories.js'

// Two pages, asked one after the other: asked together, whether their reads of the same rows (a leader,
// an agent) fall into one batch or two depends on timing.
const SKILL_GROUPS_PAGE = `{
  skillGroups(page: { limit: 50 }) {
    items {
      id
      overflowSkillGroup { id }
      members { priority agent { id name groups { id name } skillGroups { skillGroup { id } } } }
    }
  }
}`
const GROUPS_PAGE = `{ groups(page: { limit: 50 }) { items { id leader { id } members { id groups { id } } } } }`

type NestedPage = {
  skillGroups: { items: Array<{ id: string; members: Array<{ agent: { id: string; groups: unknown[] } }> }> }
  groups: { items: Array<{ id: string; leader: { id: string } | null; members: Array<{ id: string }> }> }
}

describe('A2/A3: nested organisation pages', () => {
  let api: TestApi

  beforeAll(async () => {
    api = await startTestApi()
  })
  afterAll(() => api.stop())

  /** A company with `size` skill groups and agent groups, each with `size` members and a leader. */
  async function companyOf(size: number): Promise<TestTenant> {
    const admin = await signupTenant(api, `Company of ${size}`)
    for (let index = 0; index < size; index++) {
      const members = await Promise.all(Array.from({ length: size }, () => addAgent(api, admin.token)))
      const leader = await addAgent(api, admin.token, { role: 'GROUP_LEADER' })
      await addGroup(api, admin.token, { leaderId: leader.id, memberIds: members.map((member) => member.id) })
      const skillGroup = await addSkillGroup(api, admin.token)
      for (const [priority, member] of members.entries())
        await api.graphql(
          'mutation ($id: ID!, $userId: ID!, $p: Int!) { setSkillGroupMember(id: $id, userId: $userId, priority: $p) { id } }',
          { id: skillGroup, userId: member.id, p: priority + 1 },
          { token: admin.token },
        )
    }
    return admin
  }

  /** Both pages, and the SQL statements the company's transactions ran for them. */
  async function statementsFor(admin: TestTenant): Promise<{ page: NestedPage; statements: number }> {
    const execute = vi.spyOn(api.db.orm.em.getConnection(), 'execute')
    try {
      const page = {}
      for (const query of [SKILL_GROUPS_PAGE, GROUPS_PAGE]) {
        const result = await api.graphql<Partial<NestedPage>>(query, {}, { token: admin.token })
        expect(result.errors).toBeUndefined()
        Object.assign(page, result.data)
      }
      // Only the company's own transactions: the API's background work (sweeps, flushes) runs meanwhile.
      const isCompanys = ([sql, params]: unknown[]) =>
        String(sql).includes("set_config('app.tenant_id'") && (params as unknown[])[0] === admin.tenantId
      const transactions = new Set(execute.mock.calls.filter(isCompanys).map((call) => call[3]))
      const statements = execute.mock.calls.filter((call) => transactions.has(call[3])).length
      return { page: page as NestedPage, statements }
    } finally {
      execute.mockRestore()
    }
  }

  it('A2, A3: a page of six groups of six members costs what a page of two groups of two does', async () => {
    const small = await statementsFor(await companyOf(2))
    const large = await statementsFor(await companyOf(6))
    expect(large.page.skillGroups.items).toHaveLength(6)
    for (const group of large.page.skillGroups.items) {
      expect(group.members).toHaveLength(6)
      for (const member of group.members) expect(member.agent.groups).toHaveLength(1)
    }
    for (const group of large.page.groups.items) {
      expect(group.leader).not.toBeNull()
      expect(group.members).toHaveLength(6)
    }
    expect(large.statements).toBe(small.statements)
  })
})
