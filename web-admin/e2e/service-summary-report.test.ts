// A9 end to end (issue 18 item 3): the service summary report (统计 → 服务小结报表) in the built admin
// console against the real API on its switch simulator. Before any summary it explains where summaries
// come from and links to the summary categories; after agents take calls through the simulator and save
// their summaries (as the workstation does), it shows the category tree's totals, splits them by agent and
// by skill group, in Chinese and in English. With SUMMARY_REPORT_SCREENSHOTS=<dir> it photographs the
// page at 1440×900 in both languages, empty and with summaries.
import { mkdir, readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture, type ReadyAgent } from '../../api/test/acd-fixtures'
import type { TestApi } from '../../api/test/api'
import { launchChromium } from '../../api/test/chromium'
import { eventually } from '../../api/test/eventually'
import { TEST_PASSWORD, addSkillGroup } from '../../api/test/factories'
import { endsCall, waitForFlush } from '../../api/src/telephony/calls/wait'
import { overflow, settled, signIn } from './pages'

const SCREENSHOT_DIR = process.env.SUMMARY_REPORT_SCREENSHOTS

let api: TestApi
let acd: AcdFixture
let browser: Browser | undefined

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi('杭州服务小结有限公司'))
  await acd.settings({ afterCallWorkSeconds: 0, ringTimeoutSeconds: 20 })
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

const category = async (labelZh: string, labelEn: string, parentId?: string) =>
  (
    await acd.gql<{ createServiceSummaryCategory: { id: string } }>(
      'mutation ($input: CreateServiceSummaryCategoryInput!) { createServiceSummaryCategory(input: $input) { id } }',
      { input: { labelZh, labelEn, parentId } },
    )
  ).createServiceSummaryCategory.id

/** A call the agent answers and the caller ends, summarised under the category as the workstation saves it. */
async function summarisedCall(agent: ReadyAgent, number: string, from: string, categoryId: string) {
  await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('IDLE'))
  const callId = await acd.sim.placeInboundCall({ from, to: number })
  await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('ON_CALL'))
  const ended = waitForFlush(api.telephony.cluster.queue, endsCall(callId))
  acd.sim.hangup(callId)
  await ended
  await acd.gql(
    'mutation ($input: SaveServiceSummaryInput!) { saveServiceSummary(input: $input) { id } }',
    { input: { callId, categoryId, notes: 'e2e' } },
    agent.token,
  )
}

/** The tree table's row that names the category, and its cells. */
const rowOf = (page: Page, label: string) =>
  page.getByTestId('summary-report-table').locator('tbody tr').filter({ hasText: label })
const cell = (page: Page, label: string, column: number) => rowOf(page, label).locator('td').nth(column)
const foot = (page: Page, column: number) =>
  page.getByTestId('summary-report-table').locator('.el-table__footer-wrapper tr td').nth(column)

it('A9: the service summary report explains itself when empty, then shows the category tree by agent and skill group, in Chinese and English', async () => {
  const context = await browser!.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await signIn(page, api.url, acd.tenant.email, TEST_PASSWORD)

  // The menu offers the page (no longer "coming"); before any summary it says where they come from.
  await page.getByTestId('nav-statistics').click()
  await page.getByTestId('nav-serviceSummaries').click()
  const empty = page.getByTestId('summary-report-empty')
  await empty.waitFor()
  expect(await empty.textContent()).toContain('话后处理')
  if (SCREENSHOT_DIR) await photograph(page, 'empty')
  await empty.getByRole('button').click()
  await page.waitForURL(/\/customers\/summary-categories$/)

  const billing = await category('账单', 'Billing')
  const refund = await category('退款', 'Refund', billing)
  const tech = await category('技术支持', 'Tech support')
  const aftersales = await addSkillGroup(api, acd.tenant.token, { name: '售后热线' })
  const support = await addSkillGroup(api, acd.tenant.token, { name: '技术热线' })
  const zhou = await acd.readyAgent([aftersales], { name: '周坐席' })
  const wu = await acd.readyAgent([support], { name: '吴坐席' })
  const aftersalesNumber = await acd.numberFor(aftersales)
  const supportNumber = await acd.numberFor(support)
  await summarisedCall(zhou, aftersalesNumber, '13900001001', refund)
  await summarisedCall(zhou, aftersalesNumber, '13900001002', refund)
  await summarisedCall(wu, supportNumber, '13900001003', tech)

  await page.goBack()
  await page.getByTestId('summary-report-table').waitFor()
  await page.getByTestId('summary-report-chart').locator('canvas').waitFor()
  // A parent counts its children's summaries: 账单 2 (all of them 退款), 技术支持 1; shares of the 3.
  await expect.poll(() => cell(page, '账单', 1).textContent()).toBe('2')
  expect(await cell(page, '账单', 2).textContent()).toBe('67%')
  expect(await cell(page, '退款', 1).textContent()).toBe('2')
  expect(await cell(page, '技术支持', 1).textContent()).toBe('1')
  expect(await foot(page, 0).textContent()).toBe('合计')
  expect(await foot(page, 1).textContent()).toBe('3')

  // By agent: a column per agent, most summaries first.
  await page.getByTestId('summary-report-dimension').getByText('按坐席').click()
  const headers = page.getByTestId('summary-report-table').locator('thead th')
  await expect.poll(() => headers.allTextContents()).toEqual(['分类', '小结数', '占比', '周坐席', '吴坐席'])
  expect(await cell(page, '账单', 3).textContent()).toBe('2')
  expect(await cell(page, '账单', 4).textContent()).toBe('0')
  expect(await cell(page, '技术支持', 4).textContent()).toBe('1')
  // By skill group: the calls' skill groups.
  await page.getByTestId('summary-report-dimension').getByText('按技能组').click()
  await expect
    .poll(() => headers.allTextContents())
    .toEqual(['分类', '小结数', '占比', '售后热线', '技术热线'])
  expect(await cell(page, '退款', 3).textContent()).toBe('2')
  expect(await foot(page, 4).textContent()).toBe('1')
  // The export holds the table on screen: the categories as paths, a column per skill group.
  await page.getByTestId('report-export').click()
  const saved = page.waitForEvent('download')
  await page.locator('.el-dropdown-menu__item').filter({ hasText: 'CSV' }).click()
  const download = await saved
  expect(download.suggestedFilename()).toMatch(/^summary-report-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = await readFile((await download.path())!, 'utf8')
  expect(csv).toContain('售后热线')
  expect(csv).toContain('账单 / 退款')
  if (SCREENSHOT_DIR) await photograph(page, 'summaries')

  // The same figures in English.
  await page.evaluate(() => localStorage.setItem('cc.locale', 'en'))
  await page.reload()
  await expect.poll(() => cell(page, 'Billing', 1).textContent()).toBe('2')
  expect(await cell(page, 'Tech support', 1).textContent()).toBe('1')
  expect(await foot(page, 0).textContent()).toBe('Total')
  await page.getByTestId('summary-report-dimension').getByText('By agent').click()
  await expect
    .poll(() => headers.allTextContents())
    .toEqual(['Category', 'Summaries', 'Share', '周坐席', '吴坐席'])
  await context.close()
}, 240_000)

/** The page at 1440×900 in each language (dimension by skill group when there are rows); it never scrolls sideways. */
async function photograph(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR!, { recursive: true })
  for (const locale of ['zh-CN', 'en']) {
    await page.evaluate((value) => localStorage.setItem('cc.locale', value), locale)
    await page.reload()
    if (name === 'empty') await page.getByTestId('summary-report-empty').waitFor()
    else {
      await page.getByTestId('summary-report-chart').locator('canvas').waitFor()
      await page.getByTestId('summary-report-dimension').locator('label').nth(1).click()
    }
    await settled(page)
    expect(await overflow(page)).toBe(0)
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/service-summary-report-${name}-1440-${locale}.png`,
      animations: 'disabled',
      fullPage: true,
    })
  }
  await page.evaluate(() => localStorage.setItem('cc.locale', 'zh-CN'))
  await page.reload()
}
