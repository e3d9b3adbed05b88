import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import {
  addAgent,
  addGroup,
  latestMailTo,
  loginToken,
  signInInvited,
  signupTenant,
  TEST_PASSWORD,
  uniqueAgentNumber,
  uniqueEmail,
  type TestTenant,
} from '../../../test/factories.js'

const CREATE = `mutation ($input: CreateAgentInput!) {
  createAgent(input: $input) {
    isEmailSent
    agent { id email name agentNumber sipUser role organization status mustChangePassword mobile answeringMode groups { id } }
  }
}`
const AGENTS = `query ($filter: AgentFilter, $page: PageInput) {
  agents(filter: $filter, page: $page) { totalCount items { id email agentNumber status } }
}`

type Problems = { field: string; code: string; params?: unknown; message: string }[]

describe('A2: team members', () => {
  let api: TestApi
  let admin: TestTenant

  beforeAll(async () => {
    api = await startTestApi()
    admin = await signupTenant(api, '星辰科技')
  })
  afterAll(() => api.stop())

  const count = async () =>
    (await api.graphql<{ agents: { totalCount: number } }>(AGENTS, {}, { token: admin.token })).data!.agents
      .totalCount

  it('A2: adding an agent emails an invitation (.eml) with login, default password and workstation URL', async () => {
    const email = uniqueEmail('li.lei')
    const groupId = await addGroup(api, admin.token, { name: '售后一组', organization: 'INBOUND' })
    const result = await api.graphql<{
      createAgent: { isEmailSent: boolean; agent: Record<string, unknown> }
    }>(
      CREATE,
      {
        input: {
          name: '李雷',
          email: email.toUpperCase(),
          agentNumber: 'A1001',
          role: 'AGENT',
          organization: 'INBOUND',
          groupIds: [groupId],
          mobile: '138 0013 8000',
        },
      },
      { token: admin.token },
    )
    expect(result.errors).toBeUndefined()
    expect(result.data!.createAgent).toMatchObject({
      isEmailSent: true,
      agent: {
        email,
        name: '李雷',
        agentNumber: 'A1001',
        sipUser: 'a1001',
        role: 'AGENT',
        organization: 'INBOUND',
        status: 'ACTIVE',
        mustChangePassword: true,
        mobile: '+8613800138000',
        answeringMode: 'SIP',
        groups: [{ id: groupId }],
      },
    })
    const files = await readdir(path.join(api.dataDir, 'mail'))
    const raw = await readFile(
      path.join(
        api.dataDir,
        'mail',
        files.find((file) => file.includes(email))!,
      ),
      'utf8',
    )
    expect(raw).toMatch(new RegExp(`^To: ${email}`, 'm'))
    const mail = await latestMailTo(api, email)
    expect(mail).toContain('登录邮箱：' + email)
    expect(mail).toContain('http://127.0.0.1:4000/agent/')
    expect(mail.indexOf('初始密码')).toBeLessThan(mail.indexOf('Default password'))
    const password = /Default password: (\S+)/.exec(mail)![1]!
    // The agent must change the default password before anything else.
    const token = await loginToken(api, email, password)
    const blocked = await api.graphql('{ agents { totalCount } }', {}, { token })
    expect(blocked.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED')
    const changed = await api.graphql(
      'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { mustChangePassword } }',
      { input: { currentPassword: password, newPassword: TEST_PASSWORD } },
      { token },
    )
    expect(changed.data).toEqual({ changePassword: { mustChangePassword: false } })
    const me = await api.graphql<{ agents: { items: { email: string }[] } }>(AGENTS, {}, { token })
    expect(me.data!.agents.items.map((agent) => agent.email)).toEqual([email])
  })

  it('A2: duplicate email (any letter case, any tenant) is a CONFLICT on email and creates nothing', async () => {
    const before = await count()
    const other = await signupTenant(api, 'Other Co')
    for (const email of [admin.email.toUpperCase(), other.email]) {
      const result = await api.graphql(
        CREATE,
        {
          input: {
            name: 'X',
            email,
            agentNumber: uniqueAgentNumber(),
            role: 'AGENT',
            organization: 'INBOUND',
          },
        },
        { token: admin.token },
      )
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'EMAIL_TAKEN',
        field: 'email',
      })
    }
    expect(await count()).toBe(before)
  })

  it('A2: duplicate agent number in the tenant is a CONFLICT on agentNumber; another tenant may reuse it', async () => {
    await addAgent(api, admin.token, { agentNumber: 'DUP7' })
    const before = await count()
    const result = await api.graphql(
      CREATE,
      {
        input: {
          name: 'X',
          email: uniqueEmail(),
          agentNumber: 'dup7',
          role: 'AGENT',
          organization: 'INBOUND',
        },
      },
      { token: admin.token },
    )
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'AGENT_NUMBER_TAKEN',
      field: 'agentNumber',
    })
    expect(await count()).toBe(before)
    const other = await signupTenant(api, 'Reuse Co')
    await expect(addAgent(api, other.token, { agentNumber: 'DUP7' })).resolves.toMatchObject({
      agentNumber: 'DUP7',
    })
  })

  it('A2: malformed email, invalid mobile, bad agent number: every field named, nothing created', async () => {
    const before = await count()
    const result = await api.graphql(
      CREATE,
      {
        input: {
          name: ' ',
          email: 'not-an-email',
          agentNumber: '12 34',
          role: 'AGENT',
          organization: 'INBOUND',
          mobile: '12345',
        },
      },
      { token: admin.token },
    )
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    const problems = result.errors![0]!.extensions!.problems as Problems
    expect(Object.fromEntries(problems.map((problem) => [problem.field, problem.message]))).toEqual({
      name: 'is required',
      email: 'is not a valid email address',
      agentNumber: 'must be 1–20 letters or digits',
      mobile: 'is not a valid phone number',
    })
    expect(Object.fromEntries(problems.map((problem) => [problem.field, problem.code]))).toEqual({
      name: 'REQUIRED',
      email: 'INVALID_EMAIL',
      agentNumber: 'INVALID_AGENT_NUMBER',
      mobile: 'INVALID_PHONE_NUMBER',
    })
    expect(await count()).toBe(before)
  })

  it('A2: agents and group leaders need an organisation and an agent number; MOBILE needs a mobile', async () => {
    const result = await api.graphql(
      CREATE,
      { input: { name: 'X', email: uniqueEmail(), role: 'GROUP_LEADER', answeringMode: 'MOBILE' } },
      { token: admin.token },
    )
    const problems = result.errors![0]!.extensions!.problems as Problems
    expect(problems.map((problem) => problem.field).sort()).toEqual(['agentNumber', 'mobile', 'organization'])
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'organization',
        code: 'REQUIRED_FOR_ROLE',
        params: { role: 'GROUP_LEADER' },
      }),
    )
    expect(problems).toContainEqual(expect.objectContaining({ field: 'mobile', code: 'MOBILE_REQUIRED' }))
  })

  it('A4: mobile numbers are stored in E.164 with China as the default region', async () => {
    for (const [input, stored] of [
      ['13800138000', '+8613800138000'],
      ['+86 139-1234-5678', '+8613912345678'],
      ['+1 415 555 2671', '+14155552671'],
    ]) {
      const agent = await addAgent(api, admin.token, { mobile: input })
      const read = await api.graphql<{ agent: { mobile: string } }>(
        'query ($id: ID!) { agent(id: $id) { mobile } }',
        { id: agent.id },
        { token: admin.token },
      )
      expect(read.data!.agent.mobile).toBe(stored)
    }
  })

  it('A4: SIP credentials: user from the agent number, a generated password, the tenant’s own SIP domain', async () => {
    const agent = await addAgent(api, admin.token, { agentNumber: 'Z900' })
    const query = 'query ($id: ID!) { agentSipCredentials(id: $id) { user password domain } }'
    const first = await api.graphql<{
      agentSipCredentials: { user: string; password: string; domain: string }
    }>(query, { id: agent.id }, { token: admin.token })
    expect(first.data!.agentSipCredentials).toMatchObject({
      user: 'z900',
      domain: `t${admin.tenantId.replace(/-/g, '').slice(0, 12)}.sip.localhost`,
    })
    expect(first.data!.agentSipCredentials.password).toMatch(/^[A-Za-z0-9]{16}$/)
    const tenant = await api.graphql<{ myTenant: { sipDomain: string } }>(
      '{ myTenant { sipDomain } }',
      {},
      {
        token: admin.token,
      },
    )
    expect(tenant.data!.myTenant.sipDomain).toBe(first.data!.agentSipCredentials.domain)
    // Encrypted at rest: the column never holds the password itself.
    const [row] = await api.db.inTenant(admin.tenantId, (em) =>
      em.execute<{ sip_password_encrypted: string }[]>(
        'select sip_password_encrypted from app_user where id = ?',
        [agent.id],
      ),
    )
    expect(row!.sip_password_encrypted).not.toContain(first.data!.agentSipCredentials.password)
    expect(row!.sip_password_encrypted).toMatch(/^v1\./)
    const regenerated = await api.graphql<{ regenerateSipPassword: { password: string } }>(
      'mutation ($id: ID!) { regenerateSipPassword(id: $id) { password } }',
      { id: agent.id },
      { token: admin.token },
    )
    expect(regenerated.data!.regenerateSipPassword.password).not.toBe(
      first.data!.agentSipCredentials.password,
    )
  })

  it('A4: the switch’s directory lists the tenant’s active agents with their SIP credentials', async () => {
    const tenant = await signupTenant(api, 'Directory Co')
    const active = await addAgent(api, tenant.token, { agentNumber: 'D01', name: 'Active' })
    const disabled = await addAgent(api, tenant.token, { agentNumber: 'D02' })
    await api.graphql(
      'mutation ($id: ID!) { disableAgent(id: $id) { id } }',
      { id: disabled.id },
      { token: tenant.token },
    )
    const credentials = await api.graphql<{ agentSipCredentials: { password: string; domain: string } }>(
      'query ($id: ID!) { agentSipCredentials(id: $id) { password domain } }',
      { id: active.id },
      { token: tenant.token },
    )
    const { domain, password } = credentials.data!.agentSipCredentials
    await expect(api.services.agentSip.sipDirectory(domain.toUpperCase())).resolves.toEqual({
      tenantId: tenant.tenantId,
      domain,
      users: [{ user: 'd01', password, displayName: 'Active' }],
    })
    await expect(api.services.agentSip.sipDirectory('unknown.sip.localhost')).resolves.toBeUndefined()
  })

  it('A4: admins set the mobile number and default answering mode; bad numbers change nothing', async () => {
    const agent = await addAgent(api, admin.token)
    const mutation = `mutation ($id: ID!, $input: AgentPhoneInput!) {
      updateAgentPhone(id: $id, input: $input) { mobile answeringMode } }`
    const bad = await api.graphql(
      mutation,
      { id: agent.id, input: { mobile: '110' } },
      { token: admin.token },
    )
    expect(bad.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'mobile', code: 'INVALID_PHONE_NUMBER', message: 'is not a valid phone number' },
    ])
    const noMobile = await api.graphql(
      mutation,
      { id: agent.id, input: { answeringMode: 'MOBILE' } },
      {
        token: admin.token,
      },
    )
    expect(noMobile.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    const ok = await api.graphql(
      mutation,
      { id: agent.id, input: { mobile: '13700001111', answeringMode: 'MOBILE' } },
      {
        token: admin.token,
      },
    )
    expect(ok.data).toEqual({ updateAgentPhone: { mobile: '+8613700001111', answeringMode: 'MOBILE' } })
  })

  it('A2: disabling ends the agent’s sessions at once; re-enabling lets them sign in again', async () => {
    const agent = await addAgent(api, admin.token)
    const token = await signInInvited(api, agent.email)
    expect((await api.graphql('{ me { id } }', {}, { token })).errors).toBeUndefined()
    const disabled = await api.graphql<{ disableAgent: { status: string } }>(
      'mutation ($id: ID!) { disableAgent(id: $id) { status } }',
      { id: agent.id },
      { token: admin.token },
    )
    expect(disabled.data!.disableAgent.status).toBe('DISABLED')
    expect((await api.graphql('{ me { id } }', {}, { token })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    )
    await expect(loginToken(api, agent.email)).rejects.toThrow(/incorrect/)
    await api.graphql(
      'mutation ($id: ID!) { enableAgent(id: $id) { status } }',
      { id: agent.id },
      { token: admin.token },
    )
    await expect(loginToken(api, agent.email)).resolves.toBeTruthy()
  })

  it('A2: without SMTP_URL an invitation says it was only written to the outbox, and where (for admins)', async () => {
    const invitation = '{ isEmailSent emailDelivery outboxFolder }'
    const created = await api.graphql<{ createAgent: Record<string, unknown> }>(
      `mutation ($input: CreateAgentInput!) { createAgent(input: $input) ${invitation} }`,
      {
        input: {
          name: '韩梅梅',
          email: uniqueEmail('han.meimei'),
          agentNumber: uniqueAgentNumber(),
          role: 'AGENT',
          organization: 'INBOUND',
        },
      },
      { token: admin.token },
    )
    const outbox = path.join(api.dataDir, 'mail')
    expect(created.data!.createAgent).toEqual({
      isEmailSent: true,
      emailDelivery: 'WRITTEN_TO_OUTBOX',
      outboxFolder: outbox,
    })
    // A group leader is told the same, but not the server's folder.
    const leader = await addAgent(api, admin.token, { role: 'GROUP_LEADER' })
    const member = await addAgent(api, admin.token)
    await addGroup(api, admin.token, { name: '外呼提醒组', leaderId: leader.id, memberIds: [member.id] })
    const leaderToken = await signInInvited(api, leader.email)
    const resent = await api.graphql(
      `mutation ($id: ID!) { resendInvitation(id: $id) ${invitation} }`,
      { id: member.id },
      { token: leaderToken },
    )
    expect(resent.data).toEqual({
      resendInvitation: { isEmailSent: true, emailDelivery: 'WRITTEN_TO_OUTBOX', outboxFolder: null },
    })
    const imported = await api.graphql<{ importAgents: Record<string, unknown> }>(
      'mutation ($input: ImportAgentsInput!) { importAgents(input: $input) { importedCount emailDelivery outboxFolder } }',
      {
        input: {
          csv: `name,email,agentNumber,role,organization\n李四,${uniqueEmail('li.si')},${uniqueAgentNumber()},AGENT,INBOUND\n`,
          fileName: 'agents.csv',
        },
      },
      { token: admin.token },
    )
    expect(imported.data!.importAgents).toEqual({
      importedCount: 1,
      emailDelivery: 'WRITTEN_TO_OUTBOX',
      outboxFolder: outbox,
    })
  })

  it('A2: resetting a password emails a new one, ends sessions and forces a change; resend only before first sign-in', async () => {
    const agent = await addAgent(api, admin.token)
    const resend =
      'mutation ($id: ID!) { resendInvitation(id: $id) { isEmailSent agent { mustChangePassword } } }'
    const again = await api.graphql(resend, { id: agent.id }, { token: admin.token })
    expect(again.data).toEqual({
      resendInvitation: { isEmailSent: true, agent: { mustChangePassword: true } },
    })
    const token = await signInInvited(api, agent.email)
    const late = await api.graphql(resend, { id: agent.id }, { token: admin.token })
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_ACCEPTED' })
    const reset = await api.graphql(
      'mutation ($id: ID!) { resetAgentPassword(id: $id) { isEmailSent } }',
      { id: agent.id },
      { token: admin.token },
    )
    expect(reset.data).toEqual({ resetAgentPassword: { isEmailSent: true } })
    expect((await api.graphql('{ me { id } }', {}, { token })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    )
    await expect(loginToken(api, agent.email)).rejects.toThrow()
    const mail = await latestMailTo(api, agent.email)
    expect(mail).toContain('重置')
    await expect(signInInvited(api, agent.email)).resolves.toBeTruthy()
  })

  it('A2: edit, then soft delete: the member disappears, sessions end, the email and number become free', async () => {
    const agent = await addAgent(api, admin.token, { agentNumber: 'DEL1' })
    const token = await signInInvited(api, agent.email)
    const edited = await api.graphql<{ updateAgent: { name: string; organization: string } }>(
      'mutation ($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { name organization } }',
      { id: agent.id, input: { name: '韩梅梅', organization: 'TELESALES' } },
      { token: admin.token },
    )
    expect(edited.data!.updateAgent).toEqual({ name: '韩梅梅', organization: 'TELESALES' })
    const deleted = await api.graphql(
      'mutation ($id: ID!) { deleteAgent(id: $id) }',
      { id: agent.id },
      {
        token: admin.token,
      },
    )
    expect(deleted.data).toEqual({ deleteAgent: true })
    expect((await api.graphql('{ me { id } }', {}, { token })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    )
    const read = await api.graphql(
      'query ($id: ID!) { agent(id: $id) { id } }',
      { id: agent.id },
      {
        token: admin.token,
      },
    )
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    const list = await api.graphql<{ agents: { items: { id: string }[] } }>(
      AGENTS,
      {},
      { token: admin.token },
    )
    expect(list.data!.agents.items.map((item) => item.id)).not.toContain(agent.id)
    await expect(loginToken(api, agent.email)).rejects.toThrow()
    await expect(
      addAgent(api, admin.token, { email: agent.email, agentNumber: 'DEL1' }),
    ).resolves.toBeTruthy()
  })

  it('A2: the list searches, filters and paginates', async () => {
    const tenant = await signupTenant(api, 'List Co')
    for (let i = 0; i < 5; i++)
      await addAgent(api, tenant.token, { name: `Searchable ${i}`, agentNumber: `S${i}` })
    await addAgent(api, tenant.token, { organization: 'TELESALES' })
    const page = await api.graphql<{ agents: { totalCount: number; items: unknown[] } }>(
      AGENTS,
      { filter: { search: 'searchable', organization: 'INBOUND' }, page: { offset: 0, limit: 2 } },
      { token: tenant.token },
    )
    expect(page.data!.agents.totalCount).toBe(5)
    expect(page.data!.agents.items).toHaveLength(2)
    const telesales = await api.graphql<{ agents: { totalCount: number } }>(
      AGENTS,
      { filter: { organization: 'TELESALES' } },
      { token: tenant.token },
    )
    expect(telesales.data!.agents.totalCount).toBe(1)
  })
})
