// What the workstation's end-to-end tests share: a user signed in to a console in a browser context of
// their own, and screenshots taken once nothing moves.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { TEST_PASSWORD } from '../../api/test/factories'
import { settled, withMainShown } from '../../web-admin/e2e/pages'

/** A new 1440×900 context in the locale, signed in to the agent workstation or the admin console. */
export async function signedInConsole(
  browser: Browser,
  baseUrl: string,
  consolePath: 'agent' | 'admin',
  email: string,
  locale: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  await context.addInitScript((chosen) => localStorage.setItem('cc.locale', chosen), locale)
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(`${baseUrl}/${consolePath}/`)
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(TEST_PASSWORD)
  await page.getByTestId('login-submit').click()
  return page
}

/** A screenshot into `dir` (none when the variable naming it is unset), once loading masks and slides end. */
export async function settledScreenshot(
  page: Page,
  dir: string | undefined,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  if (!dir) return
  await mkdir(dir, { recursive: true })
  const photo = () =>
    page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: options.fullPage ?? false })
  if (options.fullPage) return withMainShown(page, async () => void (await photo()))
  await settled(page)
  await photo()
}
