import { flushPromises } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { describeMounted, sentTo } from '../../testing'
import { THREE_LABELS, mountSatisfactionPage } from './satisfactionPageTesting'
import SatisfactionRecordsPage from './SatisfactionRecordsPage.vue'

const record = (
  callId: string,
  outcome: string,
  score: number | null,
  scale: number | null = null,
  label: { zh: string; en: string } | null = null,
) => ({
  callId,
  answeredAt: '2027-01-05T02:00:00Z',
  outcome,
  score,
  scale: score === null ? null : (scale ?? 5),
  label,
  direction: 'INBOUND',
  customerNumber: '13800138000',
  agentName: '周坐席',
  skillGroupName: '售后热线',
})

const FIVE_LABELS = [
  { zh: '非常不满意', en: 'Very dissatisfied' },
  { zh: '不满意', en: 'Dissatisfied' },
  { zh: '一般', en: 'Neutral' },
  { zh: '满意', en: 'Satisfied' },
  { zh: '非常满意', en: 'Very satisfied' },
]

describeMounted('SatisfactionRecordsPage', () => {
  it('A5 A9: a scored survey shows its score, a post-call survey without one says 未评价 or 挂机; picking those asks for their outcomes', async () => {
    const { wrapper, fetchMock } = await mountSatisfactionPage(
      SatisfactionRecordsPage,
      'satisfactionRecords',
      { scale: 5, labels: FIVE_LABELS },
      {
        SatisfactionRecords: {
          data: {
            satisfactionRecords: {
              totalCount: 3,
              nextCursor: null,
              items: [
                record('c1', 'SCORED', 4, 5, FIVE_LABELS[3]),
                record('c2', 'NO_ANSWER', null),
                record('c3', 'ABANDONED', null),
              ],
            },
          },
        },
      },
    )
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

  it('A5 A9: each score shows the label it was given with: a past 1–5 score keeps its word after the change to 3 points', async () => {
    const { wrapper } = await mountSatisfactionPage(
      SatisfactionRecordsPage,
      'satisfactionRecords',
      { scale: 3, labels: THREE_LABELS },
      {
        SatisfactionRecords: {
          data: {
            satisfactionRecords: {
              totalCount: 3,
              nextCursor: null,
              items: [
                record('c1', 'SCORED', 3, 3, THREE_LABELS[2]),
                record('c2', 'SCORED', 4, 5, FIVE_LABELS[3]),
                // An answer from before labels were kept, on a scale whose labels nobody knows any more.
                record('c3', 'SCORED', 2, 4),
              ],
            },
          },
        },
      },
    )
    const scores = wrapper.findAll('[data-testid=survey-score]')
    expect(scores.map((score) => score.text())).toEqual(['好评', '满意', '2 分（4 分制）'])
    // As many stars as the score's scale has.
    expect(scores.map((score) => score.findAll('.el-rate__item').length)).toEqual([3, 5, 4])
    const vm = wrapper.vm as unknown as {
      $: { setupState: { surveyScale: { scores: { value: number[] } } } }
    }
    expect(vm.$.setupState.surveyScale.scores.value).toEqual([3, 2, 1])
  })
})
