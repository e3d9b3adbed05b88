// A10: the scorecard editor's form, to and from the API: an edit names each criterion it keeps
// (QaCriterionInput.id), so the QA report follows a criterion across versions.
import type { QaScorecardFields, QaScorecardInput } from '../../graphql/quality'

export interface CriterionForm {
  id: string | null
  name: string
  description: string
  maxPoints: number
  isFatal: boolean
}

export interface SectionForm {
  name: string
  criteria: CriterionForm[]
}

export interface ScorecardForm {
  name: string
  sections: SectionForm[]
}

export const newCriterion = (): CriterionForm => ({
  id: null,
  name: '',
  description: '',
  maxPoints: 10,
  isFatal: false,
})

export const newSection = (): SectionForm => ({ name: '', criteria: [newCriterion()] })

export function scorecardForm(scorecard: QaScorecardFields | null): ScorecardForm {
  if (!scorecard) return { name: '', sections: [newSection()] }
  return {
    name: scorecard.name,
    sections: scorecard.sections.map((section) => ({
      name: section.name,
      criteria: section.criteria.map((criterion) => ({ ...criterion })),
    })),
  }
}

export function totalPoints(form: ScorecardForm): number {
  return form.sections.reduce(
    (sum, section) => sum + section.criteria.reduce((points, criterion) => points + criterion.maxPoints, 0),
    0,
  )
}

export function toScorecardInput(form: ScorecardForm): QaScorecardInput {
  return {
    name: form.name.trim(),
    sections: form.sections.map((section) => ({
      name: section.name.trim(),
      criteria: section.criteria.map((criterion) => ({
        id: criterion.id,
        name: criterion.name.trim(),
        description: criterion.description.trim(),
        maxPoints: criterion.maxPoints,
        isFatal: criterion.isFatal,
      })),
    })),
  }
}
