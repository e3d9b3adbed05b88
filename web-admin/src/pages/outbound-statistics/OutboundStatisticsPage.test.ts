import { flushPromises } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { answerOperations, areaProps, describeMounted, mountAdmin } from '../../testing'
import OutboundStatisticsPage from './OutboundStatisticsPage.vue'

const spring = {
  taskId: 't1',
  taskName: '春季回访',
  status: 'ACTIVE',
  itemCount: 5,
  dialledItems: 3,
  connectedItems: 2,
  calls: 4,
  connectedCalls: 2,
  talkSeconds: 150,
  successItems: 2,
  connectRate: 2 / 3,
  conversionRate: 2 / 3,
  results: [
    { value: 'INTERESTED', labelZh: '有意向', labelEn: 'Interested', isSuccess: true, itemCount: 2 },
    { value: 'NO', labelZh: '无意向', labelEn: 'No', isSuccess: false, itemCount: 1 },
    { value: 'WRONG_NUMBER', labelZh: '号码错误', labelEn: 'Wrong number', isSuccess: false, itemCount: 0 },
  ],
}

const statistics = (tasks: unknown[], workload: unknown[] = []) => ({
  data: {
    outboundStatistics: {
      from: '2027-01-03T16:00:00Z',
      to: '2027-01-05T16:00:00Z',
      timeZone: 'Asia/Shanghai',
      tasks,
      workload,
    },
  },
})

describeMounted('OutboundStatisticsPage', () => {
  it('A14: a task’s row shows its numbers, rates and the results it has; the workload a row per agent and day', async () => {
    answerOperations({
      OutboundTasks: { data: { outboundTasks: { totalCount: 1, items: [{ id: 't1', name: '春季回访' }] } } },
      Agents: { data: { agents: { totalCount: 0, items: [] } } },
      OutboundStatistics: statistics(
        [spring],
        [
          {
            day: '2027-01-04',
            agentId: 'a1',
            agentName: '钱电销',
            calls: 2,
            connectedCalls: 1,
            talkSeconds: 120,
            results: 1,
            successes: 1,
          },
        ],
      ),
    })
    const wrapper = mountAdmin(OutboundStatisticsPage, {
      props: areaProps('outboundStatistics'),
      role: 'GROUP_LEADER',
    })
    await flushPromises()
    const cells = wrapper
      .find('[data-testid=statistics-tasks-table] tbody tr')
      .findAll('td')
      .map((cell) => cell.text())
    expect(cells.slice(1, 7)).toEqual(['5', '3', '2', '67%', '2', '67%'])
    expect(cells[9]).toBe('有意向 2无意向 1')
    const workload = wrapper
      .find('[data-testid=statistics-workload-table] tbody tr')
      .findAll('td')
      .map((cell) => cell.text())
    expect(workload.slice(0, 4)).toEqual(['2027-01-04', '钱电销', '2', '1'])
  })

  it('A14: without any task the page says how statistics come about: a task, its numbers, dialling', async () => {
    answerOperations({
      OutboundTasks: { data: { outboundTasks: { totalCount: 0, items: [] } } },
      Agents: { data: { agents: { totalCount: 0, items: [] } } },
      OutboundStatistics: statistics([]),
    })
    const wrapper = mountAdmin(OutboundStatisticsPage, { props: areaProps('outboundStatistics') })
    await flushPromises()
    expect(wrapper.find('[data-testid=outbound-statistics-empty]').text()).toContain('导入号码')
    expect(wrapper.find('[data-testid=statistics-tasks-table]').exists()).toBe(false)
  })
})
