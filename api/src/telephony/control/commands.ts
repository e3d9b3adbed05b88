// The api command lines the platform sends to drive calls, built in one place so quoting is right
// everywhere. Syntax as FreeSWITCH's mod_commands and mod_dptools document it.

/** `{a=1,b='two words'}`: values with spaces are quoted; commas inside values are escaped. */
export function channelVariables(variables: Readonly<Record<string, string | number | boolean>>): string {
  const pairs = Object.entries(variables).map(([name, raw]) => {
    const value = String(raw).replace(/,/g, '\\,').replace(/'/g, '')
    return `${name}=${/\s/.test(value) ? `'${value}'` : value}`
  })
  return `{${pairs.join(',')}}`
}

/** Where a leg is placed: an agent's registered SIP user, or a number through the trunk gateway. */
export type Endpoint =
  | { readonly kind: 'user'; readonly user: string; readonly domain: string }
  | { readonly kind: 'gateway'; readonly gateway: string; readonly number: string }

export function dialString(endpoint: Endpoint): string {
  return endpoint.kind === 'user'
    ? `user/${endpoint.user}@${endpoint.domain}`
    : `sofia/gateway/${endpoint.gateway}/${endpoint.number}`
}

/** `originate {vars}<endpoint> &app(arg)`: the new leg runs `app` once answered (park by default). */
export function originate(
  variables: Readonly<Record<string, string | number | boolean>>,
  endpoint: Endpoint,
  app: { name: string; arg?: string } = { name: 'park' },
): string {
  return `originate ${channelVariables(variables)}${dialString(endpoint)} &${app.name}(${app.arg ?? ''})`
}

export const uuidBridge = (a: string, b: string) => `uuid_bridge ${a} ${b}`
export const uuidKill = (uuid: string, cause = 'NORMAL_CLEARING') => `uuid_kill ${uuid} ${cause}`
export const uuidBreak = (uuid: string) => `uuid_break ${uuid} all`
export const uuidSetVar = (uuid: string, name: string, value: string) =>
  `uuid_setvar ${uuid} ${name} ${value}`
/** Mutes what the agent's leg reads (their microphone), so the other side hears nothing. */
export const uuidMute = (uuid: string, on: boolean) =>
  on ? `uuid_audio ${uuid} start read mute 1` : `uuid_audio ${uuid} stop`
/** Takes a leg out of its bridge and parks it (a transfer's first step). */
export const uuidPark = (uuid: string) => `uuid_transfer ${uuid} park inline`
export const uuidRecord = (uuid: string, path: string) => `uuid_record ${uuid} start ${path}`
/** Asks a desk phone to go off-hook (answer) through a SIP NOTIFY the phone honours. */
export const uuidPhoneTalk = (uuid: string) => `uuid_phone_event ${uuid} talk`

/** `+OK …` is success; anything else is the cause, e.g. `-ERR NO_ANSWER` → `NO_ANSWER`. */
export function commandOutcome(reply: string): { ok: true; value: string } | { ok: false; cause: string } {
  const text = reply.trim()
  if (text.startsWith('+OK')) return { ok: true, value: text.slice(3).trim() }
  return { ok: false, cause: text.replace(/^-ERR\s*/, '').split(/\s/)[0] || 'UNKNOWN' }
}
