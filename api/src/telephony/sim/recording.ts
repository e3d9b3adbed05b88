// The simulator's uuid_record: a real 16-bit PCM WAV at the recording's path, as FreeSWITCH writes one, so
// the product (playback, retention, speech analytics) reads the same files on both switches. Like the
// switch (switch_ivr_record_session), it records what the leg's party says (read) and what it hears
// (write): mixed into one channel, or with RECORD_STEREO read on the left and write on the right
// (RECORD_STEREO_SWAP the other way round). The parties speak in tones (hearing.ts), so the file holds them.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Heard, HeardSpan } from './hearing.js'

const SAMPLE_RATE = 8000
/** Loud enough to tell from comfort noise, quiet enough that two voices mixed never clip. */
const AMPLITUDE = 6000

export interface SimRecording {
  readonly file: string
  readonly startedAtMs: number
  readonly channels: 1 | 2
  /** In stereo, what the party hears goes on the left (RECORD_STEREO_SWAP). */
  readonly isSwapped: boolean
}

/** A recording starting now on a leg with these channel variables, which the switch reads at the start. */
export function startRecording(
  file: string,
  variables: ReadonlyMap<string, string>,
  nowMs: number,
): SimRecording {
  const isTrue = (name: string) => /^(true|yes|on|1)$/i.test(variables.get(name) ?? '')
  const isSwapped = isTrue('RECORD_STEREO_SWAP')
  return { file, startedAtMs: nowMs, channels: isSwapped || isTrue('RECORD_STEREO') ? 2 : 1, isSwapped }
}

/**
 * Writes the recording from its start to `endedAtMs`: `said` is what the leg's party says throughout,
 * `heard` the spans of what they heard (from the leg's start on). The switch creates missing directories.
 */
export function writeRecording(
  recording: SimRecording,
  said: Heard,
  heard: readonly HeardSpan[],
  endedAtMs: number,
): void {
  const count = Math.max(0, Math.round(((endedAtMs - recording.startedAtMs) * SAMPLE_RATE) / 1000))
  const read = new Int16Array(count).map((_, i) => sampleOf(said, i))
  const write = new Int16Array(count)
  let span = 0
  for (let i = 0; i < count; i++) {
    const at = recording.startedAtMs + (i * 1000) / SAMPLE_RATE
    while (span + 1 < heard.length && heard[span + 1]!.at <= at) span++
    const current = heard[span]
    write[i] = current && current.at <= at ? sampleOf(current.heard, i) : 0
  }
  const [left, right] = recording.isSwapped ? [write, read] : [read, write]
  const channels = recording.channels === 2 ? [left, right] : [mix(read, write)]
  mkdirSync(path.dirname(recording.file), { recursive: true })
  writeFileSync(recording.file, wav(channels))
}

/** One sample of a voice: a tone's sine (two mixed for `tone:a+b`), pseudo-random noise for other sound. */
function sampleOf(voice: Heard, i: number): number {
  if (voice === 'silence') return 0
  if (voice === 'sound') {
    const noise = Math.sin(i * 12.9898) * 43_758.5453
    return Math.round((noise - Math.floor(noise) - 0.5) * 2 * AMPLITUDE)
  }
  const tones = voice.slice('tone:'.length).split('+').map(Number)
  const value = tones.reduce((sum, hz) => sum + Math.sin((2 * Math.PI * hz * i) / SAMPLE_RATE), 0)
  return Math.round((value * AMPLITUDE) / tones.length)
}

function mix(a: Int16Array, b: Int16Array): Int16Array {
  return a.map((sample, i) => Math.max(-32768, Math.min(32767, sample + b[i]!)))
}

/** A canonical 44-byte-header PCM WAV, the channels' samples interleaved. */
function wav(channels: readonly Int16Array[]): Buffer {
  const frames = channels[0]!.length
  const dataBytes = frames * channels.length * 2
  const bytes = Buffer.alloc(44 + dataBytes)
  bytes.write('RIFF', 0, 'ascii')
  bytes.writeUInt32LE(36 + dataBytes, 4)
  bytes.write('WAVEfmt ', 8, 'ascii')
  bytes.writeUInt32LE(16, 16)
  bytes.writeUInt16LE(1, 20)
  bytes.writeUInt16LE(channels.length, 22)
  bytes.writeUInt32LE(SAMPLE_RATE, 24)
  bytes.writeUInt32LE(SAMPLE_RATE * channels.length * 2, 28)
  bytes.writeUInt16LE(channels.length * 2, 32)
  bytes.writeUInt16LE(16, 34)
  bytes.write('data', 36, 'ascii')
  bytes.writeUInt32LE(dataBytes, 40)
  for (let frame = 0; frame < frames; frame++)
    channels.forEach((samples, channel) =>
      bytes.writeInt16LE(samples[frame]!, 44 + (frame * channels.length + channel) * 2),
    )
  return bytes
}
