import { describe, expect, it } from 'vitest'
import {
  blankLabelFields,
  isChanged,
  resizeLabels,
  toSettingsInput,
  type SettingsValues,
} from './settingsForm'

const values: SettingsValues = {
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
  surveyScale: 3,
  surveyLabels: [
    { zh: '不满意', en: 'Unhappy' },
    { zh: '一般', en: 'Okay' },
    { zh: '满意', en: 'Happy' },
  ],
  requireSummaryBeforeReady: false,
  outboundCallerId: null,
  allowInternational: false,
  allowPremiumRate: false,
  maxConcurrentOutbound: 20,
  maxOutboundPerSecond: 5,
}

describe('call handling form', () => {
  it('G3: sends every setting but the home region (the company page’s); a blank caller ID removes it', () => {
    expect(toSettingsInput({ ...values, outboundCallerId: '  ' })).toEqual({
      ...values,
      outboundCallerId: null,
    })
    expect(toSettingsInput({ ...values, outboundCallerId: ' 02161234567 ' }).outboundCallerId).toBe(
      '02161234567',
    )
  })

  it('G3: knows whether anything changed', () => {
    expect(isChanged({ ...values }, values)).toBe(false)
    expect(isChanged({ ...values, recordingEnabled: true }, values)).toBe(true)
  })

  it('A5: a label edited or a scale changed is a change; a new scale keeps the labels of its scores', () => {
    const labels = values.surveyLabels.map((label) => ({ ...label }))
    expect(isChanged({ ...values, surveyLabels: labels }, values)).toBe(false)
    labels[1]!.en = 'So-so'
    expect(isChanged({ ...values, surveyLabels: labels }, values)).toBe(true)
    expect(resizeLabels(values.surveyLabels, 2)).toEqual(values.surveyLabels.slice(0, 2))
    expect(resizeLabels(values.surveyLabels, 4)).toEqual([...values.surveyLabels, { zh: '', en: '' }])
    expect(
      blankLabelFields([
        { zh: '好', en: ' ' },
        { zh: '', en: 'Good' },
      ]),
    ).toEqual(['surveyLabels.0.en', 'surveyLabels.1.zh'])
  })
})
