// One-line builders for the rows tests need: a tenant with its signed-in super admin, and friends.
import { randomBytes } from 'node:crypto'
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
