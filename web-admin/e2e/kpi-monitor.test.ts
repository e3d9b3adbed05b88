// A8 end to end: the built admin console in Chromium against the real API on its switch simulator. A call
// queued through the simulator shows on the KPI monitor (监控 → 指标监控): its skill group's row counts
// the waiting caller, the chart of the last 24 hours is drawn, and an agent can be picked as the scope.
// With KPI_MONITOR_SCREENSHOTS=<dir> it also photographs the page at 1440×900 and 390×844 in both languages.
import { mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { launchChromium } from '../../api/test/chromium'
import { startE2eServer } from '../../api/test/e2e-server'
import { graphqlAs, overflow, settled, signUpCompany } from './pages'

const SCREENSHOT_DIR = process.env.KPI_MONITOR_SCREENSHOTS

let server: Awaited<ReturnType<typeof startE2eServer>> | undefined
let browser: Browser | undefined

beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const graphql = <T>(page: Page, query: string, variables?: Record<string, unknown>) =>
  graphqlAs<T>(page, server!.url, query, variables)

it('A8: a queued call shows on the KPI monitor with its skill group, the 24-hour chart and a scope picker', async () => {
  const context = await browser!.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await signUpCompany(page, server!.url, {
    name: '杭州指标监控有限公司',
    adminName: '周主管',
    emailPrefix: 'kpi-monitor',
  })

  await page.getByTestId('nav-supervision').click()
  await page.getByTestId('nav-kpiMonitor').click()
  await page.getByTestId('chart-empty').waitFor()
  if (SCREENSHOT_DIR) await photograph(page, 'empty')

  const { createSkillGroup } = await graphql<{ createSkillGroup: { id: string } }>(
    page,
    'mutation { createSkillGroup(input: { name: "售后热线", organization: INBOUND }) { id } }',
  )
  const { createAgent } = await graphql<{ createAgent: { agent: { id: string } } }>(
    page,
    'mutation ($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }',
    {
      input: {
        name: '张三',
        email: `agent-${Date.now()}@example.com`,
        role: 'AGENT',
        organization: 'INBOUND',
        agentNumber: '8001',
      },
    },
  )
  await graphql(
    page,
    'mutation ($id: ID!, $userId: ID!) { setSkillGroupMember(id: $id, userId: $userId) { id } }',
    {
      id: createSkillGroup.id,
      userId: createAgent.agent.id,
    },
  )
  const { addPhoneNumber } = await graphql<{ addPhoneNumber: { id: string } }>(
    page,
    'mutation ($input: AddPhoneNumberInput!) { addPhoneNumber(input: $input) { id } }',
    { input: { number: '4008001001', skillGroupId: createSkillGroup.id } },
  )
  await graphql(
    page,
    'mutation ($id: ID!) { placeTestCall(input: { phoneNumberId: $id, callerNumber: "13912340001" }) { id } }',
    { id: addPhoneNumber.id },
  )

  // The live feed's queue change brings the new figures without a reload.
  const groupRow = page.getByTestId('skill-group-monitor').locator('tbody tr').filter({ hasText: '售后热线' })
  await expect.poll(() => groupRow.locator('td').nth(1).textContent(), { timeout: 20_000 }).toBe('1')
  await page.getByTestId('hourly-chart').locator('canvas').waitFor()
  if (SCREENSHOT_DIR) await photograph(page, 'calls')

  await page.getByTestId('scope-picker').click()
  await page.locator('.el-select-dropdown__item').filter({ hasText: '售后热线' }).click()
  await expect.poll(() => page.getByTestId('kpi-cards').isVisible()).toBe(true)
  await context.close()
}, 180_000)

/** The page in each language at 1440×900 and 390×844; it never scrolls sideways. */
async function photograph(page: Page, name: string): Promise<void> {
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
      await page.getByTestId('kpi-cards').waitFor()
      if (name === 'calls') await page.getByTestId('hourly-chart').locator('canvas').waitFor()
      await settled(page)
      expect(await overflow(page)).toBe(0)
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/kpi-monitor-${name}-${viewport.width}-${locale}.png`,
        animations: 'disabled',
      })
      // The page scrolls inside the layout; the tables get a picture of their own.
      await page.getByTestId('skill-group-monitor').scrollIntoViewIfNeeded()
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/kpi-monitor-${name}-tables-${viewport.width}-${locale}.png`,
        animations: 'disabled',
      })
    }
  await page.setViewportSize(original)
  await page.evaluate(() => localStorage.setItem('cc.locale', 'zh-CN'))
  await page.reload()
}
