// What a test caller hears, named as the product knows it: the file the switch was told to play becomes
// "the queue prompt (A5)", "voice library prompt 春节问候", "you are caller number 3" — never a path.
import path from 'node:path'
import {
  QUEUE_AUDIO_DIR,
  QUEUE_AUDIO_MEDIA_DIR,
  QUEUE_LANGUAGES,
  MAX_SPOKEN_POSITION,
  callbackOffer,
  spokenNumberWords,
  type QueueLanguage,
} from '../acd/queue-audio.js'
import {
  DEFAULT_PROMPTS_DIR,
  DEFAULT_PROMPTS_MEDIA_DIR,
  defaultPromptFileName,
} from '../voice/default-prompts.js'
import { SystemPromptKind } from '../voice/prompt-catalog.js'

export enum HeardPromptKind {
  SYSTEM_PROMPT = 'SYSTEM_PROMPT',
  VOICE_PROMPT = 'VOICE_PROMPT',
  QUEUE_POSITION = 'QUEUE_POSITION',
  CALLBACK_OFFER = 'CALLBACK_OFFER',
  CALLBACK_ACCEPTED = 'CALLBACK_ACCEPTED',
  ALL_AGENTS_BUSY = 'ALL_AGENTS_BUSY',
  NOT_IN_SERVICE = 'NOT_IN_SERVICE',
  GOODBYE = 'GOODBYE',
  THANK_YOU = 'THANK_YOU',
  TONE = 'TONE',
  MUSIC_ON_HOLD = 'MUSIC_ON_HOLD',
  SILENCE = 'SILENCE',
  OTHER = 'OTHER',
}

export interface HeardPrompt {
  readonly kind: HeardPromptKind
  /** SYSTEM_PROMPT: which of the five. */
  readonly systemPrompt: SystemPromptKind | null
  /** The voice library prompt's name: VOICE_PROMPT, or a SYSTEM_PROMPT the company filled from the library. */
  readonly name: string | null
  /** QUEUE_POSITION: the place in the queue said. */
  readonly position: number | null
  /** CALLBACK_OFFER: the key said. */
  readonly key: string | null
  /** The IVR menu the prompt asks the caller to choose in, when it is a menu's prompt. */
  readonly menu: string | null
  /** What the switch was told to play, relative to the media directory; for the curious. */
  readonly media: string
}

/** What the naming needs to know of the company: its system prompts' files and its voice library. */
export interface CompanyMedia {
  readonly mediaDir: string
  /** The file each system prompt plays now, by file. */
  readonly systemPrompts: ReadonlyMap<string, SystemPromptKind>
  /** The name of the library prompt whose audio (approved or newest) is this file, relative to mediaDir. */
  libraryPromptName(relativeFile: string): Promise<string | null>
}

/** Single queue files and what they say. */
const QUEUE_MESSAGES: Readonly<Record<string, HeardPromptKind>> = {
  'callback-accepted': HeardPromptKind.CALLBACK_ACCEPTED,
  'all-agents-busy': HeardPromptKind.ALL_AGENTS_BUSY,
  'not-in-service': HeardPromptKind.NOT_IN_SERVICE,
  goodbye: HeardPromptKind.GOODBYE,
  'thanks-for-rating': HeardPromptKind.THANK_YOU,
}

/** The built-in audio of every system prompt, wherever the API put it (see VoiceService.systemPrompt). */
export function defaultPromptFiles(mediaDir: string): Map<string, SystemPromptKind> {
  const files = new Map<string, SystemPromptKind>()
  for (const kind of Object.values(SystemPromptKind)) {
    const name = defaultPromptFileName(kind)
    files.set(path.join(mediaDir, DEFAULT_PROMPTS_MEDIA_DIR, name), kind)
    files.set(path.join(DEFAULT_PROMPTS_DIR, name), kind)
  }
  return files
}

export async function nameHeardMedia(
  media: string,
  company: CompanyMedia,
  menu: string | null = null,
): Promise<HeardPrompt> {
  const relative = relativeMedia(media, company.mediaDir)
  const heard = (kind: HeardPromptKind, more: Partial<HeardPrompt> = {}): HeardPrompt => ({
    kind,
    systemPrompt: null,
    name: null,
    position: null,
    key: null,
    menu: null,
    media: relative,
    ...more,
  })
  const isInMediaDir = path.isAbsolute(media) && !path.relative(company.mediaDir, media).startsWith('..')
  const systemPrompt = company.systemPrompts.get(media)
  if (systemPrompt) {
    const name = isInMediaDir ? await company.libraryPromptName(relative) : null
    return heard(HeardPromptKind.SYSTEM_PROMPT, { systemPrompt, name })
  }
  if (media.startsWith('file_string://')) return queueList(media.slice('file_string://'.length), heard)
  const queueWord = queueAudioWord(media)
  if (queueWord) return heard(QUEUE_MESSAGES[queueWord.word] ?? HeardPromptKind.OTHER)
  if (media.startsWith('tone_stream://')) return heard(HeardPromptKind.TONE)
  if (media.startsWith('local_stream://')) return heard(HeardPromptKind.MUSIC_ON_HOLD)
  if (media.startsWith('silence_stream://')) return heard(HeardPromptKind.SILENCE)
  const name = isInMediaDir ? await company.libraryPromptName(relative) : null
  return name ? heard(HeardPromptKind.VOICE_PROMPT, { name, menu }) : heard(HeardPromptKind.OTHER)
}

/** A `file_string://` list of the queue's words: a position announcement or a callback offer. */
function queueList(list: string, heard: (kind: HeardPromptKind, more?: Partial<HeardPrompt>) => HeardPrompt) {
  const words = list.split('!').map(queueAudioWord)
  const language = words[0]?.language
  if (!language || words.some((word) => word?.language !== language)) return heard(HeardPromptKind.OTHER)
  const names = words.map((word) => word!.word)
  if (names[0] === 'position-prefix' && names.at(-1) === 'position-suffix') {
    const position = positionOf(names.slice(1, -1), language)
    if (position !== undefined) return heard(HeardPromptKind.QUEUE_POSITION, { position })
  }
  if (names[0] === 'callback-offer' && names.length === 2) {
    const key = keyOf(names[1]!, language)
    if (key !== undefined) return heard(HeardPromptKind.CALLBACK_OFFER, { key })
  }
  return heard(HeardPromptKind.OTHER)
}

/** The queue's audio file `…/prompts/queue/<language>/<word>.wav`, in the media directory or the repository. */
function queueAudioWord(file: string): { language: QueueLanguage; word: string } | undefined {
  const match = /[/\\]([a-z]+)[/\\]([a-z-]+)\.wav$/.exec(file)
  const language = match?.[1] as QueueLanguage | undefined
  if (!match || !language || !QUEUE_LANGUAGES.includes(language)) return undefined
  const folder = path.dirname(path.dirname(file))
  const isQueueAudio = folder === QUEUE_AUDIO_DIR || folder.endsWith(`${path.sep}${QUEUE_AUDIO_MEDIA_DIR}`)
  return isQueueAudio ? { language, word: match[2]! } : undefined
}

const positionsByWords = new Map<QueueLanguage, Map<string, number>>()

/** The number the words say, by looking it up among all that can be said (999 per language). */
function positionOf(words: string[], language: QueueLanguage): number | undefined {
  let positions = positionsByWords.get(language)
  if (!positions) {
    positions = new Map()
    for (let n = 1; n <= MAX_SPOKEN_POSITION; n++) positions.set(spokenNumberWords(n, language).join(' '), n)
    positionsByWords.set(language, positions)
  }
  return positions.get(words.join(' '))
}

function keyOf(word: string, language: QueueLanguage): string | undefined {
  return [...'0123456789*#'].find(
    (key) => path.basename(callbackOffer('', key, language)[1]!, '.wav') === word,
  )
}

/** A file under the media directory relative to it; another absolute path by its file name; a stream as is. */
function relativeMedia(media: string, mediaDir: string): string {
  if (!path.isAbsolute(media)) return media
  const relative = path.relative(mediaDir, media)
  return relative.startsWith('..') ? path.basename(media) : relative
}
