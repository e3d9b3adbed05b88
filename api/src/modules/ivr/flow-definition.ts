// An IVR flow's menus (A7) as data, and the rules a definition must pass before it is saved or
// published: its shape and its graph (one root, no cycles, at most five levels, every menu reachable).
// Its targets (skill groups, agents, approved prompts, allowed numbers) need the database: flows.service.
import { z } from 'zod'
import type { FieldProblem, ProblemCode } from '../../common/errors.js'
import { ValidationError } from '../../common/errors.js'
import { fieldProblemsOf, problem } from '../../common/validation.js'

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
/** What a key without its target is told, by the field it lacks. */
const TARGET_MISSING: Record<string, { code: ProblemCode; message: string }> = {
  subMenuId: { code: 'CHOOSE_SUB_MENU', message: 'choose a sub-menu' },
  skillGroupId: { code: 'CHOOSE_SKILL_GROUP', message: 'choose a skill group' },
  agentId: { code: 'CHOOSE_AGENT', message: 'choose an agent' },
  number: { code: 'CHOOSE_NUMBER', message: 'choose an outside number' },
  promptId: { code: 'CHOOSE_PROMPT', message: 'choose a prompt to play' },
}

const uuid = z.string({ message: 'is required' }).uuid('is not a valid ID')
const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))

const keySchema = z
  .object({
    key: z
      .string({ message: 'is required' })
      .refine((key) => KEY_PATTERN.test(key), problem('INVALID_KEY', 'must be one key: 0–9, * or #')),
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
        ...problem('CHOOSE_KEY_ACTION', 'choose what pressing this key does'),
      })
    const field = TARGET_FIELD[key.action]
    const missing = field && TARGET_MISSING[field]
    if (field && missing && !key[field])
      context.addIssue({ code: 'custom', path: [field], ...problem(missing.code, missing.message) })
    if ((field === 'skillGroupId' || field === 'agentId' || field === 'promptId') && key[field])
      if (!uuid.safeParse(key[field]).success)
        context.addIssue({ code: 'custom', path: [field], ...problem('INVALID_ID', 'is not a valid ID') })
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
    .string()
    .nullish()
    .refine((id) => !!id, problem('CHOOSE_PROMPT', 'choose the prompt this menu plays'))
    .transform((id) => id ?? '')
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
  keys: z
    .array(keySchema)
    .max(12)
    .refine((keys) => keys.length > 0, problem('ADD_A_KEY', 'add at least one key callers can press')),
})

const definitionSchema = z.object({
  rootMenuId: z.string({ message: 'is required' }).min(1, 'is required'),
  menus: z
    .array(menuSchema)
    .max(MAX_MENUS, `a flow has at most ${MAX_MENUS} menus`)
    .refine((menus) => menus.length > 0, problem('ADD_A_MENU', 'add the first menu')),
})

/** Checks the shape and the graph; returns the definition as it is stored (targets not yet checked). */
export function parseDefinition(input: unknown): IvrFlowDefinition {
  const parsed = definitionSchema.safeParse(input)
  if (!parsed.success) throw new ValidationError(fieldProblemsOf(parsed.error, 'definition'))
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
      problems.push({
        field: `menus.${i}.id`,
        code: 'DUPLICATE_MENU_ID',
        message: `another menu already has the ID “${menu.id}”`,
      })
    else indexOf.set(menu.id, i)
    const seen = new Set<string>()
    menu.keys.forEach((key, j) => {
      if (seen.has(key.key))
        problems.push({
          field: `menus.${i}.keys.${j}.key`,
          code: 'DUPLICATE_KEY',
          params: { key: key.key },
          message: `key ${key.key} is already used in this menu`,
        })
      seen.add(key.key)
      if (key.subMenuId !== null && !menuIds.has(key.subMenuId))
        problems.push({
          field: `menus.${i}.keys.${j}.subMenuId`,
          code: 'NO_SUCH_MENU',
          message: `no menu “${key.subMenuId}” in this flow`,
        })
    })
  })
  const root = indexOf.get(definition.rootMenuId)
  if (root === undefined) {
    problems.push({ field: 'rootMenuId', code: 'NOT_A_MENU', message: 'must be the ID of one of the menus' })
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
        code: 'MENU_LOOP',
        params: { menu: definition.menus[i]!.name },
        message: `leads back to menu “${menuId}”, which is above it: menus cannot loop`,
      })
      return
    }
    if (depth > MAX_MENU_DEPTH) {
      problems.push({
        field,
        code: 'MENU_TOO_DEEP',
        params: { depth, maximum: MAX_MENU_DEPTH },
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
          code: 'UP_FROM_FIRST_MENU',
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
        code: 'UNREACHABLE_MENU',
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
