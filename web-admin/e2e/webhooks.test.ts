// The Webhooks page end to end: an administrator adds a local receiver, copies the secret shown once,
// sends a test, and sees it delivered in the log; the receiver gets it signed with that secret. On a
// desktop in Chinese and on a phone in English. Screenshots go to WEBHOOK_SCREENSHOTS (a temp dir).
import { createHmac } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useDemoConsole } from './demoConsole'
import { overflow, settled } from './pages'

const SCREENSHOT_DIR = process.env.WEBHOOK_SCREENSHOTS ?? path.join(tmpdir(), 'webhooks')

const fixture = useDemoConsole(SCREENSHOT_DIR)
let receiver: Server
const received: Array<{ headers: IncomingHttpHeaders; body: string }> = []

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') })
      response.end('ok')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  console.info(`webhooks: screenshots in ${SCREENSHOT_DIR}`)
})

afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve))
})

async function signedInPage(viewport: { width: number; height: number }, locale: string): Promise<Page> {
  const page = await fixture.adminPage(viewport, locale)
  await page.goto(`${fixture.api.url}/admin/integration/webhooks`)
  return page
}

describe('Webhooks page', () => {
  it('X5: an endpoint added on the page receives a signed test, and the delivery log shows it delivered', async () => {
    const page = await signedInPage({ width: 1440, height: 900 }, 'zh-CN')
    await page.getByText('还没有 Webhook 地址').waitFor()
    await settled(page)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'desktop-zh-CN-empty.png') })

    await page.getByTestId('webhooks-add').click()
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/call-center`
    await page.getByTestId('webhook-url').fill(url)
    await page.getByTestId('webhook-save').click()
    const secret = (await page.getByTestId('secret-once').getByTestId('copyable-text').textContent())!
    expect(secret).toMatch(/^whsec_/)
    await settled(page)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'desktop-zh-CN-secret.png') })
    await page.getByTestId('webhook-done').click()

    await page.getByTestId('webhook-ping').click()
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1)
    const [ping] = received
    const [, timestamp, signature] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(
      String(ping!.headers['x-cc-signature']),
    )!
    expect(signature).toBe(createHmac('sha256', secret).update(`${timestamp}.${ping!.body}`).digest('hex'))
    expect(JSON.parse(ping!.body)).toMatchObject({ type: 'ping' })

    await page.getByRole('button', { name: '推送记录' }).click()
    const drawer = page.getByTestId('webhook-deliveries')
    await drawer.getByText('已送达').waitFor()
    await drawer.locator('.el-table__expand-icon').first().click()
    await drawer.getByText('"type": "ping"').waitFor()
    await settled(page)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'desktop-zh-CN-deliveries.png') })
  })

  it('X5: on a phone, in English, the list fits the screen', async () => {
    const page = await signedInPage({ width: 390, height: 844 }, 'en')
    await page.getByTestId('webhooks-table').getByText('Active').waitFor()
    await settled(page)
    expect(await overflow(page)).toBe(0)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone-en-list.png') })
  })
})
