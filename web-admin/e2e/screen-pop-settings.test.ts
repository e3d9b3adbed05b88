// 弹屏设置 end to end (G4): an administrator sets the business page agents' screen pops embed. An http:
// intranet address is refused in Chinese until its origin is allowed; the variables insert by a click and
// the example shows them filled in and encoded. Desktop in Chinese, phone in English; screenshots go to
// SCREEN_POP_SETTINGS_SCREENSHOTS (a temp dir).
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../api/test/api'
import { launchChromium } from '../../api/test/chromium'
import { seedDemoTenant, type DemoTenant } from '../../api/src/seed'
import { demoAdminPage, overflow, settled } from './pages'

const SCREENSHOT_DIR =
  process.env.SCREEN_POP_SETTINGS_SCREENSHOTS ?? path.join(tmpdir(), 'screen-pop-settings')

let api: TestApi
let demo: DemoTenant
let browser: Browser

beforeAll(async () => {
  api = await startTestApi()
  demo = await seedDemoTenant(api, api.dataDir)
  browser = await launchChromium()
  await mkdir(SCREENSHOT_DIR, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

it('G4: an http: page is refused until its origin is allowed; saved, the settings come back and the example is encoded', async () => {
  const page = await demoAdminPage(browser, api.url, demo, { width: 1440, height: 900 }, 'zh-CN')
  await page.goto(`${api.url}/admin/customers/screen-pop`)
  const template = page.getByTestId('screen-pop-template')
  await template.waitFor()
  await template.fill('http://crm.intra:8080/customers?phone=')
  await page.getByTestId('variable-callerNumber').click()
  expect(await template.inputValue()).toBe('http://crm.intra:8080/customers?phone={callerNumber}')
  expect(await page.getByTestId('screen-pop-preview').textContent()).toBe(
    'http://crm.intra:8080/customers?phone=%2B8613800138000',
  )
  await page.getByTestId('screen-pop-save').click()
  await page.getByText('嵌入页面须使用 https://，或将其来源加入允许的来源列表').waitFor()
  await settled(page)
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'desktop-zh-CN-refused.png') })

  await page.getByTestId('screen-pop-origins').click()
  await page.keyboard.type('http://crm.intra:8080')
  await page.keyboard.press('Enter')
  await page.getByTestId('screen-pop-save').click()
  await page.getByText('已保存').waitFor()
  await page.reload()
  await expect.poll(() => template.inputValue()).toBe('http://crm.intra:8080/customers?phone={callerNumber}')
  expect(await page.getByTestId('screen-pop-origins').textContent()).toContain('http://crm.intra:8080')
  await settled(page)
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'desktop-zh-CN-saved.png') })

  const phone = await demoAdminPage(browser, api.url, demo, { width: 390, height: 844 }, 'en')
  await phone.goto(`${api.url}/admin/customers/screen-pop`)
  await phone.getByText('Business page address').waitFor()
  await settled(phone)
  expect(await overflow(phone)).toBe(0)
  await phone.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone-en.png'), fullPage: true })
})
