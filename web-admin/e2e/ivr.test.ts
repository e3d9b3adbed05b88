// A7 end to end: the built admin console in Chromium against the real API. An administrator builds a flow
// with a sub-menu that ends in a skill group's queue, publishes it, puts a number on a daily IVR that uses
// it, and asks what a call to that number gets on a Monday morning.
// With IVR_SCREENSHOTS=<dir> it also photographs each IVR page at two sizes in both languages.
import { mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../api/test/chromium'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startE2eServer } from '../../api/test/e2e-server'
import { graphqlAs, signUpCompany } from './pages'

// The browser keeps the company's clocks (signup's default zone), so a moment typed in the picker is the
// moment the schedule is read at.
const TIME_ZONE = 'Asia/Shanghai'

let server: Awaited<ReturnType<typeof startE2eServer>> | undefined
let browser: Browser | undefined
/** The administrator's page, kept for the screenshots after the flow is built. */
let page: Page | undefined

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

const signUp = (page: Page) =>
  signUpCompany(page, server!.url, {
    name: '杭州语音导航测试有限公司',
    adminName: '赵管理',
    emailPrefix: 'ivr',
  })

/** An approved text-to-speech prompt (the super administrator who signed up reviews prompts). */
async function approvedPrompt(page: Page, name: string, text: string): Promise<void> {
  const { synthesizePrompt } = await graphql<{ synthesizePrompt: { id: string } }>(
    page,
    'mutation ($input: SynthesizePromptInput!) { synthesizePrompt(input: $input) { id } }',
    { input: { name, text, voice: 'MANDARIN' } },
  )
  await graphql(
    page,
    'mutation ($id: ID!) { reviewVoicePrompt(id: $id, input: { decision: APPROVE }) { id } }',
    {
      id: synthesizePrompt.id,
    },
  )
}

/** Opens an Element Plus select and picks the visible option with this text. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
}

/** The IVR group of the side navigation opens on click and stays open; a second click would close it. */
async function openArea(page: Page, area: string): Promise<void> {
  if (!(await page.getByTestId(`nav-${area}`).isVisible())) await page.getByTestId('nav-ivr').click()
  await page.getByTestId(`nav-${area}`).click()
}

it('A7: a flow with a sub-menu into a queue, published, followed by a number in service hours', async () => {
  const context = await browser!.newContext({ viewport: { width: 1366, height: 768 }, timezoneId: TIME_ZONE })
  page = await context.newPage()
  await signUp(page)
  await approvedPrompt(page, '主菜单提示', '欢迎致电，咨询请按一')
  await approvedPrompt(page, '咨询菜单提示', '产品咨询请按一')
  await graphql(
    page,
    'mutation { createSkillGroup(input: { name: "咨询组", organization: INBOUND }) { id } }',
  )

  // The flow: key 1 of the first menu opens a sub-menu whose key 1 queues for 咨询组.
  await openArea(page, 'ivrFlows')
  await page.getByTestId('ivr-flows-add').click()
  await page.getByTestId('ivr-flow-name').fill('主菜单')
  await page.getByTestId('ivr-flow-save').click()
  await page.getByTestId('ivr-flow-editor').waitFor()
  await choose(page, 'ivr-menu-prompt', '主菜单提示')
  await page.getByTestId('ivr-key-1').getByTestId('ivr-key-action').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '进入子菜单' }).click()
  await page.getByTestId('ivr-key-1').getByRole('button', { name: '编辑子菜单' }).click()
  await page.getByTestId('ivr-menu-name').fill('产品咨询')
  await choose(page, 'ivr-menu-prompt', '咨询菜单提示')
  await page.getByTestId('ivr-key-1').getByTestId('ivr-key-action').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '转技能组排队' }).click()
  await choose(page, 'ivr-key-skill-group', '咨询组')
  expect(await page.getByTestId('ivr-menu-tree').textContent()).toContain('产品咨询')
  await page.getByTestId('ivr-publish').click()
  await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click()
  await page.getByText('线上 v1').waitFor()

  // A daily IVR with its default hours (Monday to Friday 09:00–18:00) using the flow.
  await openArea(page, 'ivrSchedules')
  await page.getByTestId('schedules-add').click()
  await page.getByTestId('schedule-name').fill('工作日')
  await choose(page, 'schedule-flow', '主菜单')
  await page.getByTestId('schedule-save').click()
  await page.getByTestId('schedules-table').getByText('工作日').waitFor()

  // A number that follows it.
  await page.getByTestId('nav-phone').click()
  await page.getByTestId('nav-phoneNumbers').click()
  await page.getByTestId('numbers-add').click()
  await page.getByTestId('number-number').fill('4008005566')
  await page.getByTestId('number-route').getByText('按日常 IVR').click()
  await choose(page, 'number-schedule', '工作日')
  await page.getByTestId('number-save').click()
  await page.getByTestId('numbers-table').getByText('+864008005566').waitFor()

  // Monday 2026-12-14 10:00 in Shanghai is in service hours: the published flow answers.
  await openArea(page, 'ivrSchedules')
  const moment = page.getByTestId('routing-check-at').locator('input')
  await moment.fill('2026-12-14 10:00')
  await page.keyboard.press('Enter')
  await page.getByTestId('routing-check-run').click()
  const answer = page.getByTestId('routing-check-answer')
  await answer.waitFor()
  const text = await answer.textContent()
  expect(text).toContain('服务时间内')
  expect(text).toContain('主菜单')
  expect(text).toContain('v1')
  expect(text).toContain('2026-12-14 10:00')

  // Sunday is outside the hours: the after-hours prompt.
  await moment.fill('2026-12-13 10:00')
  await page.keyboard.press('Enter')
  await page.getByTestId('routing-check-run').click()
  await answer.getByText('非服务时间').waitFor()
})

it.runIf(process.env.IVR_SCREENSHOTS)(
  'A7: screenshots of the IVR pages',
  () => photograph(page!, process.env.IVR_SCREENSHOTS!),
  600_000,
)

/** Each IVR page at 1366×768 and 1920×1080, in Chinese and English, for a person to look at. */
async function photograph(page: Page, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  for (const input of [
    { name: '国庆节', startDate: '2026-10-01', endDate: '2026-10-07', action: 'CLOSED' },
    { name: '元旦', startDate: '2026-12-31', endDate: '2027-01-01', action: 'CLOSED' },
  ])
    await graphql(page, 'mutation ($input: IvrHolidayInput!) { createIvrHoliday(input: $input) { id } }', {
      input,
    })
  const flowId = (
    await graphql<{ ivrFlows: { items: Array<{ id: string }> } }>(page, '{ ivrFlows { items { id } } }')
  ).ivrFlows.items[0]!.id
  const editor = `/admin/ivr/flows?flow=${flowId}`
  // Each shot: the page, and what to open on it first.
  const shots: Record<string, [string, ((page: Page) => Promise<void>)?]> = {
    flows: ['/admin/ivr/flows'],
    editor: [editor],
    history: [editor, (page) => page.getByTestId('ivr-history').click()],
    schedules: [
      '/admin/ivr/schedules',
      async (page) => {
        await page.getByTestId('routing-check-run').click()
        await page.getByTestId('routing-check-answer').waitFor()
      },
    ],
    schedule: [
      '/admin/ivr/schedules',
      (page) => page.getByTestId('schedules-table').getByRole('button').first().click(),
    ],
    holidays: ['/admin/ivr/holidays'],
    holiday: ['/admin/ivr/holidays', (page) => page.getByTestId('holidays-add').click()],
    number: [
      '/admin/phone/numbers',
      (page) => page.getByTestId('numbers-table').getByRole('button').first().click(),
    ],
  }
  for (const locale of ['zh-CN', 'en'])
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.evaluate((value) => localStorage.setItem('cc.locale', value), locale)
      await page.setViewportSize({ width, height })
      for (const [name, [path, open]] of Object.entries(shots)) {
        await page.goto(`${server!.url}${path}`)
        await page.getByTestId('page-title').waitFor()
        await page.waitForLoadState('networkidle')
        await open?.(page)
        await page.waitForFunction(() => !document.querySelector('.el-loading-mask'))
        // Finishes the drawers' slide-in at once instead of catching them half-way.
        await page.screenshot({ path: `${dir}/${name}-${locale}-${width}.png`, animations: 'disabled' })
      }
    }
}
