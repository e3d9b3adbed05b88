// 客户 end to end (G4): the same person known under two numbers becomes one customer. The administrator
// picks 合并 on one record, finds the other by its last digits, reads what will move and confirms; the
// list then shows one customer with both numbers, and the other is gone. Desktop in Chinese; screenshots
// go to CUSTOMERS_SCREENSHOTS (a temp dir).
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { loginToken } from '../../api/test/factories'
import { useDemoConsole } from './demoConsole'
import { settled } from './pages'

const SCREENSHOT_DIR = process.env.CUSTOMERS_SCREENSHOTS ?? path.join(tmpdir(), 'customers')

const fixture = useDemoConsole(SCREENSHOT_DIR)

it('G4: a customer merged into another leaves one customer with both numbers', async () => {
  const token = await loginToken(fixture.api, fixture.demo.email, fixture.demo.password)
  for (const [name, number] of [
    ['李雷', '13700001111'],
    ['', '13700002222'],
  ])
    await fixture.api.graphql(
      'mutation ($n: String!, $name: String) { createCustomer(input: { name: $name, organization: INBOUND, phoneNumbers: [$n] }) { id } }',
      { n: number, name },
      { token },
    )
  const page = await fixture.adminPage({ width: 1440, height: 900 }, 'zh-CN')
  await page.goto(`${fixture.api.url}/admin/customers`)
  // Searched by its number: the demo's calls keep adding customers, which would push it off the first page.
  await page.getByTestId('customers-search').fill('13700002222')
  await page.getByTestId('customers-search').press('Enter')
  const rows = page.locator('.el-table__body-wrapper .el-table__row')
  const nameless = rows.filter({ hasText: '13700002222' })
  await nameless.waitFor()
  // The actions column is fixed: Element Plus renders it again over the table, where the clicks land.
  await page
    .locator('.el-table__row')
    .filter({ hasText: '13700002222' })
    .getByTestId('customer-merge')
    .last()
    .click()
  await page.getByTestId('merge-search').fill('1111')
  await page.getByTestId('merge-find').click()
  await page.getByTestId('merge-dialog').locator('.el-radio').filter({ hasText: '李雷' }).waitFor()
  expect(await page.getByTestId('merge-dialog').textContent()).toContain('此操作无法撤销')
  await settled(page)
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'merge-zh-CN.png') })
  await page.getByTestId('merge-confirm').click()
  // One row holds the number now: the kept customer's, with both numbers.
  await expect
    .poll(async () => (await rows.filter({ hasText: '13700002222' }).allTextContents()).join('|'))
    .toMatch(/^[^|]*李雷[^|]*$/)
  expect(await rows.filter({ hasText: '13700002222' }).textContent()).toContain('13700001111')
})
