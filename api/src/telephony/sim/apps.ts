// Dialplan applications a controller runs on a parked channel with `sendmsg … execute`.
import type { Channel, EavesdropMode } from './channel.js'
import { isTrue } from './engine.js'
import type { CallEngine } from './engine.js'
import { isEndless, recordedLengthMs } from './hearing.js'

export interface AppTiming {
  /**
   * How long a prompt takes to play: 'recorded' plays each file for its length, as the switch does;
   * 0 keeps tests fast while keeping the event order.
   */
  readonly playbackMs: number | 'recorded'
}

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Plays one prompt, or a stream that never ends by itself (music on hold, a looped tone, or any file
 * given to endless_playback); `uuid_break`, `uuid_bridge` or a hangup cuts it short (Playback-Status: break).
 */
async function play(
  engine: CallEngine,
  channel: Channel,
  file: string,
  timing: AppTiming,
  isLooped = false,
): Promise<void> {
  const fileHeaders = [
    ['Playback-File-Type', file.split(':')[0] ?? 'file'],
    ['Playback-File-Path', file],
  ] as const
  engine.fire('PLAYBACK_START', channel, { post: fileHeaders })
  // A playback nested in another (a message run inside wait music) takes over, then gives it back.
  const outer = { playing: channel.playing, stop: channel.stopPlayback }
  channel.playing = file
  engine.hear(channel)
  const status = await new Promise<'done' | 'break'>((resolve) => {
    const length = timing.playbackMs === 'recorded' ? recordedLengthMs(file) : timing.playbackMs
    const timer = isLooped || isEndless(file) ? undefined : setTimeout(() => resolve('done'), length)
    channel.stopPlayback = (how) => {
      // endless_playback starts its file again after a uuid_break; only a bridge or a hangup ends it.
      if (isLooped && how === 'break') return
      clearTimeout(timer)
      resolve('break')
    }
  })
  channel.stopPlayback = outer.stop
  channel.playing = outer.playing
  engine.hear(channel)
  if (!channel.isGone)
    engine.fire('PLAYBACK_STOP', channel, { post: [...fileHeaders, ['Playback-Status', status]] })
}

/**
 * eavesdrop / three_way: the leg hears (and with whisper or barge, talks to) the target until either
 * hangs up. A target that does not exist ends it at once, as on the switch.
 */
async function listenIn(engine: CallEngine, channel: Channel, target: string, mode: EavesdropMode) {
  const targetChannel = engine.channels.get(target)
  if (!targetChannel) return
  engine.listenIn(channel, { target, mode })
  await Promise.race([targetChannel.ended, channel.ended])
  engine.stopListening(channel)
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
      case 'endless_playback':
        await play(engine, channel, arg, timing, true)
        return 'FILE PLAYED'
      case 'play_and_get_digits': {
        const [
          min = '1',
          max = '1',
          tries = '1',
          timeout = '5000',
          terminators = '#',
          file = '',
          invalidFile = '',
          variable,
          pattern,
        ] = arg.split(' ')
        // As switch_play_and_get_digits: input that is too short or fails the regex is a failed try,
        // answered by the invalid-input file before the next one.
        const regex = pattern ? new RegExp(pattern) : undefined
        for (let attempt = 0; attempt < Number(tries); attempt++) {
          // As on the switch, the first key pressed ends the prompt.
          if (channel.dtmfBuffer === '') {
            channel.digitWaiter = () => channel.stopPlayback?.('break')
            await play(engine, channel, file, timing)
            channel.digitWaiter = undefined
          }
          const digits = await collectDigits(channel, Number(max), terminators, Number(timeout))
          if (digits.length >= Number(min) && (!regex || regex.test(digits))) {
            if (variable) channel.variables.set(variable, digits)
            channel.variables.set('read_result', 'success')
            return '_none_'
          }
          if (channel.isGone) break
          if (invalidFile) await play(engine, channel, invalidFile, timing)
        }
        channel.variables.set('read_result', 'failure')
        return '_none_'
      }
      case 'park':
        engine.park(channel)
        return '_none_'
      case 'eavesdrop': {
        const toTarget = isTrue(channel.variables.get('eavesdrop_whisper_bleg'))
        const toPartner = isTrue(channel.variables.get('eavesdrop_whisper_aleg'))
        const mode = toTarget ? (toPartner ? 'barge' : 'whisper') : toPartner ? 'whisper-partner' : 'listen'
        await listenIn(engine, channel, arg, mode)
        return '_none_'
      }
      case 'three_way':
        await listenIn(engine, channel, arg, 'barge')
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
