// A1 and the sign-in lockout (G1, A2) end to end: the built admin console in Chromium against the real
// API and a fresh database.
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../api/test/chromium'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startE2eServer } from '../../api/test/e2e-server'
import { latestMailTo } from '../../api/test/factories'

let server: Awaited<ReturnType<typeof startE2eServer>> | undefined
let browser: Browser | undefined
let page: Page

beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function signIn(email: string, password: string): Promise<void> {
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
}

async function chooseLanguage(locale: 'en' | 'zh-CN'): Promise<void> {
  await page.getByTestId('language-switcher').click()
  await page.getByTestId(`locale-${locale}`).click()
}

it('A1: sign up, log out, log in, see the dashboard; switch language', async () => {
  const company = '杭州云启科技有限公司'
  const email = `a1-${Date.now()}@example.com`
  const password = 'Callcenter2026'

  await page.goto(`${server!.url}/admin/`)
  await page.getByTestId('to-signup').click()
  await page.getByTestId('signup-company').fill(company)
  await page.getByTestId('signup-name').fill('张晓明')
  await page.getByTestId('signup-email').fill(email)
  await page.getByTestId('signup-password').fill(password)
  await page.getByTestId('signup-confirm-password').fill(password)
  await page.getByTestId('signup-submit').click()

  await page.getByTestId('dashboard-tenant-name').waitFor()
  expect(await page.getByTestId('header-tenant-name').textContent()).toBe(company)
  expect(new URL(page.url()).pathname).toBe('/admin/')

  await page.getByTestId('user-menu').click()
  await page.getByTestId('logout').click()
  await page.getByTestId('login-submit').waitFor()

  await signIn(email, password)
  await page.getByTestId('dashboard-tenant-name').waitFor()
  expect(await page.getByTestId('dashboard-tenant-name').textContent()).toBe(company)
  expect((await page.getByTestId('nav-home').textContent())?.trim()).toBe('首页')

  await chooseLanguage('en')
  await page.getByTestId('nav-home').filter({ hasText: 'Dashboard' }).waitFor()
  expect((await page.getByTestId('nav-team').locator('.el-sub-menu__title').textContent())?.trim()).toBe(
    'Agents & groups',
  )

  await chooseLanguage('zh-CN')
  await page.getByTestId('nav-home').filter({ hasText: '首页' }).waitFor()
  expect((await page.getByTestId('nav-team').locator('.el-sub-menu__title').textContent())?.trim()).toBe(
    '坐席与技能组',
  )
})

it('Foundation: console routes load the app, but a file the build lacks is a 404, not the app', async () => {
  const route = await fetch(`${server!.url}/admin/agents`)
  expect(route.status).toBe(200)
  expect(route.headers.get('content-type')).toMatch(/text\/html/)
  const staleChunk = await fetch(`${server!.url}/admin/assets/index-from-an-older-build.js`)
  expect(staleChunk.status).toBe(404)
})

/** GraphQL from this process, which shares the browser's address: test setup the UI need not show. */
async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${server!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await response.json()) as { data?: T; errors?: unknown }
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`)
  return body.data
}

/** Submits the sign-in form and returns the error code the server answered with, if any. */
async function submitSignIn(on: Page, email: string, password: string): Promise<string | undefined> {
  await on.getByTestId('login-email').fill(email)
  await on.getByTestId('login-password').fill(password)
  const [response] = await Promise.all([
    on.waitForResponse((answer) => answer.url().endsWith('/graphql') && answer.request().method() === 'POST'),
    on.getByTestId('login-submit').click(),
  ])
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] }
  return body.errors?.[0]?.extensions?.code
}

it('G1, A2: six wrong passwords lock only that agent; the admin signs in from the same address and unlocks them', async () => {
  const stamp = Date.now()
  const adminEmail = `g1-admin-${stamp}@example.com`
  const agentEmail = `g1-agent-${stamp}@example.com`
  const adminPassword = 'Callcenter2026'
  await graphql('mutation ($input: SignupInput!) { signup(input: $input) { user { id } } }', {
    input: {
      companyName: '上海同址科技有限公司',
      name: '陈管理',
      email: adminEmail,
      password: adminPassword,
    },
  })
  const { login } = await graphql<{ login: { bearerToken: string } }>(
    'mutation ($input: LoginInput!) { login(input: $input) { bearerToken } }',
    { input: { email: adminEmail, password: adminPassword, issueBearerToken: true } },
  )
  await graphql(
    'mutation ($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }',
    {
      input: {
        name: '林小雨',
        email: agentEmail,
        agentNumber: `G${stamp % 1e6}`,
        role: 'AGENT',
        organization: 'INBOUND',
      },
    },
    login.bearerToken,
  )

  // The agent and the admin sit in one office: both browsers reach the server from the same address.
  const agentContext = await browser!.newContext({ viewport: { width: 1366, height: 768 } })
  const agentPage = await agentContext.newPage()
  await agentPage.goto(`${server!.url}/admin/`)
  const answers: (string | undefined)[] = []
  for (let attempt = 1; attempt <= 6; attempt++)
    answers.push(await submitSignIn(agentPage, agentEmail, `Wrong-guess-${attempt}`))
  expect(answers).toEqual([...Array<string>(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED'])
  const notice = agentPage.getByTestId('login-lock-notice')
  await notice.waitFor()
  expect((await notice.textContent())?.trim()).toBe(
    '密码错误次数过多，账号已被暂时锁定。请 1 分钟后再试，或联系管理员为您解锁。',
  )

  const adminContext = await browser!.newContext({ viewport: { width: 1366, height: 768 } })
  const adminPage = await adminContext.newPage()
  await adminPage.goto(`${server!.url}/admin/agents`)
  expect(await submitSignIn(adminPage, adminEmail, adminPassword)).toBeUndefined()
  const agentRow = adminPage.getByTestId('agents-table').locator('tr', { hasText: agentEmail })
  await agentRow.getByTestId('agent-locked').waitFor()
  expect((await agentRow.getByTestId('agent-locked').textContent())?.trim()).toBe('已锁定')
  await agentRow.getByTestId('agent-unlock').click()
  await agentRow.getByTestId('agent-locked').waitFor({ state: 'detached' })
  expect(await agentRow.getByTestId('agent-unlock').count()).toBe(0)

  // Unlocked, the agent signs in with the invited password and meets the forced password change.
  const mail = await latestMailTo(
    { dataDir: server!.dataDir } as Parameters<typeof latestMailTo>[0],
    agentEmail,
  )
  const invitedPassword = /Default password: (\S+)/.exec(mail)![1]!
  expect(await submitSignIn(agentPage, agentEmail, invitedPassword)).toBeUndefined()
  await agentPage.getByTestId('change-password-submit').waitFor()
  await agentContext.close()
  await adminContext.close()
})
