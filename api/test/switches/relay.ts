// A TCP relay between the API and a real switch's event socket, so a test can cut the API's connection
// as a network fault would, while the switch and the test's own listener stay connected.
import { createServer, connect, type Server, type Socket } from 'node:net'

export class EventSocketRelay {
  private readonly pairs = new Set<Socket>()
  private isCut = false

  private constructor(private readonly server: Server) {}

  /** Listens on a free loopback port and relays each connection to `targetPort`. */
  static async open(targetPort: number): Promise<EventSocketRelay> {
    const server = createServer()
    const relay = new EventSocketRelay(server)
    server.on('connection', (client) => relay.accept(client, targetPort))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return relay
  }

  get port(): number {
    return (this.server.address() as { port: number }).port
  }

  /** Drops every relayed connection and turns new ones away until `restore`. */
  cut(): void {
    this.isCut = true
    for (const socket of this.pairs) socket.destroy()
  }

  restore(): void {
    this.isCut = false
  }

  async close(): Promise<void> {
    this.cut()
    await new Promise((resolve) => this.server.close(resolve))
  }

  private accept(client: Socket, targetPort: number): void {
    if (this.isCut) return void client.destroy()
    const upstream = connect(targetPort, '127.0.0.1')
    for (const [socket, other] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      this.pairs.add(socket)
      socket.pipe(other)
      socket.on('error', () => other.destroy())
      socket.on('close', () => {
        this.pairs.delete(socket)
        other.destroy()
      })
    }
  }
}
