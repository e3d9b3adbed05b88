// What to tell the admin after an email with a default password (A2): sent, only written to the server's
// outbox because no mail server is configured, or failed. Saying "sent" for the outbox would be a lie.
import { ElMessage } from 'element-plus'
import type { EmailDelivery } from '../../graphql/generated/graphql'

export interface EmailOutcome {
  emailDelivery: EmailDelivery
  /** The server's outbox folder; only administrators are told it. */
  outboxFolder?: string | null
}

export interface EmailNotice {
  type: 'success' | 'warning'
  /** An i18n key with its parameters. */
  key: string
  params: Record<string, string>
}

export function emailNotice(
  kind: 'INVITATION' | 'PASSWORD_RESET',
  outcome: EmailOutcome,
  email: string,
): EmailNotice {
  const isInvitation = kind === 'INVITATION'
  switch (outcome.emailDelivery) {
    case 'SENT':
      return {
        type: 'success',
        key: isInvitation ? 'agents.invited' : 'agents.emailOutcome.resetSent',
        params: { email },
      }
    case 'WRITTEN_TO_OUTBOX': {
      const base = isInvitation
        ? 'agents.emailOutcome.invitationToOutbox'
        : 'agents.emailOutcome.resetToOutbox'
      return outcome.outboxFolder
        ? { type: 'warning', key: `${base}At`, params: { email, folder: outcome.outboxFolder } }
        : { type: 'warning', key: base, params: { email } }
    }
    case 'FAILED':
      return {
        type: 'warning',
        key: isInvitation ? 'agents.emailOutcome.invitationFailed' : 'agents.emailOutcome.resetFailed',
        params: { email },
      }
  }
}

/** Shows the notice; one that is not plain success stays until read, since it names what to do. */
export function showEmailNotice(
  notice: EmailNotice,
  t: (key: string, params: Record<string, string>) => string,
) {
  const isSuccess = notice.type === 'success'
  ElMessage({
    type: notice.type,
    message: t(notice.key, notice.params),
    duration: isSuccess ? 3000 : 10_000,
    showClose: !isSuccess,
  })
}
