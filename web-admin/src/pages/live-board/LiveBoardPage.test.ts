import { config, flushPromises, RouterLinkStub, type VueWrapper } from '@vue/test-utils'
import { ElMessage, ElMessageBox } from 'element-plus'
import { routerKey } from 'vue-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { answerOperations, areaProps, mountAdmin, sentTo } from '../../testing'
import type { AgentStatus, LiveAgentState, StatusCause } from '../../graphql/liveBoard'
import AgentStatusTag from './AgentStatusTag.vue'
import LiveBoardPage from './LiveBoardPage.vue'
import type { LiveFeedHandlers } from './liveFeed'

const feed = vi.hoisted(() => ({ handlers: null as LiveFeedHandlers | null, close: vi.fn() }))
vi.mock('./liveFeed', () => ({
  openLiveFeed: (handlers: LiveFeedHandlers) => {
    feed.handlers = handlers
    return feed.close
  },
}))

const since = new Date(Date.now() - 65_000).toISOString()
const state = (
  userId: string,
  status: AgentStatus,
  extra: { reasonId?: string; cause?: StatusCause } = {},
): LiveAgentState => ({ userId, status, reasonId: null, since, cause: 'CHOSEN', ...extra })

function answerBoard(agentStates = [state('a1', 'IDLE'), state('a2', 'ON_CALL'), state('a3', 'OFFLINE')]) {
  return answerOperations({
    LiveBoard: {
      data: {
        agentStates,
        queueStates: [
          {
            skillGroupId: 'sg1',
            name: '售后热线',
            waiting: 2,
            offering: 1,
            callbacks: 0,
            longestWaitSeconds: 75,
            idleAgents: 0,
          },
        ],
        notReadyReasons: [{ id: 'r1', name: '小休' }],
        liveCalls: { readAt: new Date().toISOString(), calls: [] },
      },
    },
    LiveBoardAgents: {
      data: {
        agents: {
          totalCount: 3,
          items: [
            { id: 'a1', name: '张三', agentNumber: '8001' },
            { id: 'a2', name: '李四', agentNumber: '8002' },
            { id: 'a3', name: '王五', agentNumber: '8003' },
          ],
        },
      },
    },
    MonitorCall: {
      errors: [
        {
          message: 'The agent is not on a call.',
          extensions: { code: 'CONFLICT', reason: 'AGENT_NOT_ON_A_CALL' },
        },
      ],
    },
    AgentStatusHistory: {
      data: {
        agentStatusHistory: {
          totalCount: 1,
          items: [
            {
              status: 'NOT_READY',
              previousStatus: 'IDLE',
              reasonId: null,
              cause: 'MISSED_OFFERS_LIMIT',
              detail: null,
              at: since,
            },
          ],
        },
      },
    },
  })
}

function rowOf(wrapper: VueWrapper, name: string) {
  const row = wrapper.findAll('[data-testid=agent-board] tbody tr').find((tr) => tr.text().includes(name))
  if (!row) throw new Error(`no row for ${name}`)
  return row
}

function isDisabled(row: ReturnType<typeof rowOf>, testId: string): boolean {
  return row.find(`[data-testid=${testId}]`).attributes('disabled') !== undefined
}

// The empty states link to other areas; no router is mounted here, only one that notes where it was sent.
const router = { push: vi.fn(async () => undefined) }
config.global.stubs = { ...config.global.stubs, RouterLink: RouterLinkStub }
config.global.provide = { ...config.global.provide, [routerKey as symbol]: router }

let wrapper: VueWrapper | undefined

describe('LiveBoardPage', () => {
  beforeEach(() => {
    feed.handlers = null
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('A8: shows each queue and flags one with callers waiting and nobody idle', async () => {
    answerBoard()
    wrapper = mountAdmin(LiveBoardPage, { props: areaProps('monitoring'), role: 'GROUP_LEADER' })
    await flushPromises()
    const card = wrapper.find('[data-testid=queue-card]')
    expect(card.text()).toContain('售后热线')
    expect(card.classes()).toContain('starved')
    expect(card.find('[data-testid=queue-longest-wait]').text()).toBe('1:15')
    expect(rowOf(wrapper, '张三').text()).toContain('8001')
    expect(rowOf(wrapper, '张三').find('[data-testid=time-in-status]').text()).toMatch(/^1:0[5-7]$/)
  })

  it('A8: an agent state from the live feed updates its row in place', async () => {
    answerBoard()
    wrapper = mountAdmin(LiveBoardPage, { props: areaProps('monitoring') })
    await flushPromises()
    expect(rowOf(wrapper, '张三').find('[data-testid=agent-status]').text()).toBe('空闲')
    feed.handlers!.onAgentState(state('a1', 'NOT_READY', { reasonId: 'r1', cause: 'MISSED_OFFERS_LIMIT' }))
    await flushPromises()
    const row = rowOf(wrapper, '张三')
    expect(row.find('[data-testid=agent-status]').text()).toBe('示忙 · 小休')
    expect(row.text()).toContain('连续未接来电过多，自动示忙')
    expect(wrapper.findAll('[data-testid=agent-board] tbody tr')).toHaveLength(3)

    feed.handlers!.onQueueState({
      skillGroupId: 'sg1',
      name: '售后热线',
      waiting: 0,
      offering: 0,
      callbacks: 1,
      longestWaitSeconds: 0,
      idleAgents: 1,
    })
    await flushPromises()
    expect(wrapper.find('[data-testid=queue-waiting]').text()).toBe('0')
    expect(wrapper.find('[data-testid=queue-card]').classes()).not.toContain('starved')
  })

  it('X3: listen, whisper and barge only for an agent on a call; no sign-out for one offline', async () => {
    answerBoard()
    wrapper = mountAdmin(LiveBoardPage, { props: areaProps('monitoring') })
    await flushPromises()
    for (const mode of ['LISTEN', 'WHISPER', 'BARGE']) {
      expect(isDisabled(rowOf(wrapper, '李四'), `monitor-${mode}`)).toBe(false)
      expect(isDisabled(rowOf(wrapper, '张三'), `monitor-${mode}`)).toBe(true)
    }
    expect(isDisabled(rowOf(wrapper, '张三'), 'force-sign-out')).toBe(false)
    expect(isDisabled(rowOf(wrapper, '王五'), 'force-sign-out')).toBe(true)

    feed.handlers!.onAgentState(state('a2', 'AFTER_CALL_WORK', { cause: 'CALL_ENDED' }))
    await flushPromises()
    expect(isDisabled(rowOf(wrapper, '李四'), 'monitor-LISTEN')).toBe(true)
  })

  it('X3: a refused monitor request shows why, and each request carries its own key', async () => {
    const fetchMock = answerBoard()
    wrapper = mountAdmin(LiveBoardPage, { props: areaProps('monitoring') })
    await flushPromises()
    await rowOf(wrapper, '李四').find('[data-testid=monitor-WHISPER]').trigger('click')
    await flushPromises()
    await vi.waitFor(() =>
      expect(document.querySelector('.el-message--error')?.textContent).toContain('该坐席当前不在通话中'),
    )
    const [sent] = sentTo(fetchMock, 'MonitorCall')
    expect(sent).toMatchObject({ agentId: 'a2', mode: 'WHISPER' })
    expect(sent?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('X3, A4: a supervisor without a phone of their own is offered the page where it is set', async () => {
    answerBoard()
    wrapper = mountAdmin(LiveBoardPage, { props: areaProps('monitoring') })
    await flushPromises()
    const answered = answerOperations({
      MonitorCall: {
        errors: [
          {
            message: 'You have neither a SIP phone nor a mobile number to be called on.',
            extensions: { code: 'CONFLICT', reason: 'NO_PHONE' },
          },
        ],
      },
    })
    await rowOf(wrapper, '李四').find('[data-testid=monitor-LISTEN]').trigger('click')
    await vi.waitFor(() =>
      expect(document.querySelector('.el-message-box')?.textContent).toContain('坐席与分组'),
    )
    expect(sentTo(answered, 'MonitorCall')).toHaveLength(1)
    ;(document.querySelector('.el-message-box .el-button--primary') as HTMLElement).click()
    await vi.waitFor(() => expect(router.push).toHaveBeenCalledWith('/agents'))
    ElMessageBox.close()
  })

  it('A8: the history drawer words each cause', async () => {
    answerBoard()
    wrapper = mountAdmin(LiveBoardPage, { props: areaProps('monitoring') })
    await flushPromises()
    await rowOf(wrapper, '张三').find('[data-testid=history]').trigger('click')
    await flushPromises()
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid=history-cause]')?.textContent).toBe(
        '连续未接来电过多，自动示忙',
      ),
    )
  })

  it('A8: a dropped live feed shows a reconnecting notice until it is back', async () => {
    answerBoard()
    wrapper = mountAdmin(LiveBoardPage, { props: areaProps('monitoring') })
    await flushPromises()
    feed.handlers!.onConnectionChange(true)
    feed.handlers!.onConnectionChange(false)
    await flushPromises()
    expect(wrapper.find('[data-testid=reconnecting]').exists()).toBe(true)
    feed.handlers!.onConnectionChange(true)
    await flushPromises()
    expect(wrapper.find('[data-testid=reconnecting]').exists()).toBe(false)
  })

  it('A8: without skill groups or agents the page says where to start', async () => {
    answerOperations({
      LiveBoard: {
        data: {
          agentStates: [],
          queueStates: [],
          notReadyReasons: [],
          liveCalls: { readAt: new Date().toISOString(), calls: [] },
        },
      },
      LiveBoardAgents: { data: { agents: { totalCount: 0, items: [] } } },
    })
    wrapper = mountAdmin(LiveBoardPage, { props: areaProps('monitoring') })
    await flushPromises()
    const empties = wrapper.findAll('[data-testid=empty-state]').map((empty) => empty.text())
    expect(empties[0]).toContain('还没有技能组')
    expect(empties[1]).toContain('还没有坐席')
  })

  it('A8: an agent is told the board is for supervisors', async () => {
    const fetchMock = answerBoard()
    wrapper = mountAdmin(LiveBoardPage, { props: areaProps('monitoring'), role: 'AGENT' })
    await flushPromises()
    expect(wrapper.text()).toContain('仅对组长及以上角色开放')
    expect(fetchMock).not.toHaveBeenCalled()
  })
})

describe('AgentStatusTag', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it.each([
    ['IDLE', 'el-tag--success', '空闲'],
    ['RINGING', 'el-tag--warning', '振铃'],
    ['ON_CALL', 'el-tag--primary', '通话中'],
    ['AFTER_CALL_WORK', 'status-acw', '话后处理'],
    ['NOT_READY', 'el-tag--info', '示忙 · 会议'],
    ['OFFLINE', 'status-offline', '离线'],
  ])('G3: %s shows as %s', (status, className, text) => {
    const tag = mountAdmin(AgentStatusTag, { props: { status, reasonName: '会议' } })
    expect(tag.classes()).toContain(className)
    expect(tag.text()).toBe(text)
    tag.unmount()
  })
})
