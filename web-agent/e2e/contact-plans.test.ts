// G5/G6 end to end on the switch simulator: a contact plan comes due while the agent is at the built
// workstation, the reminder shows, one click dials the plan's number for the plan, and hanging up asks
// whether the plan is done. With CONTACT_PLAN_SCREENSHOTS=<dir> it photographs the workstation's and the
// admin console's contact plan pages in Chinese and English.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { AcdFixture } from '../../api/test/acd-fixtures'
import { startTestApi, type TestApi } from '../../api/test/api'
import { launchChromium } from '../../api/test/chromium'
import { settledScreenshot, signedInConsole } from './consoles'
import { addAgent, signInInvited, signupTenant } from '../../api/test/factories'

const SCREENSHOT_DIR = process.env.CONTACT_PLAN_SCREENSHOTS

let api: TestApi
let acd: AcdFixture
let browser: Browser

beforeAll(async () => {
  api = await startTestApi({
    env: { CALL_RECORD_FLUSH_MS: '10', SWITCH_OWNERSHIP_POLL_MS: '200', ACD_SWEEP_MS: '100' },
  })
  acd = await AcdFixture.create(api, await signupTenant(api, '星辰科技'))
  await acd.ownNumber('+864001299000')
  await acd.settings({ afterCallWorkSeconds: 0, outboundCallerId: '+864001299000' })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

const signIn = (consolePath: 'agent' | 'admin', email: string, locale: string) =>
  signedInConsole(browser, api.url, consolePath, email, locale)
const shoot = (page: Page, name: string) => settledScreenshot(page, SCREENSHOT_DIR, name)

it('G5 G6: a plan comes due, the reminder shows, one click dials it for the plan, and hanging up offers to mark it done', async () => {
  const agent = await addAgent(api, acd.tenant.token, { name: '吴坐席', organization: 'INBOUND' })
  const agentToken = await signInInvited(api, agent.email)
  const { createCustomer } = await acd.gql<{ createCustomer: { id: string } }>(
    'mutation { createCustomer(input: { name: "王女士", organization: INBOUND, phoneNumbers: ["13800000031"] }) { id } }',
  )
  const plan = (dueAt: Date, purpose: string) =>
    acd.gql<{ createContactPlan: { id: string } }>(
      'mutation ($c: ID!, $at: DateTimeISO!, $p: String!) { createContactPlan(input: { customerId: $c, phoneNumber: "+8613800000031", dueAt: $at, purpose: $p }) { id } }',
      { c: createCustomer.id, at: dueAt.toISOString(), p: purpose },
      agentToken,
    )
  await plan(new Date(Date.now() + 86_400_000), '确认送货时间')

  const page = await signIn('agent', agent.email, 'zh-CN')
  await page.getByTestId('signin-simulated').waitFor()
  await page.getByTestId('signin-mode-SOFTPHONE').click()
  await page.getByTestId('signin-submit').click()
  await expect
    .poll(() => page.getByTestId('status-select').textContent(), { timeout: 15_000 })
    .toContain('空闲')
  await page.getByTestId('nav-contactPlans').click()
  await page.getByTestId('contact-plans-table').getByText('确认送货时间').waitFor()
  await shoot(page, 'workstation-zh')

  // Due in a moment: the reminder job (run here rather than waited for) claims it once its time has come.
  const { createContactPlan } = await plan(new Date(Date.now() + 1_500), '回访满意度')
  await expect
    .poll(
      async () => {
        await api.services.contactPlanReminder.runOnce()
        return page.locator('.plan-reminder').count()
      },
      { timeout: 20_000, intervals: [500] },
    )
    .toBe(1)
  expect(await page.locator('.plan-reminder').textContent()).toContain('王女士（+8613800000031）：回访满意度')
  await shoot(page, 'reminder-zh')

  await page.getByTestId('plan-reminder-call').click()
  await page.getByTestId('call-timer').waitFor()
  await expect.poll(() => page.getByTestId('call-number').textContent()).toContain('13800000031')
  const calls = async () =>
    (
      await acd.gql<{ contactPlan: { calls: { callId: string }[] } }>(
        'query ($id: ID!) { contactPlan(id: $id) { calls { callId } } }',
        { id: createContactPlan.id },
        agentToken,
      )
    ).contactPlan.calls
  expect(await calls()).toHaveLength(1)

  await page.getByTestId('hangup-button').click()
  const question = page.locator('.el-message-box').filter({ hasText: '是否将该联系计划标记为已完成' })
  await question.waitFor()
  await question.getByRole('button', { name: '标记完成' }).click()
  await expect
    .poll(
      async () =>
        (
          await acd.gql<{ contactPlan: { status: string } }>(
            'query ($id: ID!) { contactPlan(id: $id) { status } }',
            { id: createContactPlan.id },
            agentToken,
          )
        ).contactPlan.status,
    )
    .toBe('DONE')

  if (SCREENSHOT_DIR) {
    await page.reload()
    await page.getByTestId('contact-plans-table').getByText('回访满意度').waitFor()
    await page
      .locator('.plan-overdue, .plan-reminder')
      .evaluateAll((nodes) => nodes.forEach((node) => node.remove()))
    await page
      .getByTestId('contact-plans-table')
      .locator('.el-table__row', { hasText: '回访满意度' })
      .locator('.el-table__expand-icon')
      .click()
    await shoot(page, 'workstation-zh-calls')
    await page.context().close()
    const english = await signIn('agent', agent.email, 'en')
    await english.getByTestId('signin-mode-SOFTPHONE').click()
    await english.getByTestId('signin-submit').click()
    await english.getByTestId('nav-contactPlans').click()
    await english.getByTestId('contact-plans-table').getByText('回访满意度').waitFor()
    await shoot(english, 'workstation-en')
    for (const locale of ['zh-CN', 'en']) {
      const admin = await signIn('admin', acd.tenant.email, locale)
      await admin.getByTestId('dashboard-tenant-name').waitFor()
      await admin.goto(`${api.url}/admin/customers/contact-plans`)
      await admin.getByTestId('contact-plans-table').getByText('回访满意度').waitFor()
      await shoot(admin, `admin-${locale}`)
    }
  }
}, 180_000)
