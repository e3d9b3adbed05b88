import { describe, expect, it } from 'vitest'
import {
  KEYS,
  MAX_DEPTH,
  addKey,
  addSubMenu,
  canOpenSubMenu,
  emptyFlow,
  menuDepths,
  menuOf,
  menuTree,
  placeProblems,
  removeMenu,
  setAction,
  toDefinitionInput,
  type DraftFlow,
} from './flowTree'

/** A chain root → 1 → 1 → … that is `levels` deep, each link opened by key 1. */
function chain(levels: number): { flow: DraftFlow; ids: string[] } {
  const flow = emptyFlow('主菜单')
  const ids = ['root']
  flow.menus[0]!.keys = []
  for (let level = 2; level <= levels; level++) ids.push(addSubMenu(flow, ids.at(-1)!, `第 ${level} 级`)!)
  return { flow, ids }
}

describe('flow tree editing', () => {
  it('A7: choosing “sub-menu” for a key adds a menu one level down, shown under that key', () => {
    const flow = emptyFlow('主菜单')
    const key = flow.menus[0]!.keys[0]!
    const childId = setAction(flow, 'root', key, 'SUB_MENU', '售后服务') as string
    expect(menuOf(flow, childId)?.name).toBe('售后服务')
    expect(key.subMenuId).toBe(childId)
    expect(menuTree(flow)).toEqual([
      {
        id: 'root',
        name: '主菜单',
        key: null,
        depth: 1,
        children: [{ id: childId, name: '售后服务', key: '1', depth: 2, children: [] }],
      },
    ])
  })

  it('A7: menus can go five levels deep and no further', () => {
    const { flow, ids } = chain(MAX_DEPTH)
    expect(menuDepths(flow).get(ids[4]!)).toBe(5)
    expect(canOpenSubMenu(flow, ids[3]!)).toBe(true)
    expect(canOpenSubMenu(flow, ids[4]!)).toBe(false)
    expect(addSubMenu(flow, ids[4]!, '第 6 级')).toBeUndefined()
    const key = addKey(menuOf(flow, ids[4]!)!)!
    expect(setAction(flow, ids[4]!, key, 'SUB_MENU', '第 6 级')).toBe(false)
    expect(key.action).toBeNull()
    expect(flow.menus).toHaveLength(5)
  })

  it('A7: removing a menu removes everything below it and the key that opened it', () => {
    const { flow, ids } = chain(4)
    const sibling = addSubMenu(flow, 'root', '投诉')!
    removeMenu(flow, ids[1]!)
    expect(flow.menus.map((menu) => menu.id).sort()).toEqual(['root', sibling].sort())
    expect(menuOf(flow, 'root')!.keys.map((key) => key.subMenuId)).toEqual([sibling])
  })

  it('A7: the first menu cannot be removed', () => {
    const flow = emptyFlow('主菜单')
    removeMenu(flow, 'root')
    expect(flow.menus).toHaveLength(1)
  })

  it('A7: switching a key away from “sub-menu” drops the menus below it and keeps only the new target', () => {
    const { flow, ids } = chain(3)
    const key = menuOf(flow, 'root')!.keys[0]!
    setAction(flow, 'root', key, 'SKILL_GROUP', '')
    key.skillGroupId = 'sg-1'
    expect(flow.menus.map((menu) => menu.id)).toEqual(['root'])
    expect(ids).toHaveLength(3)
    expect(toDefinitionInput(flow).menus[0]!.keys[0]).toEqual({
      key: '1',
      action: 'SKILL_GROUP',
      subMenuId: null,
      skillGroupId: 'sg-1',
      agentId: null,
      number: null,
      promptId: null,
    })
  })

  it('A7: a menu accepts each of the twelve keys once', () => {
    const menu = emptyFlow('主菜单').menus[0]!
    while (addKey(menu));
    expect(menu.keys.map((key) => key.key)).toEqual([...KEYS])
  })

  it('A7: a menu without a prompt is sent with an empty prompt, for the API to name the field', () => {
    expect(toDefinitionInput(emptyFlow('主菜单')).menus[0]!.promptId).toBe('')
  })
})

describe('placing API problems on menus', () => {
  it('A7: problems indexed into the sent draft land on the menu and key they name', () => {
    const { flow, ids } = chain(3)
    const placed = placeProblems(flow, [
      { field: 'menus.1.promptId', code: 'CHOOSE_PROMPT', message: 'choose the prompt this menu plays' },
      {
        field: 'menus.2.keys.0.action',
        code: 'CHOOSE_KEY_ACTION',
        message: 'choose what pressing this key does',
      },
      { field: 'rootMenuId', code: 'NOT_A_MENU', message: 'must be the ID of one of the menus' },
      { field: 'menus', code: 'TOO_MANY', params: { maximum: 100 }, message: 'a flow has at most 100 menus' },
    ])
    expect(placed.byMenu.get(ids[1]!)).toEqual([
      { field: 'promptId', code: 'CHOOSE_PROMPT', message: 'choose the prompt this menu plays' },
    ])
    expect(placed.byMenu.get(ids[2]!)).toEqual([
      { field: 'action', key: '1', code: 'CHOOSE_KEY_ACTION', message: 'choose what pressing this key does' },
    ])
    expect(placed.byMenu.get('root')).toEqual([
      { field: 'id', code: 'NOT_A_MENU', message: 'must be the ID of one of the menus' },
    ])
    expect(placed.general).toEqual([
      { code: 'TOO_MANY', params: { maximum: 100 }, message: 'a flow has at most 100 menus' },
    ])
  })
})
