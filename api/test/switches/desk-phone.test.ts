// G2/A3 on a real FreeSWITCH: an agent answering in SIP mode on a desk phone, a plain SIP user agent
// that registers over UDP with the agent's own account (as the agent types it into the phone). The
// platform rings it at its registered contact, as it rings a softphone, and the parties hear each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CallCenter, skipsRealSwitch } from './call-center.js'
import { expectCompletedRecord, talkAndHangUp } from './conversation.js'
import type { RealSwitch } from './test-switch.js'
import { SwitchWatcher } from './watcher.js'

const isSkipped = skipsRealSwitch('The desk phone on a real switch')

describe.skipIf(isSkipped)('a desk phone on a real FreeSWITCH', () => {
  let center: CallCenter | undefined

  beforeAll(async () => {
    center = await CallCenter.start('freeswitch')
  }, 120_000)

  afterAll(async () => {
    await center?.stop()
  })

  it('G2, A3: an agent signed in with a desk phone registered over UDP answers a customer, and each hears the other', async () => {
    const { acd } = center!
    const sw = center!.sw as RealSwitch
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    let phoneUser = ''
    const agent = await acd.readyDeskPhoneAgent([group], async (account) => {
      phoneUser = account.user
      await sw.deskPhone(account)
    })

    const call = await sw.call('13800990002', number)
    const bridge = await sw.watcher.waitFor(
      'bridge of the caller',
      (event) => event.eventName === 'CHANNEL_BRIDGE' && event.uniqueId === call.platformLeg,
      20_000,
    )
    const agentLeg = await sw.answeredMobile(phoneUser)
    // The phone took the call at the contact it registered, not through the trunk as a mobile would.
    const [rang] = sw.watcher.seen(
      (event) => event.eventName === 'CHANNEL_ANSWER' && event.uniqueId === agentLeg,
    )
    expect(rang?.variables['sip_gateway']).toBe(`desk-${phoneUser}`)
    const platformLeg = sw.watcher.seen(
      (event) => event.eventName === 'CHANNEL_ANSWER' && event.variables['cc_agent_id'] === agent.id,
    )
    expect(platformLeg.map((event) => event.headers['Channel-Name'])).toEqual([
      expect.stringMatching(/^sofia\/internal\//),
    ])

    await talkAndHangUp(sw, { call, bridgedAt: SwitchWatcher.at(bridge), agentLeg })
    await expectCompletedRecord(acd, call.platformLeg, agent.id)
  }, 60_000)
})
