// A5: the company's survey scale and its labels, for the score filters, which offer today's scale. A score
// shown on a page carries its own scale and label (kept with the answer), so this is not for those.
import { request, useSurveyLabel } from '@cc/web-common'
import { computed, shallowRef } from 'vue'
import { SurveyScaleDocument } from '../graphql/satisfaction'

interface SurveyScale {
  scale: number
  labels: Array<{ zh: string; en: string }>
}

export function useSurveyScale() {
  const labelText = useSurveyLabel()
  const current = shallowRef<SurveyScale | null>(null)

  async function load(): Promise<void> {
    const { acdSettings } = await request(SurveyScaleDocument)
    current.value = { scale: acdSettings.surveyScale, labels: acdSettings.surveyLabels }
  }

  /** The scores of today's scale, best first, for a filter. */
  const scores = computed(() =>
    Array.from({ length: current.value?.scale ?? 5 }, (_, index) => (current.value?.scale ?? 5) - index),
  )

  /** A score filter's option: the score with its word on today's scale. */
  const optionLabel = (score: number) => {
    const label = labelText(current.value?.labels[score - 1])
    return label ? `${score} · ${label}` : String(score)
  }

  return { current, load, scores, optionLabel }
}
