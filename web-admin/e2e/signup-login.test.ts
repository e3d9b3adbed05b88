// A1 end to end: the built admin console in Chromium against the real API and a fresh database.
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startE2eServer } from '../../api/test/e2e-server'

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

let server: Awaited<ReturnType<typeof startE2eServer>> | undefined
let browser: Browser | undefined
let page: Page

beforeAll(async () => {
  server = await startE2eServer()
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
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
