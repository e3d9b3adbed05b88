// What the voice library accepts as a prompt file (A6), and how it becomes what FreeSWITCH plays best:
// 16-bit linear PCM, mono, at 8 or 16 kHz (the rates telephone codecs use, so no resampling per call).
import wavefile from 'wavefile'
import { ValidationError, type Problem } from '../../common/errors.js'

export const PROMPT_FILE_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxDurationMs: 5 * 60_000,
  sampleRates: [8000, 16000, 48000] as readonly number[],
}

/** WAVE format tags (RFC 2361) the library takes: linear PCM and the G.711 laws. */
const WAVE_FORMAT = { PCM: 1, ALAW: 6, MULAW: 7 } as const
/** WAVE_FORMAT_EXTENSIBLE: the real tag is the first word of the sub-format GUID. */
const EXTENSIBLE = 0xfffe

/** Points of the waveform preview the consoles draw. */
const PEAK_COUNT = 120

export interface PlayableAudio {
  /** A canonical RIFF/WAVE file: fmt and data chunks only. */
  bytes: Buffer
  sampleRate: 8000 | 16000
  durationMs: number
  /** Loudest sample of each of PEAK_COUNT equal slices, 0–1. */
  peaks: number[]
}

type WaveFile = InstanceType<typeof wavefile.WaveFile>

interface WaveFormat {
  audioFormat: number
  numChannels: number
  sampleRate: number
  bitsPerSample: number
  blockAlign: number
  subformat?: number[]
}

/** The encoding, looking through WAVE_FORMAT_EXTENSIBLE (what many editors and sox write for PCM). */
function encodingOf(format: WaveFormat): number {
  return format.audioFormat === EXTENSIBLE ? (format.subformat?.[0] ?? EXTENSIBLE) : format.audioFormat
}

function rejected(found: Problem, message: string): ValidationError {
  return new ValidationError([{ field: 'file', ...found, message }])
}

/** The one refusal of a file too large, for uploads stopped at the limit before they are read through. */
export function fileTooLarge(): ValidationError {
  const megabytes = PROMPT_FILE_LIMITS.maxBytes / 1024 / 1024
  return rejected(
    { code: 'FILE_TOO_LARGE', params: { limit: `${megabytes} MB` } },
    `is larger than ${megabytes} MB`,
  )
}

/**
 * Checks an uploaded file against every rule, in the order a person fixes them, and names the first one
 * it breaks: really RIFF/WAVE, complete, 16-bit PCM or A-law/µ-law, mono, 8/16/48 kHz, short enough.
 */
export function inspectUpload(bytes: Buffer): WaveFile {
  if (bytes.length > PROMPT_FILE_LIMITS.maxBytes) throw fileTooLarge()
  if (
    bytes.length < 12 ||
    bytes.toString('latin1', 0, 4) !== 'RIFF' ||
    bytes.toString('latin1', 8, 12) !== 'WAVE'
  )
    throw rejected(
      { code: 'NOT_A_WAV_FILE' },
      'is not a WAV file (no RIFF/WAVE header); export it from your audio editor as WAV',
    )
  const wave = readWave(bytes)
  const format = wave.fmt as WaveFormat
  const encoding = encodingOf(format)
  const isPcm16 = encoding === WAVE_FORMAT.PCM && format.bitsPerSample === 16
  const isG711 = encoding === WAVE_FORMAT.ALAW || encoding === WAVE_FORMAT.MULAW
  if (!isPcm16 && !isG711)
    throw encoding === WAVE_FORMAT.PCM
      ? rejected(
          { code: 'WAV_UNSUPPORTED_BIT_DEPTH', params: { bits: format.bitsPerSample } },
          `is ${format.bitsPerSample}-bit PCM; save it as 16-bit PCM, A-law or µ-law`,
        )
      : rejected(
          { code: 'WAV_UNSUPPORTED_ENCODING' },
          `uses WAVE encoding ${encoding} (e.g. compressed or floating point); save it as 16-bit PCM, A-law or µ-law`,
        )
  if (format.numChannels !== 1)
    throw rejected(
      { code: 'WAV_NOT_MONO', params: { channels: format.numChannels } },
      `has ${format.numChannels} channels; prompts must be mono (one channel)`,
    )
  if (!PROMPT_FILE_LIMITS.sampleRates.includes(format.sampleRate))
    throw rejected(
      { code: 'WAV_UNSUPPORTED_SAMPLE_RATE', params: { rate: format.sampleRate } },
      `is sampled at ${format.sampleRate} Hz; use 8000, 16000 or 48000 Hz`,
    )
  const durationMs = durationOf(wave)
  if (durationMs > PROMPT_FILE_LIMITS.maxDurationMs)
    throw rejected(
      {
        code: 'WAV_TOO_LONG',
        params: { seconds: Math.round(durationMs / 1000), maximum: PROMPT_FILE_LIMITS.maxDurationMs / 1000 },
      },
      `lasts ${Math.round(durationMs / 1000)} s; prompts may last at most ${PROMPT_FILE_LIMITS.maxDurationMs / 1000} s`,
    )
  return wave
}

/** Parses any WAV the TTS engine or an upload produced; a file cut short is refused, not played short. */
export function readWave(bytes: Buffer): WaveFile {
  let wave: WaveFile
  try {
    wave = new wavefile.WaveFile(bytes)
  } catch (error) {
    throw rejected(
      { code: 'WAV_DAMAGED' },
      `has a damaged or incomplete WAV header (${(error as Error).message})`,
    )
  }
  const data = wave.data as { chunkSize: number; samples: Uint8Array }
  if (data.samples.length < data.chunkSize)
    throw rejected(
      { code: 'WAV_CUT_SHORT' },
      `is cut short: its header announces ${data.chunkSize} bytes of audio but only ${data.samples.length} are there`,
    )
  return wave
}

function durationOf(wave: WaveFile): number {
  const format = wave.fmt as WaveFormat
  const data = wave.data as { chunkSize: number }
  return Math.round((data.chunkSize / format.blockAlign / format.sampleRate) * 1000)
}

/**
 * 16-bit PCM mono at 8 kHz (telephone-band sources) or 16 kHz (everything richer), stripped of any
 * chunk but fmt and data. The input must be mono; `inspectUpload` checked uploads, TTS makes mono.
 */
export function toPlayable(wave: WaveFile): PlayableAudio {
  const format = wave.fmt as WaveFormat
  const encoding = encodingOf(format)
  if (encoding === WAVE_FORMAT.ALAW) wave.fromALaw()
  else if (encoding === WAVE_FORMAT.MULAW) wave.fromMuLaw()
  else if (format.bitsPerSample !== 16) wave.toBitDepth('16')
  const sampleRate: 8000 | 16000 = format.sampleRate <= 8000 ? 8000 : 16000
  // wavefile low-pass filters before decimating, so 48 kHz music does not alias into the telephone band.
  if (format.sampleRate !== sampleRate) wave.toSampleRate(sampleRate)
  const samples = wave.getSamples(false, Int16Array) as unknown as Int16Array
  const canonical = new wavefile.WaveFile()
  canonical.fromScratch(1, sampleRate, '16', samples)
  return {
    bytes: Buffer.from(canonical.toBuffer()),
    sampleRate,
    durationMs: Math.round((samples.length / sampleRate) * 1000),
    peaks: peaksOf(samples),
  }
}

function peaksOf(samples: Int16Array): number[] {
  if (samples.length === 0) return []
  const slice = Math.max(1, Math.ceil(samples.length / PEAK_COUNT))
  const peaks: number[] = []
  for (let start = 0; start < samples.length; start += slice) {
    let loudest = 0
    const end = Math.min(samples.length, start + slice)
    for (let index = start; index < end; index++) loudest = Math.max(loudest, Math.abs(samples[index]!))
    peaks.push(Math.round((loudest / 32768) * 1000) / 1000)
  }
  return peaks
}
