import { config, flushPromises, RouterLinkStub } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerOperations, areaProps, mountAdmin, sentTo } from '../../testing'
import CallHandlingPage from './CallHandlingPage.vue'

const defaults = {
  afterCallWorkSeconds: 15,
  ringTimeoutSeconds: 20,
  maxMissedOffers: 3,
  heartbeatTimeoutSeconds: 45,
  announcePosition: false,
  announceIntervalSeconds: 30,
  callbackEnabled: false,
  callbackKey: '1',
  recordingEnabled: false,
  outboundRecordingEnabled: true,
  recordingRetentionDays: null,
  isRecordingStereo: false,
  appealWindowDays: 7,
  outboundSurveyEnabled: false,
  surveyScale: 5,
  surveyLabels: [
    { zh: '非常不满意', en: 'Very dissatisfied' },
    { zh: '不满意', en: 'Dissatisfied' },
    { zh: '一般', en: 'Neutral' },
    { zh: '满意', en: 'Satisfied' },
    { zh: '非常满意', en: 'Very satisfied' },
  ],
  requireSummaryBeforeReady: false,
  outboundCallerId: null,
  homeRegion: 'CN',
  allowInternational: false,
  allowPremiumRate: false,
  maxConcurrentOutbound: 20,
  maxOutboundPerSecond: 5,
  updatedAt: null,
}

// The home region links to the company page; no router is mounted here.
config.global.stubs = { ...config.global.stubs, RouterLink: RouterLinkStub }

type Wrapper = ReturnType<typeof mountAdmin>

function fieldOf(wrapper: Wrapper, field: string) {
  return wrapper.find(`[data-testid=setting-${field}]`)
}

describe('CallHandlingPage', () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('G3/X6: four sections, each setting explained; dependent settings wait for their switch', async () => {
    answerOperations({ AcdSettings: { data: { acdSettings: defaults } } })
    const wrapper = mountAdmin(CallHandlingPage, { props: areaProps('callHandling') })
    await flushPromises()
    expect(
      wrapper.findAll('[data-testid^=section-]').map((section) => section.attributes('data-testid')),
    ).toEqual(['section-offers', 'section-queue', 'section-recording', 'section-outbound', 'section-survey'])
    expect(fieldOf(wrapper, 'ringTimeoutSeconds').text()).toContain('振铃超时')
    expect(fieldOf(wrapper, 'ringTimeoutSeconds').text()).toContain('转给下一位空闲坐席')
    expect(wrapper.find('[data-testid=call-handling-saved-at]').text()).toBe('当前为系统默认设置，尚未修改')
    expect(fieldOf(wrapper, 'callbackKey').find('.is-disabled').exists()).toBe(true)
    expect(wrapper.find('[data-testid=call-handling-save]').attributes('disabled')).toBeDefined()
    // The home region is the company page's to change; here it is named for the outbound guard.
    expect(wrapper.find('[data-testid=call-handling-region]').text()).toBe('中国 (CN)')
    expect(fieldOf(wrapper, 'homeRegion').text()).toContain('在企业信息中修改')
  })

  it('G3: a change is saved whole, the caller ID trimmed; a refused field shows its reason there', async () => {
    const fetchMock = answerOperations({
      AcdSettings: { data: { acdSettings: defaults } },
      UpdateAcdSettings: {
        errors: [
          {
            message: 'outboundCallerId: is not a valid phone number',
            extensions: {
              code: 'BAD_USER_INPUT',
              problems: [
                {
                  field: 'outboundCallerId',
                  code: 'INVALID_PHONE_NUMBER',
                  message: 'is not a valid phone number',
                },
              ],
            },
          },
        ],
      },
    })
    const wrapper = mountAdmin(CallHandlingPage, { props: areaProps('callHandling') })
    await flushPromises()
    await fieldOf(wrapper, 'outboundCallerId').find('input').setValue(' 12345 ')
    await wrapper.find('[data-testid=call-handling-save]').trigger('click')
    await flushPromises()
    const { updatedAt: _updatedAt, homeRegion: _homeRegion, ...settings } = defaults
    expect(sentTo(fetchMock, 'UpdateAcdSettings')).toEqual([
      { input: { ...settings, outboundCallerId: '12345' } },
    ])
    await vi.waitFor(() =>
      expect(fieldOf(wrapper, 'outboundCallerId').find('.el-form-item__error').text()).toBe(
        '不是有效的电话号码，请检查区号和位数',
      ),
    )
  })

  it('issue 19: recording — outbound recording and stereo wait for the company switch; retention is days or kept for good; A10 appeal window in days', async () => {
    const fetchMock = answerOperations({
      AcdSettings: { data: { acdSettings: defaults } },
      UpdateAcdSettings: {
        data: {
          updateAcdSettings: {
            ...defaults,
            recordingEnabled: true,
            recordingRetentionDays: 180,
            isRecordingStereo: true,
            appealWindowDays: 14,
          },
        },
      },
    })
    const wrapper = mountAdmin(CallHandlingPage, { props: areaProps('callHandling') })
    await flushPromises()
    expect(fieldOf(wrapper, 'outboundRecordingEnabled').find('.is-disabled').exists()).toBe(true)
    expect(fieldOf(wrapper, 'isRecordingStereo').find('.is-disabled').exists()).toBe(true)
    expect(fieldOf(wrapper, 'isRecordingStereo').text()).toContain('左声道是客户，右声道是坐席')
    expect(fieldOf(wrapper, 'recordingRetentionDays').text()).toContain('录音保存期限')
    expect(fieldOf(wrapper, 'recordingRetentionDays').text()).toContain(
      '正在质检、申诉中或仍可申诉的通话录音除外',
    )
    expect(fieldOf(wrapper, 'appealWindowDays').text()).toContain('质检申诉期限')
    expect(fieldOf(wrapper, 'appealWindowDays').find('input').element.value).toBe('7')
    expect(fieldOf(wrapper, 'recordingRetentionDays').find('input').attributes('placeholder')).toBe(
      '永久保留',
    )
    // A5: the outbound survey is the company's choice, in the survey section.
    expect(wrapper.find('[data-testid=section-survey]').text()).toContain('外呼后满意度评价')
    expect(fieldOf(wrapper, 'outboundSurveyEnabled').text()).toContain('客户留在线上')

    await fieldOf(wrapper, 'recordingEnabled').find('.el-switch').trigger('click')
    expect(fieldOf(wrapper, 'outboundRecordingEnabled').find('.is-disabled').exists()).toBe(false)
    await fieldOf(wrapper, 'isRecordingStereo').find('.el-switch').trigger('click')
    const days = fieldOf(wrapper, 'recordingRetentionDays').find('input')
    await days.setValue('180')
    await days.trigger('change')
    const appealDays = fieldOf(wrapper, 'appealWindowDays').find('input')
    await appealDays.setValue('14')
    await appealDays.trigger('change')
    await wrapper.find('[data-testid=call-handling-save]').trigger('click')
    await flushPromises()
    expect(sentTo(fetchMock, 'UpdateAcdSettings')).toEqual([
      {
        input: expect.objectContaining({
          recordingEnabled: true,
          recordingRetentionDays: 180,
          isRecordingStereo: true,
          appealWindowDays: 14,
        }),
      },
    ])
    expect(fieldOf(wrapper, 'recordingRetentionDays').find('input').element.value).toBe('180')
  })

  it('A5: a 3-point scale keeps the first three labels; a blank label is refused before sending, a refused one shows at its input', async () => {
    const labels3 = [
      { zh: '非常不满意', en: 'Very dissatisfied' },
      { zh: '一般', en: 'Okay' },
      { zh: '满意', en: 'Happy' },
    ]
    const fetchMock = answerOperations({
      AcdSettings: { data: { acdSettings: defaults } },
      UpdateAcdSettings: {
        errors: [
          {
            message: 'surveyLabels.1.zh: is required',
            extensions: {
              code: 'BAD_USER_INPUT',
              problems: [
                { field: 'surveyLabels.1.zh', code: 'TOO_LONG', params: { maximum: 20 }, message: '' },
              ],
            },
          },
        ],
      },
    })
    const wrapper = mountAdmin(CallHandlingPage, { props: areaProps('callHandling') })
    await flushPromises()
    expect(fieldOf(wrapper, 'surveyScale').text()).toContain('按一个键评分')
    const labelInputs = () => wrapper.findAll('[data-testid=survey-labels] input')
    expect(labelInputs().map((input) => (input.element as HTMLInputElement).value)).toEqual(
      defaults.surveyLabels.flatMap((label) => [label.zh, label.en]),
    )

    await wrapper.find('[data-testid=survey-scale]').trigger('click')
    const three = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find(
      (item) => item.textContent?.trim() === '3 分制',
    )
    three!.click()
    await flushPromises()
    expect(wrapper.findAll('[data-testid^=survey-label-][data-testid$=-zh]')).toHaveLength(3)
    await wrapper.find('[data-testid=survey-label-2-zh]').setValue(' ')
    await wrapper.find('[data-testid=survey-label-2-en]').setValue('Okay')
    await wrapper.find('[data-testid=survey-label-3-zh]').setValue('满意')
    await wrapper.find('[data-testid=survey-label-3-en]').setValue('Happy')
    await wrapper.find('[data-testid=call-handling-save]').trigger('click')
    await flushPromises()
    expect(sentTo(fetchMock, 'UpdateAcdSettings')).toEqual([])
    expect(wrapper.find('[data-testid=survey-label-2]').text()).toContain('不能为空')

    await wrapper.find('[data-testid=survey-label-2-zh]').setValue('一般')
    await wrapper.find('[data-testid=call-handling-save]').trigger('click')
    await flushPromises()
    expect(sentTo(fetchMock, 'UpdateAcdSettings')).toEqual([
      { input: expect.objectContaining({ surveyScale: 3, surveyLabels: labels3 }) },
    ])
    expect(wrapper.find('[data-testid=survey-label-2]').text()).toContain('最多 20 个字符')
  })

  it('G3: group leaders see the settings but cannot change them', async () => {
    answerOperations({
      AcdSettings: { data: { acdSettings: { ...defaults, updatedAt: '2026-12-10T08:00:00.000Z' } } },
    })
    const wrapper = mountAdmin(CallHandlingPage, { props: areaProps('callHandling'), role: 'GROUP_LEADER' })
    await flushPromises()
    expect(wrapper.find('[data-testid=call-handling-save]').exists()).toBe(false)
    expect(wrapper.text()).toContain('仅管理员可以修改呼叫设置。')
    expect(fieldOf(wrapper, 'ringTimeoutSeconds').find('input').attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-testid=call-handling-saved-at]').text()).toContain('最近保存')
  })
})
