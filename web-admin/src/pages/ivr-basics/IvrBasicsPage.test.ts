import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { answerOperations, areaProps, describeMounted, mountAdmin, sentTo } from '../../testing'
import IvrBasicsPage from './IvrBasicsPage.vue'
import { choiceInput, choiceValue, promptOptions } from './systemPromptChoice'

const KINDS = ['AFTER_HOURS', 'TRANSFER_WAIT', 'QUEUE', 'WRONG_KEY', 'SURVEY']
const defaults = KINDS.map((kind) => ({
  kind,
  choice: 'DEFAULT',
  audioUrl: `/media/default-prompts/${kind.toLowerCase()}.wav`,
  updatedAt: null,
  prompt: null,
}))

describeMounted('IvrBasicsPage', () => {
  it('A5: with no approved prompts, every system prompt plays its default and the page points to the library', async () => {
    answerOperations({
      SystemPrompts: { data: { systemPrompts: defaults } },
      UsablePrompts: { data: { voicePrompts: { totalCount: 0, items: [] } } },
    })
    const wrapper = mountAdmin(IvrBasicsPage, { props: areaProps('ivrBasics') })
    await flushPromises()
    expect(wrapper.find('[data-testid=no-prompts]').text()).toContain('前往语音库上传或生成')
    expect(
      wrapper.findAll('[data-testid^=system-prompt-]').filter((row) => row.text().includes('默认')),
    ).toHaveLength(5)
    expect(wrapper.find('[data-testid=system-prompt-QUEUE]').text()).toContain('排队提示')
  })

  it('A5: choosing an approved prompt saves it and shows what now plays', async () => {
    const chosen = {
      kind: 'QUEUE',
      choice: 'PROMPT',
      audioUrl: '/media/prompts/p1?version=approved',
      updatedAt: '2026-12-15T08:00:00Z',
      prompt: { id: 'p1', name: '排队音乐' },
    }
    const fetchMock = answerOperations({
      SystemPrompts: { data: { systemPrompts: defaults } },
      UsablePrompts: {
        data: {
          voicePrompts: {
            totalCount: 1,
            items: [{ id: 'p1', name: '排队音乐', durationMs: 3000, approvedAudioUrl: chosen.audioUrl }],
          },
        },
      },
      UpdateSystemPrompt: { data: { updateSystemPrompt: chosen } },
    })
    const wrapper = mountAdmin(IvrBasicsPage, { props: areaProps('ivrBasics') })
    await flushPromises()
    const picker = wrapper.find('[data-testid=system-prompt-QUEUE]').findComponent({ name: 'ElSelect' })
    picker.vm.$emit('update:modelValue', 'PROMPT:p1')
    await flushPromises()
    expect(sentTo(fetchMock, 'UpdateSystemPrompt')).toEqual([
      { input: { kind: 'QUEUE', choice: 'PROMPT', promptId: 'p1' } },
    ])
    expect(wrapper.find('[data-testid=system-prompt-QUEUE]').text()).not.toContain('默认')
  })
})

describe('systemPromptChoice', () => {
  it('A5: the picker value round-trips the default, the tone and a library prompt', () => {
    expect(choiceValue({ choice: 'TONE', prompt: null })).toBe('TONE')
    expect(choiceInput('TONE')).toEqual({ choice: 'TONE', promptId: null })
    expect(choiceValue({ choice: 'PROMPT', prompt: { id: 'p1', name: 'A' } })).toBe('PROMPT:p1')
    expect(choiceInput('PROMPT:p1')).toEqual({ choice: 'PROMPT', promptId: 'p1' })
    // A chosen prompt beyond the first page of the picker is still offered, so its name shows.
    expect(promptOptions([{ id: 'p2', name: 'B' }], { prompt: { id: 'p1', name: 'A' } })).toEqual([
      { id: 'p1', name: 'A' },
      { id: 'p2', name: 'B' },
    ])
  })
})
