// Dialplan applications a controller runs on a parked channel with `sendmsg … execute`.
import type { Channel } from './channel'
import type { CallEngine } from './engine'

export interface AppTiming {
  /** How long a prompt takes to play; 0 keeps tests fast while keeping the event order. */
  readonly playbackMs: number
}

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

async function play(engine: CallEngine, channel: Channel, file: string, timing: AppTiming): Promise<void> {
  const fileHeaders = [
    ['Playback-File-Type', file.split(':')[0] ?? 'file'],
    ['Playback-File-Path', file],
  ] as const
  engine.fire('PLAYBACK_START', channel, { post: fileHeaders })
  await pause(timing.playbackMs)
  if (!channel.isGone)
    engine.fire('PLAYBACK_STOP', channel, { post: [...fileHeaders, ['Playback-Status', 'done']] })
}

/** Collects digits like play_and_get_digits: up to `max`, ended early by a terminator, or by the timeout. */
async function collectDigits(channel: Channel, max: number, terminators: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const terminatorAt = [...channel.dtmfBuffer].findIndex((digit) => terminators.includes(digit))
    if (terminatorAt >= 0 || channel.dtmfBuffer.length >= max) {
      const length = terminatorAt >= 0 ? Math.min(terminatorAt, max) : max
      const digits = channel.dtmfBuffer.slice(0, length)
      channel.dtmfBuffer = channel.dtmfBuffer.slice(terminatorAt >= 0 ? terminatorAt + 1 : length)
      return digits
    }
    const left = deadline - Date.now()
    if (left <= 0 || channel.isGone) return ''
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, left)
      channel.digitWaiter = () => {
        clearTimeout(timer)
        resolve()
      }
    })
    channel.digitWaiter = undefined
  }
}

/** Runs one application; unknown ones complete at once, as harmless no-ops. */
export function runApp(
  engine: CallEngine,
  channel: Channel,
  app: string,
  arg: string,
  eventUuid: string | undefined,
  timing: AppTiming,
): Promise<void> {
  return engine.execute(channel, app, arg, eventUuid, async () => {
    switch (app) {
      case 'answer':
        engine.answer(channel)
        return '_none_'
      case 'playback':
        await play(engine, channel, arg, timing)
        return 'FILE PLAYED'
      case 'play_and_get_digits': {
        const [
          min = '1',
          max = '1',
          tries = '1',
          timeout = '5000',
          terminators = '#',
          file = '',
          ,
          variable,
        ] = arg.split(' ')
        for (let attempt = 0; attempt < Number(tries); attempt++) {
          await play(engine, channel, file, timing)
          const digits = await collectDigits(channel, Number(max), terminators, Number(timeout))
          if (digits.length >= Number(min)) {
            if (variable) channel.variables.set(variable, digits)
            channel.variables.set('read_result', 'success')
            return '_none_'
          }
        }
        channel.variables.set('read_result', 'failure')
        return '_none_'
      }
      case 'park':
        engine.park(channel)
        return '_none_'
      case 'set': {
        const equals = arg.indexOf('=')
        if (equals > 0) channel.variables.set(arg.slice(0, equals), arg.slice(equals + 1))
        return '_none_'
      }
      case 'hangup':
        engine.hangup(channel, arg || 'NORMAL_CLEARING')
        return '_none_'
      default:
        return '_none_'
    }
  })
}
