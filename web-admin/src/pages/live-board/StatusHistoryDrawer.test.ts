// A8: an agent's status history says why each change happened in words: no call IDs, nodes or switch codes.
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerOperations, mountAdmin } from '../../testing'
import StatusHistoryDrawer from './StatusHistoryDrawer.vue'

const at = '2026-03-02T09:00:00.000Z'
const change = (cause: string, detail: string | null) => ({
  status: 'IDLE',
  previousStatus: 'OFFLINE',
  reasonId: null,
  cause,
  detail,
  at,
})

describe('StatusHistoryDrawer', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('A8: shows the phone signed in with and why an offer failed, and hides IDs and switch nodes', async () => {
    answerOperations({
      AgentStatusHistory: {
        data: {
          agentStatusHistory: {
            totalCount: 5,
            items: [
              change('SIGNED_IN', 'MOBILE'),
              change('OFFER_MISSED', 'NO_ANSWER'),
              change('OFFERED', '0f8e5a1c-2b7d-4c55-9a51-3c4b2d1e0f99'),
              change('FORCED_SIGN_OUT', 'by 7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'),
              change('REGISTERED', 'fs-node-1'),
            ],
          },
        },
      },
    })
    mountAdmin(StatusHistoryDrawer, {
      props: { agent: { userId: 'a1', name: '张三' }, reasonNames: new Map() },
    })
    await flushPromises()
    await vi.waitFor(() => expect(document.querySelectorAll('[data-testid=history-cause]')).toHaveLength(5))
    const details = [...document.querySelectorAll('[data-testid=history-detail]')].map((node) =>
      node.textContent?.trim(),
    )
    expect(details).toEqual(['手机', '无应答'])
  })
})
