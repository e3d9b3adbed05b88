// What CallDetailsBody shows of one call, worded by the page that loaded it.
import { useI18n } from 'vue-i18n'
import { useFormat } from '../../composables/useFormat'
import { hangupCauseKey } from '../../i18n/hangupCauses'
import type { CallTimelineEntry } from './callTimelineText'
import { useSurveyLabel, type SurveyLabelText } from '../../composables/useSurveyLabel'

export interface CallTag {
  label: string
  type: 'primary' | 'success' | 'info' | 'warning' | 'danger'
  isPlain?: boolean
  testId?: string
}

export interface CallFact {
  /** Names the fact's slot (`fact-<key>`) for a value that is more than text. */
  key: string
  label: string
  value?: string
  testId?: string
}

export interface CallDetailsShown {
  number: string | null
  tags: readonly CallTag[]
  facts: readonly CallFact[]
  /** Absent where the page plays the recording itself. */
  recording?: { url: string | null; removedAt?: string | null }
  timeline: readonly CallTimelineEntry[]
  legs?: readonly { id: string; role: string }[]
}

/**
 * How a call ended, in the same words wherever it is shown: when, who hung up (CALLER…), the cause, and
 * the caller's satisfaction score.
 */
export function useCallEndFacts() {
  const { t } = useI18n()
  const { time } = useFormat()
  const labelText = useSurveyLabel()
  return (call: {
    endedAt?: string | null
    hangupSide?: string | null
    hangupCause?: string | null
    satisfactionScore?: number | null
    /** The scale the caller answered on (issue 19: 2–9 points per company). */
    satisfactionScale?: number | null
    /** The score's label as the caller was asked, kept with the answer. */
    satisfactionLabel?: SurveyLabelText | null
  }): CallFact[] => [
    {
      key: 'endedAt',
      label: t('callDetails.endedAt'),
      value: call.endedAt ? time(call.endedAt) : t('callDetails.live'),
    },
    {
      key: 'hangupSide',
      label: t('callDetails.hangupSide'),
      value: call.hangupSide ? t(`callTimeline.hangupSides.${call.hangupSide}`) : undefined,
      testId: 'hangup-side',
    },
    {
      key: 'hangupCause',
      label: t('callDetails.hangupCause'),
      value: call.hangupCause ? t(hangupCauseKey(call.hangupCause)) : undefined,
    },
    {
      key: 'satisfaction',
      label: t('callDetails.satisfaction'),
      value: call.satisfactionScore
        ? t(call.satisfactionLabel ? 'callDetails.satisfactionLabelled' : 'callDetails.satisfactionScore', {
            score: call.satisfactionScore,
            scale: call.satisfactionScale,
            label: labelText(call.satisfactionLabel),
          })
        : t('callDetails.noSatisfaction'),
    },
  ]
}
