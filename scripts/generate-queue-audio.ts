// Regenerates the queue's own audio (X6) committed under api/assets/prompts/queue/<language>/: the
// phrases and the single words acd/queue-audio.ts strings together, spoken by espeak-ng. Output is 8 kHz
// 16-bit mono with espeak's silence trimmed, so that words played back to back sound like one sentence.
// Run: npx tsx scripts/generate-queue-audio.ts   (needs espeak-ng: apt-get install espeak-ng)
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import wavefile from 'wavefile'
import {
  QUEUE_AUDIO_DIR,
  QUEUE_LANGUAGES,
  queueAudioNames,
  type QueueLanguage,
  type QueuePhrase,
} from '../api/src/modules/acd/queue-audio.js'
import { readWave, toPlayable } from '../api/src/modules/voice/audio.js'

const RATE = 8000
/** Kept before and after the speech: a short gap between words, and no clipped soft onsets (s, f, h). */
const MARGIN_SAMPLES = Math.round(RATE * 0.025)
/** Quieter than this (1 % of full scale) counts as silence; espeak's own silence is digital zero. */
const SILENCE_LEVEL = 0.01 * 32767

/**
 * espeak-ng voices. Not `cmn`: in espeak-ng 1.51 (Debian 12) it looks most characters up as pinyin and
 * then reads the tone digit in English (一 becomes "yi one", espeak-ng issues #1028 and #1044). The
 * voice that reads Latin as pinyin speaks the same characters right.
 */
const VOICES: Record<QueueLanguage, string> = { zh: 'cmn-latn-pinyin', en: 'en' }

const PHRASES: Record<QueueLanguage, Record<QueuePhrase, string>> = {
  zh: {
    'position-prefix': '您当前排在第',
    'position-suffix': '位，请耐心等待。',
    'callback-offer': '如需回电，请按',
    'callback-accepted': '好的，我们将尽快给您回电，再见。',
    'all-agents-busy': '抱歉，坐席全忙，请稍后再拨。',
    'not-in-service': '您拨打的号码暂未开通服务。',
    goodbye: '感谢您的来电，再见。',
    'thanks-for-rating': '感谢您的评价，再见。',
  },
  en: {
    'position-prefix': 'You are caller number',
    'position-suffix': 'Please stay on the line.',
    'callback-offer': 'To be called back, press',
    'callback-accepted': 'Thank you, we will call you back shortly. Goodbye.',
    'all-agents-busy': 'Sorry, all our agents are busy. Please call again later.',
    'not-in-service': 'The number you dialled is not in service.',
    goodbye: 'Thank you for calling. Goodbye.',
    'thanks-for-rating': 'Thank you for your feedback. Goodbye.',
  },
}

/** The Mandarin number and key words, by their pinyin file names; English words are spoken as named. */
const MANDARIN_WORDS: Record<string, string> = {
  ling: '零',
  yi: '一',
  er: '二',
  san: '三',
  si: '四',
  wu: '五',
  liu: '六',
  qi: '七',
  ba: '八',
  jiu: '九',
  shi: '十',
  bai: '百',
  star: '星号',
  pound: '井号',
}

function textOf(language: QueueLanguage, name: string): string {
  const phrase = (PHRASES[language] as Record<string, string>)[name]
  if (phrase) return phrase
  if (language === 'en') return name
  const word = MANDARIN_WORDS[name]
  if (!word) throw new Error(`no Mandarin text for ${name}`)
  return word
}

function trimmed(samples: Int16Array, name: string): Int16Array {
  const isSpeech = (sample: number) => Math.abs(sample) > SILENCE_LEVEL
  const first = samples.findIndex(isSpeech)
  if (first < 0) throw new Error(`espeak-ng said nothing for ${name}`)
  const last = samples.findLastIndex(isSpeech)
  return samples.slice(
    Math.max(0, first - MARGIN_SAMPLES),
    Math.min(samples.length, last + 1 + MARGIN_SAMPLES),
  )
}

/** A WAV file of `text` at espeak's normal pace. Our own constant texts, so safe in argv. */
async function spoken(workDir: string, text: string, language: QueueLanguage): Promise<Buffer> {
  const file = path.join(workDir, 'speech.wav')
  execFileSync('espeak-ng', ['-b', '1', '-v', VOICES[language], '-w', file, text])
  return readFile(file)
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'cc-queue-audio-'))
  let totalBytes = 0
  for (const language of QUEUE_LANGUAGES) {
    // Emptied first, so that a word no longer needed does not stay behind.
    const dir = path.join(QUEUE_AUDIO_DIR, language)
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    for (const name of queueAudioNames(language)) {
      const speech = readWave(await spoken(workDir, textOf(language, name), language))
      speech.toSampleRate(RATE)
      const wave = new wavefile.WaveFile()
      wave.fromScratch(
        1,
        RATE,
        '16',
        trimmed(speech.getSamples(false, Int16Array) as unknown as Int16Array, name),
      )
      const audio = toPlayable(wave)
      await writeFile(path.join(dir, `${name}.wav`), audio.bytes)
      totalBytes += audio.bytes.length
      console.info(`${language}/${name}.wav: ${audio.durationMs} ms, ${audio.bytes.length} bytes`)
    }
  }
  await rm(workDir, { recursive: true, force: true })
  console.info(`${Math.round(totalBytes / 1024)} KiB in all`)
}

await main()
