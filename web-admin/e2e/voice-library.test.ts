// A5 and A6 end to end: upload a real WAV in the built console, see it pending, approve it, pick it as a
// system prompt. The file is made by sox, as an administrator's recording would be.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../api/test/chromium'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startE2eServer } from '../../api/test/e2e-server'

const PASSWORD = 'Callcenter2026'

let server: Awaited<ReturnType<typeof startE2eServer>> | undefined
let browser: Browser | undefined
const dir = mkdtempSync(path.join(tmpdir(), 'cc-e2e-voice-'))

beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

async function signedInAdmin(): Promise<Page> {
  const email = `voice-${Date.now()}@example.com`
  const response = await fetch(`${server!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignupInput!) { signup(input: $input) { tenant { id } } }',
      variables: { input: { companyName: '语音测试公司', name: 'Admin', email, password: PASSWORD } },
    }),
  })
  expect(response.status).toBe(200)
  const page = await (await browser!.newContext({ viewport: { width: 1366, height: 800 } })).newPage()
  await page.goto(`${server!.url}/admin/login`)
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('nav-home').waitFor()
  return page
}

it('A6: an uploaded recording waits for review, and once approved the queue prompt can use it (A5)', async () => {
  const wav = path.join(dir, 'greeting.wav')
  execFileSync('sox', ['-n', '-r', '16000', '-c', '1', '-b', '16', wav, 'synth', '2', 'sine', '440'])
  const page = await signedInAdmin()

  await page.goto(`${server!.url}/admin/ivr/voice-library`)
  await page.getByTestId('empty-state').waitFor()
  await page.getByTestId('upload-open').click()
  await page.getByTestId('upload-name').fill('欢迎语')
  await page.getByTestId('upload-file').locator('input[type=file]').setInputFiles(wav)
  await page.getByTestId('upload-submit').click()
  const row = page.getByTestId('prompts-table').locator('tbody tr').filter({ hasText: '欢迎语' })
  await row.filter({ hasText: '待审核' }).waitFor()
  expect(await row.textContent()).toContain('0:02.0')

  // The company's super admin reviews it.
  await page.getByRole('tab', { name: '待审核' }).click()
  await page.getByTestId('review-table').getByTestId('approve').click()
  await page.getByRole('tab', { name: '语音列表' }).click()
  await row.filter({ hasText: '已通过' }).waitFor()

  await page.goto(`${server!.url}/admin/ivr/basics`)
  const queue = page.getByTestId('system-prompt-QUEUE')
  await queue.getByTestId('prompt-picker').click()
  await page.getByRole('option', { name: '欢迎语' }).click()
  await queue.filter({ hasNotText: '默认' }).waitFor()
})
