import { useTenantStore } from '@cc/web-common'
import { config, flushPromises, RouterLinkStub, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AgentStatus } from '../../graphql/liveBoard'
import type { LiveFeedHandlers } from '../live-board/liveFeed'
import { answerOperations, mountAdmin, sentTo } from '../../testing'
import DashboardPage from './DashboardPage.vue'

const feed = vi.hoisted(() => ({ handlers: null as LiveFeedHandlers | null }))
vi.mock('../live-board/liveFeed', () => ({
  openLiveFeed: (handlers: LiveFeedHandlers) => {
    feed.handlers = handlers
    return () => undefined
  },
}))

// The steps link to other areas; no router is mounted here.
config.global.stubs = { ...config.global.stubs, RouterLink: RouterLinkStub }

const since = new Date().toISOString()
const agent = (userId: string, status: AgentStatus) => ({
  userId,
  status,
  reasonId: null,
  since,
  cause: 'CHOSEN',
})
const queue = (waiting: number, longestWaitSeconds: number) => ({
  skillGroupId: 'sg1',
  name: '热线',
  waiting,
  offering: 0,
  callbacks: 0,
  longestWaitSeconds,
  idleAgents: 0,
})
const counts = (inbound: number, answered: number, abandoned: number) => ({
  inbound,
  answered,
  abandoned,
  unansweredLive: inbound - answered - abandoned,
  outbound: 0,
  outboundAnswered: 0,
})

interface Numbers {
  id: string
  skillGroupId: string | null
  scheduleId: string | null
}

function answerDashboard({
  agents = [agent('a1', 'IDLE'), agent('a2', 'OFFLINE')],
  queues = [queue(0, 0)],
  today = counts(10, 8, 2),
  todayKpis = { answered: 7, abandoned: 1, abandonRate: 0.125, callbacksRequested: 1 },
  skillGroups = [{ id: 'sg1', members: [{ userId: 'a1' }] }],
  numbers = [{ id: 'n1', skillGroupId: null, scheduleId: 's1' }] as Numbers[],
} = {}) {
  return answerOperations({
    DashboardLive: { data: { agentStates: agents, queueStates: queues } },
    TodayCalls: { data: { callCounts: today, kpis: todayKpis } },
    SetupProgress: {
      data: {
        skillGroups: { totalCount: skillGroups.length, items: skillGroups },
        phoneNumbers: { totalCount: numbers.length, items: numbers },
      },
    },
  })
}

let wrapper: VueWrapper | undefined

function mountDashboard(role: 'SUPER_ADMIN' | 'GROUP_LEADER' = 'SUPER_ADMIN') {
  wrapper = mountAdmin(DashboardPage, { role })
  useTenantStore().tenant = {
    id: 't1',
    name: '星辰科技',
    timeZone: 'Asia/Shanghai',
    createdAt: '2026-01-01T00:00:00.000Z',
  }
  return wrapper
}

const stateOf = (step: string) => wrapper!.find(`[data-testid=setup-step-${step}]`).attributes('data-state')

describe('DashboardPage', () => {
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('A8, X2: agents online, calls waiting and today’s calls of the company, today in its time zone', async () => {
    const fetchMock = answerDashboard({ queues: [queue(3, 42)] })
    mountDashboard()
    await flushPromises()
    expect(wrapper!.find('[data-testid=dashboard-tenant-name]').text()).toBe('星辰科技')
    expect(wrapper!.find('[data-testid=agents-online]').text()).toBe('1')
    expect(wrapper!.find('[data-testid=stat-agents]').text()).toContain('共 2 位坐席')
    expect(wrapper!.find('[data-testid=calls-waiting]').text()).toBe('3')
    expect(wrapper!.find('[data-testid=stat-waiting]').text()).toMatch(/最长已等 0:4[2-4]/)
    // Answered, abandoned and the rate are the KPI monitor's (callbacks are not abandons), volumes the records'.
    expect(wrapper!.find('[data-testid=answered-today]').text()).toBe('7')
    expect(wrapper!.find('[data-testid=abandoned-today]').text()).toBe('1')
    expect(wrapper!.find('[data-testid=stat-today]').text()).toContain('放弃率 13%')
    expect(wrapper!.find('[data-testid=stat-today]').text()).toContain('今日呼入 10 通')
    expect(wrapper!.find('[data-testid=stat-today]').text()).toContain('1 通请求回呼')
    const [sent] = sentTo(fetchMock, 'TodayCalls')
    // Midnight in Shanghai is 16:00 UTC the day before.
    expect(String(sent?.from)).toMatch(/T16:00:00\.000Z$/)
  })

  it('A8: the live feed moves the figures without a reload', async () => {
    answerDashboard()
    mountDashboard()
    await flushPromises()
    feed.handlers!.onAgentState(agent('a2', 'ON_CALL') as never)
    feed.handlers!.onQueueState(queue(1, 5))
    await flushPromises()
    expect(wrapper!.find('[data-testid=agents-online]').text()).toBe('2')
    expect(wrapper!.find('[data-testid=calls-waiting]').text()).toBe('1')
  })

  it('A3, A4, A7: the setup steps show what is done and highlight the first undone one', async () => {
    answerDashboard({
      agents: [agent('a1', 'OFFLINE')],
      numbers: [{ id: 'n1', skillGroupId: null, scheduleId: null }],
    })
    mountDashboard()
    await flushPromises()
    expect(['skillGroup', 'number', 'route', 'agents', 'answering'].map(stateOf)).toEqual([
      'done',
      'done',
      'next',
      'done',
      'todo',
    ])
    expect(wrapper!.find('[data-testid=setup-step-route]').text()).toContain('设置 IVR 或路由')
    expect(wrapper!.find('[data-testid=setup-step-route]').text()).toContain('下一步')
  })

  it('A2: a new company’s empty figures say what to do next', async () => {
    answerDashboard({ agents: [], queues: [], today: counts(0, 0, 0), skillGroups: [], numbers: [] })
    mountDashboard()
    await flushPromises()
    expect(wrapper!.find('[data-testid=stat-agents]').text()).toContain('还没有坐席')
    expect(wrapper!.find('[data-testid=stat-agents]').text()).toContain('添加坐席')
    expect(wrapper!.find('[data-testid=stat-today]').text()).toContain('今天还没有来电')
    expect(wrapper!.find('[data-testid=stat-today]').text()).toContain('去拨测')
    expect(stateOf('skillGroup')).toBe('next')
  })

  it('A11: a group leader sees agents and queues, not the company’s calls or its setup', async () => {
    const fetchMock = answerDashboard()
    mountDashboard('GROUP_LEADER')
    await flushPromises()
    expect(wrapper!.find('[data-testid=agents-online]').text()).toBe('1')
    expect(wrapper!.find('[data-testid=stat-today]').exists()).toBe(false)
    expect(wrapper!.find('[data-testid=setup-checklist]').exists()).toBe(false)
    expect(sentTo(fetchMock, 'TodayCalls')).toEqual([])
  })
})
