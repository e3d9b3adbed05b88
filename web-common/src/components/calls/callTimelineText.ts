// One timeline entry of a call in words (i18n `callTimeline.*`): the switch's events, the IVR's steps and
// the queue's facts (who was offered the call, how long it rang, how long the caller waited).
import { hangupCauseKey } from '../../i18n/hangupCauses'

export interface CallTimelineEntry {
  at: string
  event: string
  legId: string | null
  detail: string | null
  agentName?: string | null
  skillGroupName?: string | null
  outcome?: string | null
  seconds?: number | null
}

type Translate = (key: string, params?: Record<string, unknown>) => string

/** The entry's main text and, when there is one, a detail in words (a hangup cause) or as recorded (IVR steps). */
export function describeEntry(
  entry: CallTimelineEntry,
  t: Translate,
  te: (key: string) => boolean,
): { text: string; detail: string | null } {
  const params = {
    agent: entry.agentName ?? t('callTimeline.someone'),
    group: entry.skillGroupName ?? '—',
    seconds: entry.seconds ?? 0,
  }
  if (entry.event === 'OFFER_ENDED') {
    const key = `callTimeline.offerEnded.${entry.outcome}`
    return { text: te(key) ? t(key, params) : t('callTimeline.offerEnded.FAILED', params), detail: null }
  }
  const key = `callTimeline.events.${entry.event}`
  let text = te(key) ? t(key, params) : entry.event
  if (entry.event === 'TRANSFERRED' && entry.outcome && te(`callTimeline.transfers.${entry.outcome}`))
    text += t(`callTimeline.transfers.${entry.outcome}`)
  if (entry.event === 'HANGUP') return { text, detail: entry.detail ? t(hangupCauseKey(entry.detail)) : null }
  return { text, detail: entry.event.startsWith('IVR_') ? entry.detail : null }
}
