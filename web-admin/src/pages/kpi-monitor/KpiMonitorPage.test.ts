import { config, flushPromises, RouterLinkStub, type VueWrapper } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import { defineComponent, h } from 'vue'
import { afterEach, expect, it, vi } from 'vitest'
import { answerOperations, areaProps, describeMounted, mountAdmin, sentTo } from '../../testing'
import type { HourlyCallsRow } from '../../graphql/monitoring'
import type { LiveFeedHandlers } from '../live-board/liveFeed'
import KpiMonitorPage from './KpiMonitorPage.vue'
import { CHANGE_SETTLE_MS } from './useKpiMonitor'

const feed = vi.hoisted(() => ({ handlers: null as LiveFeedHandlers | null }))
vi.mock('../live-board/liveFeed', () => ({
  openLiveFeed: (handlers: LiveFeedHandlers) => {
    feed.handlers = handlers
    return () => {}
  },
}))
// ECharts draws on a canvas happy-dom does not have; the stub shows the hours' labels and the answered
// calls it was given.
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true } },
    setup: (props) => () => {
      const option = props.option as ChartOption
      return h('div', { class: 'chart-stub' }, [
        h('span', { class: 'hours' }, option.xAxis.data.join(' ')),
        h('span', { class: 'answered' }, JSON.stringify(option.series[0]!.data)),
      ])
    },
  }),
}))

interface ChartOption {
  xAxis: { data: string[] }
  series: Array<{ data: number[] }>
}

config.global.stubs = { ...config.global.stubs, RouterLink: RouterLinkStub }

const hour = (index: number, counts: Partial<HourlyCallsRow> = {}): HourlyCallsRow => ({
  hour: new Date(Date.UTC(2027, 0, 5, index)).toISOString(),
  inbound: 0,
  answered: 0,
  abandoned: 0,
  callbacksRequested: 0,
  outbound: 0,
  ...counts,
})

const KPIS = {
  serviceLevel: 0.625,
  serviceLevelSeconds: 20,
  serviceLevelTarget: 0.8,
  asaSeconds: 25.4,
  abandonRate: 0.05,
  ahtSeconds: 245,
  occupancy: 0.8123,
  agentAnswerRate: 1,
  longestWaitSeconds: 75,
  arrivals: 9,
  answered: 8,
  abandoned: 1,
}

function answerMonitor({ hasCalls = true, hasGroups = true } = {}) {
  return answerOperations({
    KpiMonitor: {
      data: {
        myTenant: { timeZone: 'Asia/Shanghai' },
        kpis: KPIS,
        hourlyCalls: Array.from({ length: 24 }, (_, index) =>
          hasCalls && index === 23 ? hour(index, { inbound: 9, answered: 8, abandoned: 1 }) : hour(index),
        ),
        skillGroupMonitor: hasGroups
          ? [
              {
                skillGroupId: 'sg1',
                name: '售后热线',
                waiting: 2,
                offering: 1,
                callbacksWaiting: 0,
                longestWaitSeconds: 75,
                agentsByStatus: [
                  { status: 'IDLE', count: 1 },
                  { status: 'ON_CALL', count: 2 },
                ],
                today: { serviceLevel: 0.625, serviceLevelTarget: 0.8 },
                staffing: { agentsNeeded: 4 },
              },
            ]
          : [],
        agentMonitor: hasGroups
          ? [
              {
                agentId: 'a1',
                name: '张三',
                status: 'ON_CALL',
                secondsInStatus: 65,
                callsToday: 8,
                talkSeconds: 3725,
                answerRate: 0.9,
                notReady: [
                  { reasonId: 'r1', reasonName: '培训', seconds: 300 },
                  { reasonId: null, reasonName: null, seconds: 60 },
                ],
              },
            ]
          : [],
      },
    },
  })
}

let wrapper: VueWrapper | undefined

describeMounted('KpiMonitorPage', () => {
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.useRealTimers()
  })

  it('A8 X2: today’s KPIs as percents and m:ss, a service level under target marked, the chart and both tables', async () => {
    answerMonitor()
    wrapper = mountAdmin(KpiMonitorPage, { props: areaProps('kpiMonitor'), role: 'GROUP_LEADER' })
    await flushPromises()
    const card = (key: string) => wrapper!.find(`[data-testid=kpi-${key}]`)
    expect(card('serviceLevel').text()).toContain('63%')
    expect(card('serviceLevel').text()).toContain('20 秒内接起，目标 80%')
    expect(card('serviceLevel').classes()).toContain('warning')
    expect(card('asa').text()).toContain('0:25')
    expect(card('abandonRate').text()).toContain('5.0%')
    expect(card('aht').text()).toContain('4:05')
    expect(card('occupancy').text()).toContain('81%')
    expect(card('longestWait').text()).toContain('1:15')
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(wrapper.find('[data-testid=hourly-chart] .answered').text()).toMatch(/,0,8\]$/)
    // The hours are the company's (UTC+8), whatever the browser's zone: 00:00 UTC is 08:00 in Shanghai.
    expect(wrapper.find('[data-testid=hourly-chart] .hours').text()).toMatch(/^08:00 09:00 .* 07:00$/)

    const group = wrapper.find('[data-testid=skill-group-monitor] tbody tr')
    expect(group.text()).toContain('售后热线')
    expect(group.text()).toContain('空闲 1')
    expect(group.find('[data-testid=group-service-level]').classes()).toContain('danger')
    expect(group.text()).toContain('4')
    const agent = wrapper.find('[data-testid=agent-monitor] tbody tr')
    expect(agent.text()).toContain('1:02:05')
    expect(agent.text()).toContain('90%')
    expect(agent.text()).toContain('6:00')
    // Not-ready time by reason (A8 坐席维度), the reasonless part named as such.
    expect(agent.find('[data-testid=not-ready-reasons]').text()).toMatch(/培训\s*5:00\s*未选原因\s*1:00/)
  })

  it('A8: picking an agent reads that agent’s figures; a change on the live feed reads them again', async () => {
    const fetchMock = answerMonitor()
    wrapper = mountAdmin(KpiMonitorPage, { props: areaProps('kpiMonitor') })
    await flushPromises()
    expect(sentTo(fetchMock, 'KpiMonitor')).toEqual([{ scope: { kind: 'TENANT' } }])
    wrapper.findComponent(ElSelect).vm.$emit('update:modelValue', 'AGENT:a1')
    await flushPromises()
    expect(sentTo(fetchMock, 'KpiMonitor').at(-1)).toEqual({ scope: { kind: 'AGENT', id: 'a1' } })

    vi.useFakeTimers()
    feed.handlers!.onQueueState({} as never)
    feed.handlers!.onAgentState({} as never)
    vi.advanceTimersByTime(CHANGE_SETTLE_MS)
    vi.useRealTimers()
    await flushPromises()
    // One read for the burst of two changes.
    expect(sentTo(fetchMock, 'KpiMonitor')).toHaveLength(3)
  })

  it('A8: without calls or skill groups, each part says what to do', async () => {
    answerMonitor({ hasCalls: false, hasGroups: false })
    wrapper = mountAdmin(KpiMonitorPage, { props: areaProps('kpiMonitor') })
    await flushPromises()
    expect(wrapper.find('[data-testid=hourly-chart]').exists()).toBe(false)
    expect(wrapper.find('[data-testid=chart-empty]').text()).toContain('拨打测试电话')
    expect(wrapper.find('[data-testid=skill-group-monitor]').text()).toContain('新建技能组')
    expect(wrapper.find('[data-testid=kpi-serviceLevel]').text()).toContain('63%')
  })

  it('A8 A11: a group leader is pointed to an administrator for test calls and skill groups, not sent there', async () => {
    answerMonitor({ hasCalls: false, hasGroups: false })
    wrapper = mountAdmin(KpiMonitorPage, { props: areaProps('kpiMonitor'), role: 'GROUP_LEADER' })
    await flushPromises()
    expect(wrapper.find('[data-testid=chart-empty]').text()).toContain('“拨测”由管理员设置')
    expect(wrapper.find('[data-testid=chart-empty] a').exists()).toBe(false)
    expect(wrapper.find('[data-testid=skill-group-monitor]').text()).toContain('“技能组”由管理员设置')
    expect(wrapper.find('[data-testid=skill-group-monitor] a').exists()).toBe(false)
  })
})
