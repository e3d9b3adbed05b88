// The email that gives a member their default password (an invitation or a reset), and how it went.
import type { Mailer } from '../../common/mailer.js'
import { Role, hasRoleAtLeast } from '../identity/roles.js'
import type { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { credentialsEmail } from './invitation-email.js'
import { EmailDelivery } from './organization.types.js'

/** How the email with a default password went (an SMTP server, only the outbox folder, or not at all). */
export interface EmailOutcome {
  /** False when the mail server refused it or it could not be written; the admin can resend it. */
  isEmailSent: boolean
  emailDelivery: EmailDelivery
  /** With WRITTEN_TO_OUTBOX, for administrators only: the server folder holding the .eml file. */
  outboxFolder: string | null
}

export interface AgentInvitation extends EmailOutcome {
  agent: User
}

/** Sends `password` to the member; a failure is reported, not thrown, so the admin can resend it. */
export async function mailCredentials(
  mailer: Mailer,
  publicUrl: string,
  viewer: Viewer,
  kind: 'INVITATION' | 'PASSWORD_RESET',
  user: User,
  password: string,
  tenantName: string,
): Promise<EmailOutcome> {
  try {
    const { delivery } = await mailer.send(
      credentialsEmail({
        kind,
        to: user.email,
        name: user.name,
        tenantName,
        password,
        workstationUrl: `${publicUrl}/agent/`,
      }),
    )
    // The server's folder is the platform operator's business; administrators are the ones who run it.
    const isWritten = delivery === 'WRITTEN_TO_OUTBOX'
    return {
      isEmailSent: true,
      emailDelivery: isWritten ? EmailDelivery.WRITTEN_TO_OUTBOX : EmailDelivery.SENT,
      outboxFolder:
        isWritten && hasRoleAtLeast(viewer.role, Role.ADMIN) ? (mailer.outboxFolder ?? null) : null,
    }
  } catch {
    return { isEmailSent: false, emailDelivery: EmailDelivery.FAILED, outboxFolder: null }
  }
}
