// What most console end-to-end tests start from: the real API with the demo company seeded (its
// administrator signs in through demoAdminPage) and a Chromium, started once before a file's tests and
// stopped after them.
import { mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { seedDemoTenant, type DemoTenant } from '../../api/src/seed'
import { startTestApi, type TestApi } from '../../api/test/api'
import { launchChromium } from '../../api/test/chromium'
import { demoAdminPage } from './pages'

export interface DemoConsole {
  api: TestApi
  demo: DemoTenant
  browser: Browser
  /** A new browser context of that size and language with the demo administrator signed in. */
  adminPage(viewport: { width: number; height: number }, locale: string): Promise<Page>
}

/**
 * Registers the file's set-up and tear-down; the fields are there once `beforeAll` has run. `apiOptions`
 * go to the API (e.g. `env` for a setting a test needs).
 */
export function useDemoConsole(
  screenshotDir?: string,
  apiOptions?: Parameters<typeof startTestApi>[0],
): DemoConsole {
  const fixture = {
    adminPage: (viewport, locale) =>
      demoAdminPage(fixture.browser, fixture.api.url, fixture.demo, viewport, locale),
  } as DemoConsole
  beforeAll(async () => {
    fixture.api = await startTestApi(apiOptions)
    fixture.demo = await seedDemoTenant(fixture.api, fixture.api.dataDir)
    fixture.browser = await launchChromium()
    if (screenshotDir) await mkdir(screenshotDir, { recursive: true })
  })
  afterAll(async () => {
    await fixture.browser?.close()
    await fixture.api?.stop()
  })
  return fixture
}
