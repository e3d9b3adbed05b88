// An IVR flow's menus (A7) as data, and the rules a definition must pass before it is saved or
// published: its shape and its graph (one root, no cycles, at most five levels, every menu reachable).
// Its targets (skill groups, agents, approved prompts, allowed numbers) need the database: flows.service.
import { z } from 'zod'
import type { FieldProblem } from '../../common/errors.js'
import { ValidationError } from '../../common/errors.js'

/** What pressing a key does. */
export enum IvrAction {
  SUB_MENU = 'SUB_MENU',
  SKILL_GROUP = 'SKILL_GROUP',
  AGENT = 'AGENT',
  OUTSIDE_NUMBER = 'OUTSIDE_NUMBER',
  REPLAY = 'REPLAY',
  UP = 'UP',
  PLAY_AND_HANG_UP = 'PLAY_AND_HANG_UP',
  SURVEY = 'SURVEY',
}

export interface IvrKeyDefinition {
  key: string
  action: IvrAction
  subMenuId: string | null
  skillGroupId: string | null
  agentId: string | null
  /** OUTSIDE_NUMBER, in E.164. */
  number: string | null
  /** PLAY_AND_HANG_UP. */
  promptId: string | null
}

export interface IvrMenuDefinition {
  id: string
  name: string
  promptId: string
  digitTimeoutSeconds: number
  /** Further tries after a wrong key or no key; then a goodbye and hangup. */
  maxRetries: number
  /** Played on a wrong key; the tenant's WRONG_KEY system prompt when null. */
  wrongKeyPromptId: string | null
  keys: IvrKeyDefinition[]
}

export interface IvrFlowDefinition {
  rootMenuId: string
  menus: IvrMenuDefinition[]
}

/** The guide's limit: callers go at most five menus deep. */
export const MAX_MENU_DEPTH = 5
const MAX_MENUS = 100
const KEY_PATTERN = /^[0-9*#]$/

/** The field each action needs; the others are dropped when the definition is stored. */
const TARGET_FIELD: Partial<Record<IvrAction, keyof IvrKeyDefinition>> = {
  [IvrAction.SUB_MENU]: 'subMenuId',
  [IvrAction.SKILL_GROUP]: 'skillGroupId',
  [IvrAction.AGENT]: 'agentId',
  [IvrAction.OUTSIDE_NUMBER]: 'number',
  [IvrAction.PLAY_AND_HANG_UP]: 'promptId',
}
const TARGET_NAME: Record<string, string> = {
  subMenuId: 'a sub-menu',
  skillGroupId: 'a skill group',
  agentId: 'an agent',
  number: 'an outside number',
  promptId: 'a prompt to play',
}

const uuid = z.string({ message: 'is required' }).uuid('is not a valid ID')
const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))

const keySchema = z
  .object({
    key: z.string({ message: 'is required' }).regex(KEY_PATTERN, 'must be one key: 0–9, * or #'),
    action: z.nativeEnum(IvrAction, { message: 'choose what pressing this key does' }).nullish(),
    subMenuId: optionalText,
    skillGroupId: optionalText,
    agentId: optionalText,
    number: optionalText,
    promptId: optionalText,
  })
  .superRefine((key, context) => {
    if (!key.action)
      return context.addIssue({
        code: 'custom',
        path: ['action'],
        message: 'choose what pressing this key does',
      })
    const field = TARGET_FIELD[key.action]
    if (field && !key[field])
      context.addIssue({ code: 'custom', path: [field], message: `choose ${TARGET_NAME[field]}` })
    if ((field === 'skillGroupId' || field === 'agentId' || field === 'promptId') && key[field])
      if (!uuid.safeParse(key[field]).success)
        context.addIssue({ code: 'custom', path: [field], message: 'is not a valid ID' })
  })
  .transform((key): IvrKeyDefinition => {
    const field = TARGET_FIELD[key.action!]
    const only = (name: keyof IvrKeyDefinition) => (field === name ? (key[name] as string) : null)
    return {
      key: key.key,
      action: key.action!,
      subMenuId: only('subMenuId'),
      skillGroupId: only('skillGroupId')?.toLowerCase() ?? null,
      agentId: only('agentId')?.toLowerCase() ?? null,
      number: only('number'),
      promptId: only('promptId')?.toLowerCase() ?? null,
    }
  })

const menuSchema = z.object({
  id: z
    .string({ message: 'is required' })
    .regex(/^[\w-]{1,40}$/, 'must be 1–40 letters, digits, - or _ (the editor picks it)'),
  name: z
    .string({ message: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(40, 'must be at most 40 characters'),
  promptId: z
    .string({ message: 'choose the prompt this menu plays' })
    .min(1, 'choose the prompt this menu plays')
    .pipe(uuid)
    .transform((id) => id.toLowerCase()),
  digitTimeoutSeconds: z.preprocess(
    (value) => value ?? undefined,
    z
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be 1 to 30 seconds')
      .max(30, 'must be 1 to 30 seconds')
      .default(5),
  ),
  maxRetries: z.preprocess(
    (value) => value ?? undefined,
    z
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be 0 to 5')
      .max(5, 'must be 0 to 5')
      .default(2),
  ),
  wrongKeyPromptId: optionalText.pipe(uuid.nullable()).transform((id) => id?.toLowerCase() ?? null),
  keys: z.array(keySchema).min(1, 'add at least one key callers can press').max(12),
})

const definitionSchema = z.object({
  rootMenuId: z.string({ message: 'is required' }).min(1, 'is required'),
  menus: z
    .array(menuSchema)
    .min(1, 'add the first menu')
    .max(MAX_MENUS, `a flow has at most ${MAX_MENUS} menus`),
})

/** Checks the shape and the graph; returns the definition as it is stored (targets not yet checked). */
export function parseDefinition(input: unknown): IvrFlowDefinition {
  const parsed = definitionSchema.safeParse(input)
  if (!parsed.success)
    throw new ValidationError(
      parsed.error.issues.map((issue) => ({
        field: issue.path.join('.') || 'definition',
        message: issue.message,
      })),
    )
  const definition = parsed.data
  const problems = graphProblems(definition)
  if (problems.length) throw new ValidationError(problems)
  return definition
}

/** One root, unique menu IDs and keys, existing sub-menus, no cycles, at most five levels, all reachable. */
function graphProblems(definition: IvrFlowDefinition): FieldProblem[] {
  const problems: FieldProblem[] = []
  const indexOf = new Map<string, number>()
  const menuIds = new Set(definition.menus.map((menu) => menu.id))
  definition.menus.forEach((menu, i) => {
    if (indexOf.has(menu.id))
      problems.push({ field: `menus.${i}.id`, message: `another menu already has the ID “${menu.id}”` })
    else indexOf.set(menu.id, i)
    const seen = new Set<string>()
    menu.keys.forEach((key, j) => {
      if (seen.has(key.key))
        problems.push({
          field: `menus.${i}.keys.${j}.key`,
          message: `key ${key.key} is already used in this menu`,
        })
      seen.add(key.key)
      if (key.subMenuId !== null && !menuIds.has(key.subMenuId))
        problems.push({
          field: `menus.${i}.keys.${j}.subMenuId`,
          message: `no menu “${key.subMenuId}” in this flow`,
        })
    })
  })
  const root = indexOf.get(definition.rootMenuId)
  if (root === undefined) {
    problems.push({ field: 'rootMenuId', message: 'must be the ID of one of the menus' })
    return problems
  }
  if (problems.length) return problems

  // Depth-first from the root: a sub-menu already on the path is a cycle; the path length is the depth.
  const depthOf = new Map<string, number>()
  const reached = new Set<string>()
  const onPath = new Set<string>()
  const visit = (menuId: string, depth: number, field: string): void => {
    const i = indexOf.get(menuId)!
    reached.add(menuId)
    if (onPath.has(menuId)) {
      problems.push({
        field,
        message: `leads back to menu “${menuId}”, which is above it: menus cannot loop`,
      })
      return
    }
    if (depth > MAX_MENU_DEPTH) {
      problems.push({
        field,
        message: `would be level ${depth}; callers go at most ${MAX_MENU_DEPTH} menus deep`,
      })
      return
    }
    if ((depthOf.get(menuId) ?? 0) >= depth) return
    depthOf.set(menuId, depth)
    onPath.add(menuId)
    definition.menus[i]!.keys.forEach((key, j) => {
      if (key.action === IvrAction.UP && depth === 1)
        problems.push({
          field: `menus.${i}.keys.${j}.action`,
          message: 'the first menu has no level above it',
        })
      if (key.subMenuId) visit(key.subMenuId, depth + 1, `menus.${i}.keys.${j}.subMenuId`)
    })
    onPath.delete(menuId)
  }
  visit(definition.rootMenuId, 1, 'rootMenuId')
  definition.menus.forEach((menu, i) => {
    if (!reached.has(menu.id))
      problems.push({
        field: `menus.${i}.id`,
        message: 'no key leads to this menu: link it from a menu above or remove it',
      })
  })
  return dedupe(problems)
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>()
  return problems.filter((problem) => {
    const key = `${problem.field}\n${problem.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Every reference a definition makes, with the field naming it (for target checks and usage lookups). */
export function referencesOf(definition: IvrFlowDefinition) {
  const prompts: Array<{ id: string; field: string }> = []
  const skillGroups: Array<{ id: string; field: string }> = []
  const agents: Array<{ id: string; field: string }> = []
  const numbers: Array<{ number: string; field: string }> = []
  definition.menus.forEach((menu, i) => {
    prompts.push({ id: menu.promptId, field: `menus.${i}.promptId` })
    if (menu.wrongKeyPromptId)
      prompts.push({ id: menu.wrongKeyPromptId, field: `menus.${i}.wrongKeyPromptId` })
    menu.keys.forEach((key, j) => {
      const at = `menus.${i}.keys.${j}`
      if (key.promptId) prompts.push({ id: key.promptId, field: `${at}.promptId` })
      if (key.skillGroupId) skillGroups.push({ id: key.skillGroupId, field: `${at}.skillGroupId` })
      if (key.agentId) agents.push({ id: key.agentId, field: `${at}.agentId` })
      if (key.number) numbers.push({ number: key.number, field: `${at}.number` })
    })
  })
  return { prompts, skillGroups, agents, numbers }
}
