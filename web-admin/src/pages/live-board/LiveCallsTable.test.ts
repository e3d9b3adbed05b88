import { config, flushPromises, RouterLinkStub, type VueWrapper } from '@vue/test-utils'
import { ElMessage, ElMessageBox } from 'element-plus'
import { routerKey } from 'vue-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerOperations, areaProps, mountAdmin, sentTo } from '../../testing'
import type { LiveCallsSnapshot } from '../../graphql/liveBoard'
import LiveBoardPage from './LiveBoardPage.vue'
import type { LiveFeedHandlers } from './liveFeed'
import { newerLiveCalls, NO_LIVE_CALLS, type LiveCallRow } from './liveCalls'

const feed = vi.hoisted(() => ({ handlers: null as LiveFeedHandlers | null, close: vi.fn() }))
vi.mock('./liveFeed', () => ({
  openLiveFeed: (handlers: LiveFeedHandlers) => {
    feed.handlers = handlers
    return feed.close
  },
}))

const ago = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString()

function call(callId: string, extra: Partial<LiveCallRow> = {}): LiveCallRow {
  return {
    callId,
    direction: 'INBOUND',
    callerNumber: '13900000001',
    dialledNumber: '+864008009000',
    stage: 'TALKING',
    startedAt: ago(125),
    stageSince: ago(65),
    skillGroupId: 'sg1',
    skillGroupName: '售后热线',
    agentId: 'a2',
    agentName: '李四',
    agentNumber: '8002',
    organization: 'INBOUND',
    ...extra,
  }
}

const snapshot = (calls: LiveCallRow[], readAt = new Date().toISOString()): LiveCallsSnapshot => ({
  readAt,
  calls,
})

function answerBoard(calls: LiveCallRow[]) {
  return answerOperations({
    LiveBoard: {
      data: {
        agentStates: [],
        queueStates: [
          {
            skillGroupId: 'sg1',
            name: '售后热线',
            waiting: 1,
            offering: 0,
            callbacks: 0,
            longestWaitSeconds: 10,
            idleAgents: 0,
          },
          {
            skillGroupId: 'sg2',
            name: '销售热线',
            waiting: 0,
            offering: 0,
            callbacks: 0,
            longestWaitSeconds: 0,
            idleAgents: 1,
          },
        ],
        notReadyReasons: [],
        liveCalls: snapshot(calls),
      },
    },
    LiveBoardAgents: { data: { agents: { totalCount: 0, items: [] } } },
    ForceHangUpCall: ({ callId }: Record<string, unknown>) => ({ data: { forceHangUpCall: { callId } } }),
  })
}

config.global.stubs = { ...config.global.stubs, RouterLink: RouterLinkStub }
config.global.provide = {
  ...config.global.provide,
  [routerKey as symbol]: { push: vi.fn(async () => undefined) },
}

let wrapper: VueWrapper | undefined

async function openCalls(calls: LiveCallRow[]) {
  const fetchMock = answerBoard(calls)
  wrapper = mountAdmin(LiveBoardPage, { props: areaProps('monitoring'), role: 'GROUP_LEADER' })
  await flushPromises()
  await wrapper.find('#tab-calls').trigger('click')
  await flushPromises()
  return fetchMock
}

function rows(): ReturnType<VueWrapper['findAll']> {
  return wrapper!.findAll('[data-testid=live-calls] tbody tr')
}

function rowOf(number: string) {
  const row = rows().find((tr) => tr.text().includes(number))
  if (!row) throw new Error(`no row for ${number}`)
  return row
}

describe('LiveCallsTable', () => {
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    ElMessage.closeAll()
    document.body.innerHTML = ''
  })

  it('A8: each call shows its party, stage, skill group, agent and durations; the tab counts them', async () => {
    await openCalls([
      call('c1'),
      call('c2', {
        stage: 'IVR',
        callerNumber: '13900000002',
        agentId: null,
        agentName: null,
        agentNumber: null,
        skillGroupId: null,
        skillGroupName: null,
        stageSince: ago(5),
      }),
    ])
    expect(wrapper!.find('[data-testid=view-calls]').text()).toBe('实时通话（2）')
    const talking = rowOf('13900000001')
    expect(talking.find('[data-testid=call-stage]').text()).toBe('通话中')
    expect(talking.text()).toContain('售后热线')
    expect(talking.text()).toContain('李四')
    expect(talking.text()).toContain('拨打 +864008009000')
    // The snapshot was read when the mock was made: its age under load lowers the clock offset a little.
    expect(talking.find('[data-testid=stage-duration]').text()).toMatch(/^1:0[4-7]$/)
    expect(talking.find('[data-testid=call-duration]').text()).toMatch(/^2:0[4-7]$/)
    const inIvr = rowOf('13900000002')
    expect(inIvr.find('[data-testid=call-stage]').text()).toBe('语音导航')
    expect(inIvr.find('[data-testid=call-monitor-LISTEN]').attributes('disabled')).toBeDefined()
    expect(talking.find('[data-testid=call-monitor-LISTEN]').attributes('disabled')).toBeUndefined()
  })

  it('A8: the live feed replaces the list, and a snapshot older than the one shown is ignored', async () => {
    await openCalls([call('c1')])
    feed.handlers!.onLiveCalls!(
      snapshot([
        call('c1', { stage: 'ON_HOLD' }),
        call('c3', { callerNumber: '13900000003', stage: 'QUEUED' }),
      ]),
    )
    await flushPromises()
    expect(rowOf('13900000001').find('[data-testid=call-stage]').text()).toBe('保持中')
    expect(rows()).toHaveLength(2)
    feed.handlers!.onLiveCalls!(snapshot([], ago(60)))
    await flushPromises()
    expect(rows()).toHaveLength(2)
  })

  it('A8: filters by skill group and by stage, and says when nothing matches', async () => {
    await openCalls([
      call('c1'),
      call('c2', {
        callerNumber: '13900000002',
        stage: 'QUEUED',
        skillGroupId: 'sg2',
        skillGroupName: '销售热线',
      }),
    ])
    const [groupSelect, stageSelect] = wrapper!.findAllComponents({ name: 'ElSelect' })
    groupSelect!.vm.$emit('update:modelValue', 'sg2')
    await flushPromises()
    expect(rows()).toHaveLength(1)
    expect(rows()[0]!.text()).toContain('13900000002')
    stageSelect!.vm.$emit('update:modelValue', 'TALKING')
    await flushPromises()
    expect(wrapper!.find('[data-testid=live-calls]').text()).toContain('没有符合筛选条件的通话')
  })

  it('A8: with no call in progress the view says what it waits for', async () => {
    await openCalls([])
    const empty = wrapper!.find('[data-testid=live-calls] [data-testid=empty-state]')
    expect(empty.text()).toContain('当前没有进行中的通话')
    expect(empty.text()).toContain('排队')
  })

  it('A8: force hang-up asks first, then ends the call and drops its row; cancelling sends nothing', async () => {
    const fetchMock = await openCalls([
      call('c1'),
      call('c2', { callerNumber: '13900000002', stage: 'AFTER_CALL_WORK' }),
    ])
    expect(rowOf('13900000002').find('[data-testid=force-hang-up]').attributes('disabled')).toBeDefined()

    await rowOf('13900000001').find('[data-testid=force-hang-up]').trigger('click')
    await vi.waitFor(() =>
      expect(document.querySelector('.el-message-box')?.textContent).toContain('13900000001'),
    )
    ;(document.querySelector('.el-message-box .el-button:not(.el-button--primary)') as HTMLElement).click()
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')).toBeNull())
    expect(sentTo(fetchMock, 'ForceHangUpCall')).toHaveLength(0)

    await rowOf('13900000001').find('[data-testid=force-hang-up]').trigger('click')
    await vi.waitFor(() =>
      expect(document.querySelector('.el-message-box')?.textContent).toContain('操作日志'),
    )
    ;(document.querySelector('.el-message-box .el-button--primary') as HTMLElement).click()
    await vi.waitFor(() => expect(sentTo(fetchMock, 'ForceHangUpCall')).toEqual([{ callId: 'c1' }]))
    await flushPromises()
    await vi.waitFor(() => expect(rows()).toHaveLength(1))
    ElMessageBox.close()
  })
})

describe('newerLiveCalls', () => {
  it('A8: keeps the server clock’s lead so durations count from the server’s times', () => {
    const readAt = new Date(Date.parse('2026-12-04T10:00:00Z'))
    const state = newerLiveCalls(NO_LIVE_CALLS, snapshot([], readAt.toISOString()), readAt.getTime() - 3000)
    expect(state.clockOffsetMs).toBe(3000)
  })
})
