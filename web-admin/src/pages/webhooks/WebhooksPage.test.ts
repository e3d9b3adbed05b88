import { flushPromises } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import {
  answerOperations,
  areaProps,
  describeMounted,
  invalidFields,
  mountAdmin,
  sentTo,
} from '../../testing'
import WebhooksPage from './WebhooksPage.vue'

const endpoint = (extra: Record<string, unknown> = {}) => ({
  id: 'e1',
  url: 'https://crm.example.com/hooks',
  description: 'CRM',
  events: ['CALL_ENDED', 'AGENT_STATUS_CHANGED'],
  enabled: true,
  disabledReason: null,
  disabledAt: null,
  failingSince: null,
  createdAt: '2026-12-01T08:00:00.000Z',
  ...extra,
})

const delivery = {
  id: 'd1',
  eventType: 'CALL_ENDED',
  occurredAt: '2026-12-03T08:00:00.000Z',
  status: 'FAILED',
  attemptCount: 2,
  lastStatusCode: 503,
  nextAttemptDue: null,
  deliveredAt: null,
  body: JSON.stringify({ id: 'd1', type: 'call.ended', data: { callId: 'c1' } }),
  attempts: [
    { at: '2026-12-03T08:00:01.000Z', statusCode: 503, error: 'receiver down', durationMs: 12 },
    { at: '2026-12-03T08:00:31.000Z', statusCode: null, error: 'connect ECONNREFUSED', durationMs: 3 },
  ],
}

function rowsOf(wrapper: ReturnType<typeof mountAdmin>) {
  return wrapper.findAll('[data-testid=webhooks-table] .el-table__body-wrapper tbody tr')
}

describeMounted('WebhooksPage', () => {
  it('X5: lists endpoints with their events in words, and warns about one disabled for failing', async () => {
    answerOperations({
      WebhookEndpoints: {
        data: {
          webhookEndpoints: [
            endpoint(),
            endpoint({
              id: 'e2',
              enabled: false,
              disabledReason: 'FAILING',
              url: 'https://old.example.com/h',
            }),
          ],
        },
      },
    })
    const wrapper = mountAdmin(WebhooksPage, { props: areaProps('webhooks') })
    await flushPromises()
    const rows = rowsOf(wrapper)
    expect(rows).toHaveLength(2)
    expect(rows[0]!.text()).toContain('通话结束（含通话记录）')
    expect(rows[0]!.text()).toContain('推送中')
    expect(rows[1]!.text()).toContain('连续失败一天，已自动停用')
    expect(rows[1]!.text()).toContain('启用')
    expect(wrapper.find('[data-testid=webhooks-failing]').text()).toContain('1 个地址')
  })

  it('X5: adding an endpoint shows its refusals at the field, then the secret once', async () => {
    let attempts = 0
    const fetchMock = answerOperations({
      WebhookEndpoints: { data: { webhookEndpoints: [] } },
      CreateWebhookEndpoint: () =>
        ++attempts === 1
          ? invalidFields([{ field: 'url', code: 'WEBHOOK_URL_NOT_HTTPS', message: 'must be an https: URL' }])
          : { data: { createWebhookEndpoint: { secret: 'whsec_abc', endpoint: endpoint() } } },
    })
    const wrapper = mountAdmin(WebhooksPage, { props: areaProps('webhooks') })
    await flushPromises()
    expect(wrapper.text()).toContain('还没有 Webhook 地址')
    await wrapper.find('[data-testid=webhooks-add]').trigger('click')
    await flushPromises()
    const url = document.querySelector<HTMLInputElement>('[data-testid=webhook-url]')!
    url.value = 'http://crm.example.com/hooks'
    url.dispatchEvent(new Event('input'))
    document.querySelector<HTMLButtonElement>('[data-testid=webhook-save]')!.click()
    await flushPromises()
    expect(sentTo(fetchMock, 'CreateWebhookEndpoint')).toHaveLength(1)
    await vi.waitFor(() =>
      expect(
        document.querySelector('[data-testid=webhook-dialog] .el-form-item__error')?.textContent,
      ).toContain('地址必须以 https:// 开头'),
    )
    document.querySelector<HTMLButtonElement>('[data-testid=webhook-save]')!.click()
    await flushPromises()
    expect(document.querySelector('[data-testid=secret-once]')?.textContent).toContain('whsec_abc')
    expect(sentTo(fetchMock, 'CreateWebhookEndpoint')[0]).toEqual({
      input: { url: 'http://crm.example.com/hooks', description: '', events: ['CALL_ENDED'] },
    })
    expect(sentTo(fetchMock, 'WebhookEndpoints')).toHaveLength(2)
  })

  it('X5: the delivery log shows each attempt and replays a failed delivery', async () => {
    const fetchMock = answerOperations({
      WebhookEndpoints: { data: { webhookEndpoints: [endpoint()] } },
      WebhookDeliveries: { data: { webhookDeliveries: { totalCount: 1, items: [delivery] } } },
      ReplayWebhookDelivery: { data: { replayWebhookDelivery: { ...delivery, status: 'PENDING' } } },
    })
    const wrapper = mountAdmin(WebhooksPage, { props: areaProps('webhooks') })
    await flushPromises()
    await rowsOf(wrapper)[0]!.findAll('button')[0]!.trigger('click')
    await flushPromises()
    const drawer = document.querySelector('[data-testid=webhook-deliveries]')!
    expect(drawer.textContent).toContain('失败')
    expect(drawer.textContent).toContain('503')
    drawer.querySelector<HTMLElement>('.el-table__expand-icon')!.click()
    await flushPromises()
    expect(drawer.textContent).toContain('receiver down')
    expect(drawer.textContent).toContain('无响应')
    drawer.querySelector<HTMLButtonElement>('[data-testid=webhook-replay]')!.click()
    await flushPromises()
    expect(sentTo(fetchMock, 'ReplayWebhookDelivery')).toEqual([{ id: 'd1' }])
    expect(sentTo(fetchMock, 'WebhookDeliveries')).toHaveLength(2)
  })

  it('X5: an organisation-scoped administrator is told why the page is not theirs', async () => {
    const fetchMock = answerOperations({})
    const wrapper = mountAdmin(WebhooksPage, { props: areaProps('webhooks'), role: 'GROUP_LEADER' })
    await flushPromises()
    expect(wrapper.text()).toContain('只有全企业的管理员可以管理 Webhook')
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
