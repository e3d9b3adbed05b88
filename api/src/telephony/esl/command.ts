// What the client writes: one command line, optional `Name: value` lines, then an empty line.
import { EslProtocolError, excerpt } from './errors.js'
import type { EventFormat } from './event.js'
import type { HeaderList } from './frame.js'

export interface SendmsgExecute {
  /** Omitted on an outbound socket, where the connection belongs to one channel. */
  readonly uuid?: string
  readonly app: string
  readonly arg?: string
  /** Queue behind the channel's previous sendmsg instead of interrupting it. */
  readonly eventLock?: boolean
  /** Echoed back as Application-UUID on CHANNEL_EXECUTE(_COMPLETE), to match completions. */
  readonly eventUuid?: string
  readonly loops?: number
}

export type EslCommand =
  | { readonly kind: 'auth'; readonly password: string }
  | { readonly kind: 'api'; readonly command: string }
  | { readonly kind: 'bgapi'; readonly command: string; readonly jobUuid?: string }
  | { readonly kind: 'event'; readonly format: EventFormat; readonly events: readonly string[] }
  | ({ readonly kind: 'sendmsg' } & SendmsgExecute)
  | { readonly kind: 'exit' | 'linger' | 'nolinger' | 'noevents' | 'connect' }
  | { readonly kind: 'myevents'; readonly uuid?: string }

function line(kind: string, ...parts: Array<string | undefined>): string {
  return [kind, ...parts.filter((part) => part !== undefined && part !== '')].join(' ')
}

function commandParts(command: EslCommand): { line: string; headers: HeaderList } {
  switch (command.kind) {
    case 'auth':
      return { line: line('auth', command.password), headers: [] }
    case 'api':
      return { line: line('api', command.command), headers: [] }
    case 'bgapi':
      return {
        line: line('bgapi', command.command),
        headers: command.jobUuid === undefined ? [] : [['Job-UUID', command.jobUuid]],
      }
    case 'event':
      return { line: line('event', command.format, ...command.events), headers: [] }
    case 'sendmsg': {
      const headers: Array<readonly [string, string]> = [
        ['call-command', 'execute'],
        ['execute-app-name', command.app],
      ]
      if (command.arg !== undefined) headers.push(['execute-app-arg', command.arg])
      if (command.loops !== undefined) headers.push(['loops', String(command.loops)])
      if (command.eventUuid !== undefined) headers.push(['event-uuid', command.eventUuid])
      if (command.eventLock) headers.push(['event-lock', 'true'])
      return { line: line('sendmsg', command.uuid), headers }
    }
    case 'myevents':
      return { line: line('myevents', command.uuid), headers: [] }
    default:
      return { line: command.kind, headers: [] }
  }
}

/**
 * Serializes one command. A newline inside any part would end the block early and let the rest be
 * read as another command (a caller ID is enough to smuggle one in), so it is refused.
 */
export function encodeCommand(command: EslCommand): Buffer {
  const { line: commandLine, headers } = commandParts(command)
  const parts = [commandLine, ...headers.flat()]
  const broken = parts.find((part) => /[\r\n]/.test(part))
  if (broken !== undefined) {
    throw new EslProtocolError('BAD_COMMAND', `line break inside a command: ${excerpt(broken)}`)
  }
  let text = `${commandLine}\n`
  for (const [name, value] of headers) text += `${name}: ${value}\n`
  return Buffer.from(`${text}\n`, 'utf8')
}
