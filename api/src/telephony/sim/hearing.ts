// What each party of a simulated call hears, moment by moment: the media the switch plays to their
// leg, else the voice of the leg theirs is bridged to. The parties speak in tones, as the real-switch
// tests' carrier does, so one set of assertions reads both (api/test/switches/hearing.ts).
import { closeSync, openSync, readSync } from 'node:fs'

/**
 * A steady tone of that many Hz, two voices at once (`tone:600+1400`, lower first: a supervisor listening
 * in hears both parties), other sound (speech, music), or nothing.
 */
export type Heard = 'silence' | 'sound' | `tone:${number}` | `tone:${number}+${number}`

/** The voices of the simulator's parties: callers from the trunk, and the legs it places. */
export const CALLER_VOICE: Heard = 'tone:600'
export const CALLEE_VOICE: Heard = 'tone:1400'

export interface HeardSpan {
  /** Milliseconds since the epoch from which the party hears `heard`. */
  readonly at: number
  readonly heard: Heard
}

/** What a party hears when several voices reach them at once (mixed, as a conference or a barge does). */
export function together(voices: readonly Heard[]): Heard {
  const audible = voices.filter((voice) => voice !== 'silence')
  if (audible.length === 0) return 'silence'
  if (audible.includes('sound')) return 'sound'
  const tones = [...new Set(audible.flatMap((voice) => voice.slice('tone:'.length).split('+').map(Number)))]
  tones.sort((a, b) => a - b)
  if (tones.length === 1) return `tone:${tones[0]!}`
  return tones.length === 2 ? `tone:${tones[0]!}+${tones[1]!}` : 'sound'
}

/** What a file or stream given to playback sounds like. */
export function mediaHeard(media: string): Heard {
  const tone = /^tone_stream:\/\/.*?%\(\d+,\d+,(\d+)/.exec(media)
  if (tone) return `tone:${Number(tone[1])}`
  return media.startsWith('silence_stream://') ? 'silence' : 'sound'
}

/** Streams that play until broken: the switch's music on hold, and tones looped for ever. */
export function isEndless(media: string): boolean {
  return media.startsWith('local_stream://') || /loops=-1/.test(media)
}

/** Bytes of a WAV header read to find its length; the platform's prompts put `data` within it. */
const HEADER_BYTES = 4096
const recordedLengths = new Map<string, number>()

/**
 * How long a prompt plays: a WAV file's recorded length (each file of a `file_string://a!b` list in
 * turn); 0 for what cannot be read, as a missing file ends at once on the switch too.
 */
export function recordedLengthMs(media: string): number {
  if (media.startsWith('file_string://'))
    return media
      .slice('file_string://'.length)
      .split('!')
      .reduce((total, part) => total + recordedLengthMs(part), 0)
  if (!media.startsWith('/')) return 0
  let length = recordedLengths.get(media)
  if (length === undefined) {
    length = wavLengthMs(media)
    recordedLengths.set(media, length)
  }
  return length
}

function wavLengthMs(file: string): number {
  let header: Buffer
  try {
    const fd = openSync(file, 'r')
    try {
      header = Buffer.alloc(HEADER_BYTES)
      readSync(fd, header, 0, HEADER_BYTES, 0)
    } finally {
      closeSync(fd)
    }
  } catch {
    return 0
  }
  let byteRate = 0
  for (let offset = 12; offset + 8 <= header.length;) {
    const id = header.toString('ascii', offset, offset + 4)
    const size = header.readUInt32LE(offset + 4)
    if (id === 'fmt ') byteRate = header.readUInt32LE(offset + 16)
    else if (id === 'data') return byteRate > 0 ? Math.round((size / byteRate) * 1000) : 0
    offset += 8 + size + (size % 2)
  }
  return 0
}
