// What an operator sees of a switch node: connection, ownership, liveness and load.
import type { EslEvent } from '../esl/codec.js'

export interface SwitchNodeAddress {
  /** `host:port`, unique in the cluster; advisory locks and call records name the node by it. */
  readonly name: string
  readonly host: string
  readonly port: number
  readonly password: string
}

export interface NodeHealth {
  readonly name: string
  /** The command connection is authenticated and subscribed. */
  readonly isConnected: boolean
  /** This API instance holds the node's lock and consumes its call events. */
  readonly isOwnedHere: boolean
  /** Why the command connection last went down (e.g. `auth-rejected`), if it did. */
  readonly lastError: string | null
  readonly lastHeartbeatAt: Date | null
  /** When this instance's event stream of the node (it owns it) last connected; null when not owned. */
  readonly eventsConnectedAt: Date | null
  readonly sessions: number | null
  readonly uptimeSeconds: number | null
}

/** Reads `api status`: `UP 0 years, 0 days, 1 hours, 2 minutes, 3 seconds, …` and `N session(s) - peak …`. */
export function parseStatus(text: string): { uptimeSeconds: number | null; sessions: number | null } {
  const up = /^UP (\d+) years?, (\d+) days?, (\d+) hours?, (\d+) minutes?, (\d+) seconds?/m.exec(text)
  const sessions = /^(\d+) session\(s\) - peak/m.exec(text)
  const [years, days, hours, minutes, seconds] = (up?.slice(1) ?? []).map(Number)
  return {
    uptimeSeconds: up
      ? ((((years ?? 0) * 365 + (days ?? 0)) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * 60 + (seconds ?? 0)
      : null,
    sessions: sessions ? Number(sessions[1]) : null,
  }
}

/** HEARTBEAT carries Session-Count and Uptime-msec; both are optional to a careful reader. */
export function parseHeartbeat(event: EslEvent): { uptimeSeconds: number | null; sessions: number | null } {
  const sessions = Number(event.headers['Session-Count'])
  const uptimeMs = Number(event.headers['Uptime-msec'])
  return {
    sessions: Number.isFinite(sessions) ? sessions : null,
    uptimeSeconds: Number.isFinite(uptimeMs) ? Math.floor(uptimeMs / 1000) : null,
  }
}

/** `FREESWITCH_NODES=host:port:password,…`; the password may itself contain colons. */
export function parseNodeList(list: string): SwitchNodeAddress[] {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const match = /^([^:]+):(\d{1,5}):(.+)$/.exec(item)
      if (!match) throw new Error(`"${item.split(':').slice(0, 2).join(':')}:…" is not host:port:password`)
      const [, host = '', port = '', password = ''] = match
      return { name: `${host}:${port}`, host, port: Number(port), password }
    })
}
