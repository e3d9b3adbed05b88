// A11 in the admin console: a group leader, created through the API in the demo company, signs in and is
// offered the areas a leader may use only; opening call settings by its address brings them home with a
// message. A screenshot of the menu (Chinese) goes to LEADER_MENU_SCREENSHOTS (a temp dir).
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { TEST_PASSWORD, addAgent, addGroup, loginToken, signInInvited } from '../../api/test/factories'
import { useDemoConsole } from './demoConsole'
import { settled, signIn } from './pages'

const SCREENSHOT_DIR = process.env.LEADER_MENU_SCREENSHOTS ?? path.join(tmpdir(), 'leader-menu')

const fixture = useDemoConsole(SCREENSHOT_DIR)

it('A11: a group leader sees the trimmed menu and is sent home from the call settings', async () => {
  const { api, demo } = fixture
  const adminToken = await loginToken(api, demo.email, demo.password)
  const leader = await addAgent(api, adminToken, { name: '呼入组长', role: 'GROUP_LEADER' })
  const member = await addAgent(api, adminToken, { name: '组员甲' })
  await addGroup(api, adminToken, { leaderId: leader.id, memberIds: [member.id] })
  await signInInvited(api, leader.email)

  const context = await fixture.browser.newContext({ viewport: { width: 1440, height: 900 } })
  await context.addInitScript(() => localStorage.setItem('cc.locale', 'zh-CN'))
  const page = await context.newPage()
  await signIn(page, api.url, leader.email, TEST_PASSWORD)
  const nav = page.locator('.side-nav')
  for (const shown of ['nav-team', 'nav-supervision', 'nav-statistics', 'nav-quality', 'nav-settings'])
    await expect.poll(() => nav.getByTestId(shown).count(), { message: shown }).toBe(1)
  for (const hidden of ['nav-phone', 'nav-ivr', 'nav-integration', 'nav-outbound'])
    expect(await nav.getByTestId(hidden).count(), hidden).toBe(0)
  await settled(page)
  await nav.screenshot({ path: path.join(SCREENSHOT_DIR, 'desktop-zh-CN-leader-menu.png') })

  await page.goto(`${api.url}/admin/phone/call-handling`)
  await page.locator('.el-message').getByText('你的角色不能使用“呼叫设置”').waitFor()
  expect(new URL(page.url()).pathname).toBe('/admin/')
  await context.close()
})
