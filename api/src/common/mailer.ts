// Outgoing email: an SMTP server when SMTP_URL is set, otherwise one .eml file per message in DATA_DIR/mail.
import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { Clock } from './clock.js'

export interface MailMessage {
  to: string
  subject: string
  text: string
  html?: string
}

/** How a message left: handed to the SMTP server, or only written to the outbox folder (no SMTP_URL). */
export type MailDelivery = 'SENT' | 'WRITTEN_TO_OUTBOX'

export interface SentMail {
  messageId: string
  delivery: MailDelivery
  /** The .eml file written, when no SMTP server is configured. */
  file?: string
}

export interface Mailer {
  send(message: MailMessage): Promise<SentMail>
  /** Where messages are written instead of sent (no SMTP server); undefined when an SMTP server sends them. */
  readonly outboxFolder?: string
}

export interface MailerOptions {
  smtpUrl: string | undefined
  from: string
  /** Where .eml files go without SMTP: `<DATA_DIR>/mail`. */
  mailDir: string
  clock: Clock
  log?: (message: string) => void
}

export function createMailer({ smtpUrl, from, mailDir, clock, log }: MailerOptions): Mailer {
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl)
    return {
      async send(message) {
        const info = await transport.sendMail({ from, ...message })
        return { messageId: info.messageId, delivery: 'SENT' }
      },
    }
  }
  // nodemailer still builds the MIME message, so a file here is byte for byte what SMTP would carry.
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    outboxFolder: mailDir,
    async send(message) {
      const info = await transport.sendMail({ from, ...message })
      await mkdir(mailDir, { recursive: true })
      const stamp = clock.now().toISOString().replace(/[:.]/g, '-')
      const recipient = message.to.replace(/[^a-zA-Z0-9@._-]/g, '_')
      const file = path.join(mailDir, `${stamp}-${recipient}-${randomBytes(3).toString('hex')}.eml`)
      await writeFile(file, info.message as Buffer)
      log?.(`Mail to ${message.to} written to ${file}`)
      return { messageId: info.messageId, delivery: 'WRITTEN_TO_OUTBOX', file }
    },
  }
}
