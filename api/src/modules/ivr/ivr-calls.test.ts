// Calls through the IVR on the switch simulator (A7): keys through five levels into a queue and on to
// an agent, wrong keys until the tries run out, after hours, and a flow published mid-call.
import { DEFAULT_SURVEY_LABELS } from '../acd/survey-scale.js'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ExecutedApps, startAcdTestApi, type AcdFixture } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import {
  approvedPrompt,
  menu,
  numberFollowing,
  PUBLISH,
  publishedFlow,
  SAVE_DRAFT,
  schedule,
} from './test-fixtures.js'

let api: TestApi
let acd: AcdFixture
let prompt: string
let apps: ExecutedApps

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
  prompt = await approvedPrompt(acd)
  apps = new ExecutedApps(acd.sim)
}, 60_000)
afterAll(async () => {
  await apps?.close()
  await api?.stop()
})
beforeEach(async () => {
  apps.clear()
  await acd.reset()
  await acd.settings({ afterCallWorkSeconds: 0 })
})

interface Step {
  kind: string
  flow_version: number | null
  menu_id: string | null
  key: string | null
  action: string | null
}

const stepsOf = (callId: string) =>
  acd.sql<Step>(
    'select kind, flow_version, menu_id, key, action from ivr_step where call_id = ? order by at, id',
    [callId],
  )

/** Waits until the caller hears the menu, then presses the key. */
async function press(callId: string, menuId: string, key: string, nth = 1): Promise<void> {
  await eventually(async () =>
    expect(
      (await stepsOf(callId)).filter((step) => step.kind === 'IVR_MENU' && step.menu_id === menuId),
    ).toHaveLength(nth),
  )
  acd.sim.pressDigits(callId, key)
}

const played = (uuid: string) => apps.on(uuid)

const callerGone = (uuid: string) => expect(acd.channel(uuid)).toBeUndefined()

describe('A7 calls through the IVR', () => {
  it('A7: a caller presses keys through five levels into a skill group’s queue and reaches an agent; the timeline shows each menu and key', async () => {
    const group = await acd.skillGroup()
    const agent = await acd.readyAgent([group])
    const levels = ['root', 'l2', 'l3', 'l4', 'l5']
    const flow = await publishedFlow(
      acd,
      levels.map((id, i) =>
        menu(id, prompt, [
          levels[i + 1]
            ? { key: String(i + 1), action: 'SUB_MENU', subMenuId: levels[i + 1] }
            : { key: '#', action: 'SKILL_GROUP', skillGroupId: group },
          { key: '0', action: 'REPLAY' },
        ]),
      ),
    )
    const number = await numberFollowing(acd, await schedule(acd, flow))
    const call = await acd.sim.placeInboundCall({ from: '13700137001', to: number })
    for (const [i, id] of levels.entries()) await press(call, id, levels[i + 1] ? String(i + 1) : '#')
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('ON_CALL'), 5000)
    expect((await stepsOf(call)).map((step) => [step.kind, step.menu_id, step.key, step.action])).toEqual([
      ['IVR_ENTER', null, null, 'DAILY_FLOW'],
      ['IVR_MENU', 'root', null, null],
      ['IVR_KEY', 'root', '1', 'SUB_MENU'],
      ['IVR_MENU', 'l2', null, null],
      ['IVR_KEY', 'l2', '2', 'SUB_MENU'],
      ['IVR_MENU', 'l3', null, null],
      ['IVR_KEY', 'l3', '3', 'SUB_MENU'],
      ['IVR_MENU', 'l4', null, null],
      ['IVR_KEY', 'l4', '4', 'SUB_MENU'],
      ['IVR_MENU', 'l5', null, null],
      ['IVR_KEY', 'l5', '#', 'SKILL_GROUP'],
      ['IVR_EXIT', 'l5', '#', 'SKILL_GROUP'],
    ])
    acd.sim.hangup(call)
    const timeline = await eventually(async () => {
      const { callRecord } = await acd.gql<{
        callRecord: { timeline: Array<{ event: string; detail: string | null }> }
      }>(`query ($id: ID!) { callRecord(id: $id) { timeline { event detail } } }`, { id: call })
      expect(callRecord.timeline.map((entry) => entry.event)).toContain('HANGUP')
      return callRecord.timeline
    }, 5000)
    expect(timeline.filter((entry) => entry.event.startsWith('IVR_')).map((entry) => entry.detail)).toContain(
      'v1 menu l5 key # → SKILL_GROUP',
    )
  })

  it('A7: wrong keys play the wrong-key prompt; when the tries run out the caller hears goodbye and is hung up', async () => {
    const group = await acd.skillGroup()
    const flow = await publishedFlow(acd, [
      menu('root', prompt, [{ key: '1', action: 'SKILL_GROUP', skillGroupId: group }], { maxRetries: 1 }),
    ])
    const call = await acd.sim.placeInboundCall({
      from: '13700137002',
      to: await numberFollowing(acd, await schedule(acd, flow)),
    })
    await press(call, 'root', '7')
    await eventually(async () =>
      expect((await stepsOf(call)).filter((step) => step.kind === 'IVR_KEY')).toHaveLength(1),
    )
    acd.sim.pressDigits(call, '8')
    await eventually(() => callerGone(call), 5000)
    const steps = await stepsOf(call)
    expect(steps.slice(1).map((step) => [step.kind, step.key, step.action])).toEqual([
      ['IVR_MENU', null, null],
      ['IVR_KEY', '7', 'WRONG_KEY'],
      ['IVR_KEY', '8', 'WRONG_KEY'],
      ['IVR_EXIT', null, 'RETRIES_EXHAUSTED'],
    ])
    const heard = played(call).filter((line) => line.startsWith('playback'))
    expect(heard).toHaveLength(3)
    expect(heard[0]).toBe(heard[1]) // the wrong-key system prompt, after each wrong key
    expect(heard[2]).toMatch(/^playback .*\/prompts\/queue\/zh\/goodbye\.wav$/)
  })

  it('A7: a caller who presses nothing is asked again, then hung up', async () => {
    const flow = await publishedFlow(acd, [
      menu('root', prompt, [{ key: '0', action: 'REPLAY' }], { maxRetries: 1 }),
    ])
    const call = await acd.sim.placeInboundCall({
      from: '13700137003',
      to: await numberFollowing(acd, await schedule(acd, flow)),
    })
    await eventually(() => callerGone(call), 6000)
    expect((await stepsOf(call)).map((step) => step.kind)).toEqual([
      'IVR_ENTER',
      'IVR_MENU',
      'IVR_NO_KEY',
      'IVR_NO_KEY',
      'IVR_EXIT',
    ])
  })

  it('A7: a caller who hangs up in a menu leaves the IVR with that noted in the timeline', async () => {
    const flow = await publishedFlow(acd, [menu('root', prompt, [{ key: '0', action: 'REPLAY' }])])
    const call = await acd.sim.placeInboundCall({
      from: '13700137008',
      to: await numberFollowing(acd, await schedule(acd, flow)),
    })
    await eventually(async () => expect((await stepsOf(call)).map((step) => step.kind)).toContain('IVR_MENU'))
    acd.sim.hangup(call)
    await eventually(async () =>
      expect((await stepsOf(call)).at(-1)).toMatchObject({ kind: 'IVR_EXIT', action: 'CALLER_HUNG_UP' }),
    )
  })

  it('A7: outside the service hours the after-hours prompt plays, then the call ends', async () => {
    const flow = await publishedFlow(acd, [menu('root', prompt, [{ key: '0', action: 'REPLAY' }])])
    // Open only on the weekday after today (in the company's Asia/Shanghai): closed now.
    const today = new Date(Date.now() + 8 * 3600_000).getUTCDay() || 7
    const closed = await schedule(acd, flow, [
      { weekday: (today % 7) + 1, ranges: [{ start: '00:00', end: '24:00' }] },
    ])
    const call = await acd.sim.placeInboundCall({
      from: '13700137004',
      to: await numberFollowing(acd, closed),
    })
    await eventually(() => callerGone(call), 5000)
    expect((await stepsOf(call)).map((step) => [step.kind, step.action])).toEqual([
      ['IVR_ENTER', 'AFTER_HOURS'],
      ['IVR_EXIT', 'AFTER_HOURS'],
    ])
    expect(played(call).filter((line) => line.startsWith('playback'))).toHaveLength(1)
    expect(played(call).some((line) => line.startsWith('play_and_get_digits'))).toBe(false)
  })

  it('A7: a call already in a flow finishes on its version when a new one is published meanwhile', async () => {
    const first = await acd.skillGroup()
    const second = await acd.skillGroup()
    const flow = await publishedFlow(acd, [
      menu('root', prompt, [{ key: '1', action: 'SKILL_GROUP', skillGroupId: first }]),
    ])
    const number = await numberFollowing(acd, await schedule(acd, flow))
    const early = await acd.sim.placeInboundCall({ from: '13700137005', to: number })
    await eventually(async () =>
      expect((await stepsOf(early)).map((step) => step.kind)).toContain('IVR_MENU'),
    )
    await acd.gql(SAVE_DRAFT, {
      id: flow,
      definition: {
        rootMenuId: 'root',
        menus: [menu('root', prompt, [{ key: '1', action: 'SKILL_GROUP', skillGroupId: second }])],
      },
    })
    await acd.gql(PUBLISH, { id: flow })
    acd.sim.pressDigits(early, '1')
    const late = await acd.sim.placeInboundCall({ from: '13700137006', to: number })
    await press(late, 'root', '1')
    const queued = async (callId: string) =>
      (
        await acd.sql<{ skill_group_id: string }>(
          'select skill_group_id from queue_entry where caller_leg_uuid = ?',
          [callId],
        )
      )[0]?.skill_group_id
    await eventually(async () => {
      expect(await queued(early)).toBe(first)
      expect(await queued(late)).toBe(second)
    })
    expect((await stepsOf(early)).at(-1)).toMatchObject({ kind: 'IVR_EXIT', flow_version: 1 })
    expect((await stepsOf(late)).at(-1)).toMatchObject({ kind: 'IVR_EXIT', flow_version: 2 })
  })

  it('A7: UP returns to the menu above; an agent key queues the caller for that agent', async () => {
    const group = await acd.skillGroup()
    const agent = await acd.readyAgent([group])
    const flow = await publishedFlow(acd, [
      menu('root', prompt, [
        { key: '2', action: 'SUB_MENU', subMenuId: 'people' },
        { key: '8', action: 'AGENT', agentId: agent.id },
      ]),
      menu('people', prompt, [{ key: '*', action: 'UP' }]),
    ])
    const call = await acd.sim.placeInboundCall({
      from: '13700137009',
      to: await numberFollowing(acd, await schedule(acd, flow)),
    })
    await press(call, 'root', '2')
    await press(call, 'people', '*')
    await press(call, 'root', '8', 2)
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('ON_CALL'), 5000)
    expect((await stepsOf(call)).at(-1)).toMatchObject({ kind: 'IVR_EXIT', key: '8', action: 'AGENT' })
  })

  it('A7: an outside-number key connects the caller through the trunk, shown with the company’s caller ID', async () => {
    await acd.ownNumber('+864001230001')
    await acd.settings({ outboundCallerId: '+864001230001' })
    const flow = await publishedFlow(acd, [
      menu('root', prompt, [{ key: '5', action: 'OUTSIDE_NUMBER', number: '13912345678' }]),
    ])
    const call = await acd.sim.placeInboundCall({
      from: '13700137010',
      to: await numberFollowing(acd, await schedule(acd, flow)),
    })
    await press(call, 'root', '5')
    const outside = await eventually(() => {
      const bridged = acd.channel(call)?.bridgedTo
      expect(bridged).toBeDefined()
      return acd.channel(bridged!)!
    }, 5000)
    expect(outside.variables).toMatchObject({
      origination_caller_id_number: '+864001230001',
      cc_call_id: call,
    })
  })

  it('A7: on a closed holiday the caller hears the closed message and the call ends', async () => {
    const flow = await publishedFlow(acd, [menu('root', prompt, [{ key: '0', action: 'REPLAY' }])])
    const scheduleId = await schedule(acd, flow)
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
    const closedPrompt = await approvedPrompt(acd, '今日休息')
    await acd.gql(`mutation ($input: IvrHolidayInput!) { createIvrHoliday(input: $input) { id } }`, {
      input: {
        name: '今日休息',
        startDate: today,
        endDate: today,
        action: 'CLOSED',
        scheduleId,
        closedPromptId: closedPrompt,
      },
    })
    const call = await acd.sim.placeInboundCall({
      from: '13700137011',
      to: await numberFollowing(acd, scheduleId),
    })
    await eventually(() => callerGone(call), 5000)
    expect((await stepsOf(call)).map((step) => [step.kind, step.action])).toEqual([
      ['IVR_ENTER', 'HOLIDAY_CLOSED'],
      ['IVR_EXIT', 'HOLIDAY_CLOSED'],
    ])
    const files = await api.db.inTenant(acd.tenant.tenantId, (em) =>
      api.services.voice.approvedFiles(em, [closedPrompt]),
    )
    expect(played(call).filter((line) => line.startsWith('playback'))).toEqual([
      `playback ${files.get(closedPrompt)}`,
    ])
  })

  it('A7: the satisfaction-survey key records the score the caller gives on the call', async () => {
    const flow = await publishedFlow(acd, [menu('root', prompt, [{ key: '9', action: 'SURVEY' }])])
    const call = await acd.sim.placeInboundCall({
      from: '13700137007',
      to: await numberFollowing(acd, await schedule(acd, flow)),
    })
    await press(call, 'root', '9')
    await eventually(async () => expect((await stepsOf(call)).map((step) => step.action)).toContain('SURVEY'))
    acd.sim.pressDigits(call, '4')
    await eventually(() => callerGone(call), 5000)
    await eventually(async () => {
      const { callRecord } = await acd.gql<{ callRecord: { satisfactionScore: number | null } }>(
        `query ($id: ID!) { callRecord(id: $id) { satisfactionScore } }`,
        { id: call },
      )
      expect(callRecord.satisfactionScore).toBe(4)
    })
  })

  it('A5/A7: on the company’s 3-point scale the IVR survey takes key 3 after a wrong key 4, and keeps the scale and its label', async () => {
    const threePoints = [
      { zh: '差评', en: 'Poor' },
      { zh: '中评', en: 'Fair' },
      { zh: '好评', en: 'Good' },
    ]
    await acd.settings({ surveyScale: 3, surveyLabels: threePoints })
    try {
      const flow = await publishedFlow(acd, [menu('root', prompt, [{ key: '9', action: 'SURVEY' }])])
      const call = await acd.sim.placeInboundCall({
        from: '13700137008',
        to: await numberFollowing(acd, await schedule(acd, flow)),
      })
      await press(call, 'root', '9')
      await eventually(async () =>
        expect((await stepsOf(call)).map((step) => step.action)).toContain('SURVEY'),
      )
      acd.sim.pressDigits(call, '4')
      acd.sim.pressDigits(call, '3')
      await eventually(() => callerGone(call), 5000)
      await eventually(async () =>
        expect(
          await acd.sql('select score, scale from satisfaction_score where call_id = ?', [call]),
        ).toEqual([{ score: 3, scale: 3 }]),
      )
      // The company goes back to 5 points: the call still shows the word the caller was asked with.
      await acd.settings({ surveyScale: 5, surveyLabels: DEFAULT_SURVEY_LABELS })
      const { callRecord } = await acd.gql<{ callRecord: unknown }>(
        `query ($id: ID!) { callRecord(id: $id) { satisfactionScore satisfactionScale satisfactionLabel { zh en } } }`,
        { id: call },
      )
      expect(callRecord).toEqual({
        satisfactionScore: 3,
        satisfactionScale: 3,
        satisfactionLabel: { zh: '好评', en: 'Good' },
      })
    } finally {
      await acd.settings({ surveyScale: 5, surveyLabels: DEFAULT_SURVEY_LABELS })
    }
  })
})
