// G2/G3: the phone bar of an agent whose workstation session the API holds already (signed in through
// the API or in another browser): no sign-in asked, the bar shows the session as the API knows it, and
// 签出 ends it.
import { flushPromises, mount } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '../../../web-common/src/i18n'
import { agentMessages } from '../i18n/messages'
import { agent } from '../phone/fixtures'
import { answerOperations } from '../testing'
import PhoneBar from './PhoneBar.vue'

// The status feed is a WebSocket; these tests drive the bar through the queries alone.
vi.mock('@cc/web-common', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  createSubscriptionClient: () => ({ dispose: async () => {} }),
  subscribe: () => () => {},
}))

const REST = { id: 'reason-rest', code: 'REST', name: '小休', kind: 'CUSTOM' }

function mountBar(signedInElsewhere: ReturnType<typeof agent>) {
  const sent = answerOperations({
    WorkstationStart: () => ({
      data: {
        isPhoneSimulated: false,
        myAgentState: signedInElsewhere,
        notReadyReasons: [REST],
        acdSettings: { afterCallWorkSeconds: 0, heartbeatTimeoutSeconds: 30 },
      },
    }),
    WorkstationHeartbeat: () => ({ data: { workstationHeartbeat: signedInElsewhere } }),
    SignOutWorkstation: () => ({
      data: { signOutWorkstation: agent('OFFLINE', { since: new Date().toISOString() }) },
    }),
  })
  const wrapper = mount(PhoneBar, {
    global: { plugins: [createPinia(), createAppI18n(agentMessages)] },
    attachTo: document.body,
  })
  return { wrapper, sent }
}

describe('PhoneBar', { timeout: 20_000 }, () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('G2: an agent signed in through the API on their mobile, not ready, sees that state and signs out with 签出', async () => {
    const { wrapper, sent } = mountBar(
      agent('NOT_READY', { reasonId: REST.id, answeringMode: 'MOBILE', phoneKind: null }),
    )
    await flushPromises()
    const bar = wrapper.get('[data-testid="phone-bar"]')
    expect(document.querySelector('[data-testid="signin-dialog"]')).toBeNull()
    expect(bar.text()).toContain('手机')
    expect(bar.text()).toContain('暂无通话')
    expect(bar.text()).not.toContain('未签入')
    expect(wrapper.get('[data-testid="status-select"]').text()).toContain('示忙 · 小休')

    wrapper.findComponent(ElSelect).vm.$emit('update:modelValue', 'OFFLINE')
    await flushPromises()
    expect(sent.filter((each) => each.name === 'SignOutWorkstation')).toHaveLength(1)
    expect(bar.text()).toContain('未签入')
    expect(wrapper.get('[data-testid="status-select"]').text()).toContain('签出')
    wrapper.unmount()
  })
})
