// A10: scoring a scorecard, for the console's workbench and the workstation: the inspector's form and its
// preview, by the API's rules (docs/quality.md): a criterion's points are also its weight, a failed fatal
// item scores the whole call 0, percent = points over the version's maximum, rounded to two decimals.

/** A scorecard version as every app's query reads it. */
export interface ScorecardShape {
  sections: readonly {
    name: string
    criteria: readonly {
      id: string
      name: string
      description: string
      maxPoints: number
      isFatal: boolean
    }[]
  }[]
}

export interface CriterionScore {
  criterionId: string
  points: number
  isFailed: boolean
}

export interface CommentInput {
  text: string
  atSeconds?: number | null
  criterionId?: string | null
}

/** One criterion's entry on the form: points not given yet are null. */
export interface CriterionEntry {
  points: number | null
  isFailed: boolean
}

export type ScoreForm = Record<string, CriterionEntry>

export interface ScorePreview {
  points: number
  maxPoints: number
  percent: number
  isFatalFailed: boolean
  /** Criteria without points yet: the API refuses to submit until there are none. */
  unscored: number
}

export function criteriaOf(scorecard: ScorecardShape) {
  return scorecard.sections.flatMap((section) => section.criteria)
}

/** An empty form, or one filled from a result's scores (to re-score after an appeal). */
export function scoreForm(scorecard: ScorecardShape, scores: readonly CriterionScore[] = []): ScoreForm {
  return Object.fromEntries(
    criteriaOf(scorecard).map((criterion) => {
      const score = scores.find((each) => each.criterionId === criterion.id)
      return [criterion.id, { points: score?.points ?? null, isFailed: score?.isFailed ?? false }]
    }),
  )
}

export function previewScore(scorecard: ScorecardShape, form: ScoreForm): ScorePreview {
  const criteria = criteriaOf(scorecard)
  const maxPoints = criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0)
  let points = 0
  let unscored = 0
  let isFatalFailed = false
  for (const criterion of criteria) {
    const entry = form[criterion.id]
    if (criterion.isFatal && entry?.isFailed) isFatalFailed = true
    if (entry?.points === null || entry?.points === undefined) unscored++
    else points += Math.min(criterion.maxPoints, Math.max(0, entry.points))
  }
  if (isFatalFailed) points = 0
  const percent = maxPoints > 0 ? Math.round((points / maxPoints) * 10000) / 100 : 0
  return { points, maxPoints, percent, isFatalFailed, unscored }
}

/** The form as the API takes it; only fatal items carry isFailed. */
export function toScoresInput(
  scorecard: ScorecardShape,
  form: ScoreForm,
  comments: CommentInput[],
): { scores: CriterionScore[]; comments: CommentInput[] } {
  return {
    scores: criteriaOf(scorecard).map((criterion) => ({
      criterionId: criterion.id,
      points: form[criterion.id]?.points ?? 0,
      isFailed: criterion.isFatal ? (form[criterion.id]?.isFailed ?? false) : false,
    })),
    comments,
  }
}
