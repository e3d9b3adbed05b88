import { describe, expect, it } from 'vitest'
import { isChanged, toSettingsInput, type SettingsValues } from './settingsForm'

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
})
