// The invitation and password-reset emails of A2: Simplified Chinese first, English below.
import type { MailMessage } from '../../common/mailer.js'

export interface CredentialsEmail {
  kind: 'INVITATION' | 'PASSWORD_RESET'
  to: string
  name: string
  tenantName: string
  password: string
  /** `${PUBLIC_URL}/agent/` */
  workstationUrl: string
}

export function credentialsEmail({
  kind,
  to,
  name,
  tenantName,
  password,
  workstationUrl,
}: CredentialsEmail): MailMessage {
  const isInvitation = kind === 'INVITATION'
  const subject = isInvitation
    ? `${tenantName} 邀请您加入云呼叫中心 / You are invited to ${tenantName}'s call center`
    : `您的云呼叫中心密码已重置 / Your call center password was reset`
  const text = [
    `${name}，您好：`,
    '',
    isInvitation
      ? `${tenantName} 为您开通了云呼叫中心坐席账号。`
      : `${tenantName} 的管理员重置了您的云呼叫中心密码。`,
    '',
    `坐席工作台：${workstationUrl}`,
    `登录邮箱：${to}`,
    `初始密码：${password}`,
    '',
    '首次登录后请立即修改密码。',
    '',
    '----------------------------------------',
    '',
    `Hello ${name},`,
    '',
    isInvitation
      ? `${tenantName} has created a call center agent account for you.`
      : `An administrator of ${tenantName} has reset your call center password.`,
    '',
    `Workstation: ${workstationUrl}`,
    `Login email: ${to}`,
    `Default password: ${password}`,
    '',
    'You will be asked to change the password when you first sign in.',
    '',
  ].join('\n')
  return { to, subject, text }
}
