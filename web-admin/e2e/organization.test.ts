// A2 and A11 end to end: the built admin console and workstation in Chromium against the real API.
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium } from '../../api/test/chromium'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startE2eServer } from '../../api/test/e2e-server'
import { latestMailTo } from '../../api/test/factories'

const ADMIN_PASSWORD = 'Callcenter2026'
const NEW_PASSWORD = 'Workstation2026'

let server: Awaited<ReturnType<typeof startE2eServer>> | undefined
let browser: Browser | undefined

beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Each person gets their own browser context, so their session cookies never mix. */
async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({ viewport: { width: 1366, height: 768 } })
  return { context, page: await context.newPage() }
}

function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`
}

/** The default password from the newest invitation mail to `email`. */
async function invitedPassword(email: string): Promise<string> {
  const mail = await latestMailTo({ dataDir: server!.dataDir } as Parameters<typeof latestMailTo>[0], email)
  const password = /Default password: (\S+)/.exec(mail)?.[1]
  if (!password) throw new Error(`no default password in the mail to ${email}`)
  return password
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
}

/** Signs in with the invited password, meets the forced change, and replaces it. */
async function signInFirstTime(page: Page, email: string): Promise<void> {
  const password = await invitedPassword(email)
  await signIn(page, email, password)
  await page.getByTestId('change-password-submit').waitFor()
  await page.getByTestId('current-password').fill(password)
  await page.getByTestId('new-password').fill(NEW_PASSWORD)
  await page.getByTestId('confirm-password').fill(NEW_PASSWORD)
  await page.getByTestId('change-password-submit').click()
}

async function signUpInConsole(page: Page, email: string): Promise<void> {
  await page.goto(`${server!.url}/admin/`)
  await page.getByTestId('to-signup').click()
  await page.getByTestId('signup-company').fill('苏州坐席测试有限公司')
  await page.getByTestId('signup-name').fill('王管理')
  await page.getByTestId('signup-email').fill(email)
  await page.getByTestId('signup-password').fill(ADMIN_PASSWORD)
  await page.getByTestId('signup-confirm-password').fill(ADMIN_PASSWORD)
  await page.getByTestId('signup-submit').click()
  await page.getByTestId('dashboard-tenant-name').waitFor()
}

/** GraphQL with the page's session cookie, for test setup that the UI does not need to show. */
async function graphql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post(`${server!.url}/graphql`, {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  })
  const body = (await response.json()) as { data?: T; errors?: unknown }
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`)
  return body.data
}

async function createAgent(page: Page, input: Record<string, unknown>): Promise<string> {
  const { createAgent } = await graphql<{ createAgent: { agent: { id: string } } }>(
    page,
    'mutation ($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }',
    { input },
  )
  return createAgent.agent.id
}

it('A2: an admin adds an agent; the agent signs in with the invited password, must change it, and lands in the workstation', async () => {
  const admin = await newPage()
  await signUpInConsole(admin.page, uniqueEmail('a2-admin'))

  await admin.page.getByTestId('nav-team').click()
  await admin.page.getByTestId('nav-agents').click()
  await admin.page.getByTestId('agents-add').click()
  const email = uniqueEmail('a2-agent')
  await admin.page.getByTestId('agent-name').fill('李晓华')
  await admin.page.getByTestId('agent-email').fill(email)
  await admin.page.getByTestId('agent-number').fill(`A${Date.now() % 1e6}`)
  await admin.page.getByTestId('agent-save').click()
  await admin.page.getByTestId('agents-table').getByText(email).waitFor()
  expect(await admin.page.getByTestId('agents-table').textContent()).toContain('待首次登录')
  // No SMTP_URL here: the toast says the invitation only went to the outbox folder, and which one.
  const toast = admin.page.locator('.el-message').filter({ hasText: email })
  await toast.waitFor()
  expect(await toast.textContent()).toContain(`已写入发件箱（${path.join(server!.dataDir, 'mail')}）`)
  await admin.context.close()

  const agent = await newPage()
  await agent.page.goto(`${server!.url}/agent/`)
  await signInFirstTime(agent.page, email)
  await agent.page.getByTestId('phone-bar').waitFor()
  expect(new URL(agent.page.url()).pathname).toBe('/agent/')
  await agent.context.close()
})

it('A11: a telesales group leader cannot see inbound agents', async () => {
  const admin = await newPage()
  await signUpInConsole(admin.page, uniqueEmail('a11-admin'))
  const stamp = Date.now() % 1e6
  await createAgent(admin.page, {
    name: '呼入坐席甲',
    email: uniqueEmail('a11-inbound'),
    agentNumber: `I${stamp}`,
    role: 'AGENT',
    organization: 'INBOUND',
  })
  const telesalesAgent = await createAgent(admin.page, {
    name: '电销坐席乙',
    email: uniqueEmail('a11-telesales'),
    agentNumber: `T${stamp}`,
    role: 'AGENT',
    organization: 'TELESALES',
  })
  const leaderEmail = uniqueEmail('a11-leader')
  const leader = await createAgent(admin.page, {
    name: '电销组长丙',
    email: leaderEmail,
    agentNumber: `L${stamp}`,
    role: 'GROUP_LEADER',
    organization: 'TELESALES',
  })
  await graphql(admin.page, 'mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id } }', {
    input: { name: '电销一组', organization: 'TELESALES', leaderId: leader, memberIds: [telesalesAgent] },
  })
  await admin.context.close()

  const { context, page } = await newPage()
  await page.goto(`${server!.url}/admin/agents`)
  await signInFirstTime(page, leaderEmail)
  const table = page.getByTestId('agents-table')
  await table.getByText('电销坐席乙').waitFor()
  expect(await table.textContent()).not.toContain('呼入坐席甲')
  // A group leader neither adds nor imports members; the server would refuse it anyway.
  expect(await page.getByTestId('agents-add').count()).toBe(0)
  expect(await page.getByTestId('agents-import').count()).toBe(0)
  await context.close()
})

it('A2: the agents page opened by its address gets its chunks started by index.html, and every one exists', async () => {
  const { context, page } = await newPage()
  await signUpInConsole(page, uniqueEmail('a2-preload'))
  const failed: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
  })
  await page.goto(`${server!.url}/admin/agents`)
  await page.getByTestId('agents-table').locator('.el-table__row').first().waitFor()

  // The table web-common/route-preload.ts writes into the build's index.html.
  const table = JSON.parse((await page.locator('#cc-route-preload').textContent()) ?? 'null') as Record<
    string,
    { scripts: string[]; styles: string[] }
  > | null
  const agentsRoute = table?.['/admin/agents']
  expect(agentsRoute?.scripts).toContainEqual(expect.stringMatching(/^\/admin\/assets\/AgentsPage-.+\.js$/))
  expect(agentsRoute?.styles).toContainEqual(expect.stringMatching(/^\/admin\/assets\/AgentsPage-.+\.css$/))
  // A chunk renamed by a later build must not be preloaded in vain (or 404 in the console).
  for (const file of [...agentsRoute!.scripts, ...agentsRoute!.styles]) {
    expect((await page.request.get(`${server!.url}${file}`)).status(), file).toBe(200)
  }
  const preloaded = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"], link[rel="preload"]')].map(
      (link) => new URL(link.href).pathname,
    ),
  )
  expect(preloaded).toEqual(expect.arrayContaining([...agentsRoute!.scripts, ...agentsRoute!.styles]))
  expect(failed).toEqual([])
  await context.close()
})
