import { flushPromises } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '../../../../web-common/src/i18n'
import { adminMessages } from '../../i18n/messages'
import { answerOperations, mountAdmin, sentTo } from '../../testing'
import AgentDrawer from './AgentDrawer.vue'
import { emailNotice, type EmailOutcome } from './emailOutcome'

const created = {
  id: 'u1',
  name: '韩梅梅',
  email: 'han.meimei@example.com',
  agentNumber: 'A2001',
  role: 'AGENT',
  organization: 'INBOUND',
  status: 'ACTIVE',
  mobile: null,
  answeringMode: 'SIP',
  mustChangePassword: true,
  signInLockedUntil: null,
  createdAt: '2026-12-10T08:00:00Z',
  groups: [],
}

function type(testId: string, value: string): void {
  const input = document.querySelector<HTMLInputElement>(
    `[data-testid=${testId}] input, input[data-testid=${testId}]`,
  )!
  input.value = value
  input.dispatchEvent(new Event('input'))
}

async function addAgent(outcome: EmailOutcome) {
  const fetchMock = answerOperations({
    CreateAgent: { data: { createAgent: { ...outcome, agent: created } } },
  })
  mountAdmin(AgentDrawer, { props: { modelValue: true, agent: null, groups: [] } })
  await flushPromises()
  type('agent-name', created.name)
  type('agent-email', created.email)
  type('agent-number', created.agentNumber)
  await flushPromises()
  document.querySelector<HTMLElement>('[data-testid=agent-save]')!.click()
  await vi.waitFor(() => expect(sentTo(fetchMock, 'CreateAgent')).toHaveLength(1))
  await flushPromises()
  return document.querySelector('.el-message')?.textContent?.trim() ?? ''
}

describe('AgentDrawer', { timeout: 30_000 }, () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('A2: without a mail server the toast says the invitation was written to the outbox, and where', async () => {
    const toast = await addAgent({ emailDelivery: 'WRITTEN_TO_OUTBOX', outboxFolder: '/srv/cc/.data/mail' })
    expect(toast).toContain('已写入发件箱（/srv/cc/.data/mail）')
    expect(toast).not.toContain('已发送')
  })

  it('A2: with a mail server the toast says the invitation was sent', async () => {
    expect(await addAgent({ emailDelivery: 'SENT', outboxFolder: null })).toBe(
      '邀请邮件已发送至 han.meimei@example.com',
    )
  })
})

describe('emailNotice', () => {
  const i18n = createAppI18n(adminMessages)
  const say = (locale: 'zh-CN' | 'en', notice: ReturnType<typeof emailNotice>) => {
    i18n.global.locale.value = locale
    return i18n.global.t(notice.key, notice.params)
  }

  it('A2: every outcome of an invitation or a password reset is worded in both languages', () => {
    const outcomes: EmailOutcome[] = [
      { emailDelivery: 'SENT' },
      { emailDelivery: 'WRITTEN_TO_OUTBOX', outboxFolder: '/data/mail' },
      { emailDelivery: 'WRITTEN_TO_OUTBOX', outboxFolder: null },
      { emailDelivery: 'FAILED' },
    ]
    for (const kind of ['INVITATION', 'PASSWORD_RESET'] as const)
      for (const outcome of outcomes) {
        const notice = emailNotice(kind, outcome, 'li.lei@example.com')
        for (const locale of ['zh-CN', 'en'] as const) {
          const text = say(locale, notice)
          expect(text, `${kind} ${outcome.emailDelivery} ${locale}`).not.toBe(notice.key)
          expect(text).toContain('li.lei@example.com')
          if (outcome.outboxFolder) expect(text).toContain('/data/mail')
        }
      }
    expect(say('en', emailNotice('INVITATION', outcomes[1]!, 'x@example.com'))).toContain(
      'written to the outbox (/data/mail)',
    )
    expect(say('zh-CN', emailNotice('INVITATION', outcomes[2]!, 'x@example.com'))).toContain('已写入发件箱')
  })
})
