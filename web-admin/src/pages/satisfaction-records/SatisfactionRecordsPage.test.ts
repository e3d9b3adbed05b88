import { flushPromises } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { answerOperations, areaProps, describeMounted, mountAdmin, sentTo } from '../../testing'
import SatisfactionRecordsPage from './SatisfactionRecordsPage.vue'

const record = (callId: string, outcome: string, score: number | null) => ({
  callId,
  answeredAt: '2027-01-05T02:00:00Z',
  outcome,
  score,
  direction: 'INBOUND',
  customerNumber: '13800138000',
  agentName: '周坐席',
  skillGroupName: '售后热线',
})

describeMounted('SatisfactionRecordsPage', () => {
  it('A5 A9: a scored survey shows its score, a post-call survey without one says 未评价 or 挂机; picking those asks for their outcomes', async () => {
    const fetchMock = answerOperations({
      Agents: { data: { agents: { totalCount: 0, items: [] } } },
      SkillGroupOptions: { data: { skillGroups: { items: [] } } },
      SatisfactionRecords: {
        data: {
          satisfactionRecords: {
            totalCount: 3,
            nextCursor: null,
            items: [
              record('c1', 'SCORED', 4),
              record('c2', 'NO_ANSWER', null),
              record('c3', 'ABANDONED', null),
            ],
          },
        },
      },
    })
    const wrapper = mountAdmin(SatisfactionRecordsPage, {
      props: areaProps('satisfactionRecords'),
      role: 'GROUP_LEADER',
    })
    await flushPromises()
    const rows = wrapper.findAll('[data-testid=satisfaction-records-table] tbody tr')
    expect(rows.map((row) => row.find('td:nth-child(2)').text())).toEqual(['满意', '未评价', '挂机'])
    expect(rows[1]!.find('[data-testid=survey-outcome]').exists()).toBe(true)
    expect(rows[0]!.find('[data-testid=survey-outcome]').exists()).toBe(false)

    // The filter's choices, scores and outcomes alike, as the page's own handler would receive them.
    const vm = wrapper.vm as unknown as { $: { setupState: { form: { scores: unknown[] } } } }
    vm.$.setupState.form.scores = [5, 'NO_ANSWER']
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(sentTo(fetchMock, 'SatisfactionRecords').at(-1)).toMatchObject({
      filter: { scores: [5], outcomes: ['SCORED', 'NO_ANSWER'] },
    })
    vm.$.setupState.form.scores = [1, 2]
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(sentTo(fetchMock, 'SatisfactionRecords').at(-1)).toMatchObject({
      filter: { scores: [1, 2], outcomes: null },
    })
  })
})
