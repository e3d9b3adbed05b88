// Reads the switch's own view of its channels, calls and SIP registrations, to rebuild state after a
// gap in events.
import type { EslClient } from '../esl/client.js'
import type { ChannelRow, SwitchSnapshot } from '../calls/tracker.js'

type Row = Record<string, unknown>

/** `show … as json` answers `{"row_count":0}` when empty, else `{"row_count":n,"rows":[…]}`. */
function rowsOf(text: string): Row[] {
  const parsed = JSON.parse(text) as { rows?: unknown }
  return Array.isArray(parsed.rows)
    ? (parsed.rows.filter((row) => row && typeof row === 'object') as Row[])
    : []
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

export async function readSwitchSnapshot(client: EslClient): Promise<SwitchSnapshot> {
  // Sent on the event connection: the switch answers after every event it queued before, so the
  // snapshot lines up with the event stream.
  const channels = rowsOf(await client.api('show channels as json')).map((row): ChannelRow => ({
    uuid: text(row.uuid),
    direction: text(row.direction),
    createdEpoch: Number(text(row.created_epoch)) || 0,
    callerNumber: text(row.cid_num),
    destinationNumber: text(row.dest),
    callState: text(row.callstate),
    application: text(row.application),
  }))
  const bridges = rowsOf(await client.api('show calls as json'))
    .filter((row) => text(row.b_uuid) !== '')
    .map((row) => [text(row.uuid), text(row.b_uuid)] as const)
  const registrations = rowsOf(await client.api('show registrations as json'))
    .map((row) => ({ user: text(row.reg_user), realm: text(row.realm) }))
    .filter((row) => row.user !== '' && row.realm !== '')
  return { channels: channels.filter((row) => row.uuid !== ''), bridges, registrations }
}
