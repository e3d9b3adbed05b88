// Test support shared by the satisfaction records and satisfaction report pages (A5, A9): a group leader
// opens the page over a stand-in API that knows the company's survey scale and has no agents or skill
// groups to filter by; the page's own operation answers the rest.
import { flushPromises } from '@vue/test-utils'
import type { Component } from 'vue'
import { answerOperations, areaProps, mountAdmin } from '../../testing'

/** The company's labels of a 3-point scale. */
export const THREE_LABELS = [
  { zh: '差评', en: 'Bad' },
  { zh: '中评', en: 'Okay' },
  { zh: '好评', en: 'Good' },
]

export async function mountSatisfactionPage(
  page: Component,
  area: 'satisfactionRecords' | 'satisfactionReport',
  survey: { scale: number; labels: { zh: string; en: string }[] },
  answers: Parameters<typeof answerOperations>[0],
) {
  const fetchMock = answerOperations({
    SurveyScale: { data: { acdSettings: { surveyScale: survey.scale, surveyLabels: survey.labels } } },
    Agents: { data: { agents: { totalCount: 0, items: [] } } },
    SkillGroupOptions: { data: { skillGroups: { items: [] } } },
    ...answers,
  })
  const wrapper = mountAdmin(page, { props: areaProps(area), role: 'GROUP_LEADER' })
  await flushPromises()
  return { wrapper, fetchMock }
}
