import { flushPromises } from '@vue/test-utils'
import { ElMessage, ElMessageBox } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerOperations, mountAdmin, sentTo } from '../../testing'
import SessionList from './SessionList.vue'

const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'

const session = (id: string, userAgent: string | null, isCurrent = false, kind = 'COOKIE') => ({
  id,
  kind,
  address: '203.0.113.7',
  userAgent,
  createdAt: '2026-03-01T01:00:00.000Z',
  lastSeenAt: '2026-03-02T01:00:00.000Z',
  isCurrent,
})

const confirmBox = async () => {
  await vi.waitFor(() => expect(document.querySelector('.el-message-box')).not.toBeNull())
  ;(document.querySelector('.el-message-box .el-button--primary') as HTMLElement).click()
}

describe('SessionList', () => {
  afterEach(() => {
    ElMessage.closeAll()
    ElMessageBox.close()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('G1: this device first and marked; others named by browser and system, each can be signed out', async () => {
    let items = [
      session('s1', SAFARI_IPHONE),
      session('s2', CHROME_WINDOWS, true),
      session('s3', 'node', false, 'BEARER'),
    ]
    const fetchMock = answerOperations({
      MySessions: () => ({ data: { mySessions: { totalCount: items.length, items } } }),
      RevokeSession: (variables: Record<string, unknown>) => {
        items = items.filter((item) => item.id !== variables.id)
        return { data: { revokeSession: true } }
      },
    })
    const wrapper = mountAdmin(SessionList)
    await flushPromises()
    const rows = wrapper.findAll('[data-testid=session]')
    expect(rows.map((row) => row.find('.name').text())).toEqual([
      'Chrome · Windows',
      'Safari · iOS',
      'API 客户端',
    ])
    expect(rows[0]!.find('[data-testid=session-current]').text()).toBe('当前设备')
    expect(rows[0]!.find('[data-testid=session-sign-out]').exists()).toBe(false)
    expect(rows[1]!.text()).toContain('203.0.113.7')

    await rows[1]!.find('[data-testid=session-sign-out]').trigger('click')
    await confirmBox()
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid=session]')).toHaveLength(2))
    expect(sentTo(fetchMock, 'RevokeSession')).toEqual([{ id: 's1' }])
  })

  it('G1: signing out all other devices leaves this one, and says how many went', async () => {
    let items = [session('s1', SAFARI_IPHONE), session('s2', CHROME_WINDOWS, true)]
    answerOperations({
      MySessions: () => ({ data: { mySessions: { totalCount: items.length, items } } }),
      RevokeOtherSessions: () => {
        items = items.filter((item) => item.isCurrent)
        return { data: { revokeOtherSessions: 1 } }
      },
    })
    const wrapper = mountAdmin(SessionList)
    await flushPromises()
    await wrapper.find('[data-testid=sign-out-others]').trigger('click')
    await confirmBox()
    await vi.waitFor(() =>
      expect(document.querySelector('.el-message--success')?.textContent).toContain('已退出 1 处登录'),
    )
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid=session]')).toHaveLength(1))
    expect(wrapper.text()).toContain('只有当前设备在登录')
    expect(wrapper.find('[data-testid=sign-out-others]').attributes('disabled')).toBeDefined()
  })
})
