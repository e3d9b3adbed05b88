// Test support: the API's answers the phone tests build on (an agent's state, a softphone account).
import type { AgentStateFields, SoftphoneSettings } from '../graphql/workstation'

/** The moment the tests' states date from. */
export const T0 = Date.parse('2026-03-01T09:00:00Z')

/** The agent's state as the API tells it, since T0 unless given; signed in, in the browser's softphone. */
export function agent(
  status: AgentStateFields['status'],
  extra: Partial<AgentStateFields> = {},
): AgentStateFields {
  return {
    status,
    reasonId: null,
    since: new Date(T0).toISOString(),
    cause: 'CHOSEN',
    notice: null,
    offer: null,
    call: null,
    afterCallWorkCallId: null,
    isAwaitingSummary: false,
    answeringMode: status === 'OFFLINE' ? null : 'SIP',
    phoneKind: status === 'OFFLINE' ? null : 'SOFTPHONE',
    ...extra,
  }
}

/** A routed call the API says the agent is on. */
export const inbound = { callId: 'call-1', direction: 'INBOUND', remoteNumber: '13900139000' } as const

export const SOFTPHONE_SETTINGS: SoftphoneSettings = {
  sipUri: 'sip:1001@t1.sip.example.com',
  authUser: '1001',
  password: 'secret',
  domain: 't1.sip.example.com',
  displayName: '林坐席',
  websocketUrl: 'wss://cc.example.com/sip/fs1/',
  iceServers: [],
}
