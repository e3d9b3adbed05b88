// G4 客户 in the built workstation: an agent finds a customer of their organisation by the last digits of a
// number (never the telesales one with the same digits, A11), opens them, fills a custom field in place,
// adds a note that joins the history, and adds a customer by hand, a bad number refused at its field.
// Screenshots (1440×900 and 390×844, zh-CN and English) go to WS_CUSTOMERS_SCREENSHOTS when set.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { AcdFixture } from '../../api/test/acd-fixtures'
import { startTestApi, type TestApi } from '../../api/test/api'
import { launchChromium } from '../../api/test/chromium'
import { signedInConsole } from './consoles'
import { addAgent, signInInvited, signupTenant } from '../../api/test/factories'

const SCREENSHOT_DIR = process.env.WS_CUSTOMERS_SCREENSHOTS

let api: TestApi
let acd: AcdFixture
let browser: Browser

beforeAll(async () => {
  api = await startTestApi({
    env: { CALL_RECORD_FLUSH_MS: '10', SWITCH_OWNERSHIP_POLL_MS: '200', ACD_SWEEP_MS: '100' },
  })
  acd = await AcdFixture.create(api, await signupTenant(api, '青禾科技'))
  await acd.gql(
    'mutation { createCustomFieldDefinition(input: { entity: CUSTOMER, key: "level", labelZh: "客户等级", labelEn: "Level", type: TEXT }) { id } }',
  )
  for (const [name, organization, number] of [
    ['王女士', 'INBOUND', '13800008123'],
    ['赵先生', 'INBOUND', '13900001000'],
    ['电销客户', 'TELESALES', '13700008123'],
  ] as const)
    await acd.gql(
      'mutation ($name: String!, $organization: Organization!, $number: String!) { createCustomer(input: { name: $name, organization: $organization, phoneNumbers: [$number] }) { id } }',
      { name, organization, number },
    )
  browser = await launchChromium()
  if (SCREENSHOT_DIR) await mkdir(SCREENSHOT_DIR, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

/** Signs the agent in to the workstation, on the simulated softphone, in the given language. */
async function signIn(email: string, locale: string): Promise<Page> {
  const page = await signedInConsole(browser, api.url, 'agent', email, locale)
  await page.getByTestId('signin-mode-SOFTPHONE').click()
  await page.getByTestId('signin-submit').click()
  await page.getByTestId('status-select').waitFor()
  return page
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOT_DIR) return
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height })
    // Nothing moving: loading masks gone, dialogs and messages slid in.
    await page.waitForFunction(
      () =>
        !document.querySelector('.el-loading-mask') &&
        document.getAnimations().every((animation) => animation.playState !== 'running'),
    )
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${width}.png`), fullPage: true })
  }
  await page.setViewportSize({ width: 1440, height: 900 })
}

it('G4: an agent finds a customer by the last digits, edits a field in place, adds a note to the history, and adds a customer, a bad number refused at the field', async () => {
  const agent = await addAgent(api, acd.tenant.token, { name: '孙坐席', organization: 'INBOUND' })
  await signInInvited(api, agent.email)
  const page = await signIn(agent.email, 'zh-CN')

  await page.getByTestId('nav-customers').click()
  const table = page.getByTestId('customers-table')
  await table.getByText('赵先生').waitFor()
  // The telesales organisation's customers are not the inbound agent's (A11).
  expect(await table.textContent()).not.toContain('电销客户')
  await shoot(page, 'list-zh')

  await page.getByTestId('customers-number').fill('8123')
  await page.getByTestId('customers-search').click()
  await expect.poll(() => table.locator('.el-table__row').count()).toBe(1)
  expect(await table.locator('.el-table__row').textContent()).toContain('王女士')
  expect(page.url()).toContain('number=8123')

  await table.getByText('王女士').click()
  const card = page.getByTestId('customer-card')
  await card.getByText('+8613800008123').waitFor()
  expect(await page.getByTestId('nav-customers').getAttribute('class')).toContain('is-active')
  // Signed in and idle: the number is one click from being dialled.
  expect(await page.getByTestId('customer-call-+8613800008123').isEnabled()).toBe(true)

  await card.getByTestId('customer-edit').click()
  await card.getByTestId('customer-field-level').locator('input').fill('金卡')
  await card.getByTestId('customer-save').click()
  await expect.poll(() => card.getByTestId('customer-value-level').textContent()).toContain('金卡')

  await page.getByTestId('note-input').fill('客户希望下午三点后联系')
  await page.getByTestId('note-add').click()
  await page.getByTestId('history-entry').filter({ hasText: '客户希望下午三点后联系' }).waitFor()
  await shoot(page, 'detail-zh')

  // Back finds the list as it was searched.
  await page.getByTestId('customer-back').click()
  await expect.poll(() => page.getByTestId('customers-number').inputValue()).toBe('8123')
  await expect.poll(() => table.locator('.el-table__row').count()).toBe(1)

  await page.getByTestId('customers-add').click()
  const dialog = page.getByTestId('new-customer-dialog')
  await dialog.getByTestId('new-customer-name').fill('陈女士')
  await dialog.getByTestId('new-customer-number').fill('12345')
  await dialog.getByTestId('new-customer-save').click()
  const numberItem = dialog.locator('.el-form-item', { has: page.getByTestId('new-customer-number') })
  await numberItem.locator('.el-form-item__error').filter({ hasText: '不是有效的电话号码' }).waitFor()
  await shoot(page, 'new-refused-zh')

  await dialog.getByTestId('new-customer-number').fill('13600002222')
  await dialog.getByTestId('new-customer-save').click()
  await card.getByText('+8613600002222').waitFor()
  expect(await card.getByTestId('customer-name').textContent()).toContain('陈女士')
  await page.getByTestId('customer-page').locator('[data-ready=true]').waitFor()

  if (SCREENSHOT_DIR) {
    await page.context().close()
    const english = await signIn(agent.email, 'en')
    await english.getByTestId('nav-customers').click()
    await english.getByTestId('customers-table').getByText('陈女士').waitFor()
    await shoot(english, 'list-en')
    await english.getByTestId('customers-number').fill('99999')
    await english.getByTestId('customers-search').click()
    await english.getByTestId('empty-state').waitFor()
    await shoot(english, 'no-match-en')
    await english.goto(`${api.url}/agent/customers`)
    await english.getByTestId('customers-table').getByText('王女士').click()
    await english.getByTestId('history-entry').first().waitFor()
    await shoot(english, 'detail-en')
    await english.getByTestId('customer-back').click()
    await english.getByTestId('customers-add').click()
    await english.getByTestId('new-customer-number').fill('abc')
    await english.getByTestId('new-customer-save').click()
    await english.locator('.el-form-item__error').first().waitFor()
    await shoot(english, 'new-refused-en')
    await english.context().close()
  }
}, 180_000)
