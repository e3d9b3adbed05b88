// The `api`/`bgapi` commands the platform sends, answered the way FreeSWITCH words its answers.
import { randomUUID } from 'node:crypto'
import { pause, runApp } from './apps'
import type { AppTiming } from './apps'
import type { Channel } from './channel'
import type { CallEngine, EndpointBehaviour } from './engine'

export interface ApiOutcome {
  readonly body: string
  /** What the switch does after reporting the result (it parks after BACKGROUND_JOB, for instance). */
  readonly after?: () => void
}

const NO_SUCH_CHANNEL = '-ERR No such channel!\n'

type Handler = (engine: CallEngine, args: string[], timing: AppTiming) => Promise<ApiOutcome> | ApiOutcome

export async function runApi(engine: CallEngine, line: string, timing: AppTiming): Promise<ApiOutcome> {
  const [name = '', ...args] = line.trim().split(/\s+/)
  const handler = HANDLERS[name]
  if (!handler) return { body: `-ERR ${name} Command not found!\n` }
  return handler(engine, args, timing)
}

const withChannel = (engine: CallEngine, uuid: string | undefined, act: (channel: Channel) => ApiOutcome) => {
  const channel = uuid === undefined ? undefined : engine.channels.get(uuid)
  return channel ? act(channel) : { body: NO_SUCH_CHANNEL }
}

const HANDLERS: Record<string, Handler> = {
  status: (engine) => {
    const upMs = Date.now() - engine.startedAt
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
    const rows = args[0] === 'calls' ? callRows(engine) : channelRows(engine)
    if (args.join(' ').endsWith('as json')) {
      return { body: JSON.stringify(rows.length ? { row_count: rows.length, rows } : { row_count: 0 }) }
    }
    const names = Object.keys(rows[0] ?? { uuid: '' })
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
    const [uuid, ...rest] = args.filter((arg) => !arg.startsWith('-'))
    return withChannel(engine, uuid, (channel) => ({
      body: '+OK\n',
      after: () => {
        engine.unbridge(channel)
        channel.variables.set('transfer_destination', rest[0] ?? '')
        engine.park(channel)
      },
    }))
  },
  uuid_broadcast: (engine, [uuid, path = ''], timing) =>
    withChannel(engine, uuid, (channel) => {
      channel.queue = channel.queue.then(() => runApp(engine, channel, 'playback', path, undefined, timing))
      return { body: '+OK Message queued\n' }
    }),
  uuid_record: (engine, [uuid, action, path = '']) =>
    withChannel(engine, uuid, (channel) => {
      if (action === 'start') {
        channel.recordingPath = path
        engine.fire('RECORD_START', channel, { post: [['Record-File-Path', path]] })
      } else if (action === 'stop' && channel.recordingPath !== undefined) {
        channel.recordingPath = undefined
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
      channel.callState = mode === 'off' ? 'ACTIVE' : 'HELD'
      engine.fire(mode === 'off' ? 'CHANNEL_UNHOLD' : 'CHANNEL_HOLD', channel)
      return { body: '+OK Success\n' }
    })
  },
  uuid_recv_dtmf: (engine, [uuid, digits = '']) =>
    withChannel(engine, uuid, (channel) => {
      engine.pressDigits(channel, digits)
      return { body: `+OK ${channel.uuid} received DTMF ${digits}.\n` }
    }),
}

/** `originate {vars}user/<user>@<domain> &park` or `{vars}sofia/gateway/<gw>/<number> &park`. */
async function originate(engine: CallEngine, args: string[]): Promise<ApiOutcome> {
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
    behaviour = engine.registrations.get(`${user[1]}@${user[2]}`)
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
  engine.progress(channel)
  const outcome = await ring(channel, behaviour, Number(variables['originate_timeout'] ?? 60) * 1000)
  if (outcome !== 'answer') {
    engine.hangup(channel, outcome)
    return { body: `-ERR ${outcome}\n` }
  }
  engine.answer(channel)
  return { body: `+OK ${uuid}\n`, after: () => engine.park(channel) }
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
