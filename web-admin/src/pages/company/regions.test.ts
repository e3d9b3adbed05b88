import { describe, expect, it } from 'vitest'
import { regionLabel, regionOptions } from './regions'

describe('home regions', () => {
  it('A1: offers countries and regions with phone numbers, named in the language shown', () => {
    const zh = regionOptions('zh-CN')
    expect(zh.find((option) => option.code === 'CN')?.label).toBe('中国 (CN)')
    expect(regionOptions('en').find((option) => option.code === 'US')?.label).toBe('United States (US)')
    const codes = zh.map((option) => option.code)
    expect(codes).toEqual(expect.arrayContaining(['HK', 'MO', 'TW', 'SG', 'GB']))
    for (const notACountry of ['EU', 'UN', 'ZZ', 'SU', 'QO']) expect(codes).not.toContain(notACountry)
  })

  it('A1: names one region, or shows its code when it has no name', () => {
    expect(regionLabel('CN', 'zh-CN')).toBe('中国 (CN)')
    expect(regionLabel('DE', 'en')).toBe('Germany (DE)')
    expect(regionLabel('AA', 'en')).toBe('AA')
  })
})
