// Regenerates the built-in system prompts (A5) committed under api/assets/prompts/: Mandarin speech by
// espeak-ng for four of them, and a short synthesised melody for the transfer wait music. Output is
// 8 kHz 16-bit mono, the telephone band, to keep the committed files small.
// Run: npx tsx scripts/generate-default-prompts.ts   (needs espeak-ng: apt-get install espeak-ng)
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import wavefile from 'wavefile'
import { readWave, toPlayable } from '../api/src/modules/voice/audio.js'
import { DEFAULT_PROMPTS_DIR, defaultPromptFileName } from '../api/src/modules/voice/default-prompts.js'
import { SystemPromptKind } from '../api/src/modules/voice/prompt-catalog.js'
import { EspeakTts, TtsVoice } from '../api/src/modules/voice/tts.js'

const RATE = 8000

const SPOKEN: Partial<Record<SystemPromptKind, string>> = {
  [SystemPromptKind.AFTER_HOURS]: '您好，现在是非工作时间，请在工作时间内再来电。感谢您的来电，再见。',
  [SystemPromptKind.QUEUE]: '您好，坐席正忙，请稍候，我们将尽快为您接通。',
  [SystemPromptKind.WRONG_KEY]: '您的输入有误，请重新输入。',
  [SystemPromptKind.SURVEY]: '请对本次服务进行评价：满意请按1，一般请按2，不满意请按3。',
}

/** A calm pentatonic arpeggio (C major), each note with a soft attack and decay; loops cleanly. */
function waitMusic(): Int16Array {
  const notes = [261.63, 329.63, 392.0, 440.0, 392.0, 329.63, 293.66, 349.23, 440.0, 392.0, 329.63, 293.66]
  const noteSeconds = 0.5
  const perNote = Math.round(RATE * noteSeconds)
  const samples = new Int16Array(notes.length * perNote)
  notes.forEach((frequency, index) => {
    for (let i = 0; i < perNote; i++) {
      const t = i / RATE
      const envelope = Math.min(1, t / 0.03) * Math.exp(-3 * t)
      const tone = Math.sin(2 * Math.PI * frequency * t) + 0.3 * Math.sin(4 * Math.PI * frequency * t)
      samples[index * perNote + i] = Math.round(tone * envelope * 0.25 * 32767)
    }
  })
  return samples
}

async function main(): Promise<void> {
  await mkdir(DEFAULT_PROMPTS_DIR, { recursive: true })
  const tts = new EspeakTts()
  for (const kind of Object.values(SystemPromptKind)) {
    const text = SPOKEN[kind]
    let wave: InstanceType<typeof wavefile.WaveFile>
    if (text) {
      wave = readWave(await tts.synthesize(text, TtsVoice.MANDARIN, 100))
      wave.toSampleRate(RATE)
    } else {
      wave = new wavefile.WaveFile()
      wave.fromScratch(1, RATE, '16', waitMusic())
    }
    const audio = toPlayable(wave)
    const file = path.join(DEFAULT_PROMPTS_DIR, defaultPromptFileName(kind))
    await writeFile(file, audio.bytes)
    console.info(`${path.relative(process.cwd(), file)}: ${audio.durationMs} ms, ${audio.bytes.length} bytes`)
  }
}

await main()
