// The wallboard's rules, free of Vue: which skill groups it shows, the limits that colour each KPI green,
// amber or red, and how both live in the URL's query so that a TV's bookmark keeps them.
import type { LocationQuery } from 'vue-router'
import type { KpiScopeInput } from '../../graphql/monitoring'

/** How a figure stands against its limits; `none` for figures without limits or nothing measured yet. */
export type Tone = 'good' | 'warn' | 'bad' | 'none'

/** Limits of a figure where less is better: up to `good` is green, up to `warn` amber, above it red. */
export interface Limits {
  good: number
  warn: number
}

export interface WallboardChoices {
  /** The skill groups shown; empty for every group the viewer may see. */
  skillGroupIds: string[]
  /** How many percentage points under the company's target the service level is amber, not yet red. */
  serviceLevelMargin: number
  /** Seconds. */
  asa: Limits
  /** Percent. */
  abandonRate: Limits
  /** Seconds. */
  aht: Limits
  /** Seconds; also colours each queue's longest wait. */
  longestWait: Limits
}

export type LimitKey = 'asa' | 'abandonRate' | 'aht' | 'longestWait'
export const LIMIT_KEYS = ['asa', 'abandonRate', 'aht', 'longestWait'] as const satisfies readonly LimitKey[]

/**
 * Common starting points a supervisor adjusts to their line: callers answered within 20 s on average,
 * under 5 % hanging up, calls handled within 5 minutes, nobody waiting over half a minute.
 */
export const DEFAULT_CHOICES: WallboardChoices = {
  skillGroupIds: [],
  serviceLevelMargin: 5,
  asa: { good: 20, warn: 40 },
  abandonRate: { good: 5, warn: 10 },
  aht: { good: 300, warn: 480 },
  longestWait: { good: 30, warn: 60 },
}

/** The query's names: short, since they end up in a bookmark. */
const PARAM = {
  skillGroupIds: 'groups',
  serviceLevelMargin: 'slMargin',
  asa: 'asa',
  abandonRate: 'abandon',
  aht: 'aht',
  longestWait: 'wait',
} as const satisfies Record<keyof WallboardChoices, string>

function single(query: LocationQuery, name: string): string | undefined {
  const value = query[name]
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && first !== '' ? first : undefined
}

function nonNegative(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+(\.\d+)?$/.test(text)) return undefined
  return Number(text)
}

/** "20-40" → { good: 20, warn: 40 }; anything else (a typo in a hand-edited bookmark) keeps the default. */
function limitsFrom(text: string | undefined, fallback: Limits): Limits {
  const [good, warn, ...rest] = (text ?? '').split('-').map((part) => nonNegative(part))
  if (good === undefined || warn === undefined || rest.length > 0 || good > warn) return fallback
  return { good, warn }
}

/** The choices a URL's query holds, defaults for what it leaves out or spells wrongly. */
export function choicesFromQuery(query: LocationQuery): WallboardChoices {
  const groups = single(query, PARAM.skillGroupIds)
  const margin = nonNegative(single(query, PARAM.serviceLevelMargin))
  const choices: WallboardChoices = {
    ...DEFAULT_CHOICES,
    skillGroupIds: groups ? [...new Set(groups.split(',').filter(Boolean))] : [],
    serviceLevelMargin: margin !== undefined && margin <= 100 ? margin : DEFAULT_CHOICES.serviceLevelMargin,
  }
  for (const key of LIMIT_KEYS) choices[key] = limitsFrom(single(query, PARAM[key]), DEFAULT_CHOICES[key])
  return choices
}

/** The query that keeps the choices: only what differs from the defaults, so a plain URL stays plain. */
export function queryFromChoices(choices: WallboardChoices): Record<string, string> {
  const query: Record<string, string> = {}
  if (choices.skillGroupIds.length > 0) query[PARAM.skillGroupIds] = choices.skillGroupIds.join(',')
  if (choices.serviceLevelMargin !== DEFAULT_CHOICES.serviceLevelMargin)
    query[PARAM.serviceLevelMargin] = String(choices.serviceLevelMargin)
  for (const key of LIMIT_KEYS) {
    const { good, warn } = choices[key]
    if (good !== DEFAULT_CHOICES[key].good || warn !== DEFAULT_CHOICES[key].warn)
      query[PARAM[key]] = `${good}-${warn}`
  }
  return query
}

/** A figure where less is better against its limits. */
export function toneAtMost(value: number | null | undefined, limits: Limits): Tone {
  if (value === null || value === undefined) return 'none'
  if (value <= limits.good) return 'good'
  return value <= limits.warn ? 'warn' : 'bad'
}

/** The service level (0–1) against the company's target (0–1): at or over it green, within the margin amber. */
export function serviceLevelTone(
  level: number | null | undefined,
  target: number,
  marginPoints: number,
): Tone {
  if (level === null || level === undefined) return 'none'
  // Whole points, so that 0.7999999 against 0.8 is not called short by a rounding error.
  const points = Math.round(level * 1000) / 10
  const targetPoints = Math.round(target * 1000) / 10
  if (points >= targetPoints) return 'good'
  return points >= targetPoints - marginPoints ? 'warn' : 'bad'
}

/**
 * The chosen skill groups the viewer may still see, in the API's order; all of them when none were chosen.
 * A chosen group deleted since, or no longer visible to the viewer, is left out rather than breaking the board.
 */
export function shownSkillGroups<T extends { skillGroupId: string }>(
  visible: readonly T[],
  chosenIds: readonly string[],
): T[] {
  if (chosenIds.length === 0) return [...visible]
  return visible.filter((group) => chosenIds.includes(group.skillGroupId))
}

/**
 * Whose KPIs and chart the board shows: the chosen groups it shows, counted as one; with none chosen (or
 * every chosen one gone), everything the viewer may see.
 */
export function kpiScopeFor(shownIds: readonly string[], chosenIds: readonly string[]): KpiScopeInput {
  return chosenIds.length > 0 && shownIds.length > 0
    ? { kind: 'SKILL_GROUP', ids: [...shownIds] }
    : { kind: 'TENANT' }
}
