import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { EslClient } from '../esl/client.js'
import type { EslClientOptions } from '../esl/client.js'
import {
  FrameParser,
  REGISTRATION_SUBCLASSES,
  decodeEvent,
  encodeCommand,
  encodeEvent,
} from '../esl/codec.js'
import type { EslEvent, EventNamed, Frame, RegistrationEvent, RegistrationSubclass } from '../esl/codec.js'
import { recordEvents, waitForEvent, waitForState } from '../esl/wait.js'
import { SwitchSimulator } from './switch.js'
import type { SwitchSimulatorOptions } from './switch.js'

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

/** Another client on the running simulator, ready. */
async function connect(options: Partial<EslClientOptions> = {}) {
  const client = new EslClient({ host: '127.0.0.1', port: sim.port, password: 'ClueCon', ...options })
  clients.push(client)
  client.start()
  await waitForState(client, 'ready')
  return client
}

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
    const uuid = await sim.placeInboundCall({ from: '13800000000', to: '4001' })
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
    const uuid = await sim.placeInboundCall({ from: '13800000000', to: '4001' })
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

  it('play_and_get_digits refuses input its regex rejects: the invalid file plays, the next try counts', async () => {
    const client = await setup()
    const { waitFor } = recordEvents(client)
    const uuid = await sim.placeInboundCall({ from: '13800000000', to: '4001' })
    await waitFor(is('CHANNEL_PARK', uuid))
    await client.sendmsg(
      uuid,
      'play_and_get_digits',
      '1 1 2 3000 # ivr/survey.wav ivr/invalid.wav score ^[1-5]$',
      {
        eventUuid: 'survey-1',
      },
    )
    sim.pressDigits(uuid, '9')
    await waitFor((e) => is('PLAYBACK_STOP', uuid)(e) && e.playbackFilePath === 'ivr/invalid.wav')
    sim.pressDigits(uuid, '4')
    const done = await waitFor(
      (e) =>
        is('CHANNEL_EXECUTE_COMPLETE', uuid)(e) &&
        e.eventName === 'CHANNEL_EXECUTE_COMPLETE' &&
        e.applicationUuid === 'survey-1',
    )
    expect(done.variables).toMatchObject({ score: '4', read_result: 'success' })
  })

  it('bridges with uuid_bridge, and uuid_kill ends both legs with HANGUP then HANGUP_COMPLETE', async () => {
    const client = await setup()
    const { waitFor } = recordEvents(client)
    sim.registerUser('8001', 'd')
    const caller = await sim.placeInboundCall({ from: '13800000000', to: '4001' })
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
    const uuid = await sim.placeInboundCall({ from: '1', to: '2' })
    const started = waitForEvent(client, is('RECORD_START', uuid))
    expect(await client.api(`uuid_record ${uuid} start /tmp/r.wav`)).toBe('+OK Success\n')
    expect((await started).recordFilePath).toBe('/tmp/r.wav')
    const stopped = waitForEvent(client, is('RECORD_STOP', uuid))
    await client.api(`uuid_record ${uuid} stop /tmp/r.wav`)
    await stopped
  })

  it('keeps calls when the ESL socket drops; the reconnected client still sees them', async () => {
    const client = await setup()
    const uuid = await sim.placeInboundCall({ from: '13800000000', to: '4001' })
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
      const uuid = await sim.placeInboundCall({ from: 'x'.repeat(2000), to: '1' })
      sim.hangup(uuid)
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(sim.connectionCount).toBe(1)
    frozen.resume()
    await closed
    expect(client.state).toBe('ready')
  })
})

const registration =
  (subclass: RegistrationSubclass, user?: string) =>
  (event: EslEvent): event is RegistrationEvent =>
    event.eventName === 'CUSTOM' && event.subclass === subclass && (user === undefined || event.user === user)

const executed =
  (name: 'CHANNEL_EXECUTE' | 'CHANNEL_EXECUTE_COMPLETE', uuid: string, app: string) =>
  (event: EslEvent): event is EventNamed<typeof name> =>
    is(name, uuid)(event) && event.application === app

/** A caller bridged to a registered agent's leg, both parked first as the platform does it. */
async function bridgedCall(client: EslClient, agentUser = '8001') {
  const { waitFor } = recordEvents(client)
  sim.registerUser(agentUser, 'd')
  const caller = await sim.placeInboundCall({ from: '13800000000', to: '4001' })
  const agent = (await client.bgapi(`originate user/${agentUser}@d &park`)).result.slice(4).trim()
  await waitFor(is('CHANNEL_PARK', agent))
  await client.bgapi(`uuid_bridge ${caller} ${agent}`)
  await waitFor(is('CHANNEL_BRIDGE', caller))
  return { caller, agent }
}

const snapshot = (uuid: string) => sim.channels().find((channel) => channel.uuid === uuid)

describe('switch simulator: what the ACD drives', () => {
  it('X7: registrations fire sofia::register / sofia::unregister to listeners that named the subclass', async () => {
    const plain = await setup()
    const registrations = await connect({ customEvents: REGISTRATION_SUBCLASSES })
    const onlyUnregister = await connect({ events: ['HEARTBEAT', 'CUSTOM sofia::unregister'] })
    const bareCustom = await connect({ events: ['HEARTBEAT', 'CUSTOM'] })
    const seen = [plain, onlyUnregister, bareCustom].map(record)
    const { waitFor } = recordEvents(registrations)

    sim.registerUser('8001', 't1.example.com', undefined, {
      expiresSeconds: 600,
      networkIp: '203.0.113.7',
      userAgent: 'JsSIP 3.10.1',
    })
    const registered = await waitFor(registration('sofia::register'))
    expect(registered).toMatchObject({
      eventName: 'CUSTOM',
      subclass: 'sofia::register',
      user: '8001',
      domain: 't1.example.com',
      realm: 't1.example.com',
      profileName: 'internal',
      expires: 600,
      networkIp: '203.0.113.7',
      userAgent: 'JsSIP 3.10.1',
      status: 'Registered(WS-NAT)',
    })
    expect(registered.contact).toMatch(/^"8001" <sip:8001@203\.0\.113\.7:\d+;transport=ws;fs_nat=yes>$/)
    // The header order mod_sofia writes, with Event-Subclass right after the headers every event has.
    expect(registered.headerList.map(([name]) => name).slice(12)).toEqual([
      'Event-Sequence',
      'Event-Subclass',
      'profile-name',
      'from-user',
      'from-host',
      'presence-hosts',
      'contact',
      'call-id',
      'rpid',
      'status',
      'expires',
      'to-user',
      'to-host',
      'network-ip',
      'network-port',
      'username',
      'realm',
      'user-agent',
    ])
    // The same event read from text/event-json gives the same fields.
    const [jsonFrame] = new FrameParser().push(encodeEvent(registered, 'json')).items
    expect(decodeEvent(jsonFrame as Frame)).toMatchObject({
      user: '8001',
      expires: 600,
      callId: registered.callId,
    })

    const registrationsTable = JSON.parse(await plain.api('show registrations as json'))
    expect(registrationsTable).toEqual({
      row_count: 1,
      rows: [
        {
          reg_user: '8001',
          realm: 't1.example.com',
          token: registered.callId,
          url: expect.stringMatching(
            /^sofia\/internal\/sip:8001@203\.0\.113\.7:\d+;transport=ws;fs_nat=yes$/,
          ),
          expires: expect.stringMatching(/^\d+$/),
          network_ip: '203.0.113.7',
          network_port: String(registered.networkPort),
          network_proto: 'tcp',
          hostname: 'sim',
          metadata: '',
        },
      ],
    })

    sim.registerUser('8001', 't1.example.com')
    const renewed = await waitFor(
      (e): e is RegistrationEvent => registration('sofia::register')(e) && e !== registered,
    )
    expect(renewed.callId).toBe(registered.callId)
    expect(renewed.headers['update-reg']).toBe('true')

    sim.unregisterUser('8001', 't1.example.com')
    const unregistered = await waitFor(registration('sofia::unregister'))
    expect(unregistered).toMatchObject({ user: '8001', domain: 't1.example.com', expires: 0 })
    expect(unregistered.callId).toBe(registered.callId)
    await waitForEvent(onlyUnregister, registration('sofia::unregister'))
    expect(await plain.api('show registrations as json')).toBe('{"row_count":0}')
    expect((await plain.bgapi('originate user/8001@t1.example.com &park')).result).toBe(
      '-ERR USER_NOT_REGISTERED\n',
    )

    const customNames = seen.map((events) =>
      events.filter((e) => e.name === 'CUSTOM').map((e) => e.headers['Event-Subclass']),
    )
    expect(customNames).toEqual([[], ['sofia::unregister'], []])
  })

  it('X7: a registration not renewed in time expires with sofia::expire; ALL gets it too', async () => {
    let now = Date.now()
    const clock = { now: () => new Date(now) }
    const client = await setup({ clock, registrationCheckIntervalMs: 10 })
    const everything = await connect({ events: ['ALL'] })
    sim.registerUser('8002', 'd', undefined, { expiresSeconds: 60 })
    const registered = await waitForEvent(everything, registration('sofia::register', '8002'))

    // mod_sofia keeps a registration a late margin (60 s) past its expiry before dropping it.
    now += 100_000
    sim.checkRegistrations()
    expect(JSON.parse(await client.api('show registrations as json')).row_count).toBe(1)

    const expired = waitForEvent(everything, registration('sofia::expire', '8002'))
    now += 21_000
    expect(await expired).toMatchObject({
      user: '8002',
      domain: 'd',
      realm: 'd',
      callId: registered.callId,
      expires: Math.floor(registered.timestamp! / 1_000_000) + 120,
    })
    expect(await client.api('show registrations as json')).toBe('{"row_count":0}')
  })

  it('A4: uuid_phone_event talk picks up a ringing desk phone; unknown channels fail', async () => {
    const client = await setup()
    sim.registerUser('8003', 'd', { kind: 'no-answer' }, { transport: 'udp' })
    const ringing = waitForEvent(client, is('CHANNEL_PROGRESS'))
    const job = client.bgapi('originate user/8003@d &park')
    const leg = (await ringing).uniqueId
    expect(await client.api(`uuid_phone_event ${leg} talk`)).toBe('+OK Success\n')
    expect((await job).result).toBe(`+OK ${leg}\n`)
    expect(snapshot(leg)).toMatchObject({ answerState: 'answered', callState: 'ACTIVE' })
    expect(await client.api('uuid_phone_event 00000000-0000-0000-0000-000000000000 talk')).toBe(
      '-ERR Operation Failed\n',
    )
  })

  it('uuid_break ends the prompt playing (PLAYBACK_STOP, status break); with all, the queued ones too', async () => {
    const client = await setup({ playbackMs: 60_000 })
    const { events, waitFor } = recordEvents(client)
    const uuid = await sim.placeInboundCall({ from: '1', to: '2' })
    // With event-lock each waits its turn, as the platform sends them.
    const locked = { eventLock: true }
    await client.sendmsg(uuid, 'playback', 'ivr/first.wav', locked)
    await client.sendmsg(uuid, 'playback', 'ivr/second.wav', locked)
    await waitFor((e) => is('PLAYBACK_START', uuid)(e) && e.playbackFilePath === 'ivr/first.wav')
    // mod_commands prints nothing on success, and the event socket answers an empty api reply so.
    expect(await client.api(`uuid_break ${uuid}`)).toBe('-ERR no reply\n')
    const stopped = await waitFor(is('PLAYBACK_STOP', uuid))
    expect(stopped.headers['Playback-Status']).toBe('break')
    expect((await waitFor(executed('CHANNEL_EXECUTE_COMPLETE', uuid, 'playback'))).applicationResponse).toBe(
      'FILE PLAYED',
    )

    await waitFor((e) => is('PLAYBACK_START', uuid)(e) && e.playbackFilePath === 'ivr/second.wav')
    await client.sendmsg(uuid, 'playback', 'ivr/third.wav', locked)
    expect((await client.bgapi(`uuid_break ${uuid} all`)).result).toBe('')
    await waitFor((e) => is('PLAYBACK_STOP', uuid)(e) && e.playbackFilePath === 'ivr/second.wav')
    // The queue drains before anything sent after the break runs.
    await client.sendmsg(uuid, 'set', 'after_break=1', locked)
    await waitFor(executed('CHANNEL_EXECUTE_COMPLETE', uuid, 'set'))
    expect(events.some((e) => is('PLAYBACK_START', uuid)(e) && e.playbackFilePath === 'ivr/third.wav')).toBe(
      false,
    )
    expect(await client.api('uuid_break 00000000-0000-0000-0000-000000000000')).toBe(
      '-ERR No Such Channel!\n',
    )
  })

  it('an application sent without event-lock lets later ones run inside it; endless_playback outlives uuid_break', async () => {
    const client = await setup({ playbackMs: 60_000 })
    const { events, waitFor } = recordEvents(client)
    const uuid = await sim.placeInboundCall({ from: '1', to: '2' })
    await client.sendmsg(uuid, 'endless_playback', 'local_stream://moh')
    await waitFor((e) => is('PLAYBACK_START', uuid)(e) && e.playbackFilePath === 'local_stream://moh')
    await client.sendmsg(uuid, 'playback', 'ivr/said-over-the-music.wav', { eventLock: true })
    await waitFor(
      (e) => is('PLAYBACK_START', uuid)(e) && e.playbackFilePath === 'ivr/said-over-the-music.wav',
    )
    expect(sim.heard(uuid).at(-1)?.heard).toBe('sound')
    await client.api(`uuid_break ${uuid}`)
    await waitFor((e) => is('PLAYBACK_STOP', uuid)(e) && e.playbackFilePath === 'ivr/said-over-the-music.wav')
    // The music plays on: uuid_break does not end endless_playback, on the real switch either.
    await client.api(`uuid_break ${uuid}`)
    await client.sendmsg(uuid, 'set', 'after_break=1', { eventLock: true })
    await waitFor(executed('CHANNEL_EXECUTE_COMPLETE', uuid, 'set'))
    expect(sim.heard(uuid).at(-1)).toMatchObject({ heard: 'sound' })
    expect(
      events.some(
        (e) =>
          'application' in e &&
          e.uniqueId === uuid &&
          e.application === 'endless_playback' &&
          e.eventName === 'CHANNEL_EXECUTE_COMPLETE',
      ),
    ).toBe(false)
  })

  it('uuid_audio mutes and unmutes, uuid_hold holds; both show in the snapshot', async () => {
    const client = await setup()
    const uuid = await sim.placeInboundCall({ from: '1', to: '2' })
    expect(snapshot(uuid)).toMatchObject({ muted: false, held: false, eavesdrop: undefined })
    expect(await client.api(`uuid_audio ${uuid} start read mute 1`)).toBe('+OK\n')
    expect(snapshot(uuid)?.muted).toBe(true)
    expect(await client.api(`uuid_audio ${uuid} stop`)).toBe('+OK\n')
    expect(snapshot(uuid)?.muted).toBe(false)
    expect(await client.api(`uuid_audio ${uuid} start read`)).toMatch(/^-USAGE: /)
    // mod_commands prints its +OK even after the error.
    expect(await client.api('uuid_audio 00000000-0000-0000-0000-000000000000 stop')).toBe(
      '-ERR No Such Channel!\n+OK\n',
    )

    expect(await client.api(`uuid_hold ${uuid}`)).toBe('+OK Success\n')
    expect(snapshot(uuid)).toMatchObject({ held: true, callState: 'HELD' })
    await client.api(`uuid_hold off ${uuid}`)
    expect(snapshot(uuid)).toMatchObject({ held: false, callState: 'ACTIVE' })
  })

  it('uuid_setvar and uuid_getvar read and write channel variables', async () => {
    const client = await setup()
    const uuid = await sim.placeInboundCall({ from: '1', to: '2' })
    expect(await client.api(`uuid_getvar ${uuid} dialed_number`)).toBe('2')
    expect(await client.api(`uuid_setvar ${uuid} cc_queue sales desk`)).toBe('+OK\n')
    expect(await client.api(`uuid_getvar ${uuid} cc_queue`)).toBe('sales desk')
    expect(await client.api(`uuid_setvar ${uuid} cc_queue`)).toBe('+OK\n')
    expect(await client.api(`uuid_getvar ${uuid} cc_queue`)).toBe('_undef_')
    expect(await client.api('uuid_getvar 00000000-0000-0000-0000-000000000000 x')).toBe(
      '-ERR No Such Channel!\n',
    )
    expect(await client.api('uuid_setvar 00000000-0000-0000-0000-000000000000 x 1')).toBe(
      '-ERR No Such Channel!\n',
    )
  })

  it('X3: a supervisor leg originated with &eavesdrop listens (or whispers) until the target hangs up', async () => {
    const client = await setup()
    const { waitFor } = recordEvents(client)
    const { caller, agent } = await bridgedCall(client)
    sim.registerUser('9001', 'd')
    const supervisor = '33333333-3333-4333-8333-333333333333'
    const job = await client.bgapi(
      `originate {origination_uuid=${supervisor},eavesdrop_whisper_bleg=true}user/9001@d &eavesdrop(${agent})`,
    )
    expect(job.result).toBe(`+OK ${supervisor}\n`)
    const execute = await waitFor(executed('CHANNEL_EXECUTE', supervisor, 'eavesdrop'))
    expect(execute.applicationData).toBe(agent)
    expect(snapshot(supervisor)).toMatchObject({
      answerState: 'answered',
      eavesdrop: { target: agent, mode: 'whisper' },
    })

    const events = record(client)
    sim.hangup(caller)
    await waitFor(is('CHANNEL_HANGUP_COMPLETE', supervisor))
    const supervisorEvents = events
      .filter((e) => 'uniqueId' in e && e.uniqueId === supervisor)
      .map((e) => ('application' in e ? `${e.name} ${e.application}` : e.name))
    expect(supervisorEvents).toEqual([
      'CHANNEL_EXECUTE_COMPLETE eavesdrop',
      'CHANNEL_HANGUP',
      'CHANNEL_HANGUP_COMPLETE',
    ])
    expect((await waitFor(is('CHANNEL_HANGUP', supervisor))).hangupCause).toBe('NORMAL_CLEARING')
    expect(sim.channels()).toEqual([])
  })

  it('X3: listen by default, barge with &three_way; other applications are announced and parked', async () => {
    const client = await setup()
    const { waitFor } = recordEvents(client)
    const { agent } = await bridgedCall(client)
    sim.registerUser('9001', 'd')
    const listener = (await client.bgapi(`originate user/9001@d &eavesdrop(${agent})`)).result.slice(4).trim()
    await waitFor(executed('CHANNEL_EXECUTE', listener, 'eavesdrop'))
    expect(snapshot(listener)?.eavesdrop).toEqual({ target: agent, mode: 'listen' })
    const barger = (await client.bgapi(`originate user/9001@d &three_way(${agent})`)).result.slice(4).trim()
    await waitFor(executed('CHANNEL_EXECUTE', barger, 'three_way'))
    expect(snapshot(barger)?.eavesdrop).toEqual({ target: agent, mode: 'barge' })

    const echo = (await client.bgapi('originate sofia/gateway/trunk/13900000000 &echo')).result
      .slice(4)
      .trim()
    await waitFor(is('CHANNEL_PARK', echo))
    expect(await waitFor(executed('CHANNEL_EXECUTE', echo, 'echo'))).toBeDefined()

    expect(await client.api('originate user/9001@d')).toMatch(
      /^-USAGE: <call url> <exten>\|&<application_name>/,
    )
  })

  it('X8: with park_after_bridge the caller parks when the agent hangs up; without it, it goes down too', async () => {
    const client = await setup()
    const { caller, agent } = await bridgedCall(client)
    expect(await client.api(`uuid_setvar ${caller} park_after_bridge true`)).toBe('+OK\n')
    const events = record(client)
    const parked = waitForEvent(client, is('CHANNEL_PARK', caller))
    sim.hangup(agent)
    await parked
    expect(events.filter((e) => 'uniqueId' in e && e.uniqueId === caller).map((e) => e.name)).toEqual([
      'CHANNEL_UNBRIDGE',
      'CHANNEL_PARK',
    ])
    expect(snapshot(caller)).toMatchObject({ bridgedTo: undefined, answerState: 'ringing' })
  })

  it('X8: uuid_transfer takes a leg out of its bridge; the partner left behind hangs up unless it parks after bridge', async () => {
    const client = await setup()
    const { waitFor } = recordEvents(client)
    const first = await bridgedCall(client, '8001')
    const transferred = waitForEvent(client, is('CHANNEL_PARK', first.agent))
    expect(await client.api(`uuid_transfer ${first.agent} park inline`)).toBe('+OK\n')
    await transferred
    expect((await waitFor(is('CHANNEL_HANGUP', first.caller))).hangupCause).toBe('NORMAL_CLEARING')
    expect(snapshot(first.agent)?.variables['transfer_destination']).toBe('park')

    const second = await bridgedCall(client, '8002')
    await client.api(`uuid_setvar ${second.caller} park_after_bridge true`)
    const callerParked = waitForEvent(client, is('CHANNEL_PARK', second.caller))
    await client.api(`uuid_transfer ${second.agent} park inline`)
    await callerParked
    expect(snapshot(second.caller)?.bridgedTo).toBeUndefined()
    expect(snapshot(second.agent)).toBeDefined()

    const third = await bridgedCall(client, '8003')
    const bothParked = Promise.all(
      [third.caller, third.agent].map((uuid) => waitForEvent(client, is('CHANNEL_PARK', uuid))),
    )
    expect(await client.api(`uuid_transfer ${third.caller} -both park inline`)).toBe('+OK\n')
    await bothParked
    expect(await client.api(`uuid_transfer ${third.caller} -bleg park inline`)).toBe('-ERR no other leg\n')
  })

  it('the dialplan runs after CHANNEL_CREATE and may answer later; the call is parked when placeInboundCall resolves', async () => {
    let answer: (variables: Record<string, string>) => void = () => {}
    const client = await setup({ dialplan: () => new Promise((resolve) => (answer = resolve)) })
    const { waitFor } = recordEvents(client)
    const placed = sim.placeInboundCall({ from: '13800000000', to: '4002' })
    await new Promise((resolve) => setImmediate(resolve))
    const [routing] = sim.channels()
    expect(routing?.variables['tenant_id']).toBeUndefined()
    expect((await waitFor(is('CHANNEL_CREATE', routing!.uuid))).variables['tenant_id']).toBeUndefined()
    answer({ tenant_id: 't2', dialed_number: '4002' })
    const uuid = await placed
    expect(uuid).toBe(routing!.uuid)
    expect(snapshot(uuid)?.variables).toMatchObject({ tenant_id: 't2', current_application: 'park' })
    expect((await waitFor(is('CHANNEL_PARK', uuid))).variables['tenant_id']).toBe('t2')
  })
})
