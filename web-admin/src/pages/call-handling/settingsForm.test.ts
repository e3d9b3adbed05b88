import { describe, expect, it } from 'vitest'
import { isChanged, regionOptions, toSettingsInput, type SettingsValues } from './settingsForm'

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
  outboundCallerId: null,
  homeRegion: 'CN',
  allowInternational: false,
  allowPremiumRate: false,
  maxConcurrentOutbound: 20,
  maxOutboundPerSecond: 5,
}

describe('call handling form', () => {
  it('G3: sends every setting; a blank caller ID removes it, the region in capitals', () => {
    expect(toSettingsInput({ ...values, outboundCallerId: '  ', homeRegion: ' hk ' })).toEqual({
      ...values,
      outboundCallerId: null,
      homeRegion: 'HK',
    })
    expect(toSettingsInput({ ...values, outboundCallerId: ' 02161234567 ' }).outboundCallerId).toBe(
      '02161234567',
    )
  })

  it('G3: knows whether anything changed', () => {
    expect(isChanged({ ...values }, values)).toBe(false)
    expect(isChanged({ ...values, recordingEnabled: true }, values)).toBe(true)
  })

  it('G3: offers countries and regions with phone numbers, named in the language shown', () => {
    const zh = regionOptions('zh-CN')
    expect(zh.find((option) => option.code === 'CN')?.label).toBe('中国 (CN)')
    expect(regionOptions('en').find((option) => option.code === 'US')?.label).toBe('United States (US)')
    const codes = zh.map((option) => option.code)
    expect(codes).toEqual(expect.arrayContaining(['HK', 'MO', 'TW', 'SG', 'GB']))
    for (const notACountry of ['EU', 'UN', 'ZZ', 'SU', 'QO']) expect(codes).not.toContain(notACountry)
  })
})
