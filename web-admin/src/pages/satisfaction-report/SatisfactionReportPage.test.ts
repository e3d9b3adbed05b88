import { expect, it } from 'vitest'
import { describeMounted } from '../../testing'
import { THREE_LABELS, mountSatisfactionPage } from '../satisfaction-records/satisfactionPageTesting'
import SatisfactionReportPage from './SatisfactionReportPage.vue'

const figures = {
  key: 'a1',
  name: '周坐席',
  responses: 2,
  byScale: [{ scale: 5, scoreCounts: [0, 0, 0, 1, 1] }],
  averageScore: 4.5,
  averagePercent: 87.5,
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
    const { wrapper } = await mountSatisfactionPage(
      SatisfactionReportPage,
      'satisfactionReport',
      { scale: 5, labels: [] },
      {
        SatisfactionReport: {
          data: {
            satisfactionReport: {
              timeZone: 'Asia/Shanghai',
              rows: [{ ...figures, periodStart: '2027-01-04T16:00:00Z' }],
              total: { ...figures, periodStart: null, key: null, name: null },
            },
          },
        },
      },
    )
    const table = wrapper.find('[data-testid=satisfaction-report-table]')
    expect(table.find('thead').text()).toContain('挂机后满意度调查')
    const cells = table
      .findAll('tbody tr')[0]!
      .findAll('td')
      .map((cell) => cell.text())
    expect(cells.slice(-4)).toEqual(['4', '1', '1', '50%'])
  })

  it('A5 A9: counts per score of each scale, named by scale where past 1–5 and new 1–3 ratings mix, each titled by the labels its answers were given with; the average only as a percentage then', async () => {
    const mixed = {
      ...figures,
      responses: 4,
      byScale: [
        { scale: 3, scoreCounts: [1, 0, 1], labels: THREE_LABELS },
        {
          scale: 5,
          scoreCounts: [0, 1, 0, 0, 1],
          labels: ['很差', '较差', '还行', '不错', '很棒'].map((zh) => ({ zh, en: zh })),
        },
        // Answers from before labels were kept, on a scale whose labels nobody knows any more.
        { scale: 4, scoreCounts: [0, 1, 0, 0], labels: null },
      ],
      averageScore: null,
      averagePercent: 56.25,
      satisfiedRate: 0.5,
    }
    const { wrapper } = await mountSatisfactionPage(
      SatisfactionReportPage,
      'satisfactionReport',
      { scale: 3, labels: THREE_LABELS },
      {
        SatisfactionReport: {
          data: {
            satisfactionReport: {
              timeZone: 'Asia/Shanghai',
              rows: [{ ...mixed, periodStart: '2027-01-04T16:00:00Z' }],
              total: { ...mixed, periodStart: null, key: null, name: null },
            },
          },
        },
      },
    )
    const row = wrapper.findAll('[data-testid=satisfaction-report-table] tbody tr')[0]!
    const cells = row.findAll('td').map((cell) => cell.text())
    expect(cells.slice(2, 5)).toEqual(['4', '—', '56%'])
    const scales = row.findAll('[data-testid=scale-counts]')
    expect(
      scales.map((scale) => [
        scale.find('.scale').text(),
        ...scale.findAll('.count').map((count) => count.text()),
      ]),
    ).toEqual([
      ['3 分制', '1', '0', '1'],
      ['5 分制', '0', '1', '0', '0', '1'],
      ['4 分制', '0', '1', '0', '0'],
    ])
    // Each scale names its scores with the labels its answers were given with, the past 1–5 one too.
    expect(scales[0]!.findAll('.count').map((count) => count.attributes('title'))).toEqual([
      '1 · 差评',
      '2 · 中评',
      '3 · 好评',
    ])
    expect(scales[1]!.findAll('.count')[4]!.attributes('title')).toBe('5 · 很棒')
    expect(scales[2]!.find('.count').attributes('title')).toBe('1 分（4 分制）')
  })
})
