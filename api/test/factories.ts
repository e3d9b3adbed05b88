// One-line builders for the rows tests need: a tenant with its signed-in super admin, and friends.
import { randomBytes } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { TestApi } from './api.js'

export const TEST_PASSWORD = 'Correct-horse-42'

export interface TestTenant {
  tenantId: string
  userId: string
  email: string
  /** Bearer token of the super admin. */
  token: string
}

const SIGNUP = `mutation Signup($input: SignupInput!) { signup(input: $input) { tenant { id } user { id } } }`
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { bearerToken user { id } } }`

export function uniqueEmail(prefix = 'admin'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.com`
}

export async function signupTenant(api: TestApi, companyName = 'Test Company'): Promise<TestTenant> {
  const email = uniqueEmail()
  const signup = await api.graphql<{ signup: { tenant: { id: string }; user: { id: string } } }>(SIGNUP, {
    input: { companyName, name: 'Admin', email, password: TEST_PASSWORD },
  })
  if (!signup.data) throw new Error(`signup failed: ${JSON.stringify(signup.errors)}`)
  const token = await loginToken(api, email)
  return { tenantId: signup.data.signup.tenant.id, userId: signup.data.signup.user.id, email, token }
}

export async function loginToken(api: TestApi, email: string, password = TEST_PASSWORD): Promise<string> {
  const login = await api.graphql<{ login: { bearerToken: string } }>(LOGIN, {
    input: { email, password, issueBearerToken: true },
  })
  if (!login.data) throw new Error(`login failed: ${JSON.stringify(login.errors)}`)
  return login.data.login.bearerToken
}

// ── organisation (A2, A3, A11) ──────────────────────────────────────────────────────────────────────

export interface TestAgent {
  id: string
  email: string
  agentNumber: string | null
}

const CREATE_AGENT = `mutation ($input: CreateAgentInput!) { createAgent(input: $input) { agent { id email agentNumber } } }`

let agentNumbers = 0
export function uniqueAgentNumber(): string {
  return `${process.pid % 1000}${Date.now() % 100000}${++agentNumbers}`.slice(-12)
}

/** Adds a member as `token`'s user; an AGENT of the INBOUND organisation unless told otherwise. */
export async function addAgent(
  api: TestApi,
  token: string,
  input: Record<string, unknown> = {},
): Promise<TestAgent> {
  const role = input.role ?? 'AGENT'
  const result = await api.graphql<{ createAgent: { agent: TestAgent } }>(
    CREATE_AGENT,
    {
      input: {
        name: 'Agent',
        email: uniqueEmail('agent'),
        role,
        organization: role === 'ADMIN' ? null : 'INBOUND',
        agentNumber: role === 'ADMIN' ? null : uniqueAgentNumber(),
        ...input,
      },
    },
    { token },
  )
  if (!result.data) throw new Error(`createAgent failed: ${JSON.stringify(result.errors)}`)
  return result.data.createAgent.agent
}

export async function addGroup(
  api: TestApi,
  token: string,
  input: { name?: string; organization?: string; leaderId?: string | null; memberIds?: string[] } = {},
): Promise<string> {
  const result = await api.graphql<{ createGroup: { id: string } }>(
    'mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id } }',
    { input: { name: `Group ${randomBytes(3).toString('hex')}`, organization: 'INBOUND', ...input } },
    { token },
  )
  if (!result.data) throw new Error(`createGroup failed: ${JSON.stringify(result.errors)}`)
  return result.data.createGroup.id
}

export async function addSkillGroup(
  api: TestApi,
  token: string,
  input: { name?: string; organization?: string } = {},
): Promise<string> {
  const result = await api.graphql<{ createSkillGroup: { id: string } }>(
    'mutation ($input: CreateSkillGroupInput!) { createSkillGroup(input: $input) { id } }',
    { input: { name: `Skills ${randomBytes(3).toString('hex')}`, organization: 'INBOUND', ...input } },
    { token },
  )
  if (!result.data) throw new Error(`createSkillGroup failed: ${JSON.stringify(result.errors)}`)
  return result.data.createSkillGroup.id
}

/** The text of the newest .eml written to `to`, quoted-printable decoded. */
export async function latestMailTo(api: TestApi, to: string): Promise<string> {
  const dir = path.join(api.dataDir, 'mail')
  const files = (await readdir(dir)).filter((file) => file.includes(to)).sort()
  if (!files.length) throw new Error(`no mail to ${to} in ${dir}`)
  const raw = await readFile(path.join(dir, files.at(-1)!), 'utf8')
  return decodeQuotedPrintable(raw)
}

export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3)
    if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

/** Signs in with the invitation's default password, replaces it by TEST_PASSWORD, returns a bearer token. */
export async function signInInvited(api: TestApi, email: string): Promise<string> {
  const mail = await latestMailTo(api, email)
  const password = /Default password: (\S+)/.exec(mail)?.[1]
  if (!password) throw new Error(`no password in the mail to ${email}`)
  const first = await loginToken(api, email, password)
  const changed = await api.graphql(
    'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { id } }',
    { input: { currentPassword: password, newPassword: TEST_PASSWORD } },
    { token: first },
  )
  if (changed.errors) throw new Error(`changePassword failed: ${JSON.stringify(changed.errors)}`)
  return first
}
