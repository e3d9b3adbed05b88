import { flushPromises, mount } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '../../../../web-common/src/i18n'
import { agentMessages } from '../../i18n/messages'
import ServiceSummaryForm from './ServiceSummaryForm.vue'
import { categoryOptions } from './summaryForm'
import { answerOperations } from '../../testing'

const category = (
  id: string,
  parentId: string | null,
  labelZh: string,
  labelEn: string,
  isEnabled = true,
) => ({
  id,
  parentId,
  depth: parentId ? 2 : 1,
  labelZh,
  labelEn,
  position: 0,
  isEnabled,
})
const CATEGORIES = [
  category('c1', null, '账单', 'Billing'),
  category('c2', 'c1', '退款', 'Refund'),
  category('c3', 'c1', '旧分类', 'Retired', false),
]
const FIELDS = [
  {
    id: 'f1',
    key: 'mood',
    labelZh: '情绪',
    labelEn: 'Mood',
    type: 'SINGLE_CHOICE',
    isRequired: true,
    isHidden: false,
    options: [{ value: 'calm', labelZh: '平静', labelEn: 'Calm' }],
  },
  {
    id: 'f2',
    key: 'internal',
    labelZh: '内部',
    labelEn: 'Internal',
    type: 'TEXT',
    isRequired: false,
    isHidden: true,
    options: [],
  },
]
const SAVED = {
  id: 's1',
  callId: 'call-1',
  customerId: 'k1',
  categoryId: 'c2',
  customFields: { mood: 'calm' },
  notes: 'Refunded',
  createdAt: '2026-11-25T02:00:00Z',
  updatedAt: '2026-11-25T02:01:00Z',
}

const vocabulary = () => ({
  data: { serviceSummaryCategories: CATEGORIES, customFieldDefinitions: FIELDS },
})

function mountForm(props: Record<string, unknown> = {}) {
  return mount(ServiceSummaryForm, {
    props: { callId: 'call-1', ...props },
    global: { plugins: [createPinia(), createAppI18n(agentMessages)] },
    attachTo: document.body,
  })
}

describe('ServiceSummaryForm', { timeout: 20_000 }, () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('G4: offers enabled categories at every level, keeping a disabled one only when the summary has it', () => {
    expect(categoryOptions(CATEGORIES, null, 'en')).toEqual([
      { value: 'c1', label: 'Billing', children: [{ value: 'c2', label: 'Refund' }] },
    ])
    expect(categoryOptions(CATEGORIES, 'c3', 'zh-CN')[0]?.children?.map((option) => option.label)).toEqual([
      '退款',
      '旧分类',
    ])
  })

  it('G4: a new summary shows the visible summary fields, says why it is required, and sends category, fields and notes with the call', async () => {
    const sent = answerOperations({
      SummaryVocabulary: vocabulary,
      ServiceSummary: () => ({ data: { serviceSummary: null } }),
      SaveServiceSummary: () => ({ data: { saveServiceSummary: SAVED } }),
    })
    const wrapper = mountForm({ customerId: 'k1', isRequired: true })
    await flushPromises()
    expect(wrapper.find('[data-testid="summary-field-mood"]').text()).toContain('情绪')
    expect(wrapper.find('[data-testid="summary-field-internal"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('公司要求先保存本次通话的服务小结')
    expect(wrapper.find('[data-testid="summary-saved-at"]').text()).toBe('尚未保存')

    await wrapper.find('textarea').setValue('  Refunded  ')
    await wrapper.find('[data-testid="summary-save"]').trigger('click')
    await flushPromises()
    expect(sent.find((each) => each.name === 'SaveServiceSummary')?.variables).toEqual({
      input: {
        callId: 'call-1',
        customerId: 'k1',
        categoryId: null,
        // Hidden fields are left out, so their stored values stay.
        customFields: { mood: null },
        notes: '  Refunded  ',
      },
    })
    expect(wrapper.find('[data-testid="summary-saved-at"]').text()).toContain('已于')
    expect(wrapper.text()).not.toContain('公司要求先保存本次通话的服务小结')
  })

  it('G4: a saved summary is loaded for correction; refusals show at their fields', async () => {
    answerOperations({
      SummaryVocabulary: vocabulary,
      ServiceSummary: () => ({ data: { serviceSummary: SAVED } }),
      SaveServiceSummary: () => ({
        errors: [
          {
            message: 'invalid',
            extensions: {
              code: 'BAD_USER_INPUT',
              problems: [{ field: 'customFields.mood', code: 'REQUIRED', message: 'is required' }],
            },
          },
        ],
      }),
    })
    const wrapper = mountForm()
    await flushPromises()
    expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('Refunded')
    await wrapper.find('[data-testid="summary-save"]').trigger('click')
    await flushPromises()
    // The form item shows its error after its transition.
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="summary-field-mood"]').text()).toContain('不能为空'),
    )
  })
})
