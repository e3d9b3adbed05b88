// The `api`/`bgapi` commands the platform sends, answered the way FreeSWITCH words its answers.
import { randomUUID } from 'node:crypto'
import { pause, runApp } from './apps.js'
import type { AppTiming } from './apps.js'
import type { Channel } from './channel.js'
import { startRecording } from './recording.js'
import type { CallEngine, EndpointBehaviour } from './engine.js'

export interface ApiOutcome {
  readonly body: string
  /** What the switch does after reporting the result (it parks after BACKGROUND_JOB, for instance). */
  readonly after?: () => void
}

const NO_SUCH_CHANNEL = '-ERR No such channel!\n'
/** mod_commands words it this way in uuid_break, uuid_audio, uuid_setvar and uuid_getvar. */
const NO_SUCH_CHANNEL_CAPITALIZED = '-ERR No Such Channel!\n'

type Handler = (engine: CallEngine, args: string[], timing: AppTiming) => Promise<ApiOutcome> | ApiOutcome

export async function runApi(engine: CallEngine, line: string, timing: AppTiming): Promise<ApiOutcome> {
  const [name = '', ...args] = line.trim().split(/\s+/)
  const handler = HANDLERS[name]
  if (!handler) return { body: `-ERR ${name} Command not found!\n` }
  return handler(engine, args, timing)
}

const withChannel = (
  engine: CallEngine,
  uuid: string | undefined,
  act: (channel: Channel) => ApiOutcome,
  noSuchChannel = NO_SUCH_CHANNEL,
) => {
  const channel = uuid === undefined ? undefined : engine.channels.get(uuid)
  return channel ? act(channel) : { body: noSuchChannel }
}

const usage = (syntax: string): ApiOutcome => ({ body: `-USAGE: ${syntax}\n` })

const HANDLERS: Record<string, Handler> = {
  status: (engine) => {
    const upMs = engine.nowMs - engine.startedAt
    return {
      body:
        `UP 0 years, 0 days, 0 hours, 0 minutes, ${Math.floor(upMs / 1000)} seconds, ${upMs % 1000} milliseconds, 0 microseconds\n` +
        'FreeSWITCH (Version 1.10.12-release  64bit) is ready\n' +
        `${engine.sessionsSinceStartup} session(s) since startup\n` +
        `${engine.channels.size} session(s) - peak ${engine.channels.size}, last 5min 0 \n` +
        '0 session(s) per Sec out of max 30, peak 0, last 5min 0 \n' +
        '1000 session(s) max\nmin idle cpu 0.00/99.00\nCurrent Stack Size/Max 240K/8192K\n',
    }
  },
  sofia: () => ({
    body:
      '                     Name\t   Type\t                                      Data\tState\n' +
      '=================================================================================================\n' +
      '                 external\tprofile\t              sip:mod_sofia@127.0.0.1:5080\tRUNNING (0)\n' +
      '                 internal\tprofile\t              sip:mod_sofia@127.0.0.1:5060\tRUNNING (0)\n' +
      '=================================================================================================\n' +
      '2 profiles 0 aliases\n',
  }),
  show: (engine, args) => {
    const table = args[0] === 'calls' ? 'calls' : args[0] === 'registrations' ? 'registrations' : 'channels'
    const rows = SHOW_TABLES[table](engine)
    if (args.join(' ').endsWith('as json')) {
      return { body: JSON.stringify(rows.length ? { row_count: rows.length, rows } : { row_count: 0 }) }
    }
    const names = Object.keys(rows[0] ?? { [table === 'registrations' ? 'reg_user' : 'uuid']: '' })
    const lines = rows.map((row) => names.map((name) => row[name]).join(','))
    return { body: `${[names.join(','), ...lines].join('\n')}\n\n${rows.length} total.\n` }
  },
  originate,
  uuid_bridge: (engine, [aUuid, bUuid]) => {
    const a = aUuid === undefined ? undefined : engine.channels.get(aUuid)
    const b = bUuid === undefined ? undefined : engine.channels.get(bUuid)
    if (!a || !b) return { body: `-ERR Invalid uuid ${a ? bUuid : aUuid}\n` }
    return {
      body: `+OK ${b.uuid}\n`,
      after: () => {
        for (const leg of [b, a]) {
          if (leg.variables.get('current_application') === 'park') {
            engine.fire('CHANNEL_EXECUTE_COMPLETE', leg, { post: [['Application', 'park']] })
          }
          // The bridge ends the application each leg runs now, and only that one: applications queued
          // behind it (sendmsg) still run, inside the bridge, as FreeSWITCH's bridge loop runs them.
          leg.stopPlayback?.('end')
        }
        engine.bridge(a, b)
      },
    }
  },
  uuid_kill: (engine, [uuid, cause = 'NORMAL_CLEARING']) =>
    withChannel(engine, uuid, (channel) => {
      engine.hangup(channel, cause)
      return { body: '+OK\n' }
    }),
  hupall: (engine, [cause = 'NORMAL_CLEARING']) => {
    for (const channel of [...engine.channels.values()]) engine.hangup(channel, cause)
    return { body: `+OK hangup all channels with cause ${cause}\n` }
  },
  uuid_transfer: (engine, args) => {
    const [flag] = args.filter((arg) => arg.startsWith('-'))
    const [uuid, destination = ''] = args.filter((arg) => !arg.startsWith('-'))
    return withChannel(engine, uuid, (channel) => {
      const partner = channel.bridgedTo
      if ((flag === '-bleg' || flag === '-both') && !partner) return { body: '-ERR no other leg\n' }
      const legs = flag === '-both' ? [channel, partner] : flag === '-bleg' ? [partner] : [channel]
      return {
        body: '+OK\n',
        after: () =>
          engine.transfer(
            legs.filter((leg) => leg !== undefined),
            destination,
          ),
      }
    })
  },
  uuid_broadcast: (engine, [uuid, path = ''], timing) =>
    withChannel(engine, uuid, (channel) => {
      channel.enqueue(() => runApp(engine, channel, 'playback', path, undefined, timing))
      return { body: '+OK Message queued\n' }
    }),
  uuid_record: (engine, [uuid, action, path = '']) =>
    withChannel(engine, uuid, (channel) => {
      if (action === 'start') {
        channel.recording = startRecording(path, channel.variables, engine.nowMs)
        engine.fire('RECORD_START', channel, { post: [['Record-File-Path', path]] })
      } else if (action === 'stop' && channel.recording !== undefined) {
        engine.stopRecording(channel)
        engine.fire('RECORD_STOP', channel, {
          post: [
            ['Record-File-Path', path],
            ['Record-Completion-Cause', 'success'],
          ],
        })
      } else return { body: '-ERR Cannot execute command\n' }
      return { body: '+OK Success\n' }
    }),
  uuid_hold: (engine, args) => {
    const [mode, uuid] = args.length > 1 ? args : ['on', args[0]]
    return withChannel(engine, uuid, (channel) => {
      channel.isHeld = mode === 'toggle' ? !channel.isHeld : mode !== 'off'
      channel.callState = channel.isHeld ? 'HELD' : 'ACTIVE'
      engine.fire(channel.isHeld ? 'CHANNEL_HOLD' : 'CHANNEL_UNHOLD', channel)
      if (channel.bridgedTo) engine.hear(channel.bridgedTo)
      return { body: '+OK Success\n' }
    })
  },
  /**
   * Stops the prompt playing now; `all` also drops the applications queued behind it, `both` does it
   * to the bridged leg too. mod_commands prints nothing on success, so `api` answers `-ERR no reply`
   * (see SwitchSimulator.run).
   */
  uuid_break: (engine, [uuid, flag = '']) => {
    if (uuid === undefined) return usage('<uuid> [all]')
    return withChannel(
      engine,
      uuid,
      (channel) => {
        const legs = flag.includes('both') && channel.bridgedTo ? [channel, channel.bridgedTo] : [channel]
        for (const leg of legs) {
          if (flag.includes('all')) leg.queueGeneration++
          leg.stopPlayback?.('break')
        }
        return { body: '' }
      },
      NO_SUCH_CHANNEL_CAPITALIZED,
    )
  },
  /** Only read-direction mute is modelled (the leg's own voice); levels are accepted and ignored. */
  uuid_audio: (engine, [uuid, action, direction, kind, level]) => {
    const syntax = '<uuid> [start [read|write] [mute|level <level>]|stop]'
    if (uuid === undefined || action === undefined) return usage(syntax)
    const channel = engine.channels.get(uuid)
    // mod_commands goes on to print +OK after the error, so both lines arrive.
    if (!channel) return { body: `${NO_SUCH_CHANNEL_CAPITALIZED}+OK\n` }
    if (action === 'stop') {
      channel.isMuted = false
      if (channel.bridgedTo) engine.hear(channel.bridgedTo)
      return { body: '+OK\n' }
    }
    const isValid =
      action === 'start' &&
      level !== undefined &&
      (direction === 'read' || direction === 'write') &&
      (kind === 'mute' || kind === 'level')
    if (!isValid) return usage(syntax)
    if (direction === 'read' && kind === 'mute') channel.isMuted = Number.parseInt(level, 10) !== 0
    if (channel.bridgedTo) engine.hear(channel.bridgedTo)
    return { body: '+OK\n' }
  },
  /**
   * Asks the phone (a SIP NOTIFY) to act as if its user pressed a key: `talk` picks up a ringing call.
   * mod_commands answers this one differently, unknown UUID included.
   */
  uuid_phone_event: (engine, [uuid, event]) => {
    if (uuid === undefined) return usage('<uuid>')
    const channel = engine.channels.get(uuid)
    if (!channel) return { body: '-ERR Operation Failed\n' }
    if (event === 'talk' && channel.init.name.startsWith('sofia/internal/')) channel.ringOutcome?.('answer')
    return { body: '+OK Success\n' }
  },
  /** Without a value the variable is unset. */
  uuid_setvar: (engine, [uuid, name, ...value]) => {
    if (uuid === undefined || name === undefined) return usage('<uuid> <var> [value]')
    return withChannel(
      engine,
      uuid,
      (channel) => {
        if (value.length) channel.variables.set(name, value.join(' '))
        else channel.variables.delete(name)
        return { body: '+OK\n' }
      },
      NO_SUCH_CHANNEL_CAPITALIZED,
    )
  },
  /** The bare value, no newline; `_undef_` when unset. */
  uuid_getvar: (engine, [uuid, name]) => {
    if (uuid === undefined || name === undefined) return usage('<uuid> <var>')
    return withChannel(
      engine,
      uuid,
      (channel) => ({ body: channel.variables.get(name) ?? '_undef_' }),
      NO_SUCH_CHANNEL_CAPITALIZED,
    )
  },
  uuid_recv_dtmf: (engine, [uuid, digits = '']) =>
    withChannel(engine, uuid, (channel) => {
      engine.pressDigits(channel, digits)
      return { body: `+OK ${channel.uuid} received DTMF ${digits}.\n` }
    }),
}

const ORIGINATE_SYNTAX =
  '<call url> <exten>|&<application_name>(<app_args>) [<dialplan>] [<context>] [<cid_name>] [<cid_num>] [<timeout_sec>]'

/**
 * `originate {vars}user/<user>@<domain> &app(arg)` or `{vars}sofia/gateway/<gw>/<number> &app(arg)`.
 * After the answer the new leg runs the application: `park`, `eavesdrop(<uuid>)` or
 * `three_way(<uuid>)` (until the target hangs up, then NORMAL_CLEARING); anything else is announced
 * with CHANNEL_EXECUTE and parked. An extension instead of `&app` goes through the dialplan, which parks.
 */
async function originate(engine: CallEngine, args: string[], timing: AppTiming): Promise<ApiOutcome> {
  if (args.length < 2) return usage(ORIGINATE_SYNTAX)
  const match = /^(?:\{([^}]*)\})?(\S+)$/.exec(args[0] ?? '')
  if (!match) return { body: '-ERR INVALID_URL\n' }
  const variables = Object.fromEntries(
    (match[1] ?? '')
      .split(',')
      .filter((pair) => pair.includes('='))
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  )
  const endpoint = match[2] as string
  const user = /^user\/([^@]+)@(.+)$/.exec(endpoint)
  const gateway = /^sofia\/gateway\/([^/]+)\/(.+)$/.exec(endpoint)
  let behaviour: EndpointBehaviour | undefined
  let destination: string
  if (user) {
    behaviour = engine.registrar.find(user[1] as string, user[2] as string)?.behaviour
    // The user endpoint resolves no contact and the switch creates no channel at all.
    if (!behaviour) return { body: '-ERR USER_NOT_REGISTERED\n' }
    destination = user[1] as string
  } else if (gateway) {
    destination = gateway[2] as string
    behaviour = engine.outsideNumbers.get(destination) ?? { kind: 'auto-answer' }
  } else return { body: '-ERR CHAN_NOT_IMPLEMENTED\n' }

  const uuid = variables['origination_uuid'] ?? randomUUID()
  if (engine.channels.has(uuid)) return { body: '-ERR DESTINATION_OUT_OF_ORDER\n' }
  const channel = engine.createChannel(
    {
      uuid,
      name: `sofia/${user ? 'internal' : 'external'}/${destination}`,
      direction: 'outbound',
      callerIdName: variables['origination_caller_id_name'] ?? '',
      callerIdNumber: variables['origination_caller_id_number'] ?? '0000000000',
      destinationNumber: destination,
      source: 'mod_sofia',
    },
    variables,
  )
  if (behaviour.voice) channel.voice = behaviour.voice
  engine.progress(channel)
  const outcome = await ring(channel, behaviour, Number(variables['originate_timeout'] ?? 60) * 1000)
  if (outcome !== 'answer') {
    engine.hangup(channel, outcome)
    return { body: `-ERR ${outcome}\n` }
  }
  engine.answer(channel)
  const application = /^&([^(]+)(?:\((.*)\))?$/.exec(args[1] ?? '')
  const [, app = 'park', arg = ''] = application ?? []
  return { body: `+OK ${uuid}\n`, after: () => startApplication(engine, channel, app, arg, timing) }
}

/** What the originated leg runs once answered; the switch reports the job before it starts. */
function startApplication(engine: CallEngine, channel: Channel, app: string, arg: string, timing: AppTiming) {
  if (app === 'park') return engine.park(channel)
  channel.state = 'CS_EXECUTE'
  if (app === 'eavesdrop' || app === 'three_way') {
    // The leg has nothing to run after it, so the switch hangs it up.
    return channel.enqueue(async () => {
      await runApp(engine, channel, app, arg, undefined, timing)
      engine.hangup(channel, 'NORMAL_CLEARING')
    })
  }
  engine.executeStarted(channel, app, arg)
  engine.park(channel)
}

/** Resolves 'answer' or the hang-up cause; the control surface can settle it early too. */
function ring(channel: Channel, behaviour: EndpointBehaviour, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const timers: NodeJS.Timeout[] = []
    channel.ringOutcome = (outcome) => {
      timers.forEach(clearTimeout)
      channel.ringOutcome = undefined
      resolve(outcome)
    }
    timers.push(setTimeout(() => channel.ringOutcome?.('NO_ANSWER'), timeoutMs))
    if (behaviour.kind === 'auto-answer') void pause(0).then(() => channel.ringOutcome?.('answer'))
    if (behaviour.kind === 'answer-after')
      timers.push(setTimeout(() => channel.ringOutcome?.('answer'), behaviour.ms))
    if (behaviour.kind === 'reject')
      void pause(0).then(() => channel.ringOutcome?.(behaviour.cause ?? 'CALL_REJECTED'))
  })
}

type Row = Record<string, string>

const epoch = (us: number) => String(Math.floor(us / 1_000_000))

function channelRow(channel: Channel, prefix = ''): Row {
  const { init } = channel
  return {
    [`${prefix}uuid`]: channel.uuid,
    [`${prefix}direction`]: init.direction,
    [`${prefix}created`]: new Date(init.createdUs / 1000).toISOString().slice(0, 19).replace('T', ' '),
    [`${prefix}created_epoch`]: epoch(init.createdUs),
    [`${prefix}name`]: init.name,
    [`${prefix}state`]: channel.state,
    [`${prefix}cid_name`]: init.callerIdName,
    [`${prefix}cid_num`]: init.callerIdNumber,
    [`${prefix}dest`]: init.destinationNumber,
    [`${prefix}callstate`]: channel.callState,
    ...(prefix === '' ? { application: channel.variables.get('current_application') ?? '' } : {}),
  }
}

function channelRows(engine: CallEngine): Row[] {
  return [...engine.channels.values()].map((channel) => ({
    ...channelRow(channel),
    call_uuid: channel.bridgedTo ? channel.callUuid : '',
  }))
}

const SHOW_TABLES: Record<'channels' | 'calls' | 'registrations', (engine: CallEngine) => Row[]> = {
  channels: channelRows,
  calls: callRows,
  registrations: (engine) => engine.registrar.rows(),
}

/** One row per call: a bridged pair is one row with the other leg under `b_`. */
function callRows(engine: CallEngine): Row[] {
  const rows: Row[] = []
  for (const channel of engine.channels.values()) {
    const other = channel.bridgedTo
    if (other && channel.bridgeRole === 'originatee') continue
    const b = other ? channelRow(other, 'b_') : {}
    rows.push({ ...channelRow(channel), call_uuid: other ? channel.uuid : '', ...b })
  }
  return rows
}
