// G2/G3/A3 end to end on a real FreeSWITCH 1.10.12 from the project's configuration: the built
// workstation's JsSIP softphone registers with the switch's WebSocket (the directory served by the API),
// a customer calls the company number through the carrier, and the agent answers from the phone bar.
// Chromium's fake microphone speaks the agent's tone; what each side heard is asserted from recordings
// on the switch and, for the agent, also from the audio the browser received.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { FAKE_MEDIA_ARGS, launchChromium } from '../../api/test/chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_PASSWORD, addAgent, signInInvited } from '../../api/test/factories'
import { CallCenter, skipsRealSwitch } from '../../api/test/switches/call-center'
import { expectCompletedRecord, talkAndHangUp } from '../../api/test/switches/conversation'
import { AGENT_TONE_HZ, CUSTOMER_TONE_HZ } from '../../api/test/switches/hearing'
import type { RealSwitch } from '../../api/test/switches/test-switch'
import { SwitchWatcher } from '../../api/test/switches/watcher'

const isSkipped = skipsRealSwitch('The softphone on a real switch')

const CUSTOMER_NUMBER = '13800990001'

/**
 * The agent's voice for Chromium's fake microphone: a tone in a 16-bit mono WAV, a whole number of
 * periods long, so that Chromium's looping of the file leaves no click for the classifier to hear.
 */
function toneWav(hz: number, seconds = 2, rate = 48_000): Buffer {
  const count = seconds * rate
  const wav = Buffer.alloc(44 + count * 2)
  wav.write('RIFF', 0, 'ascii')
  wav.writeUInt32LE(36 + count * 2, 4)
  wav.write('WAVEfmt ', 8, 'ascii')
  wav.writeUInt32LE(16, 16)
  wav.writeUInt16LE(1, 20)
  wav.writeUInt16LE(1, 22)
  wav.writeUInt32LE(rate, 24)
  wav.writeUInt32LE(rate * 2, 28)
  wav.writeUInt16LE(2, 32)
  wav.writeUInt16LE(16, 34)
  wav.write('data', 36, 'ascii')
  wav.writeUInt32LE(count * 2, 40)
  for (let i = 0; i < count; i++)
    wav.writeInt16LE(Math.round(0.5 * 32767 * Math.sin((2 * Math.PI * hz * i) / rate)), 44 + i * 2)
  return wav
}

/**
 * Puts an analyser on the audio each of the page's peer connections receives, as soon as it arrives
 * (before the bridge) rather than mid-talk: starting an AudioContext is a burst of work for the browser,
 * and on two busy cores the agent's voice the customer recorded stuttered around it.
 */
function analyseReceivedAudio(): void {
  const Original = window.RTCPeerConnection
  const page = window as never as { receivedAudio?: { context: AudioContext; analyser: AnalyserNode } }
  window.RTCPeerConnection = class extends Original {
    constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
      super(...args)
      this.addEventListener('track', ({ track }) => {
        if (track.kind !== 'audio') return
        const context = new AudioContext()
        const analyser = context.createAnalyser()
        analyser.fftSize = 4096
        context.createMediaStreamSource(new MediaStream([track])).connect(analyser)
        page.receivedAudio = { context, analyser }
      })
    }
  }
}

/**
 * The loudest frequency of what the softphone's call receives, sampled `count` times: the audio the
 * agent's speaker plays, after the browser decrypted and decoded it.
 */
function loudestReceived(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const received = (
      window as never as { receivedAudio?: { context: AudioContext; analyser: AnalyserNode } }
    ).receivedAudio
    if (!received) throw new Error('the softphone received no audio track')
    const { context, analyser } = received
    const bins = new Float32Array(analyser.frequencyBinCount)
    const peaks: number[] = []
    for (let i = 0; i < count; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      analyser.getFloatFrequencyData(bins)
      let loudest = 0
      for (let bin = 1; bin < bins.length; bin++) if (bins[bin]! > bins[loudest]!) loudest = bin
      peaks.push((loudest * context.sampleRate) / analyser.fftSize)
    }
    return peaks
  }, count)
}

describe.skipIf(isSkipped)('the softphone on a real FreeSWITCH', () => {
  let center: CallCenter | undefined
  let browser: Browser | undefined
  let toneDir: string | undefined

  beforeAll(async () => {
    center = await CallCenter.start('freeswitch')
    toneDir = await mkdtemp(path.join(tmpdir(), 'cc-agent-voice-'))
    const voice = path.join(toneDir, 'agent-voice.wav')
    await writeFile(voice, toneWav(AGENT_TONE_HZ))
    browser = await launchChromium([...FAKE_MEDIA_ARGS, `--use-file-for-fake-audio-capture=${voice}`])
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await center?.stop()
    if (toneDir) await rm(toneDir, { recursive: true, force: true })
  })

  it('G2, G3, A3: an agent answers a customer in the browser softphone registered with FreeSWITCH, and each hears the other', async () => {
    const { acd, api, tenant } = center!
    const sw = center!.sw as RealSwitch
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const created = await addAgent(api, tenant.token, { name: '林坐席' })
    await acd.gql(
      `mutation ($id: ID!, $userId: ID!) { setSkillGroupMember(id: $id, userId: $userId, priority: 1) { id } }`,
      { id: group, userId: created.id },
    )
    await signInInvited(api, created.email)

    const context = await browser!.newContext({ viewport: { width: 1366, height: 768 } })
    await context.addInitScript(analyseReceivedAudio)
    const workstation = await context.newPage()
    await workstation.goto(`${api.url}/agent/`)
    await workstation.getByTestId('login-email').fill(created.email)
    await workstation.getByTestId('login-password').fill(TEST_PASSWORD)
    await workstation.getByTestId('login-submit').click()
    await workstation.getByTestId('signin-mode-SOFTPHONE').click()
    await workstation.getByTestId('signin-submit').click()
    await workstation.locator('[data-testid="registration"].is-registered').waitFor({ timeout: 15_000 })
    await expect.poll(() => workstation.getByTestId('status-select').textContent()).toContain('空闲')

    const call = await sw.call(CUSTOMER_NUMBER, number)
    const offer = workstation.getByTestId('offer-banner')
    await offer.waitFor({ timeout: 20_000 })
    expect(await offer.textContent()).toContain(CUSTOMER_NUMBER)
    await workstation.getByTestId('answer-button').click()

    // The platform's leg to the softphone: it carries the agent, and only the switch's side of it can
    // be recorded (the browser has no carrier leg behind it).
    const agentAnswer = await sw.watcher.waitFor(
      "the softphone's answer",
      (event) =>
        event.eventName === 'CHANNEL_ANSWER' &&
        event.variables['cc_agent_id'] === created.id &&
        event.headers['Channel-Name']?.startsWith('sofia/internal/') === true,
    )
    const agentLeg = agentAnswer.uniqueId
    await sw.listenOnOwnLeg(agentLeg)
    const bridge = await sw.watcher.waitFor(
      'bridge of the caller',
      (event) => event.eventName === 'CHANNEL_BRIDGE' && event.uniqueId === call.platformLeg,
      20_000,
    )
    const bridgedAt = SwitchWatcher.at(bridge)
    await workstation.getByTestId('call-timer').waitFor()

    await talkAndHangUp(
      sw,
      { call, bridgedAt, agentLeg },
      {
        heardByAgent: (leg) => sw.heardOnOwnLeg(leg),
        // Chromium's fake microphone and its encoder stutter for a window or two when the two cores are
        // busy; a broken media path would give no clear window at all, and music or a prompt a long run.
        share: 0.8,
        // The browser's own ears too: once the media path settles, the loudest sound it receives (what
        // the agent's speaker plays, decrypted and decoded) is the customer.
        meanwhile: async () => {
          const settling = bridgedAt + 500 - Date.now()
          if (settling > 0) await new Promise((resolve) => setTimeout(resolve, settling))
          const peaks = await loudestReceived(workstation, 8)
          const isCustomer = (hz: number) => Math.abs(hz - CUSTOMER_TONE_HZ) < 30
          expect(
            peaks.filter(isCustomer).length,
            `loudest received: ${peaks.join(', ')} Hz`,
          ).toBeGreaterThanOrEqual(6)
        },
      },
    )
    await workstation.getByTestId('call-timer').waitFor({ state: 'detached' })

    await expectCompletedRecord(acd, call.platformLeg, created.id)
    await context.close()
  }, 90_000)
})
