// X4 in the admin console: an administrator making a new task progressive in the task drawer sees the
// answering-machine note and sets two calling-hour windows. A screenshot of the drawer's dialing section
// (Chinese) goes to PROGRESSIVE_SCREENSHOTS (a temp dir). Saving is covered by TaskDrawer.test.ts.
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { useDemoConsole } from './demoConsole'
import { settled } from './pages'

const SCREENSHOT_DIR = process.env.PROGRESSIVE_SCREENSHOTS ?? path.join(tmpdir(), 'progressive-dialing')

const fixture = useDemoConsole(SCREENSHOT_DIR, { env: { PROGRESSIVE_DIAL_MS: '0' } })

it('X4: the task drawer’s progressive section warns that answering machines are not detected and takes calling hours', async () => {
  const page = await fixture.adminPage({ width: 1440, height: 900 }, 'zh-CN')
  await page.goto(`${fixture.api.url}/admin/outbound/tasks`)
  await page.getByTestId('tasks-add').click()
  const drawer = page.getByTestId('task-drawer')
  await page.getByTestId('task-name').fill('渐进式回访')
  for (const [index, day] of ['2026-12-01', '2027-01-31'].entries()) {
    const input = drawer.locator('.el-date-editor input').nth(index)
    await input.fill(day)
    await input.press('Enter')
  }
  await page.getByTestId('task-dialing-mode').getByText('渐进式').click()
  expect(await page.getByTestId('task-dialing-amd').textContent()).toContain('系统不识别应答机')
  await page.getByTestId('task-add-window').click()
  await page.getByTestId('task-add-window').click()
  const first = page.getByTestId('task-window-0').locator('input')
  await first.nth(1).fill('12:00')
  await first.nth(1).press('Enter')
  const second = page.getByTestId('task-window-1').locator('input')
  await second.nth(0).fill('14:00')
  await second.nth(0).press('Enter')
  await second.nth(1).fill('20:00')
  await second.nth(1).press('Enter')
  const dialing = page.getByTestId('task-dialing')
  await dialing.scrollIntoViewIfNeeded()
  await settled(page)
  await dialing.screenshot({ path: path.join(SCREENSHOT_DIR, 'desktop-zh-CN-task-dialing.png') })
})
