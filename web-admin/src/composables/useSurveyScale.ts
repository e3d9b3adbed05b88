// A5: the company's survey scale and its labels, for the pages that show and filter scores. A score keeps
// the scale it was given on; the labels name the scores of today's scale only, so a score of an earlier
// scale shows as "score/scale" without a label.
import { request, useLocale } from '@cc/web-common'
import { computed, shallowRef } from 'vue'
import { SurveyScaleDocument } from '../graphql/satisfaction'

interface SurveyScale {
  scale: number
  labels: Array<{ zh: string; en: string }>
}

export function useSurveyScale() {
  const { locale } = useLocale()
  const current = shallowRef<SurveyScale | null>(null)

  async function load(): Promise<void> {
    const { acdSettings } = await request(SurveyScaleDocument)
    current.value = { scale: acdSettings.surveyScale, labels: acdSettings.surveyLabels }
  }

  /** The scores of today's scale, best first, for a filter. */
  const scores = computed(() =>
    Array.from({ length: current.value?.scale ?? 5 }, (_, index) => (current.value?.scale ?? 5) - index),
  )

  /** The company's word for a score on `scale`, in the page's language; null for a score of another scale. */
  function labelOf(score: number, scale = current.value?.scale): string | null {
    if (!current.value || scale !== current.value.scale) return null
    const label = current.value.labels[score - 1]
    return label ? label[locale.value === 'en' ? 'en' : 'zh'] : null
  }

  /** A score filter's option: the score with its word on today's scale. */
  const optionLabel = (score: number) => {
    const label = labelOf(score)
    return label ? `${score} · ${label}` : String(score)
  }

  return { current, load, scores, labelOf, optionLabel }
}
