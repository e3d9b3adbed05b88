// IVR flows (A7): what a draft must pass before it is saved, publishing and the version history, and
// what a flow in use protects (its prompts, its skill groups, itself).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { addAgent, addSkillGroup, signInInvited, signupTenant } from '../../../test/factories.js'
import {
  approvedPrompt,
  createFlow,
  type KeySpec,
  menu,
  pendingPrompt,
  PUBLISH,
  SAVE_DRAFT,
  schedule,
} from './test-fixtures.js'

let api: TestApi
let acd: AcdFixture
let prompt: string
let group: string

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
  prompt = await approvedPrompt(acd)
  group = await acd.skillGroup()
}, 60_000)
afterAll(async () => {
  await api?.stop()
})

/** The field problems a draft earns, as `field: CODE message`. */
async function problemsOf(menus: unknown[], rootMenuId = 'root'): Promise<string[]> {
  const id = await createFlow(acd)
  const result = await api.graphql(
    SAVE_DRAFT,
    { id, definition: { rootMenuId, menus } },
    { token: acd.tenant.token },
  )
  const problems = result.errors?.[0]?.extensions?.problems as
    Array<{ field: string; code: string; message: string }> | undefined
  return (problems ?? []).map((problem) => `${problem.field}: ${problem.code} ${problem.message}`)
}

const queueKey = (key: string) => ({ key, action: 'SKILL_GROUP', skillGroupId: group })

describe('A7 flow validation', () => {
  it('A7: a sixth level is refused on the key that would open it', async () => {
    const chain = ['root', 'l2', 'l3', 'l4', 'l5', 'l6'].map((id, i, ids) =>
      menu(id, prompt, [
        ids[i + 1] ? { key: '1', action: 'SUB_MENU', subMenuId: ids[i + 1] } : queueKey('1'),
      ]),
    )
    expect(await problemsOf(chain)).toEqual([
      'menus.4.keys.0.subMenuId: MENU_TOO_DEEP would be level 6; callers go at most 5 menus deep',
    ])
    // Five levels are fine.
    expect(await problemsOf(chain.slice(0, 4).concat(menu('l5', prompt, [queueKey('1')])))).toEqual([])
  })

  it('A7: a key without an action, or without the target its action needs, is refused on that key', async () => {
    expect(
      await problemsOf([
        menu('root', prompt, [
          { key: '1', action: null },
          { key: '2', action: 'SKILL_GROUP' },
          queueKey('3'),
        ]),
      ]),
    ).toEqual([
      'menus.0.keys.0.action: CHOOSE_KEY_ACTION choose what pressing this key does',
      'menus.0.keys.1.skillGroupId: CHOOSE_SKILL_GROUP choose a skill group',
    ])
  })

  it('A7: a menu without a prompt or without keys is told what to add', async () => {
    expect(await problemsOf([{ ...menu('root', prompt, []), promptId: '' }])).toEqual([
      'menus.0.promptId: CHOOSE_PROMPT choose the prompt this menu plays',
      'menus.0.keys: ADD_A_KEY add at least one key callers can press',
    ])
  })

  it('A7: a deleted skill group, or another company’s, is refused', async () => {
    const deleted = await acd.skillGroup()
    await acd.gql('mutation ($id: ID!) { deleteSkillGroup(id: $id) }', { id: deleted })
    const other = await signupTenant(api, 'Other Company')
    const foreign = await addSkillGroup(api, other.token)
    expect(
      await problemsOf([
        menu('root', prompt, [
          { key: '1', action: 'SKILL_GROUP', skillGroupId: deleted },
          { key: '2', action: 'SKILL_GROUP', skillGroupId: foreign },
          { key: '3', action: 'AGENT', agentId: other.userId },
        ]),
      ]),
    ).toEqual([
      'menus.0.keys.0.skillGroupId: NO_SUCH_SKILL_GROUP no such skill group (deleted, or not your company’s or organisation’s)',
      'menus.0.keys.1.skillGroupId: NO_SUCH_SKILL_GROUP no such skill group (deleted, or not your company’s or organisation’s)',
      'menus.0.keys.2.agentId: NO_SUCH_AGENT no such active agent (deleted, disabled, or not your company’s or organisation’s)',
    ])
  })

  it('A7 A11: an admin of the inbound organisation cannot send callers to telesales skill groups or agents', async () => {
    const admin = await addAgent(api, acd.tenant.token, { role: 'ADMIN', organization: 'INBOUND' })
    const token = await signInInvited(api, admin.email)
    const telesalesGroup = await addSkillGroup(api, acd.tenant.token, { organization: 'TELESALES' })
    const telesalesAgent = await addAgent(api, acd.tenant.token, { organization: 'TELESALES' })
    const id = await createFlow(acd)
    const save = (keys: KeySpec[]) =>
      api.graphql(
        SAVE_DRAFT,
        { id, definition: { rootMenuId: 'root', menus: [menu('root', prompt, keys)] } },
        { token },
      )

    const refused = await save([
      { key: '1', action: 'SKILL_GROUP', skillGroupId: telesalesGroup },
      { key: '2', action: 'AGENT', agentId: telesalesAgent.id },
    ])
    expect(
      (refused.errors?.[0]?.extensions?.problems as Array<{ field: string }> | undefined)?.map(
        (problem) => problem.field,
      ),
    ).toEqual(['menus.0.keys.0.skillGroupId', 'menus.0.keys.1.agentId'])
    expect((await save([queueKey('1')])).errors).toBeUndefined()
  })

  it('A7: a prompt still waiting for review cannot be played by a flow', async () => {
    const pending = await pendingPrompt(acd)
    expect(await problemsOf([menu('root', pending, [queueKey('1')])])).toEqual([
      'menus.0.promptId: PROMPT_NOT_APPROVED is not an approved voice prompt (pending review, rejected, deleted, or not your company’s)',
    ])
  })

  it('A7: menus that loop back above themselves are refused', async () => {
    expect(
      await problemsOf([
        menu('root', prompt, [{ key: '1', action: 'SUB_MENU', subMenuId: 'sales' }]),
        menu('sales', prompt, [{ key: '9', action: 'SUB_MENU', subMenuId: 'root' }]),
      ]),
    ).toEqual([
      'menus.1.keys.0.subMenuId: MENU_LOOP leads back to menu “root”, which is above it: menus cannot loop',
    ])
  })

  it('A7: a key used twice in one menu, a missing sub-menu, an orphan menu and UP at the top are refused', async () => {
    expect(
      await problemsOf([
        menu('root', prompt, [
          queueKey('1'),
          queueKey('1'),
          { key: '2', action: 'SUB_MENU', subMenuId: 'nowhere' },
        ]),
        menu('orphan', prompt, [{ key: '*', action: 'UP' }]),
      ]),
    ).toEqual([
      'menus.0.keys.1.key: DUPLICATE_KEY key 1 is already used in this menu',
      'menus.0.keys.2.subMenuId: NO_SUCH_MENU no menu “nowhere” in this flow',
    ])
    expect(
      await problemsOf([
        menu('root', prompt, [{ key: '0', action: 'UP' }]),
        menu('orphan', prompt, [queueKey('1')]),
      ]),
    ).toEqual([
      'menus.0.keys.0.action: UP_FROM_FIRST_MENU the first menu has no level above it',
      'menus.1.id: UNREACHABLE_MENU no key leads to this menu: link it from a menu above or remove it',
    ])
  })

  it('A7: outside numbers must be valid and allowed by the call settings; they are stored in E.164', async () => {
    expect(
      await problemsOf([
        menu('root', prompt, [
          { key: '1', action: 'OUTSIDE_NUMBER', number: '12' },
          { key: '2', action: 'OUTSIDE_NUMBER', number: '+14155552671' },
        ]),
      ]),
    ).toEqual([
      'menus.0.keys.0.number: INVALID_PHONE_NUMBER is not a valid phone number',
      'menus.0.keys.1.number: INTERNATIONAL_NOT_ALLOWED is an international number; your company does not allow international calls',
    ])
    const id = await createFlow(acd)
    await acd.gql(SAVE_DRAFT, {
      id,
      definition: {
        rootMenuId: 'root',
        menus: [menu('root', prompt, [{ key: '#', action: 'OUTSIDE_NUMBER', number: '021 6123 4567' }])],
      },
    })
    const { ivrFlow } = await acd.gql<{
      ivrFlow: { draft: { definition: { menus: Array<{ keys: Array<{ number: string }> }> } } }
    }>(`query ($id: ID!) { ivrFlow(id: $id) { draft { definition { menus { keys { number } } } } } }`, { id })
    expect(ivrFlow.draft.definition.menus[0]!.keys[0]!.number).toBe('+862161234567')
  })
})

describe('A7 versions and publishing', () => {
  const FLOW = `query ($id: ID!) { ivrFlow(id: $id) {
    liveVersion { version status } draft { version status }
    versions { totalCount items { version status publishedAt publishedByName savedByName } } usedBy { kind name } } }`

  it('A7: publishing makes the draft live at once; the previous live version retires; editing starts a new draft', async () => {
    const id = await createFlow(acd)
    const v1 = { rootMenuId: 'root', menus: [menu('root', prompt, [queueKey('1')])] }
    await acd.gql(SAVE_DRAFT, { id, definition: v1 })
    const failedPublish = await api.graphql(
      PUBLISH,
      { id: await createFlow(acd) },
      { token: acd.tenant.token },
    )
    expect(failedPublish.errors?.[0]?.message).toBe(
      'There is no draft to publish: edit the flow and save a draft first.',
    )
    expect((await acd.gql<{ publishIvrFlow: unknown }>(PUBLISH, { id })).publishIvrFlow).toMatchObject({
      version: 1,
      status: 'PUBLISHED',
    })
    await acd.gql(SAVE_DRAFT, { id, definition: { ...v1, menus: [menu('root', prompt, [queueKey('2')])] } })
    let flow = (await acd.gql<{ ivrFlow: Record<string, unknown> }>(FLOW, { id })).ivrFlow
    expect(flow).toMatchObject({ liveVersion: { version: 1 }, draft: { version: 2, status: 'DRAFT' } })
    await acd.gql(PUBLISH, { id })
    flow = (await acd.gql<{ ivrFlow: Record<string, unknown> }>(FLOW, { id })).ivrFlow
    expect(flow).toMatchObject({
      liveVersion: { version: 2, status: 'PUBLISHED' },
      draft: null,
      versions: {
        totalCount: 2,
        items: [
          { version: 2, status: 'PUBLISHED', publishedByName: 'Admin', savedByName: 'Admin' },
          { version: 1, status: 'RETIRED' },
        ],
      },
    })
  })

  it('A7: a flow in use keeps its schedule, prompts and skill groups from being deleted, naming itself', async () => {
    const ownPrompt = await approvedPrompt(acd)
    const ownGroup = await acd.skillGroup()
    const id = await createFlow(acd, 'Protected flow')
    await acd.gql(SAVE_DRAFT, {
      id,
      definition: {
        rootMenuId: 'root',
        menus: [menu('root', ownPrompt, [{ key: '1', action: 'SKILL_GROUP', skillGroupId: ownGroup }])],
      },
    })
    await schedule(acd, id)
    const refusals = await Promise.all([
      api.graphql('mutation ($id: ID!) { deleteIvrFlow(id: $id) }', { id }, { token: acd.tenant.token }),
      api.graphql(
        'mutation ($id: ID!) { deleteVoicePrompt(id: $id) }',
        { id: ownPrompt },
        { token: acd.tenant.token },
      ),
      api.graphql(
        'mutation ($id: ID!) { deleteSkillGroup(id: $id) }',
        { id: ownGroup },
        { token: acd.tenant.token },
      ),
    ])
    expect(refusals[0]!.errors?.[0]?.message).toMatch(/in use by schedule “Schedule \d+”/)
    expect(refusals[1]!.errors?.[0]?.message).toContain('IVR flow “Protected flow”')
    expect(refusals[2]!.errors?.[0]?.message).toContain('IVR flow “Protected flow”')
    // The consoles word the refusal by its code and the names alone.
    for (const refusal of refusals)
      expect(refusal.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IN_USE' })
    expect(refusals[0]!.errors?.[0]?.extensions?.params).toEqual({
      users: expect.stringMatching(/^“Schedule \d+”$/),
    })
    expect(refusals[1]!.errors?.[0]?.extensions?.params).toEqual({ users: '“Protected flow”' })
    expect(refusals[2]!.errors?.[0]?.extensions?.params).toEqual({ users: '“Protected flow”' })
  })

  it('A7: only administrators see and edit flows', async () => {
    const agent = await acd.readyAgent([group])
    const result = await api.graphql('query { ivrFlows { totalCount } }', {}, { token: agent.token })
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })
})
