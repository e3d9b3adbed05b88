// What the queue says to a waiting caller (X6), from audio the product ships under
// api/assets/prompts/queue/<language>/ (made by scripts/generate-queue-audio.ts): fixed phrases, and
// single words from which the position number and the callback key are spoken. The switch has no
// sounds of its own and no `say` language module, so nothing here relies on either.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { installWhenChanged } from '../voice/default-prompts.js'

export type QueueLanguage = 'zh' | 'en'

export const QUEUE_LANGUAGES: readonly QueueLanguage[] = ['zh', 'en']

/** The shipped audio, one folder per language. */
export const QUEUE_AUDIO_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../assets/prompts/queue',
)

/** Where the shipped audio lives in the media directory, relative to it. */
export const QUEUE_AUDIO_MEDIA_DIR = path.join('prompts', 'queue')

/** The fixed phrases; the position is spoken between the prefix and the suffix. */
export const QUEUE_PHRASES = [
  'position-prefix',
  'position-suffix',
  'callback-offer',
  'callback-accepted',
  'all-agents-busy',
  'not-in-service',
  'goodbye',
  'thanks-for-rating',
] as const

export type QueuePhrase = (typeof QUEUE_PHRASES)[number]

/** Words for 0–9, each language's own, named by how they are said (pinyin for Mandarin). */
const DIGITS: Record<QueueLanguage, readonly string[]> = {
  zh: ['ling', 'yi', 'er', 'san', 'si', 'wu', 'liu', 'qi', 'ba', 'jiu'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
}

const ZH_TEN = 'shi'
const ZH_HUNDRED = 'bai'
const EN_TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
]
/** Indexed by the tens digit; 0 and 1 are never looked up. */
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const EN_HUNDRED = 'hundred'

/** The two keys that are not digits, named alike in both languages. */
const SYMBOL_KEYS: Record<string, string> = { '*': 'star', '#': 'pound' }

/** The largest position the words can say; callers further back hear no number. */
export const MAX_SPOKEN_POSITION = 999

/** The tenant's home region decides the language: Mandarin in China, English anywhere else. */
export function queueLanguage(homeRegion: string): QueueLanguage {
  return homeRegion === 'CN' ? 'zh' : 'en'
}

/** Every audio file name (without .wav) a language needs: the phrases, the number words and the keys. */
export function queueAudioNames(language: QueueLanguage): string[] {
  const numberWords =
    language === 'zh'
      ? [...DIGITS.zh, ZH_TEN, ZH_HUNDRED]
      : [...DIGITS.en, ...EN_TEENS, ...EN_TENS.slice(2), EN_HUNDRED]
  return [...QUEUE_PHRASES, ...numberWords, ...Object.values(SYMBOL_KEYS)]
}

/**
 * The words that say `n` (1–999), as file names in speaking order: zh 105 is 一百零五
 * (yi bai ling wu), en 115 is "one hundred fifteen".
 */
export function spokenNumberWords(n: number, language: QueueLanguage): string[] {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SPOKEN_POSITION)
    throw new RangeError(`${n} cannot be spoken: only whole numbers 1–${MAX_SPOKEN_POSITION}`)
  return language === 'zh' ? mandarinWords(n) : englishWords(n)
}

function mandarinWords(n: number): string[] {
  const digits = DIGITS.zh
  const hundreds = Math.floor(n / 100)
  const tens = Math.floor(n / 10) % 10
  const units = n % 10
  const words: string[] = []
  if (hundreds > 0) words.push(digits[hundreds]!, ZH_HUNDRED)
  // 十二, not 一十二, when the number starts with its tens; 一百一十二 inside a hundred.
  if (tens > 0) words.push(...(tens === 1 && hundreds === 0 ? [ZH_TEN] : [digits[tens]!, ZH_TEN]))
  // 一百零五: a hundred followed by units alone says the missing ten as 零.
  else if (hundreds > 0 && units > 0) words.push(digits[0]!)
  if (units > 0) words.push(digits[units]!)
  return words
}

function englishWords(n: number): string[] {
  const hundreds = Math.floor(n / 100)
  const rest = n % 100
  const words: string[] = hundreds > 0 ? [DIGITS.en[hundreds]!, EN_HUNDRED] : []
  if (rest >= 20) {
    words.push(EN_TENS[Math.floor(rest / 10)]!)
    if (rest % 10 > 0) words.push(DIGITS.en[rest % 10]!)
  } else if (rest >= 10) words.push(EN_TEENS[rest - 10]!)
  else if (rest > 0) words.push(DIGITS.en[rest]!)
  return words
}

function audioFile(mediaDir: string, language: QueueLanguage, name: string): string {
  return path.join(mediaDir, QUEUE_AUDIO_MEDIA_DIR, language, `${name}.wav`)
}

/** "You are caller number forty-two, please stay on the line." */
export function positionAnnouncement(mediaDir: string, position: number, language: QueueLanguage): string[] {
  return ['position-prefix', ...spokenNumberWords(position, language), 'position-suffix'].map((name) =>
    audioFile(mediaDir, language, name),
  )
}

/** "To be called back, press 1." `key` is one of 0–9, * and # (the callback key setting). */
export function callbackOffer(mediaDir: string, key: string, language: QueueLanguage): string[] {
  const keyWord = /^[0-9]$/.test(key) ? DIGITS[language][Number(key)] : SYMBOL_KEYS[key]
  if (!keyWord) throw new RangeError(`"${key}" is not a phone key: 0–9, * or #`)
  return [audioFile(mediaDir, language, 'callback-offer'), audioFile(mediaDir, language, keyWord)]
}

export function callbackAccepted(mediaDir: string, language: QueueLanguage): string {
  return audioFile(mediaDir, language, 'callback-accepted')
}

/** The queue is full or the wait too long: no one can take the call. */
export function allAgentsBusy(mediaDir: string, language: QueueLanguage): string {
  return audioFile(mediaDir, language, 'all-agents-busy')
}

/** The dialled number routes nowhere yet. */
export function notInService(mediaDir: string, language: QueueLanguage): string {
  return audioFile(mediaDir, language, 'not-in-service')
}

/** The IVR's farewell, and its thanks after the satisfaction survey. */
export function goodbye(mediaDir: string, language: QueueLanguage): string {
  return audioFile(mediaDir, language, 'goodbye')
}

export function thanksForRating(mediaDir: string, language: QueueLanguage): string {
  return audioFile(mediaDir, language, 'thanks-for-rating')
}

/**
 * One `playback` argument for several files, played back to back: FreeSWITCH's `file_string://`
 * (mod_dptools), which splits on `!`, so no file may contain one. It plays 250 ms of silence first.
 */
export function playList(files: string[]): string {
  if (files.length === 0) throw new RangeError('nothing to play')
  const unplayable = files.find((file) => file.includes('!'))
  if (unplayable) throw new RangeError(`${unplayable} cannot be played in a list: its path contains "!"`)
  return files.length === 1 ? files[0]! : `file_string://${files.join('!')}`
}

/** Copies the shipped audio into the media directory the switch reads, when missing or changed. */
export async function installQueueAudio(mediaDir: string): Promise<void> {
  for (const language of QUEUE_LANGUAGES)
    await installWhenChanged(
      path.join(QUEUE_AUDIO_DIR, language),
      path.join(mediaDir, QUEUE_AUDIO_MEDIA_DIR, language),
      queueAudioNames(language).map((name) => `${name}.wav`),
    )
}
