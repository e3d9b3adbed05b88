import { flushPromises } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { answerOperations, areaProps, describeMounted, mountAdmin } from '../../testing'
import SatisfactionReportPage from './SatisfactionReportPage.vue'

const figures = {
  key: 'a1',
  name: '周坐席',
  responses: 2,
  scoreCounts: [0, 0, 0, 1, 1],
  averageScore: 4.5,
  satisfiedRate: 1,
  answeredCalls: 5,
  answeredResponses: 2,
  responseRate: 0.4,
  surveysOffered: 4,
  surveysNoAnswer: 1,
  surveysAbandoned: 1,
  surveyResponseRate: 0.5,
}

describeMounted('SatisfactionReportPage', () => {
  it('A5 A9: each row shows the post-call surveys offered, unanswered, hung up and their response rate', async () => {
    answerOperations({
      Agents: { data: { agents: { totalCount: 0, items: [] } } },
      SkillGroupOptions: { data: { skillGroups: { items: [] } } },
      SatisfactionReport: {
        data: {
          satisfactionReport: {
            timeZone: 'Asia/Shanghai',
            rows: [{ ...figures, periodStart: '2027-01-04T16:00:00Z' }],
            total: { ...figures, periodStart: null, key: null, name: null },
          },
        },
      },
    })
    const wrapper = mountAdmin(SatisfactionReportPage, {
      props: areaProps('satisfactionReport'),
      role: 'GROUP_LEADER',
    })
    await flushPromises()
    const table = wrapper.find('[data-testid=satisfaction-report-table]')
    expect(table.find('thead').text()).toContain('挂机后满意度调查')
    const cells = table
      .findAll('tbody tr')[0]!
      .findAll('td')
      .map((cell) => cell.text())
    expect(cells.slice(-4)).toEqual(['4', '1', '1', '50%'])
  })
})
