// G4 end to end: a caller goes through a two-level IVR into a skill group; the moment the offer rings the
// built workstation shows the screen pop: the customer created for the new number, the IVR keys pressed,
// the skill group, and the company's business page (here one that refuses framing, which the agent is
// told about instead of staring at an error page). The agent names the customer and adds a note, takes
// the call, and the pop stays through after-call work with the call and the note in the history.
// Screenshots (1440 and 390 wide, zh-CN and English) go to SCREEN_POP_SCREENSHOTS when set.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { launchChromium } from '../../api/test/chromium'
import { AcdFixture } from '../../api/test/acd-fixtures'
import { startTestApi, type TestApi } from '../../api/test/api'
import { eventually } from '../../api/test/eventually'
import { TEST_PASSWORD, addAgent, signInInvited, signupTenant } from '../../api/test/factories'
import {
  approvedPrompt,
  menu,
  numberFollowing,
  publishedFlow,
  schedule,
} from '../../api/src/modules/ivr/test-fixtures'

const SCREENSHOT_DIR = process.env.SCREEN_POP_SCREENSHOTS

let api: TestApi
let acd: AcdFixture
let browser: Browser
let crm: Server

beforeAll(async () => {
  api = await startTestApi({
    env: { CALL_RECORD_FLUSH_MS: '10', SWITCH_OWNERSHIP_POLL_MS: '200', ACD_SWEEP_MS: '100' },
  })
  acd = await AcdFixture.create(api, await signupTenant(api))
  await acd.settings({ afterCallWorkSeconds: 30, ringTimeoutSeconds: 60, recordingEnabled: false })
  // The company's CRM, which forbids other sites to frame it.
  crm = createServer((_request, response) => {
    response.setHeader('x-frame-options', 'DENY')
    response.end('<html><body>CRM</body></html>')
  })
  await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', resolve))
  const crmOrigin = `http://127.0.0.1:${(crm.address() as AddressInfo).port}`
  await acd.gql(
    `mutation ($input: ScreenPopSettingsInput!) { updateScreenPopSettings(input: $input) { urlTemplate } }`,
    {
      input: { urlTemplate: `${crmOrigin}/customer?phone={callerNumber}`, allowedOrigins: [crmOrigin] },
    },
  )
  await acd.gql(
    'mutation { createCustomFieldDefinition(input: { entity: CUSTOMER, key: "level", labelZh: "客户等级", labelEn: "Level", type: TEXT }) { id } }',
  )
  browser = await launchChromium()
  if (SCREENSHOT_DIR) await mkdir(SCREENSHOT_DIR, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => (crm ? crm.close(() => resolve()) : resolve()))
  await api?.stop()
})

async function shoot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOT_DIR) return
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 })
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${width}.png`), fullPage: true })
  }
  await page.setViewportSize({ width: 1440, height: 900 })
}

it('G4: an offer pops the new caller’s customer with the IVR path; the agent names them, adds a note, schedules a callback, and the pop stays through after-call work with the history', async () => {
  const prompt = await approvedPrompt(acd)
  const group = await acd.skillGroup()
  const flow = await publishedFlow(acd, [
    menu('root', prompt, [{ key: '2', action: 'SUB_MENU', subMenuId: 'billing' }], { name: '主菜单' }),
    menu('billing', prompt, [{ key: '1', action: 'SKILL_GROUP', skillGroupId: group }], { name: '账单查询' }),
  ])
  const number = await numberFollowing(acd, await schedule(acd, flow))
  const created = await addAgent(api, acd.tenant.token, { name: '周坐席' })
  await acd.gql(
    `mutation ($id: ID!, $userId: ID!) { setSkillGroupMember(id: $id, userId: $userId, priority: 1) { id } }`,
    { id: group, userId: created.id },
  )
  await signInInvited(api, created.email)
  const phone = `${created.agentNumber!.toLowerCase()}@${acd.sipDomain}`
  acd.sim.registerUser(created.agentNumber!.toLowerCase(), acd.sipDomain)
  acd.sim.setEndpointBehaviour(phone, { kind: 'no-answer' })

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(`${api.url}/agent/`)
  await page.getByTestId('login-email').fill(created.email)
  await page.getByTestId('login-password').fill(TEST_PASSWORD)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('signin-mode-DESK_PHONE').click()
  await page.getByTestId('signin-submit').click()
  await page.getByTestId('screen-pop-empty').waitFor()
  await shoot(page, 'screen-pop-empty-zh')

  const caller = '13900000123'
  const callId = await acd.sim.placeInboundCall({ from: caller, to: number })
  for (const [menuId, key] of [
    ['root', '2'],
    ['billing', '1'],
  ] as const) {
    await eventually(async () =>
      expect(
        await acd.sql(`select 1 from ivr_step where call_id = ? and kind = 'IVR_MENU' and menu_id = ?`, [
          callId,
          menuId,
        ]),
      ).toHaveLength(1),
    )
    acd.sim.pressDigits(callId, key)
  }

  // The offer rings: the pop is there before anyone answers.
  await page.getByTestId('offer-banner').filter({ hasText: caller }).waitFor()
  await page.getByTestId('screen-pop').waitFor()
  await expect.poll(() => page.getByTestId('ivr-path').textContent()).toMatch(/主菜单.*按 2.*账单查询.*按 1/)
  expect(await page.getByTestId('customer-card').textContent()).toContain(`+86${caller}`)
  expect(await page.getByTestId('customer-name').textContent()).toContain('未命名客户')
  // The CRM refuses to be framed: the agent is told and offered a new tab, no blank frame.
  await page.getByTestId('embed-refused').waitFor()
  expect(await page.getByTestId('embed-refused').textContent()).toContain('X-Frame-Options: DENY')
  expect(await page.getByTestId('embed-frame').count()).toBe(0)
  await shoot(page, 'screen-pop-ringing-zh')

  // The agent answers on the desk phone, names the customer and notes what was agreed.
  const agentLeg = await eventually(() => {
    const leg = acd.legsOf(callId).find((channel) => channel.variables['cc_agent_id'] === created.id)
    expect(leg).toBeDefined()
    return leg!.uuid
  })
  acd.sim.answerRinging(agentLeg)
  await page.getByTestId('call-timer').waitFor()
  await page.getByTestId('customer-edit').click()
  await page.getByTestId('customer-name-input').fill('王芳')
  await page.getByTestId('customer-field-level').locator('input').fill('VIP')
  await page.getByTestId('customer-save').click()
  await expect.poll(() => page.getByTestId('customer-name').textContent()).toContain('王芳')
  expect(await page.getByTestId('customer-value-level').textContent()).toContain('VIP')
  await page.getByRole('tab', { name: '历史记录' }).click()
  await page.getByTestId('note-input').fill('客户希望上午联系')
  await page.getByTestId('note-add').click()
  await page.getByTestId('history-entry').filter({ hasText: '客户希望上午联系' }).waitFor()
  // A callback for tomorrow, scheduled from the pop for this customer: it joins the history.
  await page.getByTestId('screen-pop-plan').click()
  await page.getByTestId('new-plan-purpose').fill('确认退款到账')
  await page.getByTestId('new-plan-save').click()
  await page.getByTestId('history-entry').filter({ hasText: '确认退款到账' }).waitFor()
  expect(await page.getByTestId('history-entry').filter({ hasText: '确认退款到账' }).textContent()).toContain(
    '联系计划',
  )

  // The caller hangs up: after-call work, and the pop is still there with the call in its history.
  acd.sim.hangup(callId)
  await page.getByTestId('acw-countdown').waitFor()
  expect(await page.getByTestId('customer-name').textContent()).toContain('王芳')
  // The history reads again as the call ends: it shows the answered call with its agent.
  await expect
    .poll(() => page.getByTestId('customer-history').textContent(), { timeout: 10_000 })
    .toMatch(/呼入 · 周坐席 · 通话/)
  await shoot(page, 'screen-pop-after-call-zh')

  if (SCREENSHOT_DIR) {
    await page.getByTestId('language-switcher').click()
    await page.getByTestId('locale-en').click()
    await expect.poll(() => page.getByTestId('customer-card').textContent()).toContain('Customer')
    await shoot(page, 'screen-pop-after-call-en')
  }
  await context.close()
})
