import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { EslClient } from '../esl/client'
import type { EslClientOptions } from '../esl/client'
import { FrameParser, encodeCommand } from '../esl/codec'
import type { EslEvent, EventNamed, Frame } from '../esl/codec'
import { recordEvents, waitForEvent, waitForState } from '../esl/wait'
import { SwitchSimulator } from './switch'
import type { SwitchSimulatorOptions } from './switch'

let sim: SwitchSimulator
const clients: EslClient[] = []

async function setup(simOptions: SwitchSimulatorOptions = {}, clientOptions: Partial<EslClientOptions> = {}) {
  sim = new SwitchSimulator({
    dialplan: (call) => ({ tenant_id: 't1', dialed_number: call.to }),
    ...simOptions,
  })
  const port = await sim.start()
  const client = new EslClient({
    host: '127.0.0.1',
    port,
    password: 'ClueCon',
    backoff: { baseMs: 10, maxMs: 50 },
    ...clientOptions,
  })
  clients.push(client)
  client.start()
  await waitForState(client, 'ready')
  return client
}

const record = (client: EslClient) => recordEvents(client).events

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()))
  await sim?.stop()
})

const is =
  <N extends EslEvent['eventName']>(name: N, uuid?: string) =>
  (event: EslEvent): event is EventNamed<N> =>
    event.eventName === name && (uuid === undefined || ('uniqueId' in event && event.uniqueId === uuid))

describe('X1: switch simulator with the real client over TCP', () => {
  it('checks the password like the switch: -ERR invalid, then disconnect', async () => {
    sim = new SwitchSimulator()
    const port = await sim.start()
    const client = new EslClient({ host: '127.0.0.1', port, password: 'nope' })
    clients.push(client)
    client.start()
    await waitForState(client, 'closed')
    expect(client.lastReason).toBe('auth-rejected')
  })

  it('answers status and sofia status like FreeSWITCH', async () => {
    const client = await setup()
    expect(await client.api('status')).toMatch(/FreeSWITCH \(Version 1\.10\.12-release {2}64bit\) is ready/)
    expect(await client.api('sofia status')).toContain('internal\tprofile')
    expect(await client.api('no_such_thing')).toBe('-ERR no_such_thing Command not found!\n')
  })

  it('filters events per connection by its subscription', async () => {
    const all = await setup()
    const onlyDtmf = new EslClient({
      host: '127.0.0.1',
      port: sim.port,
      password: 'ClueCon',
      events: ['DTMF'],
    })
    clients.push(onlyDtmf)
    onlyDtmf.start()
    await waitForState(onlyDtmf, 'ready')
    const seen = record(onlyDtmf)
    const parked = waitForEvent(all, is('CHANNEL_PARK'))
    const uuid = sim.placeInboundCall({ from: '13800000000', to: '4001' })
    await parked
    const dtmf = waitForEvent(onlyDtmf, is('DTMF', uuid))
    sim.pressDigits(uuid, '5')
    await dtmf
    expect(seen.map((event) => event.name)).toEqual(['DTMF'])
  })

  it('originates to a registered user with bgapi; the job result arrives as BACKGROUND_JOB', async () => {
    const client = await setup()
    sim.registerUser('8001', 't1.example.com')
    const { events, waitFor } = recordEvents(client)
    const agent = '22222222-2222-4222-8222-222222222222'
    const job = await client.bgapi(
      `originate {origination_uuid=${agent},origination_caller_id_number=4001}user/8001@t1.example.com &park`,
    )
    expect(job.result).toBe(`+OK ${agent}\n`)
    await waitFor(is('CHANNEL_PARK', agent))
    expect(events.map((event) => event.name)).toEqual([
      'CHANNEL_CREATE',
      'CHANNEL_PROGRESS',
      'CHANNEL_ANSWER',
      'BACKGROUND_JOB',
      'CHANNEL_PARK',
    ])
    const unregistered = await client.bgapi('originate user/9999@t1.example.com &park')
    expect(unregistered.result).toBe('-ERR USER_NOT_REGISTERED\n')
  })

  it('reports an agent that does not answer or rejects', async () => {
    const client = await setup()
    sim.registerUser('8002', 'd', { kind: 'reject' })
    sim.registerUser('8003', 'd', { kind: 'no-answer' })
    expect((await client.bgapi('originate user/8002@d &park')).result).toBe('-ERR CALL_REJECTED\n')
    const ringing = waitForEvent(client, is('CHANNEL_PROGRESS'))
    const job = client.bgapi('originate {originate_timeout=30}user/8003@d &park')
    sim.hangup((await ringing).uniqueId, 'ORIGINATOR_CANCEL')
    expect((await job).result).toBe('-ERR ORIGINATOR_CANCEL\n')
  })

  it('runs the IVR on a parked call: playback, then play_and_get_digits lands the digit in a variable', async () => {
    const client = await setup()
    const { waitFor } = recordEvents(client)
    const uuid = sim.placeInboundCall({ from: '13800000000', to: '4001' })
    const parked = await waitFor(is('CHANNEL_PARK', uuid))
    expect(parked.variables).toMatchObject({ tenant_id: 't1', dialed_number: '4001' })
    expect(parked.answerState).toBe('ringing')
    const completed = (app: string) => (e: EslEvent) =>
      is('CHANNEL_EXECUTE_COMPLETE', uuid)(e) && e.application === app
    await client.sendmsg(uuid, 'answer')
    await client.sendmsg(uuid, 'playback', 'ivr/welcome.wav', { eventUuid: 'prompt-1' })
    await waitFor(is('CHANNEL_ANSWER', uuid))
    const welcome = await waitFor(completed('playback'))
    expect(welcome.eventName === 'CHANNEL_EXECUTE_COMPLETE' && welcome.applicationUuid).toBe('prompt-1')
    await client.sendmsg(
      uuid,
      'play_and_get_digits',
      '1 1 1 3000 # ivr/menu.wav silence_stream://250 ivr_choice \\d',
    )
    await waitFor((e) => is('PLAYBACK_STOP', uuid)(e) && e.playbackFilePath === 'ivr/menu.wav')
    sim.pressDigits(uuid, '2')
    expect((await waitFor(completed('play_and_get_digits'))).variables['ivr_choice']).toBe('2')
  })

  it('bridges with uuid_bridge, and uuid_kill ends both legs with HANGUP then HANGUP_COMPLETE', async () => {
    const client = await setup()
    const { waitFor } = recordEvents(client)
    sim.registerUser('8001', 'd')
    const caller = sim.placeInboundCall({ from: '13800000000', to: '4001' })
    const agent = (await client.bgapi('originate user/8001@d &park')).result.slice(4).trim()
    await waitFor(is('CHANNEL_PARK', agent))
    expect((await client.bgapi(`uuid_bridge ${caller} ${agent}`)).result).toBe(`+OK ${agent}\n`)
    expect(await waitFor(is('CHANNEL_BRIDGE'))).toMatchObject({ uniqueId: caller, otherLegUniqueId: agent })

    const calls = JSON.parse(await client.api('show calls as json'))
    expect(calls.row_count).toBe(1)
    expect(calls.rows[0]).toMatchObject({ uuid: caller, b_uuid: agent, call_uuid: caller })

    const events = record(client)
    const done = waitForEvent(client, is('CHANNEL_HANGUP_COMPLETE', caller))
    expect((await client.bgapi(`uuid_kill ${agent}`)).result).toBe('+OK\n')
    await done
    const hangups = events
      .filter((e) => e.eventName === 'CHANNEL_HANGUP' || e.eventName === 'CHANNEL_HANGUP_COMPLETE')
      .map((e) => `${e.name} ${'uniqueId' in e ? e.uniqueId : ''}`)
    expect(hangups).toEqual([
      `CHANNEL_HANGUP ${agent}`,
      `CHANNEL_HANGUP ${caller}`,
      `CHANNEL_HANGUP_COMPLETE ${caller}`,
      `CHANNEL_HANGUP_COMPLETE ${agent}`,
    ])
    expect(events.some((e) => e.eventName === 'CHANNEL_UNBRIDGE')).toBe(true)
    expect(await client.api('show calls as json')).toBe('{"row_count":0}')
    expect((await client.bgapi(`uuid_kill ${agent}`)).result).toBe('-ERR No such channel!\n')
  })

  it('records with uuid_record start/stop', async () => {
    const client = await setup()
    const uuid = sim.placeInboundCall({ from: '1', to: '2' })
    const started = waitForEvent(client, is('RECORD_START', uuid))
    expect(await client.api(`uuid_record ${uuid} start /tmp/r.wav`)).toBe('+OK Success\n')
    expect((await started).recordFilePath).toBe('/tmp/r.wav')
    const stopped = waitForEvent(client, is('RECORD_STOP', uuid))
    await client.api(`uuid_record ${uuid} stop /tmp/r.wav`)
    await stopped
  })

  it('keeps calls when the ESL socket drops; the reconnected client still sees them', async () => {
    const client = await setup()
    const uuid = sim.placeInboundCall({ from: '13800000000', to: '4001' })
    const back = waitForState(client, 'backing-off').then(() => waitForState(client, 'ready'))
    sim.dropConnections()
    await back
    const channels = JSON.parse(await client.api('show channels as json'))
    expect(channels.rows.map((row: { uuid: string }) => row.uuid)).toEqual([uuid])
  })

  it('HEARTBEAT keeps the client alive; when heartbeats stop, liveness reconnects', async () => {
    const client = await setup({ heartbeatIntervalMs: 30 }, { livenessTimeoutMs: 300 })
    await waitForEvent(client, is('HEARTBEAT'))
    sim.stopHeartbeats()
    await waitForState(client, 'backing-off', 3000)
    expect(client.lastReason).toMatch(/no frame/)
    sim.startHeartbeats()
    await waitForState(client, 'ready')
  })

  it('drops a listener that stops reading once its queue limit is exceeded', async () => {
    const client = await setup({ maxQueuedEvents: 50 })
    const frozen = net.connect(sim.port, '127.0.0.1')
    const parser = new FrameParser()
    const frames: Frame[] = []
    const subscribed = new Promise<void>((resolve) => {
      frozen.on('data', (chunk: Buffer) => {
        frames.push(...parser.push(chunk).items)
        if (frames.length === 1) frozen.write(encodeCommand({ kind: 'auth', password: 'ClueCon' }))
        if (frames.length === 2)
          frozen.write(encodeCommand({ kind: 'event', format: 'json', events: ['ALL'] }))
        if (frames.length === 3) resolve()
      })
    })
    await subscribed
    frozen.pause()
    const closed = new Promise((resolve) => frozen.on('close', resolve))
    for (let i = 0; sim.connectionCount > 1 && i < 200; i++) {
      const uuid = sim.placeInboundCall({ from: 'x'.repeat(2000), to: '1' })
      sim.hangup(uuid)
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(sim.connectionCount).toBe(1)
    frozen.resume()
    await closed
    expect(client.state).toBe('ready')
  })
})
