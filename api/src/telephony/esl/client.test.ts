import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { CommandParser, encodeEvent, encodeFrame } from './codec.js'
import type { CommandBlock } from './codec.js'
import { EslClient, backoffDelay } from './client.js'
import type { EslClientOptions, EslLogger, StateChange } from './client.js'
import { waitForEvent, waitForState } from './wait.js'

const reply = (text: string, extra: Array<[string, string]> = []) =>
  encodeFrame([['Content-Type', 'command/reply'], ['Reply-Text', text], ...extra])
const apiResponse = (body: string) =>
  encodeFrame(
    [
      ['Content-Type', 'api/response'],
      ['Content-Length', ''],
    ],
    body,
  )

type Handler = (command: CommandBlock, socket: net.Socket) => void

/** A switch that follows a per-test script; enough to pin the client's behaviour before the simulator exists. */
class ScriptedSwitch {
  readonly commands: string[] = []
  readonly sockets: net.Socket[] = []
  handler: Handler = () => {}
  private readonly server = net.createServer((socket) => this.accept(socket))

  async listen(port = 0): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve))
    return (this.server.address() as AddressInfo).port
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise((resolve) => this.server.close(resolve))
  }

  private accept(socket: net.Socket): void {
    this.sockets.push(socket)
    const parser = new CommandParser()
    socket.on('error', () => {})
    socket.write(encodeFrame([['Content-Type', 'auth/request']]))
    socket.on('data', (chunk: Buffer) => {
      for (const command of parser.push(chunk).items) {
        this.commands.push(command.command)
        if (command.command === 'auth ClueCon') socket.write(reply('+OK accepted'))
        else if (command.command.startsWith('auth ')) {
          socket.write(reply('-ERR invalid'))
          socket.end(encodeFrame([['Content-Type', 'text/disconnect-notice']], 'Disconnected, goodbye.\n'))
        } else if (command.command.startsWith('event '))
          socket.write(reply('+OK event listener enabled plain'))
        else if (command.command === 'exit') socket.end(reply('+OK bye'))
        else this.handler(command, socket)
      }
    })
  }
}

const eventBytes = (name: string, headers: Array<[string, string]> = [], body?: string) =>
  encodeEvent({ headerList: [['Event-Name', name], ...headers], body }, 'plain')

function recordingLogger(): EslLogger & { lines: string[] } {
  const lines: string[] = []
  const log = (level: string) => (context: object, message: string) =>
    lines.push(`${level} ${message} ${JSON.stringify(context)}`)
  return { lines, debug() {}, info: log('info'), warn: log('warn'), error: log('error') }
}

let fake: ScriptedSwitch
let client: EslClient | undefined

async function connect(options: Partial<EslClientOptions> = {}): Promise<EslClient> {
  fake = new ScriptedSwitch()
  const port = await fake.listen()
  client = new EslClient({
    host: '127.0.0.1',
    port,
    password: 'ClueCon',
    backoff: { baseMs: 10, maxMs: 50 },
    ...options,
  })
  client.start()
  return client
}

afterEach(async () => {
  await client?.close()
  client = undefined
  await fake?.close()
})

describe('X1: ESL client', () => {
  it('authenticates and subscribes to the platform events, never ALL', async () => {
    const states: StateChange['state'][] = []
    fake = new ScriptedSwitch()
    const port = await fake.listen()
    client = new EslClient({ host: '127.0.0.1', port, password: 'ClueCon' })
    client.onStateChange((change) => states.push(change.state))
    client.start()
    await waitForState(client, 'ready')
    expect(states).toEqual(['connecting', 'authenticating', 'ready'])
    expect(fake.commands[0]).toBe('auth ClueCon')
    const subscription = fake.commands[1]?.split(' ') ?? []
    expect(subscription.slice(0, 2)).toEqual(['event', 'plain'])
    expect(subscription).toEqual(
      expect.arrayContaining(['CHANNEL_PARK', 'DTMF', 'BACKGROUND_JOB', 'HEARTBEAT']),
    )
    expect(subscription).not.toContain('ALL')
  })

  it('matches replies to commands strictly in order', async () => {
    await connect()
    fake.handler = (command, socket) => socket.write(apiResponse(`answer to ${command.command}`))
    await waitForState(client!, 'ready')
    const answers = await Promise.all(['api one', 'api two', 'api three'].map((c) => client!.api(c.slice(4))))
    expect(answers).toEqual(['answer to api one', 'answer to api two', 'answer to api three'])
  })

  it('resolves bgapi by Job-UUID when BACKGROUND_JOB arrives, also with a caller-chosen id', async () => {
    await connect()
    fake.handler = (command, socket) => {
      const jobUuid = command.headers['Job-UUID'] ?? 'server-picked'
      socket.write(reply(`+OK Job-UUID: ${jobUuid}`, [['Job-UUID', jobUuid]]))
      socket.write(eventBytes('HEARTBEAT'))
      socket.write(
        eventBytes(
          'BACKGROUND_JOB',
          [
            ['Job-UUID', jobUuid],
            ['Job-Command', 'originate'],
          ],
          '+OK abc\n',
        ),
      )
    }
    await waitForState(client!, 'ready')
    const chosen = await client!.bgapi('originate user/8001@t1 &park', { jobUuid: 'my-job' })
    expect(chosen).toEqual({ jobUuid: 'my-job', result: '+OK abc\n' })
    const generated = await client!.bgapi('status')
    expect(generated.jobUuid).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('rejects a command the switch refuses, and sendmsg passes its headers', async () => {
    await connect()
    const received: CommandBlock[] = []
    fake.handler = (command, socket) => {
      received.push(command)
      socket.write(reply(command.headers['execute-app-name'] === 'bogus' ? '-ERR invalid session id' : '+OK'))
    }
    await waitForState(client!, 'ready')
    await expect(client!.sendmsg('u1', 'playback', 'ivr/welcome.wav', { eventLock: true })).resolves.toBe(
      '+OK',
    )
    await expect(client!.sendmsg('u1', 'bogus')).rejects.toThrow(/COMMAND_FAILED.*-ERR invalid session id/)
    expect(received[0]?.headers).toMatchObject({ 'execute-app-arg': 'ivr/welcome.wav', 'event-lock': 'true' })
  })

  it('emits typed events to listeners and survives a listener that throws', async () => {
    const logger = recordingLogger()
    await connect({ logger })
    client!.onEvent(() => {
      throw new Error('listener bug')
    })
    await waitForState(client!, 'ready')
    const dtmf = waitForEvent(client!, (event) => event.eventName === 'DTMF')
    fake.sockets[0]?.write(
      eventBytes('DTMF', [
        ['Unique-ID', 'u1'],
        ['DTMF-Digit', '#'],
      ]),
    )
    await expect(dtmf).resolves.toMatchObject({ uniqueId: 'u1', dtmfDigit: '#' })
    expect(logger.lines.some((line) => line.includes('listener threw'))).toBe(true)
    expect(client!.state).toBe('ready')
  })

  it('stops with a clear reason on a wrong password instead of hammering the switch', async () => {
    const logger = recordingLogger()
    await connect({ password: 'wrong', logger })
    await waitForState(client!, 'closed')
    expect(client!.lastReason).toBe('auth-rejected')
    expect(logger.lines.some((line) => line.startsWith('error esl auth rejected'))).toBe(true)
    await expect(client!.api('status')).rejects.toThrow(/CLOSED/)
    expect(fake.commands).toEqual(['auth wrong'])
  })

  it('rejects pending commands when the peer closes mid-frame, then reconnects', async () => {
    await connect()
    fake.handler = (_command, socket) => {
      socket.end(Buffer.from('Content-Type: api/response\nContent-Length: 100\n\npartial'))
    }
    await waitForState(client!, 'ready')
    await expect(client!.api('status')).rejects.toThrow(/DISCONNECTED/)
    await waitForState(client!, 'ready')
    expect(fake.sockets).toHaveLength(2)
  })

  it('drops a connection that sends a malformed frame, logs why, and reconnects', async () => {
    const logger = recordingLogger()
    await connect({ logger })
    await waitForState(client!, 'ready')
    const reconnected = waitForState(client!, 'backing-off').then(() => waitForState(client!, 'ready'))
    fake.sockets[0]?.write('Content-Length: lots\n\n')
    await reconnected
    expect(logger.lines.some((line) => line.includes('BAD_CONTENT_LENGTH'))).toBe(true)
    expect(fake.sockets).toHaveLength(2)
  })

  it('treats silence past the liveness timeout as a dead switch', async () => {
    await connect({ livenessTimeoutMs: 150 })
    await waitForState(client!, 'ready')
    await waitForState(client!, 'backing-off', 2000)
    expect(client!.lastReason).toMatch(/no frame for 150 ms/)
    await waitForState(client!, 'ready')
  })

  it('keeps retrying while the switch is down and connects once it is back', async () => {
    fake = new ScriptedSwitch()
    const port = await fake.listen()
    await fake.close()
    const attempts: string[] = []
    client = new EslClient({
      host: '127.0.0.1',
      port,
      password: 'ClueCon',
      backoff: { baseMs: 5, maxMs: 20 },
    })
    client.onStateChange((change) => attempts.push(change.state))
    client.start()
    await waitForState(client, 'backing-off')
    await waitForState(client, 'connecting')
    await waitForState(client, 'backing-off')
    fake = new ScriptedSwitch()
    await fake.listen(port)
    await waitForState(client, 'ready', 5000)
  })

  it('says exit on close and does not reconnect afterwards', async () => {
    await connect()
    await waitForState(client!, 'ready')
    await client!.close()
    expect(fake.commands.at(-1)).toBe('exit')
    expect(client!.state).toBe('closed')
    await expect(client!.bgapi('status')).rejects.toThrow(/CLOSED/)
  })
})

describe('X1: ESL client backoff', () => {
  it('waits a uniformly random time up to min(max, base·2^attempt)', () => {
    expect(backoffDelay(0, 100, 5000, () => 0.999)).toBe(99)
    expect(backoffDelay(3, 100, 5000, () => 0.5)).toBe(400)
    expect(backoffDelay(10, 100, 5000, () => 0.999)).toBe(4995)
    expect(backoffDelay(1000, 100, 5000, () => 0)).toBe(0)
  })
})
