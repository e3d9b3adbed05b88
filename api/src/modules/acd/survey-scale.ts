// A5, issue 19: the company's satisfaction survey scale (2 to 9 points, one key each) and its labels, and
// the arithmetic every reader of scores shares: which keys score, what counts as satisfied, and how
// scores of different scales compare.
import { z } from 'zod'
import { ValidationError } from '../../common/errors.js'
import { range } from './admin-input.js'
import type { SurveyLabel } from './settings.entity.js'

export const MIN_SURVEY_SCALE = 2
/** One key gives the score, so a scale ends at 9. */
export const MAX_SURVEY_SCALE = 9
export const MAX_SURVEY_LABEL_LENGTH = 20

/** The column default of acd_settings.survey_labels (Migration20270109300000_survey_scale). */
export const DEFAULT_SURVEY_LABELS: readonly SurveyLabel[] = Object.freeze([
  { zh: '非常不满意', en: 'Very dissatisfied' },
  { zh: '不满意', en: 'Dissatisfied' },
  { zh: '一般', en: 'Neutral' },
  { zh: '满意', en: 'Satisfied' },
  { zh: '非常满意', en: 'Very satisfied' },
])

const labelText = z
  .string({ message: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(MAX_SURVEY_LABEL_LENGTH)

export const surveyScaleSchema = range(MIN_SURVEY_SCALE, MAX_SURVEY_SCALE, ' points')
export const surveyLabelsSchema = z
  .array(z.object({ zh: labelText, en: labelText }))
  .min(MIN_SURVEY_SCALE)
  .max(MAX_SURVEY_SCALE)

/** Lists' filters on scores: 1 to the largest scale, whatever scale each answer was given on. */
export const scoresFilterSchema = z
  .array(
    z
      .number()
      .int()
      .min(1, `must be 1 to ${MAX_SURVEY_SCALE}`)
      .max(MAX_SURVEY_SCALE, `must be 1 to ${MAX_SURVEY_SCALE}`),
  )
  .max(MAX_SURVEY_SCALE, `must be at most ${MAX_SURVEY_SCALE} scores`)
  .nullish()

/**
 * The labels must name every score of the scale, no more and no fewer; checked on the settings as saved,
 * since a save may change the scale, the labels or both.
 */
export function assertLabelsFitScale(scale: number, labels: readonly SurveyLabel[]): void {
  if (labels.length !== scale)
    throw new ValidationError([
      {
        field: 'surveyLabels',
        code: 'SURVEY_LABELS_NOT_SCALE',
        params: { scale },
        message: `must give one label for each of the ${scale} scores`,
      },
    ])
}

/** The score a key gives on this scale, or null when the key is outside it (a wrong key). */
export function scoreOfKey(key: string, scale: number): number | null {
  const score = Number(key)
  return /^[1-9]$/.test(key) && score <= scale ? score : null
}

/** The play_and_get_digits pattern of the keys that score on this scale. */
export const scoreKeysPattern = (scale: number) => `^[1-${scale}]$`

/**
 * A score on 0–100 %: 1 is 0 %, the top of its scale 100 %. Averages over answers given on different scales
 * (a company that changed its scale) are taken on this, never on the raw scores.
 */
export const scorePercent = (score: number, scale: number) => ((score - 1) / (scale - 1)) * 100

/** Satisfied: above the middle of its scale (4 and 5 of 5, 3 of 3, 2 of 2). */
export const isSatisfiedScore = (score: number, scale: number) => score > (scale + 1) / 2
