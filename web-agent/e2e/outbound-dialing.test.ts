// A12 + A13 + G7 end to end on the switch simulator: the administrator creates an outbound task in the admin
// console, adds a number, imports a small XLSX through the import dialog (one good row, two rejected) and
// starts the task; the telesales agent opens the number in the workstation (its data and the task's
// script), dials it with one click (the customer sees the task's caller ID) and records the result with a
// next contact; the administrator's outbound statistics (A14) then count the dialled number and its result.
// With OUTBOUND_SCREENSHOTS=<dir> it photographs the admin task page, the import dialog, the statistics and
// the workstation's task page in Chinese and English.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { AcdFixture } from '../../api/test/acd-fixtures'
import { startTestApi, type TestApi } from '../../api/test/api'
import { launchChromium } from '../../api/test/chromium'
import { settledScreenshot, signedInConsole } from './consoles'
import { addAgent, signInInvited, signupTenant } from '../../api/test/factories'

const SCREENSHOT_DIR = process.env.OUTBOUND_SCREENSHOTS

let api: TestApi
let acd: AcdFixture
let browser: Browser

beforeAll(async () => {
  api = await startTestApi({
    env: { CALL_RECORD_FLUSH_MS: '10', SWITCH_OWNERSHIP_POLL_MS: '200', ACD_SWEEP_MS: '100' },
  })
  acd = await AcdFixture.create(api, await signupTenant(api, '星辰电销'))
  await acd.ownNumber('+862188880077')
  await acd.settings({ afterCallWorkSeconds: 0, homeRegion: 'CN' })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

const signIn = (consolePath: 'agent' | 'admin', email: string, locale: string) =>
  signedInConsole(browser, api.url, consolePath, email, locale)
const shoot = (page: Page, name: string) => settledScreenshot(page, SCREENSHOT_DIR, name, { fullPage: true })

const pick = (page: Page, text: string) =>
  page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click()

/**
 * A14: the task's row: 2 numbers (one added, one imported), 1 dialled, its result counted; and the agent's
 * workload of the day: 1 call, 1 result.
 */
async function expectStatistics(page: Page, result: string): Promise<void> {
  const taskCells = () =>
    page
      .getByTestId('statistics-tasks-table')
      .locator('.el-table__body tr', { hasText: '双十二回访' })
      .locator('td')
      .allTextContents()
  await expect.poll(async () => (await taskCells()).slice(1, 3)).toEqual(['2', '1'])
  expect((await taskCells())[9]).toContain(result)
  const workloadCells = await page
    .getByTestId('statistics-workload-table')
    .locator('.el-table__body tr', { hasText: '钱电销' })
    .locator('td')
    .allTextContents()
  expect([workloadCells[2], workloadCells[5]]).toEqual(['1', '1'])
}

it('A12 A13 G7 A14: the admin creates a task, adds a number and imports an XLSX; the telesales agent opens it, dials it with the task’s caller ID and records the result; the statistics count it', async () => {
  const agent = await addAgent(api, acd.tenant.token, { name: '钱电销', organization: 'TELESALES' })
  // The invitation is accepted (with the test password) before the agent signs in in the browser.
  await signInInvited(api, agent.email)

  // ── the administrator: create, add a number, start ──
  const admin = await signIn('admin', acd.tenant.email, 'zh-CN')
  await admin.getByTestId('dashboard-tenant-name').waitFor()
  await admin.getByTestId('nav-outbound').click()
  await admin.getByTestId('nav-outboundTasks').click()
  await admin.getByText('还没有外呼任务').waitFor()
  await admin.getByTestId('tasks-add').click()
  await admin.getByTestId('task-name').fill('双十二回访')
  for (const [index, day] of ['2026-12-01', '2027-01-31'].entries()) {
    const input = admin.locator('.el-drawer .el-date-editor input').nth(index)
    await input.fill(day)
    await input.press('Enter')
  }
  await admin.getByTestId('task-agents').click()
  await pick(admin, '钱电销')
  await admin.getByTestId('task-script').fill('您好，我是星辰电销的小钱，耽误您一分钟……')
  await admin.getByTestId('task-save').click()
  await admin.getByTestId('tasks-table').getByText('双十二回访').click()
  await admin.getByTestId('task-title').waitFor()
  await admin.getByTestId('items-add').click()
  await admin.getByTestId('item-phone').fill('13900139077')
  await admin.getByTestId('item-save').click()
  await admin.getByTestId('items-table').getByText('+8613900139077').waitFor()

  // ── A13: a small XLSX through the import dialog: one good number, one bad, one already in the task ──
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('号码')
  sheet.addRows([
    ['客户电话', '备注'],
    ['13900139078', '老客户'],
    ['abc', '—'],
    ['13900139077', '重复'],
  ])
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'cc-import-')), '双十二名单.xlsx')
  await workbook.xlsx.writeFile(file)
  await admin.getByTestId('items-import').click()
  await admin.getByTestId('list-import-file').locator('input[type=file]').setInputFiles(file)
  await expect
    .poll(() => admin.getByTestId('list-import-detected').textContent())
    .toContain('双十二名单.xlsx')
  await admin.getByTestId('list-import-phone-column').click()
  await pick(admin, '客户电话')
  await admin.getByTestId('list-import-start').click()
  await expect
    .poll(() => admin.getByTestId('list-import-summary').textContent(), { timeout: 30_000 })
    .toContain('读取 3 行，导入 1 行，拒绝 2 行')
  await admin.getByTestId('list-import-error-file').waitFor()
  await shoot(admin, 'admin-import-zh')
  await admin.locator('.el-dialog__footer').getByRole('button', { name: '关闭' }).click()
  await admin.getByTestId('items-table').getByText('+8613900139078').waitFor()
  await admin.getByTestId('task-activate').click()
  await expect.poll(() => admin.getByTestId('task-status').textContent()).toContain('进行中')
  await admin.getByTestId('items-import').waitFor()
  await shoot(admin, 'admin-task-zh')

  // ── the agent: open, dial, record ──
  const page = await signIn('agent', agent.email, 'zh-CN')
  await page.getByTestId('signin-simulated').waitFor()
  await page.getByTestId('signin-mode-SOFTPHONE').click()
  await page.getByTestId('signin-submit').click()
  await expect
    .poll(() => page.getByTestId('status-select').textContent(), { timeout: 15_000 })
    .toContain('空闲')
  await page.getByTestId('nav-myTasks').click()
  await page.getByTestId('my-task-items').getByText('+8613900139077').waitFor()
  await page.getByTestId('task-item-open').click()
  const panel = page.getByTestId('task-item-panel')
  await panel.getByTestId('task-item-script').getByText('耽误您一分钟').waitFor()

  await panel.getByTestId('task-item-dial').click()
  await page.getByTestId('call-timer').waitFor()
  const [link] = await acd.sql<{ call_id: string }>('select call_id from task_item_call')
  const shownCallerId = () =>
    acd.legsOf(link!.call_id).find((leg) => !leg.variables['cc_agent_id'])?.variables[
      'origination_caller_id_number'
    ]
  await expect.poll(shownCallerId).toBe('+862188880077')
  await shoot(page, 'workstation-task-zh')
  await page.getByTestId('hangup-button').click()

  await panel.getByTestId('task-item-result').click()
  await pick(page, '再次联系')
  await panel.getByTestId('task-item-notes').fill('客户说周五下午再打')
  await panel.getByTestId('task-item-save').click()
  await page.getByText('已保存跟进结果').waitFor()
  await expect
    .poll(() => page.getByTestId('my-task-items').locator('.el-table__row').first().textContent())
    .toContain('已跟进')

  // ── A14: the administrator's statistics count the dialled number and its result ──
  await admin.getByTestId('nav-outboundStatistics').click()
  await expectStatistics(admin, '再次联系 1')
  await admin.getByTestId('statistics-task-calls').click()
  await admin.getByTestId('task-calls-table').getByText('+8613900139077').waitFor()
  await admin.keyboard.press('Escape')
  await admin.getByTestId('task-calls-drawer').waitFor({ state: 'hidden' })
  await shoot(admin, 'admin-statistics-zh')

  if (SCREENSHOT_DIR) {
    await page.context().close()
    const english = await signIn('agent', agent.email, 'en')
    await english.getByTestId('signin-mode-SOFTPHONE').click()
    await english.getByTestId('signin-submit').click()
    await english.getByTestId('nav-myTasks').click()
    await english.getByTestId('task-item-open').click()
    await english.getByTestId('task-item-panel').waitFor()
    await shoot(english, 'workstation-task-en')
    const adminEn = await signIn('admin', acd.tenant.email, 'en')
    await adminEn.getByTestId('dashboard-tenant-name').waitFor()
    await adminEn.goto(`${api.url}/admin/outbound/tasks`)
    await adminEn.getByTestId('tasks-table').getByText('双十二回访').waitFor()
    await shoot(adminEn, 'admin-tasks-en')
    await adminEn.getByTestId('tasks-table').getByText('双十二回访').click()
    await adminEn.getByTestId('items-table').getByText('+8613900139077').waitFor()
    await shoot(adminEn, 'admin-task-en')
    await adminEn.goto(`${api.url}/admin/outbound/do-not-call`)
    await adminEn.getByTestId('dnc-table').waitFor()
    await shoot(adminEn, 'admin-dnc-en')
    await adminEn.goto(`${api.url}/admin/outbound/statistics`)
    await expectStatistics(adminEn, 'Call back 1')
    await shoot(adminEn, 'admin-statistics-en')
  }
}, 240_000)
