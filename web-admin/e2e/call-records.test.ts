// A9 end to end: the built admin console in Chromium against the real API on its switch simulator. A call
// routed through the simulator to an agent is found on the call records page (统计 → 通话记录) by the last
// digits of the caller's number; its details show who hung up, the queue and the connection on the
// timeline, and its recording plays through the authorised, range-aware route.
// With CALL_RECORDS_SCREENSHOTS=<dir> it also photographs the list and the details at 1440×900 and 390×844
// in both languages.
import { mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { AcdFixture } from '../../api/test/acd-fixtures'
import { startTestApi, type TestApi } from '../../api/test/api'
import { launchChromium } from '../../api/test/chromium'
import { TEST_PASSWORD, signupTenant } from '../../api/test/factories'
import { silentWav } from '../../api/test/wav'
import { overflow, recordedCall, settled } from './pages'

const SCREENSHOT_DIR = process.env.CALL_RECORDS_SCREENSHOTS

let api: TestApi
let acd: AcdFixture
let browser: Browser

beforeAll(async () => {
  api = await startTestApi({ env: { CALL_RECORD_FLUSH_MS: '10', ACD_SWEEP_MS: '100' } })
  acd = await AcdFixture.create(api, await signupTenant(api, '上海通话记录有限公司'))
  await acd.settings({ afterCallWorkSeconds: 0, recordingEnabled: true })
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

it('A9: the call records page finds a call made through the simulator, shows its timeline and plays its recording', async () => {
  const caller = '13912345678'
  // A call routed to a ready agent, recorded (2 s of audio put where the switch would write it), hung up by the caller.
  const callId = await recordedCall(acd, { caller, agent: { name: '王芳' }, audio: silentWav(2) })

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(`${api.url}/admin/`)
  await page.getByTestId('login-email').fill(acd.tenant.email)
  await page.getByTestId('login-password').fill(TEST_PASSWORD)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('dashboard-tenant-name').waitFor()

  await page.getByTestId('nav-statistics').click()
  await page.getByTestId('nav-callRecords').click()
  await page.getByTestId('call-records-table').waitFor()
  await page.getByTestId('filter-number').fill('5678')
  await page.getByTestId('filter-search').click()
  const row = page.getByTestId('call-records-table').locator('.el-table__row').filter({ hasText: caller })
  await row.waitFor()
  expect(await row.textContent()).toContain('已接听')
  expect(await row.textContent()).toContain('王芳')
  await expect.poll(() => page.getByTestId('call-record-count').textContent()).toContain('共 1 通')
  if (SCREENSHOT_DIR) await photograph(page, 'list')

  await row.getByTestId('call-record-details').click()
  await expect.poll(() => page.getByTestId('hangup-side').textContent()).toContain('主叫')
  const timeline = page.getByTestId('call-record-drawer').getByTestId('call-timeline')
  await expect.poll(() => timeline.textContent()).toContain('双方接通')
  expect(await timeline.textContent()).toMatch(/进入技能组「Skills [^」]+」排队/)
  expect(await timeline.textContent()).toContain('坐席 王芳 接听')
  // The browser plays the recording through the authorised, range-aware route with its session cookie,
  // and seeks in it.
  const player = page.getByTestId('recording-player')
  await expect.poll(() => player.evaluate((audio: HTMLAudioElement) => Math.round(audio.duration))).toBe(2)
  await player.evaluate((audio: HTMLAudioElement) => (audio.currentTime = 1.5))
  await expect.poll(() => player.evaluate((audio: HTMLAudioElement) => audio.currentTime)).toBeGreaterThan(1)
  if (SCREENSHOT_DIR) await photograph(page, 'details')

  // An outcome that does not fit leaves the list empty, with what to do.
  await page.keyboard.press('Escape')
  await page.getByTestId('filter-outcome').click()
  await page.getByRole('option', { name: '排队放弃' }).click()
  await page.getByTestId('filter-search').click()
  await page.getByTestId('call-records-table').getByTestId('empty-state').waitFor()

  // The caller rated the call 4 (the IVR's survey writes here, with the labels the caller heard): the
  // rating is listed with its agent and its word, and the report counts it against the agent's answered calls.
  const defaultLabels = ['非常不满意', '不满意', '一般', '满意', '非常满意'].map((zh) => ({ zh, en: zh }))
  await acd.sql(
    'insert into satisfaction_score (call_id, tenant_id, score, scale, labels, at) values (?, ?, 4, 5, ?, now())',
    [callId, acd.tenant.tenantId, JSON.stringify(defaultLabels)],
  )
  await page.getByTestId('nav-satisfactionRecords').click()
  const rating = page.getByTestId('satisfaction-records-table').locator('.el-table__row').first()
  await expect.poll(() => rating.textContent()).toContain('王芳')
  expect(await rating.textContent()).toContain('满意')
  if (SCREENSHOT_DIR) await photographPage(page, 'satisfaction-records', 'satisfaction-records-table')
  await page.getByTestId('nav-satisfactionReport').click()
  const agentRow = page
    .getByTestId('satisfaction-report-table')
    .locator('.el-table__row')
    .filter({ hasText: '王芳' })
  await expect.poll(() => agentRow.textContent()).toContain('100%')
  if (SCREENSHOT_DIR) await photographPage(page, 'satisfaction-report', 'satisfaction-report-table')
  await context.close()
}, 180_000)

/** Another page in each language at 1440×900 and 390×844, once its table has rows. */
async function photographPage(page: Page, name: string, tableId: string): Promise<void> {
  const original = page.viewportSize()!
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ])
    for (const locale of ['zh-CN', 'en']) {
      await page.setViewportSize(viewport)
      await page.evaluate((value) => localStorage.setItem('cc.locale', value), locale)
      await page.reload()
      await page.getByTestId(tableId).locator('.el-table__row').first().waitFor()
      await settled(page)
      expect(await overflow(page)).toBe(0)
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/${name}-${viewport.width}-${locale}.png`,
        animations: 'disabled',
      })
    }
  await page.setViewportSize(original)
  await page.evaluate(() => localStorage.setItem('cc.locale', 'zh-CN'))
  await page.reload()
}

/** The page in each language at 1440×900 and 390×844 (the details drawer open again when it was); it never scrolls sideways. */
async function photograph(page: Page, name: 'list' | 'details'): Promise<void> {
  await mkdir(SCREENSHOT_DIR!, { recursive: true })
  const original = page.viewportSize()!
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ])
    for (const locale of ['zh-CN', 'en']) {
      await page.setViewportSize(viewport)
      await page.evaluate((value) => localStorage.setItem('cc.locale', value), locale)
      await page.reload()
      await page.getByTestId('call-records-table').waitFor()
      await page.getByTestId('filter-number').fill('5678')
      await page.getByTestId('filter-search').click()
      const row = page.getByTestId('call-records-table').locator('.el-table__row').first()
      await row.waitFor()
      if (name === 'details') {
        await row.getByTestId('call-record-details').click()
        await page.getByTestId('call-record-drawer').getByTestId('call-timeline').waitFor()
      }
      await settled(page)
      expect(await overflow(page)).toBe(0)
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/call-records-${name}-${viewport.width}-${locale}.png`,
        animations: 'disabled',
      })
      if (name === 'details') await page.keyboard.press('Escape')
    }
  await page.setViewportSize(original)
  await page.evaluate(() => localStorage.setItem('cc.locale', 'zh-CN'))
  await page.reload()
  await page.getByTestId('call-records-table').waitFor()
  await page.getByTestId('filter-number').fill('5678')
  await page.getByTestId('filter-search').click()
  await page.getByTestId('call-records-table').locator('.el-table__row').first().waitFor()
}
