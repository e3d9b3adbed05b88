// Text to speech for prompts (A6): one small interface, so that a cloud engine can stand in for the
// local espeak-ng later without the voice library changing.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { registerEnumType } from 'type-graphql'
import { ServiceUnavailableError } from '../../common/errors.js'

export enum TtsVoice {
  MANDARIN = 'MANDARIN',
  ENGLISH = 'ENGLISH',
}

registerEnumType(TtsVoice, {
  name: 'TtsVoice',
  description: 'The voice a text prompt is spoken in.',
  valuesConfig: {
    MANDARIN: { description: 'Mandarin Chinese (espeak-ng voice cmn-latn-pinyin).' },
    ENGLISH: { description: 'English (espeak-ng voice en).' },
  },
})

/** Speed in percent of the engine's normal pace: 100 is normal, 50 half as fast, 200 twice. */
export const TTS_SPEED = { min: 50, max: 200, normal: 100 } as const

export interface TtsEngine {
  /** Names the engine in cache keys, so that switching engines never replays the old engine's audio. */
  readonly id: string
  /** A WAV file (any rate, mono) of `text` spoken by `voice` at `speed` percent. */
  synthesize(text: string, voice: TtsVoice, speed: number): Promise<Buffer>
}

/**
 * Not `cmn`: in espeak-ng 1.51 (Debian 12) it looks most characters up as pinyin and then reads the tone
 * digit in English (您好 becomes "nin two hao three"); the voice reading Latin as pinyin speaks them right.
 */
const ESPEAK_VOICES: Record<TtsVoice, string> = {
  [TtsVoice.MANDARIN]: 'cmn-latn-pinyin',
  [TtsVoice.ENGLISH]: 'en',
}
/** espeak-ng's own default pace, in words per minute. */
const ESPEAK_NORMAL_WPM = 175

/** espeak-ng (Debian package `espeak-ng`), run once per text. */
export class EspeakTts implements TtsEngine {
  /** With the Mandarin voice in it: audio cached from the `cmn` voice read tone digits aloud. */
  readonly id = `espeak-ng:${ESPEAK_VOICES[TtsVoice.MANDARIN]}`

  constructor(private readonly command = 'espeak-ng') {}

  async synthesize(text: string, voice: TtsVoice, speed: number): Promise<Buffer> {
    const wordsPerMinute = Math.round((ESPEAK_NORMAL_WPM * speed) / TTS_SPEED.normal)
    // A file, not --stdout: on a pipe espeak-ng cannot go back to write the sizes into the WAV header.
    const dir = await mkdtemp(path.join(tmpdir(), 'cc-tts-'))
    const file = path.join(dir, 'speech.wav')
    try {
      await this.run(['-b', '1', '-v', ESPEAK_VOICES[voice], '-s', String(wordsPerMinute), '-w', file], text)
      return await readFile(file)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  private run(args: string[], input: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.command, args, { stdio: ['pipe', 'ignore', 'pipe'] })
      const errors: Buffer[] = []
      child.stderr.on('data', (chunk: Buffer) => errors.push(chunk))
      child.on('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'ENOENT'
            ? // The engine cannot run on this server at all: an operator must install it.
              new ServiceUnavailableError(
                'TTS_UNAVAILABLE',
                'Text to speech needs espeak-ng, which is not installed on the API server. Ask the operator to install it (apt-get install espeak-ng), or upload a recorded WAV file instead.',
              )
            : error,
        ),
      )
      child.on('close', (code) => {
        if (code === 0) resolve()
        else reject(new Error(`espeak-ng exited with ${code}: ${Buffer.concat(errors).toString().trim()}`))
      })
      // Text on stdin, never in argv: a prompt starting with "-" must not become an option.
      child.stdin.end(input)
    })
  }
}
