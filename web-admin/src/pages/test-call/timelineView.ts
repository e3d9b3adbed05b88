// How a test call's timeline reads: each moment as one line of what the caller hears or does, in the
// page's language. Pauses between prompts (a menu's silent retry) are left out; they say nothing.
import { hangupCauseKey } from '@cc/web-common'
import type { TestCallEntry, TestCallFields, TestCallNumber } from '../../graphql/testCall'

type Translate = (key: string, params?: Record<string, unknown>) => string

export interface TimelineLine {
  title: string
  /** Where a prompt's audio comes from, who hung up, the switch's cause… */
  detail: string | null
  /** The colour of the dot: what plays now stands out. */
  tone: 'primary' | 'success' | 'warning' | 'danger' | 'info'
  isPlaying: boolean
  /** Seconds a finished prompt played. */
  playedSeconds: number | null
}

type Prompt = NonNullable<TestCallEntry['prompt']>

/** The entries worth a line, oldest first. */
export function visibleEntries(call: TestCallFields): TestCallEntry[] {
  return call.timeline.filter((entry) => entry.prompt?.kind !== 'SILENCE')
}

export function promptTitle(prompt: Prompt, t: Translate): string {
  switch (prompt.kind) {
    case 'SYSTEM_PROMPT':
      return t(`ivrBasics.kinds.${prompt.systemPrompt}.title`)
    case 'VOICE_PROMPT':
      return t('testCall.prompts.VOICE_PROMPT', { name: prompt.name })
    case 'QUEUE_POSITION':
      return t('testCall.prompts.QUEUE_POSITION', { position: prompt.position })
    case 'CALLBACK_OFFER':
      return t('testCall.prompts.CALLBACK_OFFER', { key: prompt.key })
    case 'OTHER':
      return t('testCall.prompts.OTHER', { media: prompt.media })
    default:
      return t(`testCall.prompts.${prompt.kind}`)
  }
}

/** Where a prompt's audio comes from: the company's library, the built-in audio, a tone. */
function promptSource(prompt: Prompt, t: Translate): string | null {
  if (prompt.kind === 'VOICE_PROMPT') return prompt.menu ? t('testCall.inMenu', { menu: prompt.menu }) : null
  if (prompt.kind !== 'SYSTEM_PROMPT') return null
  if (prompt.name) return t('testCall.fromLibrary', { name: prompt.name })
  return prompt.media.startsWith('tone_stream://') ? t('testCall.tone') : t('testCall.builtIn')
}

export function describeEntry(entry: TestCallEntry, call: TestCallFields, t: Translate): TimelineLine {
  const line = (title: string, tone: TimelineLine['tone'], detail: string | null = null): TimelineLine => ({
    title,
    detail,
    tone,
    isPlaying: false,
    playedSeconds: null,
  })
  const agent = entry.agent
  const agentName = agent ? (agent.agentNumber ? `${agent.name}（${agent.agentNumber}）` : agent.name) : ''
  switch (entry.kind) {
    case 'DIALLED':
      return line(t('testCall.events.DIALLED', { number: call.number, caller: call.callerNumber }), 'info')
    case 'PROMPT': {
      const prompt = entry.prompt!
      const isPlaying = call.isLive && entry.endedAt === null
      const played = entry.endedAt ? (Date.parse(entry.endedAt) - Date.parse(entry.at)) / 1000 : null
      return {
        title: promptTitle(prompt, t),
        detail: promptSource(prompt, t),
        tone: isPlaying ? 'primary' : 'info',
        isPlaying,
        playedSeconds: played === null ? null : Math.round(played * 10) / 10,
      }
    }
    case 'KEY_PRESSED':
      return line(t('testCall.events.KEY_PRESSED', { key: entry.key }), 'warning')
    case 'AGENT_RINGING':
      return line(t('testCall.events.AGENT_RINGING', { agent: agentName }), 'info')
    case 'AGENT_MISSED':
      return line(
        t('testCall.events.AGENT_MISSED', { agent: agentName }),
        'warning',
        causeText(entry.cause, t),
      )
    case 'AGENT_CONNECTED':
      return line(t('testCall.events.AGENT_CONNECTED', { agent: agentName }), 'success')
    case 'NUMBER_CONNECTED':
      return line(t('testCall.events.NUMBER_CONNECTED', { number: entry.number ?? '' }), 'success')
    case 'DISCONNECTED':
      return line(
        agent ? t('testCall.events.AGENT_LEFT', { agent: agentName }) : t('testCall.events.DISCONNECTED'),
        'warning',
      )
    case 'HELD':
    case 'RESUMED':
      return line(
        agent
          ? t(`testCall.events.${entry.kind}`, { agent: agentName })
          : t(`testCall.events.${entry.kind}_ANONYMOUS`),
        entry.kind === 'HELD' ? 'warning' : 'success',
      )
    case 'ENDED':
      return line(
        t(call.endedBy === 'CALLER' ? 'testCall.events.ENDED_BY_CALLER' : 'testCall.events.ENDED_BY_CENTER'),
        'danger',
        causeText(entry.cause, t),
      )
    default:
      return line(t(`testCall.events.${entry.kind}`), 'info')
  }
}

/** The switch's cause (NORMAL_CLEARING…) in words. */
function causeText(cause: string | null, t: Translate): string | null {
  return cause ? t(hangupCauseKey(cause)) : null
}

/** Where a number's calls go: a skill group, the daily IVR, or nowhere yet. */
export function routeOf(number: TestCallNumber, t: Translate): string {
  if (number.skillGroup) return t('testCall.routes.skillGroup', { name: number.skillGroup.name })
  return number.scheduleId ? t('testCall.routes.schedule') : t('testCall.routes.none')
}
