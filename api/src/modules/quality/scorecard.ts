// A scorecard's definition and its maths (A10), pure: what a published version holds, how a definition
// is checked (each problem names its section and criterion), and how an inspection's scores add up.
// The model is points (docs/quality.md): a criterion is worth `maxPoints`, which is also its weight;
// the score is the points given over the points possible, as a percentage; a failed fatal item makes it 0.
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { FieldProblem } from '../../common/errors.js'
import { NotFoundError, ValidationError } from '../../common/errors.js'
import { issueOf, problem, validateInput } from '../../common/validation.js'

export const MAX_SECTIONS = 20
export const MAX_CRITERIA_PER_SECTION = 50
export const MAX_CRITERION_POINTS = 100
export const MAX_COMMENT_LENGTH = 2000

export interface Criterion {
  /** Kept from version to version while the criterion is edited, so the report follows it. */
  id: string
  name: string
  description: string
  maxPoints: number
  /** Failing it sets the whole score to zero. */
  isFatal: boolean
}

export interface Section {
  name: string
  criteria: Criterion[]
}

/** What a version holds, immutable once published. */
export interface ScorecardDefinition {
  sections: Section[]
}

export interface CriterionScore {
  criterionId: string
  points: number
  isFailed: boolean
}

export interface ScoreComment {
  text: string
  /** A moment of the recording, in seconds from its start; null for the call as a whole. */
  atSeconds: number | null
  criterionId: string | null
}

export interface ScoreResult {
  points: number
  maxPoints: number
  percent: number
  isFatalFailed: boolean
}

const text = (maximum: number) =>
  z.string().trim().min(1, 'is required').max(maximum, `must be at most ${maximum} characters`)

const definitionSchema = z.object({
  name: text(100),
  sections: z
    .array(
      z.object({
        name: text(100),
        criteria: z
          .array(
            z
              .object({
                id: z.string().nullish(),
                name: text(200),
                description: z
                  .string()
                  .trim()
                  .max(1000, 'must be at most 1000 characters')
                  .nullish()
                  .transform((value) => value ?? ''),
                maxPoints: z
                  .number()
                  .int('must be a whole number')
                  .min(0, 'must not be negative')
                  .max(MAX_CRITERION_POINTS, `must be at most ${MAX_CRITERION_POINTS}`),
                isFatal: z
                  .boolean()
                  .nullish()
                  .transform((value) => value ?? false),
              })
              .refine((criterion) => criterion.isFatal || criterion.maxPoints > 0, {
                ...problem('NO_POINTS_TO_SCORE', 'must be at least 1 unless the criterion is fatal'),
                path: ['maxPoints'],
              }),
          )
          .min(1, 'must have at least one criterion')
          .max(MAX_CRITERIA_PER_SECTION, `must have at most ${MAX_CRITERIA_PER_SECTION} criteria`),
      }),
    )
    .min(1, 'must have at least one section')
    .max(MAX_SECTIONS, `must have at most ${MAX_SECTIONS} sections`),
})

export type ScorecardInput = z.input<typeof definitionSchema>

/**
 * A definition checked, with criterion IDs: an ID given must be one of `previous` (the version being
 * edited; any other is not found), a criterion without one is new. Problems name the path, e.g. `sections.1.criteria.0.maxPoints`.
 */
export function checkDefinition(
  input: unknown,
  previous: ScorecardDefinition | null,
): { name: string; definition: ScorecardDefinition; maxPoints: number } {
  const known = new Set(previous?.sections.flatMap((section) => section.criteria.map((c) => c.id)) ?? [])
  const schema = definitionSchema.superRefine((card, context) => {
    const used = new Set<string>()
    card.sections.forEach((section, s) => {
      const names = new Set<string>()
      section.criteria.forEach((criterion, c) => {
        const at = `sections.${s}.criteria.${c}`
        if (names.has(criterion.name.toLowerCase()))
          context.addIssue(
            issueOf({
              field: `${at}.name`,
              code: 'DUPLICATE_CRITERION',
              message: 'is used twice in the section',
            }),
          )
        names.add(criterion.name.toLowerCase())
        if (criterion.id && used.has(criterion.id))
          context.addIssue(
            issueOf({ field: `${at}.id`, code: 'DUPLICATE_CRITERION', message: 'is used twice' }),
          )
        if (criterion.id) used.add(criterion.id)
      })
    })
  })
  const card = validateInput(schema, input)
  // An ID that names no criterion of the version being edited (another scorecard's, another tenant's)
  // names nothing here, like any foreign ID.
  for (const section of card.sections)
    for (const criterion of section.criteria)
      if (criterion.id && !known.has(criterion.id)) throw new NotFoundError('Scorecard criterion')
  const definition: ScorecardDefinition = {
    sections: card.sections.map((section) => ({
      name: section.name,
      criteria: section.criteria.map((criterion) => ({
        id: criterion.id ?? randomUUID(),
        name: criterion.name,
        description: criterion.description,
        maxPoints: criterion.maxPoints,
        isFatal: criterion.isFatal,
      })),
    })),
  }
  const maxPoints = criteriaOf(definition).reduce((sum, criterion) => sum + criterion.maxPoints, 0)
  if (maxPoints < 1)
    throw new ValidationError([
      { field: 'sections', code: 'NO_POINTS_TO_SCORE', message: 'must be worth at least one point in all' },
    ])
  return { name: card.name, definition, maxPoints }
}

export function criteriaOf(definition: ScorecardDefinition): Criterion[] {
  return definition.sections.flatMap((section) => section.criteria)
}

const scoresSchema = z.object({
  scores: z.array(
    z.object({
      criterionId: z.string(),
      points: z.number().int('must be a whole number').min(0, 'must not be negative'),
      isFailed: z
        .boolean()
        .nullish()
        .transform((value) => value ?? false),
    }),
  ),
  comments: z
    .array(
      z.object({
        text: text(MAX_COMMENT_LENGTH),
        atSeconds: z
          .number()
          .min(0, 'must not be negative')
          .nullish()
          .transform((value) => value ?? null),
        criterionId: z
          .string()
          .nullish()
          .transform((value) => value ?? null),
      }),
    )
    .max(100, 'must have at most 100 comments')
    .nullish()
    .transform((value) => value ?? []),
})

export type ScoresInput = z.input<typeof scoresSchema>

/**
 * Scores for every criterion of the version, checked against it, and the result they give. Problems name
 * the score's place in the input (`scores.2.points`) or, for a criterion left out, `scores` with its name.
 */
export function scoreInspection(
  definition: ScorecardDefinition,
  input: unknown,
): { scores: CriterionScore[]; comments: ScoreComment[]; result: ScoreResult } {
  const { scores, comments } = validateInput(scoresSchema, input)
  const criteria = new Map(criteriaOf(definition).map((criterion) => [criterion.id, criterion]))
  const problems: FieldProblem[] = []
  const scored = new Set<string>()
  scores.forEach((score, index) => {
    const at = `scores.${index}`
    const criterion = criteria.get(score.criterionId)
    if (!criterion) {
      problems.push({
        field: `${at}.criterionId`,
        code: 'UNKNOWN_CRITERION',
        message: 'is not on the scorecard',
      })
      return
    }
    if (scored.has(criterion.id))
      problems.push({
        field: `${at}.criterionId`,
        code: 'CRITERION_SCORED_TWICE',
        message: 'is scored twice',
      })
    scored.add(criterion.id)
    if (score.points > criterion.maxPoints)
      problems.push({
        field: `${at}.points`,
        code: 'TOO_LARGE',
        params: { maximum: criterion.maxPoints },
        message: `must be at most ${criterion.maxPoints} for “${criterion.name}”`,
      })
    if (score.isFailed && !criterion.isFatal)
      problems.push({
        field: `${at}.isFailed`,
        code: 'NOT_A_FATAL_ITEM',
        message: `“${criterion.name}” is not fatal`,
      })
  })
  for (const criterion of criteria.values())
    if (!scored.has(criterion.id))
      problems.push({
        field: 'scores',
        code: 'CRITERION_NOT_SCORED',
        message: `“${criterion.name}” has no score`,
      })
  comments.forEach((comment, index) => {
    if (comment.criterionId && !criteria.has(comment.criterionId))
      problems.push({
        field: `comments.${index}.criterionId`,
        code: 'UNKNOWN_CRITERION',
        message: 'is not on the scorecard',
      })
  })
  if (problems.length) throw new ValidationError(problems)
  return { scores, comments, result: resultOf(definition, scores) }
}

/** The maths: points given over points possible; any failed fatal item gives 0. */
export function resultOf(definition: ScorecardDefinition, scores: CriterionScore[]): ScoreResult {
  const maxPoints = criteriaOf(definition).reduce((sum, criterion) => sum + criterion.maxPoints, 0)
  const isFatalFailed = scores.some((score) => score.isFailed)
  const points = isFatalFailed ? 0 : scores.reduce((sum, score) => sum + score.points, 0)
  return { points, maxPoints, isFatalFailed, percent: Math.round((points / maxPoints) * 10_000) / 100 }
}
