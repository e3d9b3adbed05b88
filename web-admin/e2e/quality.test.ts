// A10 end to end: the built console and workstation in Chromium against the real API on its switch
// simulator. An administrator defines a scorecard, picks a recorded call routed through the simulator,
// inspects it on the workbench (the recording decoded into a waveform, a comment pinned at a moment, the
// scorecard scored) and submits; the agent sees the result in the workstation and appeals once; the
// inspector accepts the appeal and scores again; the agent sees the outcome and the QA report counts it.
// Screenshots of the workbench (1440×900, both languages) and of the agent's view go to QUALITY_SCREENSHOTS
// (a temp dir by default) for a person to look at.
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { AcdFixture } from '../../api/test/acd-fixtures'
import { startTestApi, type TestApi } from '../../api/test/api'
import { contentPolicyRefusals, launchChromium } from '../../api/test/chromium'
import { TEST_PASSWORD, signupTenant, uniqueEmail } from '../../api/test/factories'
import { silentWav } from '../../api/test/wav'
import { recordedCall, settled } from './pages'

const SCREENSHOT_DIR = process.env.QUALITY_SCREENSHOTS ?? path.join(tmpdir(), 'quality')
const DESKTOP = { width: 1440, height: 900 }
const RECORDING_SECONDS = 4

let api: TestApi
let acd: AcdFixture
let browser: Browser

beforeAll(async () => {
  api = await startTestApi({ env: { CALL_RECORD_FLUSH_MS: '10', ACD_SWEEP_MS: '100' } })
  acd = await AcdFixture.create(api, await signupTenant(api, '杭州质检演示有限公司'))
  // The agent stays signed in through the API for the whole test (no workstation beats for them).
  await acd.settings({ afterCallWorkSeconds: 0, recordingEnabled: true, heartbeatTimeoutSeconds: 600 })
  browser = await launchChromium()
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  console.info(`quality: screenshots in ${SCREENSHOT_DIR}`)
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

/** A wav as the switch writes it (8 kHz mono 16-bit) with a tone that swells and fades, like speech turns. */
function spokenWav(seconds: number): Buffer {
  const wav = silentWav(seconds)
  const samples = (wav.length - 44) / 2
  for (let index = 0; index < samples; index++) {
    const at = index / 8000
    const envelope = Math.abs(Math.sin(at * Math.PI * 1.5)) * (0.3 + 0.7 * ((index / samples) % 0.5))
    wav.writeInt16LE(Math.round(Math.sin(2 * Math.PI * 440 * at) * envelope * 20000), 44 + index * 2)
  }
  return wav
}

/** What the consoles' security policy refused on any page of the test: waveforms, players and all. */
const refused: string[][] = []

async function signedIn(app: 'admin' | 'agent', email: string, locale = 'zh-CN'): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 })
  await context.addInitScript((chosen) => localStorage.setItem('cc.locale', chosen), locale)
  const page = await context.newPage()
  refused.push(contentPolicyRefusals(page))
  page.setDefaultTimeout(15_000)
  await page.goto(`${api.url}/${app}/`)
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(TEST_PASSWORD)
  await page.getByTestId('login-submit').click()
  await page.getByTestId(app === 'admin' ? 'dashboard-tenant-name' : 'phone-bar').waitFor()
  return page
}

async function photograph(page: Page, name: string): Promise<void> {
  await settled(page)
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) })
}

const audioTime = (page: Page) =>
  page.getByTestId('recording-player').evaluate((audio: HTMLAudioElement) => audio.currentTime)

it('A10: a scorecard, an inspection with a comment at a moment, the agent’s appeal and its resolution', async () => {
  const agentEmail = uniqueEmail('a10-agent')
  await recordedCall(acd, {
    caller: '13812345678',
    agent: { name: '王芳', email: agentEmail },
    audio: spokenWav(RECORDING_SECONDS),
  })
  const admin = await signedIn('admin', acd.tenant.email)

  // 评分表: a scorecard with a 10-point criterion and a fatal item worth nothing but the gate.
  await admin.getByTestId('nav-quality').click()
  await admin.getByTestId('nav-qaScorecards').click()
  await admin.getByTestId('scorecards-table').getByTestId('empty-state').waitFor()
  await admin.getByTestId('scorecard-add').click()
  const drawer = admin.getByTestId('scorecard-drawer')
  await drawer.getByTestId('scorecard-name').fill('呼入服务标准')
  await drawer.getByTestId('section-name').fill('服务规范')
  await drawer.getByTestId('criterion-name').fill('使用标准问候语')
  await drawer.getByTestId('criterion-description').fill('接通后先报工号')
  await drawer.getByTestId('criterion-add').click()
  const fatal = drawer.getByTestId('scorecard-criterion').nth(1)
  await fatal.getByTestId('criterion-name').fill('泄露客户信息')
  await fatal.getByTestId('criterion-points').locator('input').fill('0')
  await fatal.getByTestId('criterion-fatal').click()
  await expect.poll(() => drawer.getByTestId('scorecard-total').textContent()).toContain('合计 10 分')
  await drawer.getByTestId('scorecard-save').click()
  const scorecardRow = admin.getByTestId('scorecards-table').locator('.el-table__row').first()
  await expect.poll(() => scorecardRow.textContent()).toContain('呼入服务标准')
  expect(await scorecardRow.textContent()).toContain('第 1 版')

  // 质检工作台: every matching call is picked and lands in the inspector's own queue.
  await admin.getByTestId('nav-qaWorkbench').click()
  await admin.getByTestId('inspections-table').getByTestId('empty-state').waitFor()
  await admin.getByTestId('sample-open').click()
  const sampling = admin.getByTestId('sample-dialog')
  await sampling.getByTestId('sample-scorecard').click()
  await admin.getByRole('option', { name: '呼入服务标准 · 第 1 版' }).click()
  await sampling.getByText('全部符合条件的通话').click()
  await sampling.getByTestId('sample-preview-button').click()
  await expect.poll(() => sampling.getByTestId('sample-preview').textContent()).toContain('将抽取 1 通电话')
  await sampling.getByTestId('sample-confirm').click()
  const queued = admin.getByTestId('inspections-table').locator('.el-table__row').filter({ hasText: '王芳' })
  await queued.waitFor()
  expect(await queued.textContent()).toContain('待质检')
  expect(await queued.textContent()).toContain('呼入服务标准 第 1 版')

  // One call: the recording decodes into a waveform; a click halfway seeks there.
  await queued.getByTestId('inspection-open').click()
  const view = admin.getByTestId('inspection-view')
  const waveform = view.getByTestId('recording-waveform')
  await expect.poll(() => waveform.getAttribute('data-state')).toBe('ready')
  await expect
    .poll(() => admin.getByTestId('recording-player').evaluate((audio: HTMLAudioElement) => audio.duration))
    .toBe(RECORDING_SECONDS)
  const box = (await waveform.boundingBox())!
  await waveform.click({ position: { x: box.width / 2, y: box.height / 2 } })
  await expect.poll(() => audioTime(admin)).toBeCloseTo(RECORDING_SECONDS / 2, 0)
  // The waveform has drawn bars: not every pixel of the canvas is blank.
  expect(
    await waveform.evaluate((canvas: HTMLCanvasElement) =>
      canvas
        .getContext('2d')!
        .getImageData(0, 0, canvas.width, canvas.height)
        .data.some((value) => value !== 0),
    ),
  ).toBe(true)
  // The call's timeline and details, the same as the call records show.
  await expect.poll(() => view.getByTestId('call-timeline').textContent()).toContain('坐席 王芳 接听')

  // A comment pinned at the moment, and the scores; the preview follows.
  await view.getByTestId('comment-text').fill('报工号时语速过快')
  await view.getByTestId('comment-add').click()
  await expect.poll(() => view.getByTestId('comment-moment').textContent()).toContain('0:02')
  const criteria = view.getByTestId('score-criterion')
  await criteria.nth(0).getByTestId('score-points').locator('input').fill('8')
  await criteria.nth(1).getByTestId('score-points').locator('input').fill('0')
  await criteria.nth(1).getByTestId('score-points').locator('input').blur()
  await expect.poll(() => view.getByTestId('score-preview').textContent()).toContain('得分 8 / 10（80%）')
  await photograph(admin, 'workbench-zh-CN')

  // Back to the start of the recording, then the comment brings playback to its moment.
  await waveform.click({ position: { x: 2, y: box.height / 2 } })
  await expect.poll(() => audioTime(admin)).toBeLessThan(0.5)
  await view.getByTestId('comment-moment').click()
  await expect.poll(() => audioTime(admin)).toBeCloseTo(RECORDING_SECONDS / 2, 0)

  await view.getByTestId('inspection-submit').click()
  await expect.poll(() => view.getByTestId('inspection-status').textContent()).toBe('已提交')
  expect(await view.getByTestId('score-total').textContent()).toContain('得分 8 / 10（80%）')
  // Submitted, it may be appealed for the company's window (7 days by default), as the agent is told.
  expect(await view.getByTestId('appeal-deadline').textContent()).toMatch(/^可申诉至 \S/)
  await photograph(admin, 'workbench-submitted-zh-CN')

  // The same workbench in English (the link keeps the inspection open).
  const english = await signedIn('admin', acd.tenant.email, 'en')
  await english.goto(admin.url())
  await english.getByTestId('inspection-view').getByTestId('score-total').waitFor()
  await expect.poll(() => english.getByTestId('recording-waveform').getAttribute('data-state')).toBe('ready')
  expect(await english.getByTestId('inspection-status').textContent()).toBe('Submitted')
  await photograph(english, 'workbench-en')
  await english.context().close()

  // The list shows the same deadline for each inspection not appealed.
  await admin.getByTestId('inspection-back').click()
  await expect.poll(() => queued.textContent()).toContain('已提交')
  expect(await queued.getByTestId('appeal-deadline').textContent()).toMatch(/^可申诉至 \S/)
  await photograph(admin, 'workbench-list-zh-CN')

  // 我的质检: the agent sees the result, its comment and the criteria, and appeals once.
  // Signed in through the API already, the agent is not asked to sign in over the page (G2).
  const agent = await signedIn('agent', agentEmail)
  await agent.getByTestId('nav-myInspections').click()
  const mine = agent.getByTestId('my-inspections-table').locator('.el-table__row').first()
  await expect.poll(() => mine.getByTestId('my-inspection-score').textContent()).toContain('8 / 10 · 80%')
  await mine.click()
  const details = agent.getByTestId('my-inspection-drawer')
  await expect.poll(() => details.getByTestId('comment').textContent()).toContain('报工号时语速过快')
  await expect.poll(() => details.getByTestId('recording-waveform').getAttribute('data-state')).toBe('ready')
  expect(await details.getByTestId('score-criterion').first().textContent()).toContain('8 / 10')
  // The call inspected, in the same details as My call records; its recording plays once, in the waveform above.
  await expect.poll(() => details.getByTestId('call-timeline').textContent()).toContain('双方接通')
  expect(await details.getByTestId('recording-player').count()).toBe(1)
  await details.getByTestId('appeal-reason').fill('客户要求先核实身份，已按流程报工号')
  await details.getByTestId('appeal-submit').click()
  await expect
    .poll(() => details.getByTestId('my-inspection-appeal-state').textContent())
    .toContain('申诉处理中')
  expect(await details.getByTestId('appeal-submit').count()).toBe(0)
  await photograph(agent, 'agent-my-inspection-zh-CN')
  expect(await agent.getByTestId('signin-dialog').isVisible()).toBe(false)

  // 申诉处理: the inspector accepts and scores again; the first result stays readable.
  await admin.getByTestId('workbench-tab-appeals').click()
  const appealed = admin
    .getByTestId('inspections-table')
    .locator('.el-table__row')
    .filter({ hasText: '王芳' })
  await expect.poll(() => appealed.textContent()).toContain('申诉待处理')
  await appealed.getByTestId('inspection-open').click()
  await expect.poll(() => view.getByTestId('inspection-appeal').textContent()).toContain('客户要求先核实身份')
  await view.getByTestId('score-criterion').nth(0).getByTestId('score-points').locator('input').fill('10')
  await view.getByTestId('appeal-resolution').fill('核实身份在先，合理')
  await view.getByTestId('appeal-accept').click()
  await expect.poll(() => view.getByTestId('score-total').textContent()).toContain('得分 10 / 10（100%）')
  expect(await view.getByTestId('inspection-appeal').textContent()).toContain('申诉已采纳')

  // The agent sees the outcome.
  await agent.reload()
  await agent.getByTestId('my-inspections-table').locator('.el-table__row').first().click()
  await expect.poll(() => details.getByTestId('my-inspection-total').textContent()).toContain('10 / 10')
  expect(await details.getByTestId('my-inspection-resolution').textContent()).toContain('核实身份在先，合理')
  expect(await details.getByTestId('my-inspection-revised').textContent()).toContain('原得分 8 分')
  await photograph(agent, 'agent-my-inspection-resolved-zh-CN')
  await agent.context().close()

  // 质检报表: one inspection of 王芳, 100% on average, appealed.
  await admin.getByTestId('nav-qaReport').click()
  const reportRow = admin.getByTestId('qa-report-table').locator('.el-table__row').filter({ hasText: '王芳' })
  await expect.poll(() => reportRow.textContent()).toContain('100%')
  const cells = await reportRow.locator('td').allTextContents()
  expect(cells.map((cell) => cell.trim())).toEqual(['王芳', '1', '100%', '0', '1', '100%'])
  await photograph(admin, 'qa-report-zh-CN')
  await admin.context().close()
  expect(refused.flat()).toEqual([])
}, 240_000)
