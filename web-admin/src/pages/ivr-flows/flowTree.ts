// The IVR flow editor's tree logic (A7), kept out of the components so it is tested on its own: a draft
// is the API's flat list of menus linked by SUB_MENU keys; the editor only ever builds a tree from it
// (one parent per menu), never deeper than the five levels callers may go.
import type { FieldProblem } from '@cc/web-common'
import type {
  IvrAction,
  IvrFlowDefinitionInput,
  IvrFlowVersionDetailFragment,
} from '../../graphql/generated/graphql'

/** The guide's limit, the same as the API's: callers go at most five menus deep. */
export const MAX_DEPTH = 5
/** The keys a menu may accept, in the order a phone's keypad reads. */
export const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const
export const ACTIONS: readonly IvrAction[] = [
  'SUB_MENU',
  'SKILL_GROUP',
  'AGENT',
  'OUTSIDE_NUMBER',
  'REPLAY',
  'UP',
  'PLAY_AND_HANG_UP',
  'SURVEY',
]
const DEFAULT_DIGIT_TIMEOUT_SECONDS = 5
const DEFAULT_MAX_RETRIES = 2

export interface DraftKey {
  key: string
  action: IvrAction | null
  subMenuId: string | null
  skillGroupId: string | null
  agentId: string | null
  number: string | null
  promptId: string | null
}

export interface DraftMenu {
  id: string
  name: string
  /** Null until a prompt is picked. */
  promptId: string | null
  digitTimeoutSeconds: number
  maxRetries: number
  wrongKeyPromptId: string | null
  keys: DraftKey[]
}

export interface DraftFlow {
  rootMenuId: string
  menus: DraftMenu[]
}

/** The one field each action needs; the others are cleared when the action changes. */
const TARGET_FIELD: Partial<Record<IvrAction, keyof DraftKey>> = {
  SUB_MENU: 'subMenuId',
  SKILL_GROUP: 'skillGroupId',
  AGENT: 'agentId',
  OUTSIDE_NUMBER: 'number',
  PLAY_AND_HANG_UP: 'promptId',
}

export function targetFieldOf(action: IvrAction | null): keyof DraftKey | undefined {
  return action ? TARGET_FIELD[action] : undefined
}

function newKey(key: string): DraftKey {
  return {
    key,
    action: null,
    subMenuId: null,
    skillGroupId: null,
    agentId: null,
    number: null,
    promptId: null,
  }
}

function newMenu(id: string, name: string): DraftMenu {
  return {
    id,
    name,
    promptId: null,
    digitTimeoutSeconds: DEFAULT_DIGIT_TIMEOUT_SECONDS,
    maxRetries: DEFAULT_MAX_RETRIES,
    wrongKeyPromptId: null,
    keys: [newKey('1')],
  }
}

/** A new flow: one first menu whose key 1 still needs an action. */
export function emptyFlow(rootName: string): DraftFlow {
  return { rootMenuId: 'root', menus: [newMenu('root', rootName)] }
}

/** An editable copy of a saved version's menus. */
export function fromVersion(version: Pick<IvrFlowVersionDetailFragment, 'definition'>): DraftFlow {
  return {
    rootMenuId: version.definition.rootMenuId,
    menus: version.definition.menus.map((menu) => ({
      ...menu,
      keys: menu.keys.map((key) => ({ ...key })),
    })),
  }
}

/** What `saveIvrFlowDraft` takes; keys carry only the target their action uses. */
export function toDefinitionInput(flow: DraftFlow): IvrFlowDefinitionInput {
  return {
    rootMenuId: flow.rootMenuId,
    menus: flow.menus.map((menu) => ({
      ...menu,
      // The API names a missing prompt on the menu's field; an empty ID is how to ask it to.
      promptId: menu.promptId ?? '',
      keys: menu.keys.map((key) => {
        const field = targetFieldOf(key.action)
        const only = (name: keyof DraftKey) => (field === name ? key[name] || null : null)
        return {
          key: key.key,
          action: key.action,
          subMenuId: only('subMenuId'),
          skillGroupId: only('skillGroupId'),
          agentId: only('agentId'),
          number: only('number')?.trim() || null,
          promptId: only('promptId'),
        }
      }),
    })),
  }
}

export function menuOf(flow: DraftFlow, menuId: string): DraftMenu | undefined {
  return flow.menus.find((menu) => menu.id === menuId)
}

/** The level of every menu reachable from the first one (1 for the first); a loop is followed once. */
export function menuDepths(flow: DraftFlow): Map<string, number> {
  const depths = new Map<string, number>([[flow.rootMenuId, 1]])
  const queue = [flow.rootMenuId]
  while (queue.length) {
    const id = queue.shift()!
    for (const key of menuOf(flow, id)?.keys ?? [])
      if (key.action === 'SUB_MENU' && key.subMenuId && !depths.has(key.subMenuId)) {
        depths.set(key.subMenuId, depths.get(id)! + 1)
        queue.push(key.subMenuId)
      }
  }
  return depths
}

/** Whether a key of this menu may open one more level. */
export function canOpenSubMenu(flow: DraftFlow, menuId: string): boolean {
  return (menuDepths(flow).get(menuId) ?? MAX_DEPTH) < MAX_DEPTH
}

export function freeKeys(menu: DraftMenu): string[] {
  return KEYS.filter((key) => !menu.keys.some((used) => used.key === key))
}

/** The menu and its sub-menus, all the way down. */
function subtreeIds(flow: DraftFlow, menuId: string): Set<string> {
  const ids = new Set<string>()
  const visit = (id: string): void => {
    if (ids.has(id)) return
    ids.add(id)
    for (const key of menuOf(flow, id)?.keys ?? []) if (key.subMenuId) visit(key.subMenuId)
  }
  visit(menuId)
  return ids
}

function removeSubtree(flow: DraftFlow, menuId: string): void {
  const ids = subtreeIds(flow, menuId)
  flow.menus = flow.menus.filter((menu) => !ids.has(menu.id))
}

function unusedMenuId(flow: DraftFlow): string {
  for (let n = flow.menus.length; ; n++) if (!menuOf(flow, `m${n}`)) return `m${n}`
}

/** Adds the next free key, without an action yet; undefined when all twelve are taken. */
export function addKey(menu: DraftMenu): DraftKey | undefined {
  const free = freeKeys(menu)[0]
  if (free === undefined) return undefined
  const key = newKey(free)
  menu.keys.push(key)
  return key
}

/**
 * Gives a key its action. Choosing "sub-menu" adds a new menu below (refused past the fifth level);
 * leaving "sub-menu" removes the menus below that key, as a tree has nobody else pointing at them.
 * Returns the new sub-menu's ID, or false when refused.
 */
export function setAction(
  flow: DraftFlow,
  menuId: string,
  key: DraftKey,
  action: IvrAction,
  subMenuName: string,
): string | boolean {
  if (key.action === action) return true
  if (action === 'SUB_MENU' && !canOpenSubMenu(flow, menuId)) return false
  if (key.action === 'SUB_MENU' && key.subMenuId) removeSubtree(flow, key.subMenuId)
  Object.assign(key, newKey(key.key), { action })
  if (action !== 'SUB_MENU') return true
  const child = newMenu(unusedMenuId(flow), subMenuName)
  flow.menus.push(child)
  key.subMenuId = child.id
  return child.id
}

/** Adds a key opening a new sub-menu; undefined past the fifth level or when every key is taken. */
export function addSubMenu(flow: DraftFlow, menuId: string, subMenuName: string): string | undefined {
  const menu = menuOf(flow, menuId)
  if (!menu || !canOpenSubMenu(flow, menuId)) return undefined
  const key = addKey(menu)
  if (!key) return undefined
  return setAction(flow, menuId, key, 'SUB_MENU', subMenuName) as string
}

export function removeKey(flow: DraftFlow, menuId: string, key: DraftKey): void {
  const menu = menuOf(flow, menuId)
  if (!menu) return
  if (key.action === 'SUB_MENU' && key.subMenuId) removeSubtree(flow, key.subMenuId)
  menu.keys = menu.keys.filter((candidate) => candidate !== key)
}

/** Removes a sub-menu with everything below it, and the key that opened it. The first menu stays. */
export function removeMenu(flow: DraftFlow, menuId: string): void {
  if (menuId === flow.rootMenuId) return
  for (const menu of flow.menus) {
    const key = menu.keys.find((candidate) => candidate.subMenuId === menuId)
    if (key) return removeKey(flow, menu.id, key)
  }
  removeSubtree(flow, menuId)
}

export interface MenuNode {
  id: string
  name: string
  /** The key pressed in the menu above to get here; null for the first menu. */
  key: string | null
  depth: number
  children: MenuNode[]
}

/** The menus as a tree for display, from the first menu; a loop in a stored definition is shown once. */
export function menuTree(flow: DraftFlow): MenuNode[] {
  const seen = new Set<string>()
  const build = (id: string, key: string | null, depth: number): MenuNode | undefined => {
    const menu = menuOf(flow, id)
    if (!menu || seen.has(id)) return undefined
    seen.add(id)
    const children = menu.keys.flatMap((candidate) => {
      if (candidate.action !== 'SUB_MENU' || !candidate.subMenuId) return []
      const child = build(candidate.subMenuId, candidate.key, depth + 1)
      return child ? [child] : []
    })
    return { id, name: menu.name, key, depth, children }
  }
  const root = build(flow.rootMenuId, null, 1)
  return root ? [root] : []
}

/** What the API found wrong, worded by its code (and params) like every API problem. */
type Found = Omit<FieldProblem, 'field'>

export interface MenuProblem extends Found {
  /** The field within the menu, e.g. `promptId`, or `keys` for the keys as a whole. */
  field: string
  /** For a key's problem: which key (its character), so it stays put while the editor reorders nothing. */
  key?: string
}

export interface FlowProblems {
  byMenu: Map<string, MenuProblem[]>
  /** Problems that name no menu. */
  general: Found[]
}

/**
 * Places the API's problems (`menus.2.keys.0.skillGroupId`) on the menus they concern. Indexes point
 * into the draft as it was sent, so they are turned into menu IDs and key characters at once.
 */
export function placeProblems(sent: DraftFlow, problems: readonly FieldProblem[]): FlowProblems {
  const placed: FlowProblems = { byMenu: new Map(), general: [] }
  const add = (menuId: string, problem: MenuProblem) =>
    placed.byMenu.set(menuId, [...(placed.byMenu.get(menuId) ?? []), problem])
  for (const { field, ...found } of problems) {
    const [, menuIndex, rest = 'id'] = /^menus\.(\d+)\.?(.*)$/.exec(field) ?? []
    const menu = menuIndex === undefined ? undefined : sent.menus[Number(menuIndex)]
    if (field === 'rootMenuId') add(sent.rootMenuId, { field: 'id', ...found })
    else if (!menu) placed.general.push(found)
    else {
      const [, keyIndex, keyField = 'key'] = /^keys\.(\d+)\.?(.*)$/.exec(rest) ?? []
      const key = keyIndex === undefined ? undefined : menu.keys[Number(keyIndex)]
      if (key) add(menu.id, { field: keyField, key: key.key, ...found })
      else add(menu.id, { field: rest, ...found })
    }
  }
  return placed
}
