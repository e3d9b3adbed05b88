// The switch's hang-up causes are shown in words; IDs and node names are never taken for causes.
import { describe, expect, it } from 'vitest'
import { hangupCauseKey, isHangupCause } from './hangupCauses'
import { commonMessages } from './messages'

describe('hang-up causes', () => {
  it('G8, A8: a known cause is worded, an unknown one reads as another reason', () => {
    expect(hangupCauseKey('NORMAL_CLEARING')).toBe('hangupCauses.NORMAL_CLEARING')
    expect(hangupCauseKey('SWITCH_UNREACHABLE: connect ECONNREFUSED')).toBe('hangupCauses.SWITCH_UNREACHABLE')
    expect(hangupCauseKey('BEARERCAPABILITY_NOTAUTH')).toBe('hangupCauses.OTHER')
    expect(commonMessages['zh-CN'].hangupCauses.NO_ANSWER).toBe('无应答')
  })

  it('A8: call IDs, switch nodes and who forced a sign-out are not causes', () => {
    expect(isHangupCause('USER_BUSY')).toBe(true)
    expect(isHangupCause('0f8e5a1c-2b7d-4c55-9a51-3c4b2d1e0f99')).toBe(false)
    expect(isHangupCause('by 7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d')).toBe(false)
    expect(isHangupCause('fs-node-1')).toBe(false)
  })
})
