// What the admin console's end-to-end tests do alike: sign the demo administrator in on a given screen
// and language, sign a new company up, set up through GraphQL what a test needs but does not test, wait
// for the page to stand still before a screenshot, measure sideways overflow, and make a recorded call.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { AcdFixture } from '../../api/test/acd-fixtures'
import { eventually } from '../../api/test/eventually'
import type { DemoTenant } from '../../api/src/seed'

/** The console signed in as the demo tenant's administrator, on its home page. */
export async function demoAdminPage(
  browser: Browser,
  baseUrl: string,
  demo: DemoTenant,
  viewport: { width: number; height: number },
  locale: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
  await context.addInitScript((chosen) => localStorage.setItem('cc.locale', chosen), locale)
  const page = await context.newPage()
  await signIn(page, baseUrl, demo.email, demo.password)
  return page
}

/** Signs a user in on the console's sign-in page; they land on the home page. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/`)
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('dashboard-tenant-name').waitFor()
}

/** Waits until nothing moves: drawers have slid in, loading masks have faded (endless spinners aside). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('.el-loading-mask') &&
      document
        .getAnimations()
        .every(
          (animation) =>
            animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity,
        ),
  )
}

/** How far the page is wider than the screen (0 when it fits). */
/**
 * The console scrolls inside its layout's main area, which a full-page screenshot does not see: the
 * viewport grows to show all of it while `work` (the photo) runs, then shrinks back.
 */
export async function withMainShown(page: Page, work: () => Promise<void>): Promise<void> {
  const viewport = page.viewportSize()!
  const height = await page.evaluate(() => {
    const main = document.querySelector('.main')
    return main ? main.scrollHeight + main.getBoundingClientRect().top : window.innerHeight
  })
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.ceil(height)) })
  await settled(page)
  await work()
  await page.setViewportSize(viewport)
}

export function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)
}

/**
 * A call from `caller` routed to a new ready agent, recorded (`audio` put where the switch would write it),
 * then hung up by the caller and ended on the record; returns its ID.
 */
export async function recordedCall(
  acd: AcdFixture,
  { caller, agent, audio }: { caller: string; agent: Record<string, unknown>; audio: Buffer },
): Promise<string> {
  const group = await acd.skillGroup()
  await acd.readyAgent([group], agent)
  const callId = await acd.sim.placeInboundCall({ from: caller, to: await acd.numberFor(group) })
  await eventually(() => expect(acd.channel(callId)?.bridgedTo).toBeTruthy())
  const recording = await eventually(async () => {
    const [row] = await acd.sql<{ recording_file: string | null }>(
      'select recording_file from call_record where id = ?',
      [callId],
    )
    expect(row?.recording_file).toBeTruthy()
    return row!.recording_file!
  })
  acd.sim.hangup(callId)
  await eventually(async () =>
    expect(
      await acd.sql('select 1 from call_record where id = ? and ended_at is not null', [callId]),
    ).toHaveLength(1),
  )
  // The simulator writes its own tones there as the call ends; the test's audio takes their place.
  await mkdir(path.dirname(recording), { recursive: true })
  await writeFile(recording, audio)
  return callId
}

export const NEW_COMPANY_PASSWORD = 'Callcenter2026'

/** A new company signed up in the console; its super administrator lands on the home page. */
export async function signUpCompany(
  page: Page,
  baseUrl: string,
  company: { name: string; adminName: string; emailPrefix: string },
): Promise<void> {
  await page.goto(`${baseUrl}/admin/`)
  await page.getByTestId('to-signup').click()
  await page.getByTestId('signup-company').fill(company.name)
  await page.getByTestId('signup-name').fill(company.adminName)
  await page
    .getByTestId('signup-email')
    .fill(`${company.emailPrefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`)
  await page.getByTestId('signup-password').fill(NEW_COMPANY_PASSWORD)
  await page.getByTestId('signup-confirm-password').fill(NEW_COMPANY_PASSWORD)
  await page.getByTestId('signup-submit').click()
  await page.getByTestId('dashboard-tenant-name').waitFor()
}

/** GraphQL with the page's session cookie, for what a test needs but does not test (groups, numbers, calls). */
export async function graphqlAs<T>(
  page: Page,
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await page.request.post(`${baseUrl}/graphql`, {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  })
  const body = (await response.json()) as { data?: T; errors?: unknown }
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`)
  return body.data
}

/** A GraphQL call as the set-up of a test makes it: through the page's cookie, or the API's bearer token. */
export type SetUpGraphql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>

/**
 * A number following a published one-menu IVR around the clock, whose menu waits long for one of `keys`
 * (`{ key: '1', action: 'SKILL_GROUP', skillGroupId }`, `{ key: '9', action: 'REPLAY' }`); returns its ID.
 */
export async function publishedIvrNumber(
  graphql: SetUpGraphql,
  number: string,
  keys: Array<Record<string, unknown>>,
): Promise<string> {
  const { synthesizePrompt } = await graphql<{ synthesizePrompt: { id: string } }>(
    'mutation { synthesizePrompt(input: { name: "主菜单", text: "咨询请按一", voice: MANDARIN }) { id } }',
  )
  await graphql('mutation ($id: ID!) { reviewVoicePrompt(id: $id, input: { decision: APPROVE }) { id } }', {
    id: synthesizePrompt.id,
  })
  const { createIvrFlow } = await graphql<{ createIvrFlow: { id: string } }>(
    'mutation { createIvrFlow(input: { name: "主导航" }) { id } }',
  )
  await graphql(
    'mutation ($id: ID!, $definition: IvrFlowDefinitionInput!) { saveIvrFlowDraft(id: $id, definition: $definition) { id } }',
    {
      id: createIvrFlow.id,
      definition: {
        rootMenuId: 'root',
        menus: [
          {
            id: 'root',
            name: '主菜单',
            promptId: synthesizePrompt.id,
            digitTimeoutSeconds: 30,
            maxRetries: 5,
            keys,
          },
        ],
      },
    },
  )
  await graphql('mutation ($id: ID!) { publishIvrFlow(id: $id) { id } }', { id: createIvrFlow.id })
  const { createIvrSchedule } = await graphql<{ createIvrSchedule: { id: string } }>(
    'mutation ($input: IvrScheduleInput!) { createIvrSchedule(input: $input) { id } }',
    {
      input: {
        name: '全天',
        flowId: createIvrFlow.id,
        days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          weekday,
          ranges: [{ start: '00:00', end: '24:00' }],
        })),
      },
    },
  )
  const { addPhoneNumber } = await graphql<{ addPhoneNumber: { id: string } }>(
    'mutation ($input: AddPhoneNumberInput!) { addPhoneNumber(input: $input) { id } }',
    { input: { number, scheduleId: createIvrSchedule.id } },
  )
  return addPhoneNumber.id
}
