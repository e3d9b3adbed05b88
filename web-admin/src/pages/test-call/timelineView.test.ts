// A5 A7: how a test call's moments read on the page (keys of the page's messages, with their values).
import { describe, expect, it } from 'vitest'
import type { TestCallEntry, TestCallFields } from '../../graphql/testCall'
import { describeEntry, routeOf, visibleEntries } from './timelineView'

const t = (key: string, params?: Record<string, unknown>) =>
  params ? `${key} ${JSON.stringify(params)}` : key

const AT = '2026-03-01T09:00:00.000Z'

function entry(fields: Partial<TestCallEntry>): TestCallEntry {
  return {
    at: AT,
    kind: 'PROMPT',
    endedAt: null,
    isInterrupted: false,
    key: null,
    number: null,
    cause: null,
    agent: null,
    prompt: null,
    ...fields,
  }
}

function prompt(fields: Partial<NonNullable<TestCallEntry['prompt']>>): TestCallEntry['prompt'] {
  return {
    kind: 'OTHER',
    systemPrompt: null,
    name: null,
    position: null,
    key: null,
    menu: null,
    media: 'x',
    ...fields,
  }
}

function call(timeline: TestCallEntry[], fields: Partial<TestCallFields> = {}): TestCallFields {
  return {
    id: 'call-1',
    phoneNumberId: 'number-1',
    number: '+864008007788',
    callerNumber: '13912345678',
    startedAt: AT,
    endedAt: null,
    isLive: true,
    endedBy: null,
    connectedAgent: null,
    timeline,
    ...fields,
  }
}

describe('test call timeline', () => {
  it('A5: a system prompt reads as its A5 name, with where its audio comes from; the one playing stands out', () => {
    const playing = entry({
      prompt: prompt({ kind: 'SYSTEM_PROMPT', systemPrompt: 'QUEUE', name: '春节排队' }),
    })
    expect(describeEntry(playing, call([playing]), t)).toMatchObject({
      title: 'ivrBasics.kinds.QUEUE.title',
      detail: 'testCall.fromLibrary {"name":"春节排队"}',
      tone: 'primary',
      isPlaying: true,
      playedSeconds: null,
    })
    const played = entry({
      endedAt: '2026-03-01T09:00:07.265Z',
      prompt: prompt({
        kind: 'SYSTEM_PROMPT',
        systemPrompt: 'TRANSFER_WAIT',
        media: 'tone_stream://%(1000,4000,450)',
      }),
    })
    expect(describeEntry(played, call([played]), t)).toMatchObject({
      detail: 'testCall.tone',
      isPlaying: false,
      playedSeconds: 7.3,
    })
  })

  it('A7 X6: menu prompts name their menu, the queue says the position; pauses are left out', () => {
    const menu = entry({ prompt: prompt({ kind: 'VOICE_PROMPT', name: '欢迎', menu: '主菜单' }) })
    const pause = entry({ prompt: prompt({ kind: 'SILENCE' }) })
    const position = entry({ prompt: prompt({ kind: 'QUEUE_POSITION', position: 3 }) })
    const shown = call([menu, pause, position])
    expect(visibleEntries(shown)).toEqual([menu, position])
    expect(describeEntry(menu, shown, t)).toMatchObject({
      title: 'testCall.prompts.VOICE_PROMPT {"name":"欢迎"}',
      detail: 'testCall.inMenu {"menu":"主菜单"}',
    })
    expect(describeEntry(position, shown, t).title).toBe('testCall.prompts.QUEUE_POSITION {"position":3}')
  })

  it('A3: the agent reached, who hung up and why; where a number’s calls go', () => {
    const agent = { id: 'a', name: '钱坐席', agentNumber: '1001' }
    const connected = entry({ kind: 'AGENT_CONNECTED', agent })
    const ended = entry({ kind: 'ENDED', cause: 'NORMAL_CLEARING' })
    const over = call([connected, ended], { isLive: false, endedBy: 'CALLER' })
    expect(describeEntry(connected, over, t)).toMatchObject({
      title: 'testCall.events.AGENT_CONNECTED {"agent":"钱坐席（1001）"}',
      tone: 'success',
    })
    expect(describeEntry(ended, over, t)).toMatchObject({
      title: 'testCall.events.ENDED_BY_CALLER',
      detail: 'hangupCauses.NORMAL_CLEARING',
      tone: 'danger',
    })
    const number = { id: 'n', number: '+864008007788', description: '', scheduleId: 's', skillGroup: null }
    expect(routeOf(number, t)).toBe('testCall.routes.schedule')
  })
})
