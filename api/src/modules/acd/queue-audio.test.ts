// X6 queue audio: the words that say a number, the files every announcement names (installed, real
// telephone-band speech), and the list FreeSWITCH plays them from.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readWave, toPlayable } from '../voice/audio.js'
import {
  allAgentsBusy,
  callbackAccepted,
  callbackOffer,
  installQueueAudio,
  MAX_SPOKEN_POSITION,
  notInService,
  goodbye,
  thanksForRating,
  playList,
  positionAnnouncement,
  QUEUE_AUDIO_DIR,
  QUEUE_AUDIO_MEDIA_DIR,
  QUEUE_LANGUAGES,
  queueAudioNames,
  queueLanguage,
  spokenNumberWords,
  type QueueLanguage,
} from './queue-audio.js'

const PHONE_KEYS = [...'0123456789*#']

describe('X6: numbers spoken from single words', () => {
  it.each([
    [1, ['yi']],
    [9, ['jiu']],
    [10, ['shi']],
    [12, ['shi', 'er']],
    [20, ['er', 'shi']],
    [99, ['jiu', 'shi', 'jiu']],
    [100, ['yi', 'bai']],
    [105, ['yi', 'bai', 'ling', 'wu']],
    [110, ['yi', 'bai', 'yi', 'shi']],
    [115, ['yi', 'bai', 'yi', 'shi', 'wu']],
    [200, ['er', 'bai']],
    [999, ['jiu', 'bai', 'jiu', 'shi', 'jiu']],
  ])('in Mandarin, %i is said %j', (n, words) => {
    expect(spokenNumberWords(n, 'zh')).toEqual(words)
  })

  it.each([
    [1, ['one']],
    [10, ['ten']],
    [13, ['thirteen']],
    [19, ['nineteen']],
    [20, ['twenty']],
    [42, ['forty', 'two']],
    [100, ['one', 'hundred']],
    [101, ['one', 'hundred', 'one']],
    [115, ['one', 'hundred', 'fifteen']],
    [340, ['three', 'hundred', 'forty']],
    [999, ['nine', 'hundred', 'ninety', 'nine']],
  ])('in English, %i is said %j', (n, words) => {
    expect(spokenNumberWords(n, 'en')).toEqual(words)
  })

  it.each([0, -1, 1000, 2.5, Number.NaN])('refuses %d, which it cannot say', (n) => {
    for (const language of QUEUE_LANGUAGES) expect(() => spokenNumberWords(n, language)).toThrow(RangeError)
  })
})

describe('X6: the queue speaks the language of the tenant’s home region', () => {
  it.each([
    ['CN', 'zh'],
    ['US', 'en'],
    ['GB', 'en'],
    ['HK', 'en'],
  ])('%s → %s', (region, language) => {
    expect(queueLanguage(region)).toBe(language)
  })
})

describe('X6: announcements', () => {
  const media = '/srv/media'

  it('the position is spoken between the prefix and the suffix', () => {
    const dir = path.join(media, QUEUE_AUDIO_MEDIA_DIR, 'zh')
    expect(positionAnnouncement(media, 12, 'zh')).toEqual(
      ['position-prefix', 'shi', 'er', 'position-suffix'].map((name) => path.join(dir, `${name}.wav`)),
    )
  })

  it('the callback offer names the key, digit or symbol', () => {
    const dir = path.join(media, QUEUE_AUDIO_MEDIA_DIR, 'en')
    expect(callbackOffer(media, '1', 'en')).toEqual([
      path.join(dir, 'callback-offer.wav'),
      path.join(dir, 'one.wav'),
    ])
    expect(callbackOffer(media, '0', 'zh')[1]).toBe(path.join(media, QUEUE_AUDIO_MEDIA_DIR, 'zh', 'ling.wav'))
    expect(callbackOffer(media, '#', 'en')[1]).toBe(path.join(dir, 'pound.wav'))
    expect(callbackOffer(media, '*', 'en')[1]).toBe(path.join(dir, 'star.wav'))
  })

  it('refuses a callback key that is no phone key', () => {
    for (const key of ['', 'A', '12', '+']) expect(() => callbackOffer(media, key, 'en')).toThrow(RangeError)
  })
})

describe('X6: playing several files as one', () => {
  it('joins them in a file_string:// list', () => {
    expect(playList(['/m/a.wav', '/m/b.wav', '/m/c.wav'])).toBe('file_string:///m/a.wav!/m/b.wav!/m/c.wav')
  })

  it('leaves a single file as it is', () => {
    expect(playList(['/m/a.wav'])).toBe('/m/a.wav')
  })

  it('refuses an empty list, and a path the list would split', () => {
    expect(() => playList([])).toThrow(RangeError)
    expect(() => playList(['/m/a.wav', '/m/b!.wav'])).toThrow(RangeError)
  })
})

describe('X6: the shipped audio, installed into a media directory', () => {
  let mediaDir: string
  beforeAll(async () => {
    mediaDir = mkdtempSync(path.join(tmpdir(), 'cc-queue-audio-'))
    await installQueueAudio(mediaDir)
  })
  afterAll(() => rmSync(mediaDir, { recursive: true, force: true }))

  /** Every file any announcement in `language` can name. */
  function announcedFiles(language: QueueLanguage): Set<string> {
    const files = new Set<string>()
    for (let position = 1; position <= MAX_SPOKEN_POSITION; position++)
      for (const file of positionAnnouncement(mediaDir, position, language)) files.add(file)
    for (const key of PHONE_KEYS) for (const file of callbackOffer(mediaDir, key, language)) files.add(file)
    files.add(callbackAccepted(mediaDir, language))
    files.add(allAgentsBusy(mediaDir, language))
    files.add(notInService(mediaDir, language))
    files.add(goodbye(mediaDir, language))
    files.add(thanksForRating(mediaDir, language))
    return files
  }

  it.each(QUEUE_LANGUAGES)('in %s, holds every file an announcement can name, and no other', (language) => {
    const announced = announcedFiles(language)
    expect([...announced].filter((file) => !existsSync(file))).toEqual([])
    expect(readdirSync(path.join(mediaDir, QUEUE_AUDIO_MEDIA_DIR, language)).sort()).toEqual(
      [...announced].map((file) => path.basename(file)).sort(),
    )
  })

  it.each(QUEUE_LANGUAGES)('in %s, each file is 8 kHz 16-bit mono PCM with audible speech', (language) => {
    for (const file of announcedFiles(language)) {
      const wave = readWave(readFileSync(file))
      const format = wave.fmt as {
        audioFormat: number
        numChannels: number
        sampleRate: number
        bitsPerSample: number
      }
      expect({ file, ...format }).toMatchObject({
        file,
        audioFormat: 1,
        numChannels: 1,
        sampleRate: 8000,
        bitsPerSample: 16,
      })
      const audio = toPlayable(wave)
      expect(audio.durationMs, file).toBeGreaterThan(150)
      expect(audio.durationMs, file).toBeLessThan(8000)
      expect(Math.max(...audio.peaks), file).toBeGreaterThan(0.1)
    }
  })

  it('stays small: the whole set is under 1.5 MB', () => {
    let bytes = 0
    for (const language of QUEUE_LANGUAGES)
      for (const name of queueAudioNames(language))
        bytes += readFileSync(path.join(QUEUE_AUDIO_DIR, language, `${name}.wav`)).length
    expect(bytes).toBeLessThan(1.5 * 1024 * 1024)
  })
})
