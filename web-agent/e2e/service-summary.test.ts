// G4/G8 end to end: with the company's "summary before the next call" rule on, an agent's answered call
// leaves them in after-call work past its time until they save the call's service summary in the
// workstation; the summary then shows in My call records. Once per language, each shot as a screenshot
// when E2E_SCREENSHOT_DIR is set.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { AcdFixture } from '../../api/test/acd-fixtures'
import { startTestApi, type TestApi } from '../../api/test/api'
import { launchChromium } from '../../api/test/chromium'
import { eventually } from '../../api/test/eventually'
import { TEST_PASSWORD, addAgent, signInInvited, signupTenant } from '../../api/test/factories'

const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR

let api: TestApi
let acd: AcdFixture
let browser: Browser
let group: string
let number: string

beforeAll(async () => {
  api = await startTestApi({
    env: { CALL_RECORD_FLUSH_MS: '10', SWITCH_OWNERSHIP_POLL_MS: '200', ACD_SWEEP_MS: '100' },
  })
  acd = await AcdFixture.create(api, await signupTenant(api))
  await acd.settings({ afterCallWorkSeconds: 1, ringTimeoutSeconds: 60, requireSummaryBeforeReady: true })
  const { createServiceSummaryCategory: billing } = await acd.gql<{
    createServiceSummaryCategory: { id: string }
  }>('mutation { createServiceSummaryCategory(input: { labelZh: "账单", labelEn: "Billing" }) { id } }')
  await acd.gql(
    'mutation ($p: ID!) { createServiceSummaryCategory(input: { parentId: $p, labelZh: "退款", labelEn: "Refund" }) { id } }',
    { p: billing.id },
  )
  await acd.gql(
    'mutation { createCustomFieldDefinition(input: { entity: SERVICE_SUMMARY, key: "topic", labelZh: "主题", labelEn: "Topic", type: TEXT, isRequired: true }) { id } }',
  )
  group = await acd.skillGroup()
  number = await acd.numberFor(group)
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

async function shoot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOT_DIR) return
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  await page.locator('.el-loading-mask').waitFor({ state: 'detached' })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) })
}

for (const [index, words] of [
  { locale: 'zh-CN', category: '账单 / 退款', search: '退款', held: '请保存服务小结', savedAt: '已于' },
  {
    locale: 'en',
    category: 'Billing / Refund',
    search: 'Refund',
    held: 'save the service summary',
    savedAt: 'Saved at',
  },
].entries())
  it(`G4 G8: the agent saves the call's summary in after-call work, is freed by it, and reads it in My call records (${words.locale})`, async () => {
    const created = await addAgent(api, acd.tenant.token, { name: '周坐席' })
    await acd.gql(
      'mutation ($id: ID!, $userId: ID!) { setSkillGroupMember(id: $id, userId: $userId, priority: 1) { id } }',
      { id: group, userId: created.id },
    )
    const token = await signInInvited(api, created.email)
    const phone = `${created.agentNumber!.toLowerCase()}@${acd.sipDomain}`
    acd.sim.registerUser(created.agentNumber!.toLowerCase(), acd.sipDomain)
    acd.sim.setEndpointBehaviour(phone, { kind: 'no-answer' })
    const agentState = async () =>
      (
        await acd.gql<{
          myAgentState: { status: string; isAwaitingSummary: boolean; notice: string | null }
        }>('query { myAgentState { status isAwaitingSummary notice } }', {}, token)
      ).myAgentState

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
    await context.addInitScript((chosen) => localStorage.setItem('cc.locale', chosen), words.locale)
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    await page.goto(`${api.url}/agent/`)
    await page.getByTestId('login-email').fill(created.email)
    await page.getByTestId('login-password').fill(TEST_PASSWORD)
    await page.getByTestId('login-submit').click()
    await page.getByTestId('signin-mode-DESK_PHONE').click()
    await page.getByTestId('signin-submit').click()
    await expect.poll(async () => (await agentState()).status).toBe('IDLE')

    const caller = `1390000100${index}`
    const callId = await acd.sim.placeInboundCall({ from: caller, to: number })
    const agentLeg = await eventually(() => {
      const leg = acd.legsOf(callId).find((channel) => channel.variables['cc_agent_id'] === created.id)
      expect(leg).toBeDefined()
      return leg!.uuid
    })
    acd.sim.answerRinging(agentLeg)
    // The form is in the screen pop during the call already.
    await page.locator('#tab-summary').click()
    await page.getByTestId('service-summary-form').waitFor()
    acd.sim.hangup(callId)

    // The wrap-up second passes; the agent stays in after-call work, and the form says why.
    // The notice comes when the wrap-up time ran out without releasing the agent.
    await eventually(
      async () =>
        expect(await agentState()).toEqual({
          status: 'AFTER_CALL_WORK',
          isAwaitingSummary: true,
          notice: 'SERVICE_SUMMARY_REQUIRED',
        }),
      5000,
    )
    await page.getByTestId('service-summary-form').locator('.el-alert--warning').waitFor()
    await expect.poll(() => page.getByTestId('acw-countdown').textContent()).toContain(words.held)
    await shoot(page, `summary-form-${words.locale}`)

    await page.getByTestId('summary-category').locator('input').fill(words.search)
    await page.locator('.el-cascader__suggestion-item').filter({ hasText: words.search }).click()
    await page.getByTestId('summary-field-topic').locator('input').fill('发票 invoice')
    await page.getByTestId('summary-notes').fill('Refund promised within 3 days')
    await page.getByTestId('summary-save').click()
    await expect.poll(async () => (await agentState()).status).toBe('IDLE')
    // The pop keeps the saved summary until the next call, and the history shows it.
    await expect.poll(() => page.getByTestId('summary-saved-at').textContent()).toContain(words.savedAt)
    await page.locator('#tab-history').click()
    await page.getByTestId('history-entry').filter({ hasText: 'Refund promised within 3 days' }).waitFor()

    await page.getByTestId('nav-myCalls').click()
    await page.getByTestId('my-calls-table').locator('.el-table__row').filter({ hasText: caller }).click()
    const view = page.getByTestId('service-summary-view')
    await expect.poll(() => view.textContent()).toContain(words.category)
    expect(await view.textContent()).toContain('发票 invoice')
    expect(await page.getByTestId('service-summary-notes').textContent()).toContain(
      'Refund promised within 3 days',
    )
    await page.getByTestId('call-timeline').scrollIntoViewIfNeeded()
    await view.scrollIntoViewIfNeeded()
    await shoot(page, `my-call-summary-${words.locale}`)
    await context.close()
    // The next language's agent takes the next call.
    await acd.gql('mutation { signOutWorkstation { status } }', {}, token)
  }, 120_000)

for (const words of [
  { locale: 'zh-CN', refund: '退款', hasChildren: '下级分类' },
  { locale: 'en', refund: 'Refund', hasChildren: 'categories below it' },
])
  it(`G4: the administrator sees the category tree; deleting a category with categories below is refused (${words.locale})`, async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
    await context.addInitScript((chosen) => localStorage.setItem('cc.locale', chosen), words.locale)
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    await page.goto(`${api.url}/admin/`)
    await page.getByTestId('login-email').fill(acd.tenant.email)
    await page.getByTestId('login-password').fill(TEST_PASSWORD)
    await page.getByTestId('login-submit').click()
    await page.getByTestId('dashboard-tenant-name').waitFor()
    await page.goto(`${api.url}/admin/customers/summary-categories`)
    const table = page.getByTestId('summary-categories-table')
    await table.getByText(words.refund).waitFor()
    await table.locator('.el-table__row').first().getByRole('button').last().click()
    await page.locator('.el-message-box').getByRole('button').last().click()
    await page.locator('.el-message--error').filter({ hasText: words.hasChildren }).waitFor()
    await shoot(page, `summary-categories-${words.locale}`)
    await context.close()
  }, 60_000)
