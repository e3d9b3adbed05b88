// What the ACD needs from the switch cluster: commands to any node, and which nodes this instance
// owns (their events arrive here, and their waiting callers hear announcements from here).
import path from 'node:path'
import { commandOutcome, uuidRecord, uuidSetVar } from '../../telephony/control/commands.js'

/** The channel an application was meant for hung up (or was never there). */
export class CallerGoneError extends Error {
  constructor(readonly uuid: string) {
    super(`channel ${uuid} is gone`)
  }
}

/** What the ACD and IVR read of a finished application: the channel's variables at that moment. */
export interface CompletedApplication {
  readonly variables: Readonly<Record<string, string>>
}

export interface SwitchControl {
  api(node: string, command: string): Promise<string>
  /** Runs a long command (originate) without holding the command connection; resolves with its result. */
  bgapi(node: string, command: string): Promise<string>
  /**
   * Queues a dialplan application on a parked channel (`sendmsg` execute with event-lock). Without
   * `isLocked` (wait music) the switch runs applications queued later inside it, nested: they play over
   * it and it resumes after them.
   */
  execute(
    node: string,
    uuid: string,
    app: string,
    arg?: string,
    options?: { isLocked: boolean },
  ): Promise<void>
  /**
   * Runs an application on a parked channel of an owned node and waits for it to finish: resolves with
   * the channel's variables once it completes (they hold its result, e.g. the digits of
   * play_and_get_digits); rejects with CallerGoneError once the channel hangs up.
   */
  run(node: string, uuid: string, app: string, arg?: string): Promise<CompletedApplication>
  ownsNode(node: string): boolean
  /** The nodes this instance can command: it only rings callers parked on these. */
  knownNodes(): readonly string[]
  /** A node to place calls that have no leg yet (queue callbacks), preferring `preferred`. */
  pickNode(preferred?: string): string
}

/** Runs an api command and reads FreeSWITCH's `+OK`/`-ERR` answer; a dead connection is a failure too. */
export async function tryCommand(
  control: SwitchControl,
  node: string,
  command: string,
): Promise<{ ok: true; value: string } | { ok: false; cause: string }> {
  try {
    return commandOutcome(await control.api(node, command))
  } catch (error) {
    return { ok: false, cause: `SWITCH_UNREACHABLE: ${(error as Error).message}` }
  }
}

/**
 * A channel variable through `uuid_getvar`, which answers the bare value (no `+OK`), `_undef_` for an
 * unset variable and `-ERR …` for a channel that is gone; the last two, and a dead connection, are undefined.
 */
export async function channelVariable(
  control: SwitchControl,
  node: string,
  uuid: string,
  name: string,
): Promise<string | undefined> {
  const reply = await control.api(node, `uuid_getvar ${uuid} ${name}`).catch(() => '-ERR')
  const value = reply.trim()
  return value.startsWith('-ERR') || value === '_undef_' ? undefined : value
}

/**
 * Where a call's recording goes: MEDIA_DIR/recordings/<tenant>/<yyyy>/<mm>/<dd>/<call>.wav (UTC day), so no
 * directory holds more than a day of one company's calls. The path is kept on the call record, so files
 * written under an older layout (<tenant>/<yyyy-mm-dd>/) still play.
 */
export function recordingFileOf(call: {
  tenantId: string
  callId: string
  mediaDir: string
  at: Date
}): string {
  const [year, month, day] = call.at.toISOString().slice(0, 10).split('-') as [string, string, string]
  return path.join(call.mediaDir, 'recordings', call.tenantId, year, month, day, `${call.callId}.wav`)
}

/**
 * Records a call on one of its legs into its recording file (recordingFileOf). The switch records what the
 * leg's party says (read) and what it hears (write); in stereo (RECORD_STEREO, read left) the customer goes
 * on the left and the agent on the right, so a recording on the agent's leg swaps them (RECORD_STEREO_SWAP).
 * uuid_record reads both variables from the channel when it starts.
 */
export async function recordCall(
  control: SwitchControl,
  call: {
    node: string
    legUuid: string
    isAgentLeg: boolean
    isStereo: boolean
    tenantId: string
    callId: string
    mediaDir: string
    at: Date
  },
): Promise<void> {
  if (call.isStereo) {
    const variable = call.isAgentLeg ? 'RECORD_STEREO_SWAP' : 'RECORD_STEREO'
    await tryCommand(control, call.node, uuidSetVar(call.legUuid, variable, 'true'))
  }
  await tryCommand(control, call.node, uuidRecord(call.legUuid, recordingFileOf(call)))
}
