import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { createServer, type AddressInfo, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemClock } from './clock.js'
import { createMailer } from './mailer.js'

/** Just enough of an SMTP server to accept messages; it keeps each one's DATA. */
function fakeSmtpServer(received: string[]): Server {
  return createServer((socket) => {
    let data: string | undefined
    const reply = (line: string) => socket.write(`${line}\r\n`)
    reply('220 fake ESMTP')
    let buffer = ''
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      let end: number
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        if (data !== undefined) {
          if (line === '.') {
            received.push(data)
            data = undefined
            reply('250 queued')
          } else data += `${line}\n`
        } else if (/^(EHLO|HELO)/i.test(line)) reply('250 fake')
        else if (/^DATA/i.test(line)) {
          data = ''
          reply('354 go on')
        } else if (/^QUIT/i.test(line)) {
          reply('221 bye')
          socket.end()
        } else reply('250 ok')
      }
    })
  })
}

describe('mailer', () => {
  const received: string[] = []
  const server = fakeSmtpServer(received)
  let port = 0
  let mailDir = ''

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
    mailDir = path.join(await mkdtemp(path.join(tmpdir(), 'cc-mailer-')), 'mail')
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await rm(path.dirname(mailDir), { recursive: true, force: true })
  })

  const message = { to: 'li.lei@example.com', subject: '邀请', text: 'Default password: x' }

  it('A2: with SMTP_URL a message is sent, and says so', async () => {
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Cloud Call Center <no-reply@example.com>',
      mailDir,
      clock: systemClock,
    })
    const sent = await mailer.send(message)
    expect(sent.delivery).toBe('SENT')
    expect(sent.file).toBeUndefined()
    expect(mailer.outboxFolder).toBeUndefined()
    expect(received.at(-1)).toContain('To: li.lei@example.com')
  })

  it('A2: without SMTP_URL a message is only written to the outbox folder, and says so', async () => {
    const mailer = createMailer({
      smtpUrl: undefined,
      from: 'x <no-reply@example.com>',
      mailDir,
      clock: systemClock,
    })
    const sent = await mailer.send(message)
    expect(sent.delivery).toBe('WRITTEN_TO_OUTBOX')
    expect(mailer.outboxFolder).toBe(mailDir)
    expect(path.dirname(sent.file!)).toBe(mailDir)
    expect(await readdir(mailDir)).toContain(path.basename(sent.file!))
  })
})
