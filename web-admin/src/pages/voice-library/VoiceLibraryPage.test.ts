import { flushPromises } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerOperations, areaProps, mountAdmin } from '../../testing'
import { uploadPrompt } from './uploadPrompt'
import VoiceLibraryPage from './VoiceLibraryPage.vue'

const prompt = {
  id: 'p1',
  name: '欢迎语',
  source: 'UPLOAD',
  status: 'PENDING',
  rejectReason: null,
  ttsText: null,
  durationMs: 2500,
  peaks: [0.1, 0.5, 0.9],
  isUsable: true,
  audioUrl: '/media/prompts/p1?version=current',
  approvedAudioUrl: '/media/prompts/p1?version=approved',
  reviewedByName: null,
  reviewedAt: null,
  updatedAt: '2026-12-15T08:00:00Z',
}

const page = (items: unknown[]) => ({ data: { voicePrompts: { totalCount: items.length, items } } })

describe('VoiceLibraryPage', () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('A6: an empty library says how to add the first prompt, and reviewers get the review tab', async () => {
    answerOperations({ VoicePrompts: page([]), CanReviewPrompts: { data: { canReviewPrompts: true } } })
    const wrapper = mountAdmin(VoiceLibraryPage, { props: areaProps('voiceLibrary') })
    await flushPromises()
    expect(wrapper.find('[data-testid=empty-state]').text()).toContain('上传 .wav 录音，或输入文字生成语音')
    expect(wrapper.text()).toContain('待审核')
  })

  it('A6: replaced audio in review is shown as such, with the approved version still playing', async () => {
    answerOperations({
      VoicePrompts: page([prompt]),
      CanReviewPrompts: { data: { canReviewPrompts: false } },
    })
    const wrapper = mountAdmin(VoiceLibraryPage, { props: areaProps('voiceLibrary'), role: 'ADMIN' })
    await flushPromises()
    const row = wrapper.find('[data-testid=prompts-table] tbody tr')
    expect(row.text()).toContain('欢迎语')
    expect(row.text()).toContain('待审核')
    expect(row.text()).toContain('来电仍播放上次通过的版本')
    expect(row.text()).toContain('0:02.5')
    expect(row.findAll('[data-testid=waveform] rect')).toHaveLength(3)
    // Not a reviewer: no review tab.
    expect(wrapper.findAll('.el-tabs__item').map((tab) => tab.text())).toEqual(['语音列表'])
  })

  it('A6: a rejected prompt shows the reviewer’s reason', async () => {
    answerOperations({
      VoicePrompts: page([{ ...prompt, status: 'REJECTED', rejectReason: '音量太小', isUsable: false }]),
      CanReviewPrompts: { data: { canReviewPrompts: false } },
    })
    const wrapper = mountAdmin(VoiceLibraryPage, { props: areaProps('voiceLibrary'), role: 'ADMIN' })
    await flushPromises()
    const row = wrapper.find('[data-testid=prompts-table] tbody tr').text()
    expect(row).toContain('已驳回')
    expect(row).toContain('音量太小')
  })
})

/** Just enough of XMLHttpRequest to drive an upload: progress, then the server's answer. */
class FakeXhr {
  static last: FakeXhr
  upload = { onprogress: null as ((event: ProgressEvent) => void) | null }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  status = 0
  response: unknown = null
  responseType = ''
  withCredentials = false
  method = ''
  url = ''
  body: FormData | null = null
  constructor() {
    FakeXhr.last = this
  }
  open(method: string, url: string) {
    this.method = method
    this.url = url
  }
  send(body: FormData) {
    this.body = body
  }
  answer(status: number, response: unknown) {
    this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 } as ProgressEvent)
    this.status = status
    this.response = response
    this.onload?.()
  }
}

describe('uploadPrompt', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('A6: a new prompt is posted with its name before the file, reporting progress', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    const progress: number[] = []
    const file = new File(['RIFF'], 'hello.wav', { type: 'audio/wav' })
    const done = uploadPrompt({ file, name: '问候', onProgress: (fraction) => progress.push(fraction) })
    const xhr = FakeXhr.last
    expect([xhr.method, xhr.url]).toEqual(['POST', '/media/prompts'])
    expect([...xhr.body!.keys()]).toEqual(['name', 'file'])
    xhr.answer(201, { prompt: { id: 'p9', name: '问候', status: 'PENDING' } })
    await expect(done).resolves.toEqual({ id: 'p9', name: '问候', status: 'PENDING' })
    expect(progress).toEqual([0.5])
  })

  it('A6: replacing audio puts to the prompt, and the server’s refusal keeps its field problems', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    const done = uploadPrompt({ file: new File(['x'], 'stereo.wav'), promptId: 'p1' })
    const xhr = FakeXhr.last
    expect([xhr.method, xhr.url]).toEqual(['PUT', '/media/prompts/p1'])
    xhr.answer(400, {
      errors: [
        {
          message: 'file: has 2 channels',
          extensions: {
            code: 'BAD_USER_INPUT',
            problems: [
              { field: 'file', code: 'WAV_NOT_MONO', params: { channels: 2 }, message: 'has 2 channels' },
            ],
          },
        },
      ],
    })
    await expect(done).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'file', code: 'WAV_NOT_MONO', params: { channels: 2 }, message: 'has 2 channels' }],
    })
  })
})
