// G2/G3/G8 on small screens: agents answering on their mobile use the workstation on a phone (390×844),
// others on a tablet (768×1024). In zh-CN and English, through signing in, idle, ringing, a call and
// My call records: nothing is wider than the screen, and the controls an agent needs are on screen
// and take a click. Screenshots of every step go to SMALL_SCREENS_SCREENSHOTS (a temp dir by default)
// for a person to look at; nothing is compared pixel by pixel. The desktop (1440×900) runs the same
// walk, so a change for small screens cannot break it; SMALL_SCREENS_WIDTHS=390 picks widths.
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { launchChromium } from '../../api/test/chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AcdFixture } from '../../api/test/acd-fixtures'
import { startTestApi, type TestApi } from '../../api/test/api'
import { TEST_PASSWORD, addAgent, signInInvited, signupTenant } from '../../api/test/factories'

const SCREENSHOT_DIR = process.env.SMALL_SCREENS_SCREENSHOTS ?? path.join(tmpdir(), 'small-screens')
const HEIGHTS: Record<number, number> = { 390: 844, 768: 1024, 1440: 900 }
const WIDTHS = (process.env.SMALL_SCREENS_WIDTHS ?? '390,768,1440').split(',').map(Number)

/** What each language calls the statuses the test waits for. */
const LOCALES = [
  { locale: 'zh-CN', other: 'en', idle: '空闲', onCall: '通话中', answered: '已接' },
  { locale: 'en', other: 'zh-CN', idle: 'Idle', onCall: 'On a call', answered: 'Answered' },
] as const

let api: TestApi
let acd: AcdFixture
let browser: Browser
let calls = 0

beforeAll(async () => {
  api = await startTestApi({
    env: { CALL_RECORD_FLUSH_MS: '10', SWITCH_OWNERSHIP_POLL_MS: '200', ACD_SWEEP_MS: '100' },
  })
  // A long company name, as real ones are: the header must not grow with it.
  acd = await AcdFixture.create(api, await signupTenant(api, '杭州云端智联网络科技有限公司客户服务中心'))
  await acd.ownNumber('+864001288000')
  await acd.settings({ afterCallWorkSeconds: 0, ringTimeoutSeconds: 60, outboundCallerId: '+864001288000' })
  browser = await launchChromium()
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  console.info(`small-screens: screenshots in ${SCREENSHOT_DIR}`)
})

afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

/** How far the page is wider than the screen (0 when it fits): a phone would scroll sideways. */
async function overflow(page: Page): Promise<number> {
  // A mobile browser widens its layout viewport to fit a page that is too wide: compare with the screen too.
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  }))
  return Math.max(scrollWidth - innerWidth, innerWidth - page.viewportSize()!.width)
}

/**
 * Why a control cannot be used as it is on screen, or null when it can: it must be visible, wholly
 * inside the viewport without scrolling, and the element a click there would hit (Playwright's trial
 * click: visible, stable, enabled, not covered).
 */
async function unusable(page: Page, control: Locator, name: string): Promise<string | null> {
  if (!(await control.isVisible())) return `${name}: not visible`
  const box = await control.boundingBox()
  const viewport = page.viewportSize()!
  if (
    !box ||
    box.x < 0 ||
    box.y < 0 ||
    box.x + box.width > viewport.width + 0.5 ||
    box.y + box.height > viewport.height + 0.5
  )
    return `${name}: outside the ${viewport.width}×${viewport.height} viewport at ${JSON.stringify(box)}`
  try {
    await control.click({ trial: true, timeout: 2_000 })
  } catch {
    return `${name}: cannot be clicked`
  }
  return null
}

/** Photographs the step, then checks the page fits and the named controls are usable. */
async function check(page: Page, step: string, controls: Record<string, Locator> = {}): Promise<void> {
  const { width } = page.viewportSize()!
  const locale = await page.evaluate(() => document.documentElement.lang)
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `workstation-${width}-${locale}-${step}.png`),
    animations: 'disabled',
  })
  expect.soft(await overflow(page), `${step}: page wider than the screen`).toBeLessThanOrEqual(0)
  const problems: string[] = []
  for (const [name, control] of Object.entries(controls)) {
    const problem = await unusable(page, control, name)
    if (problem) problems.push(problem)
  }
  expect.soft(problems, step).toEqual([])
}

/** Opens a dropdown by its trigger and checks the choices it shows fit the screen, then closes it. */
async function checkMenu(page: Page, step: string, trigger: Locator, item: Locator): Promise<void> {
  await trigger.click()
  await item.waitFor()
  await check(page, step, { [`${step} item`]: item })
  await page.keyboard.press('Escape')
  await item.waitFor({ state: 'hidden' })
}

describe.each(WIDTHS)('at %i px wide', (width) => {
  it.each(LOCALES)(
    'G2 G3 G8: the workstation fits and works in $locale',
    async ({ locale, other, idle, onCall, answered }) => {
      const group = await acd.skillGroup()
      const number = await acd.numberFor(group)
      const created = await addAgent(api, acd.tenant.token, { name: '欧阳晓明 Alexandra' })
      await acd.gql(
        `mutation ($id: ID!, $userId: ID!) { setSkillGroupMember(id: $id, userId: $userId, priority: 1) { id } }`,
        { id: group, userId: created.id },
      )
      await signInInvited(api, created.email)

      const isTouch = width < 1024
      const context = await browser.newContext({
        viewport: { width, height: HEIGHTS[width] ?? 900 },
        isMobile: isTouch,
        hasTouch: isTouch,
      })
      await context.addInitScript((value) => localStorage.setItem('cc.locale', value), locale)
      const page = await context.newPage()
      page.setDefaultTimeout(15_000)
      const status = page.getByTestId('status-select')
      const header = {
        'language switch': page.getByTestId('language-switcher'),
        'user menu': page.getByTestId('user-menu'),
      }

      await page.goto(`${api.url}/agent/`)
      await page.getByTestId('login-email').fill(created.email)
      await page.getByTestId('login-password').fill(TEST_PASSWORD)
      await check(page, 'login', { 'sign-in button': page.getByTestId('login-submit') })
      await page.getByTestId('login-submit').click()

      // Signed in to the site, not yet to the phone: the dialog asks how calls should ring.
      await page.getByTestId('signin-simulated').waitFor()
      await check(page, 'signin-dialog', {
        'sign-in (签入) button': page.getByTestId('signin-submit'),
        'mobile mode': page.getByTestId('signin-mode-MOBILE'),
      })
      // "Later": the bar says the agent is signed out, and its status menu opens the dialog again.
      await page.getByTestId('signin-later').click()
      await page.getByTestId('signin-dialog').waitFor({ state: 'hidden' })
      await check(page, 'signed-out', { 'status menu': status, ...header })
      await status.click()
      await page.getByTestId('status-IDLE').click()
      await page.getByTestId('signin-submit').waitFor()
      await page.getByTestId('signin-mode-SOFTPHONE').click()
      await page.getByTestId('signin-submit').click()
      await expect.poll(() => status.textContent()).toContain(idle)
      await page.getByTestId('signin-dialog').waitFor({ state: 'hidden' })

      // Idle: the number box, the dial pad beside it, the dial button and the header's menus.
      await page.getByTestId('dial-input').fill('13800000031')
      await check(page, 'idle', {
        'status menu': status,
        'number box': page.getByTestId('dial-input'),
        'dial button': page.getByTestId('dial-button'),
        'dial pad': page.getByTestId('dial-pad-toggle'),
        ...header,
      })
      await checkMenu(page, 'language-menu', header['language switch'], page.getByTestId(`locale-${other}`))
      await checkMenu(page, 'user-menu', header['user menu'], page.getByTestId('logout'))
      await page.getByTestId('dial-pad-toggle').click()
      await check(page, 'dial-pad', { 'key 5': page.getByTestId('key-5').last() })
      await page.getByTestId('key-5').last().click()
      expect(await page.getByTestId('dial-input').inputValue()).toBe('138000000315')
      await page.getByTestId('dial-pad-toggle').click()
      await page.getByTestId('key-5').last().waitFor({ state: 'hidden' })
      await page.getByTestId('dial-input').fill('')

      // Ringing, then on the call.
      const caller = `139000${String(++calls).padStart(5, '0')}`
      await acd.sim.placeInboundCall({ from: caller, to: number })
      await page.getByTestId('offer-banner').filter({ hasText: caller }).waitFor()
      await expect.poll(() => page.getByTestId('answer-button').isEnabled()).toBe(true)
      await check(page, 'ringing', {
        'answer button': page.getByTestId('answer-button'),
        'decline button': page.getByTestId('hangup-button'),
      })
      await page.getByTestId('answer-button').click()
      await page.getByTestId('call-timer').waitFor()
      await expect.poll(() => status.textContent()).toContain(onCall)
      await check(page, 'on-call', {
        'hold button': page.getByTestId('hold-button'),
        'keypad button': page.getByTestId('keypad-button'),
        'transfer button': page.getByTestId('transfer-button'),
        'hang-up button': page.getByTestId('hangup-button'),
        ...header,
      })
      await page.getByTestId('keypad-button').click()
      const hashKey = page.getByTestId('key-#').last()
      await check(page, 'on-call-keypad', { 'key #': hashKey })
      await page.getByTestId('keypad-button').click()
      await hashKey.waitFor({ state: 'hidden' })
      await page.getByTestId('transfer-button').click()
      await page.getByTestId('transfer-dialog').waitFor()
      await check(page, 'transfer-dialog', { 'transfer cancel': page.getByTestId('transfer-cancel') })
      await page.keyboard.press('Escape')
      await page.getByTestId('transfer-dialog').waitFor({ state: 'hidden' })
      await page.getByTestId('hangup-button').click()
      await expect.poll(() => status.textContent()).toContain(idle)

      // My call records: the call just taken, and its details.
      await page.getByTestId('nav-myCalls').click()
      const row = page.getByTestId('my-calls-table').locator('.el-table__row').filter({ hasText: caller })
      await row.waitFor()
      expect(await row.getByTestId('call-outcome').textContent()).toContain(answered)
      await check(page, 'my-calls', { 'call row': row, 'call back': row.getByTestId('call-back-button') })
      // The calendar: the range picker where it fits, a box for each end on a phone.
      await page.getByTestId('my-calls').locator('.el-date-editor').first().click()
      const calendar = page.locator('.el-picker-panel:visible')
      await check(page, 'my-calls-calendar', {
        'first day of the calendar': calendar.locator('td.available').first(),
        'last day of the calendar': calendar.locator('td.available').last(),
      })
      await page.keyboard.press('Escape')
      await calendar.waitFor({ state: 'hidden' })
      await row.click()
      await page.getByTestId('call-timeline').waitFor()
      await page.locator('.el-drawer .el-loading-mask').waitFor({ state: 'detached' })
      await check(page, 'my-call-drawer', {
        'close drawer': page.getByTestId('call-drawer').locator('.el-drawer__close-btn'),
      })
      await page.keyboard.press('Escape')
      await context.close()
    },
    120_000,
  )
})
