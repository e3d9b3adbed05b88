// What a test caller hears, named from the file the switch was told to play (A5, A6, X6).
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  QUEUE_AUDIO_DIR,
  allAgentsBusy,
  callbackOffer,
  notInService,
  playList,
  positionAnnouncement,
} from '../acd/queue-audio.js'
import { QUEUE_PROMPTS } from '../acd/prompts.js'
import { goodbye, thanksForRating } from '../acd/queue-audio.js'
import { DEFAULT_PROMPTS_DIR, TRANSFER_WAIT_TONE } from '../voice/default-prompts.js'
import { SystemPromptKind } from '../voice/prompt-catalog.js'
import { defaultPromptFiles, nameHeardMedia, type CompanyMedia } from './heard-media.js'

const MEDIA_DIR = '/srv/media'
const LIBRARY: Record<string, string> = {
  'prompts/tenant-1/welcome.wav': '春节问候',
  'prompts/tenant-1/queue-music.wav': '排队音乐',
}

const company: CompanyMedia = {
  mediaDir: MEDIA_DIR,
  systemPrompts: new Map([
    ...defaultPromptFiles(MEDIA_DIR),
    [TRANSFER_WAIT_TONE, SystemPromptKind.TRANSFER_WAIT],
    [path.join(MEDIA_DIR, 'prompts/tenant-1/queue-music.wav'), SystemPromptKind.QUEUE],
  ]),
  libraryPromptName: async (file) => LIBRARY[file] ?? null,
}

const name = (media: string, menu: string | null = null) => nameHeardMedia(media, company, menu)

describe('naming what a caller hears', () => {
  it('A5: the built-in system prompts, wherever they are played from, and the ringback tone', async () => {
    expect(await name(path.join(MEDIA_DIR, 'prompts/default/queue.wav'))).toMatchObject({
      kind: 'SYSTEM_PROMPT',
      systemPrompt: 'QUEUE',
      name: null,
      media: 'prompts/default/queue.wav',
    })
    expect(await name(path.join(DEFAULT_PROMPTS_DIR, 'after-hours.wav'))).toMatchObject({
      kind: 'SYSTEM_PROMPT',
      systemPrompt: 'AFTER_HOURS',
      media: 'after-hours.wav',
    })
    expect(await name(TRANSFER_WAIT_TONE)).toMatchObject({
      kind: 'SYSTEM_PROMPT',
      systemPrompt: 'TRANSFER_WAIT',
    })
  })

  it('A5 A6: a system prompt filled from the voice library carries the prompt’s name; a menu prompt its menu', async () => {
    expect(await name(path.join(MEDIA_DIR, 'prompts/tenant-1/queue-music.wav'))).toMatchObject({
      kind: 'SYSTEM_PROMPT',
      systemPrompt: 'QUEUE',
      name: '排队音乐',
    })
    expect(await name(path.join(MEDIA_DIR, 'prompts/tenant-1/welcome.wav'), '主菜单')).toMatchObject({
      kind: 'VOICE_PROMPT',
      name: '春节问候',
      menu: '主菜单',
      media: 'prompts/tenant-1/welcome.wav',
    })
  })

  it('X6: the queue’s own messages, the position said and the callback key offered, in either language', async () => {
    expect(await name(playList(positionAnnouncement(MEDIA_DIR, 105, 'zh')))).toMatchObject({
      kind: 'QUEUE_POSITION',
      position: 105,
    })
    expect(await name(playList(positionAnnouncement(MEDIA_DIR, 42, 'en')))).toMatchObject({
      kind: 'QUEUE_POSITION',
      position: 42,
    })
    expect(await name(playList(callbackOffer(MEDIA_DIR, '#', 'zh')))).toMatchObject({
      kind: 'CALLBACK_OFFER',
      key: '#',
    })
    expect(await name(allAgentsBusy(MEDIA_DIR, 'en'))).toMatchObject({ kind: 'ALL_AGENTS_BUSY' })
    expect(await name(notInService(MEDIA_DIR, 'zh'))).toMatchObject({
      kind: 'NOT_IN_SERVICE',
      media: 'prompts/queue/zh/not-in-service.wav',
    })
    // The repository's copy, should the media directory be unwritable.
    expect(await name(path.join(QUEUE_AUDIO_DIR, 'zh', 'callback-accepted.wav'))).toMatchObject({
      kind: 'CALLBACK_ACCEPTED',
    })
  })

  it('A7: the switch’s own sounds, tones, music and pauses; anything else is OTHER with its file', async () => {
    expect(await name(goodbye(MEDIA_DIR, 'zh'))).toMatchObject({ kind: 'GOODBYE' })
    expect(await name(thanksForRating(MEDIA_DIR, 'en'))).toMatchObject({ kind: 'THANK_YOU' })
    expect(await name(QUEUE_PROMPTS.queue)).toMatchObject({ kind: 'TONE' })
    expect(await name('local_stream://moh')).toMatchObject({ kind: 'MUSIC_ON_HOLD' })
    expect(await name('silence_stream://250')).toMatchObject({ kind: 'SILENCE' })
    expect(await name(path.join(MEDIA_DIR, 'recordings/x.wav'))).toMatchObject({
      kind: 'OTHER',
      media: 'recordings/x.wav',
    })
    expect(
      await name(`file_string://${path.join(MEDIA_DIR, 'a.wav')}!${path.join(MEDIA_DIR, 'b.wav')}`),
    ).toMatchObject({
      kind: 'OTHER',
    })
  })
})
