// A8 X2 end to end: the built admin console in Chromium against the real API on its switch simulator.
// Simulated calls move through the IVR, a queue and an agent; the live calls view, the KPI monitor's chart
// and the wallboard show them. The wallboard's connection is then cut (its socket and its reads, through
// Playwright's routing), a call arrives meanwhile, and once the connection is back the wallboard shows it
// without a reload. Screenshots of the monitoring pages and the wallboard at 1920×1080 in both languages go
// to WALLBOARD_SCREENSHOTS (a temporary directory unless set).
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { launchChromium } from '../../api/test/chromium'
import { startAcdTestApi, type AcdFixture, type ReadyAgent } from '../../api/test/acd-fixtures'
import type { TestApi } from '../../api/test/api'
import { eventually } from '../../api/test/eventually'
import { TEST_PASSWORD, addSkillGroup } from '../../api/test/factories'
import { overflow, publishedIvrNumber, settled, signIn } from './pages'

const SCREENSHOT_DIR = process.env.WALLBOARD_SCREENSHOTS ?? path.join(tmpdir(), 'wallboard')
const TV = { width: 1920, height: 1080 }

let api: TestApi
let acd: AcdFixture
let browser: Browser

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi('杭州云帆客服中心'))
  await acd.settings({ afterCallWorkSeconds: 2, ringTimeoutSeconds: 60 })
  browser = await launchChromium()
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  console.info(`wallboard: screenshots in ${SCREENSHOT_DIR}`)
})

afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

/** A browser signed in as the company's administrator, on the console's home page. */
async function signedIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await signIn(page, api.url, acd.tenant.email, TEST_PASSWORD)
  return page
}

/** The agent's leg of a call, once the ACD rings them. */
const agentLegOf = (callId: string, agent: ReadyAgent) =>
  eventually(() => {
    const leg = acd.legsOf(callId).find((channel) => channel.variables['cc_agent_id'] === agent.id)
    expect(leg).toBeDefined()
    return leg!.uuid
  }, 10_000)

const callRow = (page: Page, caller: string) =>
  page.getByTestId('live-calls').locator('tbody tr').filter({ hasText: caller })
const callStage = (page: Page, caller: string) =>
  callRow(page, caller).getByTestId('call-stage').textContent()
const queueRow = (page: Page, group: string) =>
  page.locator(`[data-testid=wallboard-queue][data-group="${group}"]`)
const queueFigure = (page: Page, group: string, figure: string) =>
  queueRow(page, group)
    .getByTestId(`wallboard-queue-${figure}`)
    .textContent()
    .then((text) => text?.trim())
const kpiValue = (page: Page, key: string) =>
  page.getByTestId(`wallboard-kpi-${key}`).getByTestId('kpi-value').textContent()

it('A8 X2: calls through the IVR, a queue and an agent show on the live calls, the chart and the wallboard, which rides out a dropped connection', async () => {
  const afterSales = await addSkillGroup(api, acd.tenant.token, { name: '售后热线' })
  const sales = await addSkillGroup(api, acd.tenant.token, { name: '销售热线' })
  const salesNumber = await acd.numberFor(sales)
  const menuNumber = '+864001299001'
  await publishedIvrNumber((query, variables) => acd.gql(query, variables), menuNumber, [
    { key: '1', action: 'SKILL_GROUP', skillGroupId: afterSales },
  ])
  const agent = await acd.readyAgent([afterSales], { name: '张三' })
  // The agent's phone rings until the test picks it up.
  acd.sim.setEndpointBehaviour(`${agent.sipUser}@${acd.sipDomain}`, { kind: 'no-answer' })

  const console_ = await browser.newContext({ viewport: TV, deviceScaleFactor: 1 })
  const page = await signedIn(console_)
  await page.getByTestId('nav-supervision').click()
  await page.getByTestId('nav-monitoring').click()

  // The wallboard opens in a tab of its own, outside the console's frame.
  const [opened] = await Promise.all([
    console_.waitForEvent('page'),
    page.getByTestId('open-wallboard').click(),
  ])
  await opened.getByTestId('wallboard-live').waitFor()
  expect(new URL(opened.url()).pathname).toBe('/admin/wallboard')
  expect(await opened.getByTestId('nav-supervision').count()).toBe(0)
  await opened.close()

  // The TV: a browser of its own, the wallboard's cuttable connection routed through the test.
  const tv = await browser.newContext({ viewport: TV, deviceScaleFactor: 1 })
  const connection = await cuttableConnection(tv)
  const board = await signedIn(tv)
  await board.goto(`${api.url}/admin/wallboard`)
  await board.getByTestId('wallboard-live').waitFor()
  await expect.poll(() => queueFigure(board, '售后热线', 'available')).toBe('1')
  expect(await board.getByTestId('wallboard-chart-empty').isVisible()).toBe(true)

  await page.getByTestId('view-calls').click()
  // A caller in the IVR menu, then pressing 1: queued for 售后热线, where 张三's phone rings.
  const ivrCall = await acd.sim.placeInboundCall({ from: '13912340001', to: menuNumber })
  await expect.poll(() => callStage(page, '13912340001'), { timeout: 10_000 }).toBe('语音导航')
  acd.sim.pressDigits(ivrCall, '1')
  await expect.poll(() => callStage(page, '13912340001'), { timeout: 10_000 }).toBe('振铃中')
  expect(await callRow(page, '13912340001').textContent()).toContain('售后热线')
  // A second caller waits for 销售热线, where nobody answers.
  await acd.sim.placeInboundCall({ from: '13912340002', to: salesNumber })
  await expect.poll(() => callStage(page, '13912340002'), { timeout: 10_000 }).toBe('排队中')
  await expect.poll(() => queueFigure(board, '销售热线', 'waiting'), { timeout: 10_000 }).toBe('1')
  expect(await queueRow(board, '销售热线').getAttribute('class')).toContain('starved')

  // 张三 answers: talking on the live calls, on a call on the wallboard.
  acd.sim.answerRinging(await agentLegOf(ivrCall, agent))
  await expect.poll(() => callStage(page, '13912340001'), { timeout: 10_000 }).toBe('通话中')
  await expect.poll(() => queueFigure(board, '售后热线', 'onCall'), { timeout: 10_000 }).toBe('1')
  expect(await queueFigure(board, '售后热线', 'available')).toBe('0')
  await photographConsole(page, 'calls')
  await photographWallboard(board, 'calls')

  // The caller hangs up: answered today, and back to idle after the after-call work.
  acd.sim.hangup(ivrCall)
  await expect.poll(() => kpiValue(board, 'answered'), { timeout: 15_000 }).toBe('1')
  await expect.poll(async () => (await acd.stateOf(agent)).status, { timeout: 15_000 }).toBe('IDLE')
  await expect.poll(() => queueFigure(board, '售后热线', 'available'), { timeout: 15_000 }).toBe('1')
  // Answered at once (the phone rang a moment): the service level is met, green.
  expect(await kpiValue(board, 'serviceLevel')).toBe('100%')
  expect(await board.getByTestId('wallboard-kpi-serviceLevel').getAttribute('data-tone')).toBe('good')
  await board.getByTestId('hourly-chart').locator('canvas').waitFor()

  // The KPI monitor's chart draws the same hours.
  await page.getByTestId('nav-kpiMonitor').click()
  await page.getByTestId('hourly-chart').locator('canvas').waitFor()
  await photographConsole(page, 'kpis')

  // The connection drops: the wallboard says so and keeps its last figures, faded.
  await page.getByTestId('nav-monitoring').click()
  await page.getByTestId('view-calls').click()
  await connection.cut()
  const cutAt = Date.now()
  await board.getByTestId('wallboard-connection-lost').waitFor({ timeout: 20_000 })
  expect(await board.getByTestId('wallboard').getAttribute('class')).toContain('is-stale')
  await acd.sim.placeInboundCall({ from: '13912340003', to: salesNumber })
  await expect.poll(() => callStage(page, '13912340003'), { timeout: 10_000 }).toBe('排队中')
  expect(await queueFigure(board, '销售热线', 'waiting')).toBe('1')
  await photographWallboard(board, 'connection-lost', ['zh-CN'])
  // It keeps trying on its own, ever less often, while the network stays down (two sockets: the board's live
  // feed and the console's watch on the signed-in user).
  await expect.poll(() => connection.refusedSockets, { timeout: 30_000 }).toBeGreaterThanOrEqual(6)

  // Back: it reconnects by itself, reads everything again and shows the caller who came meanwhile.
  const cutFor = Date.now() - cutAt
  connection.restore()
  const restoredAt = Date.now()
  await board.getByTestId('wallboard-live').waitFor({ timeout: 30_000 })
  await expect.poll(() => queueFigure(board, '销售热线', 'waiting'), { timeout: 10_000 }).toBe('2')
  // Measured, not asserted: how long a TV shows stale figures once the network is back.
  console.info(
    `wallboard: connection cut for ${(cutFor / 1000).toFixed(1)} s; fresh figures ${Date.now() - restoredAt} ms after it came back`,
  )
  // And the live feed is subscribed again: a change arrives without any read of its own.
  await acd.sim.placeInboundCall({ from: '13912340004', to: salesNumber })
  await expect.poll(() => queueFigure(board, '销售热线', 'waiting'), { timeout: 10_000 }).toBe('3')

  // The supervisor keeps one skill group on this TV and a stricter limit: both live in the URL.
  await board.getByTestId('wallboard-open-settings').click()
  await board.getByTestId('wallboard-settings-groups').getByText('销售热线').click()
  await expect.poll(() => new URL(board.url()).searchParams.get('groups')).toBe(sales)
  await board.getByTestId('wallboard-settings-asa-good').locator('input').fill('15')
  await board.getByTestId('wallboard-settings-asa-good').locator('input').blur()
  await expect.poll(() => new URL(board.url()).searchParams.get('asa')).toBe('15-40')
  await settled(board)
  await board.screenshot({ path: path.join(SCREENSHOT_DIR, 'wallboard-settings-1920-zh-CN.png') })
  await board.keyboard.press('Escape')
  await board.reload()
  await board.getByTestId('wallboard-live').waitFor()
  await expect.poll(() => board.getByTestId('wallboard-queue').count()).toBe(1)
  expect(await board.getByTestId('wallboard-scope').textContent()).toContain('销售热线')
  expect(await board.getByTestId('wallboard-kpi-asa').textContent()).toContain('0:15')
  await photographWallboard(board, 'one-group')

  await tv.close()
  await console_.close()
}, 300_000)

/**
 * The page's API connection through the test: `cut` closes its live sockets and refuses new ones and its
 * reads (as a dead network would), `restore` lets everything through again.
 */
async function cuttableConnection(context: BrowserContext) {
  let isCut = false
  let refusedSockets = 0
  const sockets = new Set<WebSocketRoute>()
  await context.routeWebSocket(/\/graphql$/, (socket) => {
    if (isCut) {
      refusedSockets++
      return void socket.close({ code: 1001, reason: 'network down' })
    }
    socket.connectToServer()
    sockets.add(socket)
    socket.onClose(() => sockets.delete(socket))
  })
  await context.route(/\/graphql$/, (route) =>
    isCut ? route.abort('internetdisconnected') : route.continue(),
  )
  return {
    /** Attempts to open a socket while cut. */
    get refusedSockets() {
      return refusedSockets
    },
    async cut(): Promise<void> {
      isCut = true
      for (const socket of sockets) await socket.close({ code: 1001, reason: 'network down' })
    },
    restore(): void {
      isCut = false
    },
  }
}

/** The live board (its calls) or the KPI monitor, in both languages at 1920×1080. */
async function photographConsole(page: Page, name: 'calls' | 'kpis'): Promise<void> {
  for (const locale of ['zh-CN', 'en']) {
    await page.evaluate((value) => localStorage.setItem('cc.locale', value), locale)
    await page.reload()
    if (name === 'calls') {
      await page.getByTestId('view-calls').click()
      await callRow(page, '13912340001').waitFor()
    } else await page.getByTestId('hourly-chart').locator('canvas').waitFor()
    await settled(page)
    expect(await overflow(page)).toBe(0)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `monitoring-${name}-1920-${locale}.png`) })
  }
  await page.evaluate(() => localStorage.setItem('cc.locale', 'zh-CN'))
  await page.reload()
  if (name === 'calls') await page.getByTestId('view-calls').click()
}

/** The wallboard as the TV shows it, in each language; the page itself never scrolls. */
async function photographWallboard(page: Page, name: string, locales = ['zh-CN', 'en']): Promise<void> {
  for (const locale of locales) {
    if (locales.length > 1) {
      await page.evaluate((value) => localStorage.setItem('cc.locale', value), locale)
      await page.reload()
      await page.getByTestId('wallboard-live').waitFor()
    }
    if (await page.getByTestId('hourly-chart').count())
      await page.getByTestId('hourly-chart').locator('canvas').waitFor()
    await settled(page)
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight)).toBe(0)
    expect(await overflow(page)).toBe(0)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `wallboard-${name}-1920-${locale}.png`) })
  }
  if (locales.length > 1) {
    await page.evaluate(() => localStorage.setItem('cc.locale', 'zh-CN'))
    await page.reload()
    await page.getByTestId('wallboard-live').waitFor()
  }
}
