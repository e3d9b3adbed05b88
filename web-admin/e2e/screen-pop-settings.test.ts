// 弹屏设置 end to end (G4): an administrator sets the business page agents' screen pops embed. An http:
// intranet address is refused in Chinese until its origin is allowed; the variables insert by a click and
// the example shows them filled in and encoded. Desktop in Chinese, phone in English; screenshots go to
// SCREEN_POP_SETTINGS_SCREENSHOTS (a temp dir).
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { useDemoConsole } from './demoConsole'
import { overflow, settled } from './pages'

const SCREENSHOT_DIR =
  process.env.SCREEN_POP_SETTINGS_SCREENSHOTS ?? path.join(tmpdir(), 'screen-pop-settings')

const fixture = useDemoConsole(SCREENSHOT_DIR)

it('G4: an http: page is refused until its origin is allowed; saved, the settings come back and the example is encoded', async () => {
  const page = await fixture.adminPage({ width: 1440, height: 900 }, 'zh-CN')
  await page.goto(`${fixture.api.url}/admin/customers/screen-pop`)
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

  const phone = await fixture.adminPage({ width: 390, height: 844 }, 'en')
  await phone.goto(`${fixture.api.url}/admin/customers/screen-pop`)
  await phone.getByText('Business page address').waitFor()
  await settled(phone)
  expect(await overflow(phone)).toBe(0)
  await phone.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone-en.png'), fullPage: true })
})
