// What a party of a test call heard, as a row of 100 ms windows, each labelled with a tone, other sound
// or silence. On the simulator it comes from its model of each leg; on the real switch from a recording of
// what the party's leg received, analysed here (Goertzel at the parties' tone frequencies).
import { readFile } from 'node:fs/promises'
import type { Heard, HeardSpan } from '../../src/telephony/sim/hearing.js'

export type { Heard }

export const WINDOW_MS = 100

/** The tones the test parties speak in: callers and the people the switch calls. */
export const CUSTOMER_TONE_HZ = 600
export const AGENT_TONE_HZ = 1400
/** A supervisor's phone: a third voice, so that who hears a supervisor listening in shows. */
export const SUPERVISOR_TONE_HZ = 1000
export const CUSTOMER_VOICE: Heard = `tone:${CUSTOMER_TONE_HZ}`
export const AGENT_VOICE: Heard = `tone:${AGENT_TONE_HZ}`
export const SUPERVISOR_VOICE: Heard = `tone:${SUPERVISOR_TONE_HZ}`
const TONES_HZ = [CUSTOMER_TONE_HZ, SUPERVISOR_TONE_HZ, AGENT_TONE_HZ]

export class Hearing {
  constructor(
    /** Epoch milliseconds at which the first window starts. */
    readonly startedAt: number,
    readonly windows: readonly Heard[],
  ) {}

  get endedAt(): number {
    return this.startedAt + this.windows.length * WINDOW_MS
  }

  /** The windows wholly between two instants (epoch ms). */
  between(from: number, to = this.endedAt): Heard[] {
    const first = Math.max(0, Math.ceil((from - this.startedAt) / WINDOW_MS))
    const last = Math.min(this.windows.length, Math.floor((to - this.startedAt) / WINDOW_MS))
    return this.windows.slice(first, last)
  }

  /** The last `ms` milliseconds. */
  tail(ms: number): Heard[] {
    return this.windows.slice(Math.max(0, this.windows.length - Math.ceil(ms / WINDOW_MS)))
  }

  /** Share of the windows heard as `what`, with a readable account of all of them for failures. */
  static share(windows: readonly Heard[], what: Heard): { share: number; account: string } {
    const counts = new Map<Heard, number>()
    for (const window of windows) counts.set(window, (counts.get(window) ?? 0) + 1)
    const account = [...counts].map(([heard, count]) => `${heard}×${count}`).join(' ') || 'nothing'
    return { share: windows.length === 0 ? 0 : (counts.get(what) ?? 0) / windows.length, account }
  }

  /** The longest stretch of consecutive windows heard as `what`, in milliseconds. */
  static longestRunMs(windows: readonly Heard[], what: Heard): number {
    let [longest, run] = [0, 0]
    for (const window of windows) {
      run = window === what ? run + 1 : 0
      longest = Math.max(longest, run)
    }
    return longest * WINDOW_MS
  }

  /** From the simulator's spans; a leg still up is heard up to `until`. */
  static fromSpans(spans: readonly HeardSpan[], until = Date.now()): Hearing {
    const first = spans[0]
    if (!first) return new Hearing(until, [])
    const windows: Heard[] = []
    let span = 0
    for (let at = first.at; at + WINDOW_MS <= until; at += WINDOW_MS) {
      const middle = at + WINDOW_MS / 2
      while (span + 1 < spans.length && spans[span + 1]!.at <= middle) span++
      windows.push(spans[span]!.heard)
    }
    return new Hearing(first.at, windows)
  }

  /**
   * From a 16-bit PCM WAV that a recording may still be writing (its sizes not yet filled in); of a stereo
   * file, one channel (0 left, 1 right).
   */
  static async fromRecording(file: string, startedAt: number, channel = 0): Promise<Hearing> {
    const { samples, rate } = readPcm16(await readFile(file), channel)
    const size = Math.round((rate * WINDOW_MS) / 1000)
    const windows: Heard[] = []
    for (let offset = 0; offset + size <= samples.length; offset += size)
      windows.push(classify(samples.subarray(offset, offset + size), rate))
    return new Hearing(startedAt, windows)
  }
}

/** The channel count a WAV file's header states. */
export async function wavChannels(file: string): Promise<number> {
  return readPcm16(await readFile(file), 0).channels
}

function readPcm16(bytes: Buffer, channel: number): { samples: Int16Array; rate: number; channels: number } {
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE')
    throw new Error('not a WAV file')
  let offset = 12
  let rate = 0
  let channels = 1
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4)
    const size = bytes.readUInt32LE(offset + 4)
    if (id === 'fmt ') {
      const [format, bits] = [bytes.readUInt16LE(offset + 8), bytes.readUInt16LE(offset + 22)]
      channels = bytes.readUInt16LE(offset + 10)
      if (format !== 1 || bits !== 16 || channel >= channels)
        throw new Error(
          `expected 16-bit PCM with channel ${channel}, got format ${format}, ${channels} channels, ${bits} bits`,
        )
      rate = bytes.readUInt32LE(offset + 12)
    } else if (id === 'data') {
      // The writer fills in the sizes when it closes the file: take every whole frame there is.
      const data = bytes.subarray(offset + 8)
      const count = Math.floor(data.length / 2 / channels)
      const samples = new Int16Array(count)
      for (let i = 0; i < count; i++) samples[i] = data.readInt16LE((i * channels + channel) * 2)
      return { samples, rate, channels }
    }
    offset += 8 + size + (size % 2)
  }
  throw new Error('WAV file without data')
}

/** Below this RMS (of 32767) a window is silence: comfort noise and codec residue stay under it. */
const SILENCE_RMS = 200
/** A window whose energy lies this much in one tone is that tone; speech and music spread theirs. */
const TONE_SHARE = 0.6
/** Two voices mixed: each holds at least this much of the energy, and together most of it. */
const VOICE_IN_MIX_SHARE = 0.15

function classify(samples: Int16Array, rate: number): Heard {
  let energy = 0
  for (const sample of samples) energy += sample * sample
  if (Math.sqrt(energy / samples.length) < SILENCE_RMS) return 'silence'
  const shares = TONES_HZ.map((frequency) => ({
    frequency,
    share: toneShare(samples, rate, frequency, energy),
  }))
  shares.sort((a, b) => b.share - a.share)
  const [first, second] = shares as [(typeof shares)[0], (typeof shares)[0]]
  if (first.share > TONE_SHARE) return `tone:${first.frequency}`
  if (second.share >= VOICE_IN_MIX_SHARE && first.share + second.share > TONE_SHARE) {
    const [low, high] = [first.frequency, second.frequency].sort((a, b) => a - b)
    return `tone:${low!}+${high!}`
  }
  return 'sound'
}

/** Goertzel: the share of the window's energy at one frequency; a pure tone puts all of its energy there. */
function toneShare(samples: Int16Array, rate: number, frequency: number, energy: number): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * frequency) / rate)
  let [previous, beforePrevious] = [0, 0]
  for (const sample of samples) {
    const current = sample + coefficient * previous - beforePrevious
    beforePrevious = previous
    previous = current
  }
  const power =
    previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious
  return (2 * power) / samples.length / energy
}
