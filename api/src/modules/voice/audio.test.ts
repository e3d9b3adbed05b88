// A6 file rules on real audio: sox and espeak-ng make the files, good and bad, in a temp directory.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ValidationError } from '../../common/errors.js'
import { inspectUpload, readWave, toPlayable } from './audio.js'

const dir = mkdtempSync(path.join(tmpdir(), 'cc-audio-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A file sox synthesises: a one-second 440 Hz tone unless told otherwise. */
function soxFile(name: string, format: string[], seconds = 1): Buffer {
  const file = path.join(dir, name)
  execFileSync('sox', ['-n', ...format, file, 'synth', String(seconds), 'sine', '440', 'vol', '0.5'])
  return readFileSync(file)
}

/** The refusal as `CODE: message`, e.g. `WAV_NOT_MONO: has 2 channels; …`. */
function problemOf(bytes: Buffer): string {
  try {
    inspectUpload(bytes)
  } catch (error) {
    if (error instanceof ValidationError) {
      expect(error.problems[0]!.field).toBe('file')
      return `${error.problems[0]!.code}: ${error.problems[0]!.message}`
    }
    throw error
  }
  throw new Error('the file was accepted')
}

describe('A6: uploaded prompt files', () => {
  it.each([
    ['16-bit PCM at 8 kHz', 'pcm8k.wav', ['-r', '8000', '-c', '1', '-b', '16', '-e', 'signed-integer'], 8000],
    [
      '16-bit PCM at 16 kHz',
      'pcm16k.wav',
      ['-r', '16000', '-c', '1', '-b', '16', '-e', 'signed-integer'],
      16000,
    ],
    [
      '16-bit PCM at 48 kHz',
      'pcm48k.wav',
      ['-r', '48000', '-c', '1', '-b', '16', '-e', 'signed-integer'],
      16000,
    ],
    ['A-law at 8 kHz', 'alaw.wav', ['-r', '8000', '-c', '1', '-e', 'a-law'], 8000],
    ['µ-law at 8 kHz', 'ulaw.wav', ['-r', '8000', '-c', '1', '-e', 'u-law'], 8000],
  ])('A6: %s is accepted and stored as 16-bit PCM mono', (_label, name, format, expectedRate) => {
    const audio = toPlayable(inspectUpload(soxFile(name, format, 2)))
    const stored = readWave(audio.bytes)
    expect(stored.fmt).toMatchObject({
      audioFormat: 1,
      numChannels: 1,
      bitsPerSample: 16,
      sampleRate: expectedRate,
    })
    expect(audio.sampleRate).toBe(expectedRate)
    expect(audio.durationMs).toBeGreaterThanOrEqual(1990)
    expect(audio.durationMs).toBeLessThanOrEqual(2010)
    // A steady tone at half volume: every slice of the waveform preview is about 0.5 loud.
    expect(audio.peaks.length).toBeGreaterThan(100)
    for (const peak of audio.peaks) expect(peak).toBeCloseTo(0.5, 1)
  })

  it('A6: a text file renamed .wav is refused as not a WAV file', () => {
    expect(problemOf(Buffer.from('Hello, this is not audio at all.\n'))).toMatch(
      /^NOT_A_WAV_FILE: is not a WAV file/,
    )
  })

  it('A6: another audio format renamed .wav is refused as not a WAV file', () => {
    // sox has no MP3 encoder here; an AIFF at 44.1 kHz and an ID3-tagged MP3 header stand for "wrong format".
    expect(problemOf(soxFile('music.aiff', ['-r', '44100', '-c', '1']))).toMatch(
      /^NOT_A_WAV_FILE: is not a WAV file/,
    )
    const mp3 = Buffer.concat([
      Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1'),
      Buffer.alloc(4096, 0xff),
    ])
    expect(problemOf(mp3)).toMatch(/^NOT_A_WAV_FILE: is not a WAV file/)
  })

  it('A6: stereo is refused, asking for mono', () => {
    expect(problemOf(soxFile('stereo.wav', ['-r', '8000', '-c', '2', '-b', '16']))).toBe(
      'WAV_NOT_MONO: has 2 channels; prompts must be mono (one channel)',
    )
  })

  it('A6: 44.1 kHz is refused, naming the rates allowed', () => {
    expect(problemOf(soxFile('cd.wav', ['-r', '44100', '-c', '1', '-b', '16']))).toBe(
      'WAV_UNSUPPORTED_SAMPLE_RATE: is sampled at 44100 Hz; use 8000, 16000 or 48000 Hz',
    )
  })

  it('A6: 8-bit and 24-bit PCM are refused, asking for 16-bit', () => {
    expect(
      problemOf(soxFile('pcm8bit.wav', ['-r', '8000', '-c', '1', '-b', '8', '-e', 'unsigned-integer'])),
    ).toMatch(/^WAV_UNSUPPORTED_BIT_DEPTH: is 8-bit PCM; save it as 16-bit PCM/)
    expect(problemOf(soxFile('pcm24.wav', ['-r', '16000', '-c', '1', '-b', '24']))).toMatch(
      /^WAV_UNSUPPORTED_BIT_DEPTH: is 24-bit PCM/,
    )
    expect(problemOf(soxFile('float.wav', ['-r', '16000', '-c', '1', '-e', 'floating-point']))).toMatch(
      /^WAV_UNSUPPORTED_ENCODING: uses WAVE encoding 3/,
    )
  })

  it('A6: a truncated header and a file cut short are refused', () => {
    const whole = soxFile('whole.wav', ['-r', '8000', '-c', '1', '-b', '16'])
    expect(problemOf(whole.subarray(0, 30))).toMatch(/^WAV_DAMAGED: has a damaged or incomplete WAV header/)
    expect(problemOf(whole.subarray(0, 3000))).toMatch(
      /^WAV_CUT_SHORT: is cut short: its header announces 16000 bytes/,
    )
  })

  it('A6: files over 10 MB or 5 minutes are refused', () => {
    // 2 minutes at 48 kHz is 11.5 MB; 5 min 1 s at 8 kHz is only 4.8 MB but too long.
    expect(problemOf(soxFile('big.wav', ['-r', '48000', '-c', '1', '-b', '16'], 120))).toBe(
      'FILE_TOO_LARGE: is larger than 10 MB',
    )
    expect(problemOf(soxFile('long.wav', ['-r', '8000', '-c', '1', '-b', '16'], 301))).toBe(
      'WAV_TOO_LONG: lasts 301 s; prompts may last at most 300 s',
    )
  })

  it('A6: espeak-ng speech (22.05 kHz) becomes 16 kHz PCM for text-to-speech prompts', () => {
    const file = path.join(dir, 'speech.wav')
    execFileSync('espeak-ng', ['-v', 'en', '-w', file, 'Thank you for calling'])
    const audio = toPlayable(readWave(readFileSync(file)))
    expect(readWave(audio.bytes).fmt).toMatchObject({ sampleRate: 16000, bitsPerSample: 16, numChannels: 1 })
    expect(audio.durationMs).toBeGreaterThan(500)
    writeFileSync(path.join(dir, 'converted.wav'), audio.bytes)
    // sox itself reads the converted file back as what FreeSWITCH plays best.
    expect(
      execFileSync('soxi', ['-r', path.join(dir, 'converted.wav')])
        .toString()
        .trim(),
    ).toBe('16000')
  })
})
