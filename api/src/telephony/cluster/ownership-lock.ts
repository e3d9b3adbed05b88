// Node ownership through PostgreSQL session-level advisory locks: the lock lives exactly as long as
// the owner's database session, so a crashed owner frees its nodes without anyone cleaning up.
import pg from 'pg'
import type { EslLogger } from '../esl/client.js'

export interface OwnershipLock {
  tryAcquire(node: string): Promise<boolean>
  release(node: string): Promise<void>
  /** Proves the session (and so every lock it holds) is still alive; throws when it is not. */
  ping(): Promise<void>
  /** Called when the session dies: every lock it held is gone. */
  onLost(listener: () => void): void
  close(): Promise<void>
}

export class PgOwnershipLock implements OwnershipLock {
  private client: pg.Client | undefined
  private connecting: Promise<pg.Client> | undefined
  private readonly lostListeners = new Set<() => void>()
  private isClosed = false

  constructor(
    private readonly connectionString: string,
    private readonly logger: EslLogger,
  ) {}

  async tryAcquire(node: string): Promise<boolean> {
    const client = await this.connection()
    const result = await client.query<{ locked: boolean }>(
      `select pg_try_advisory_lock(hashtextextended('cc.switch-node:' || $1, 0)) as locked`,
      [node],
    )
    return result.rows[0]?.locked === true
  }

  async release(node: string): Promise<void> {
    if (!this.client) return
    await this.client.query(`select pg_advisory_unlock(hashtextextended('cc.switch-node:' || $1, 0))`, [node])
  }

  async ping(): Promise<void> {
    await (await this.connection()).query('select 1')
  }

  onLost(listener: () => void): void {
    this.lostListeners.add(listener)
  }

  async close(): Promise<void> {
    this.isClosed = true
    const client = this.client
    this.client = undefined
    await client?.end().catch(() => {})
  }

  private connection(): Promise<pg.Client> {
    if (this.isClosed) return Promise.reject(new Error('ownership lock closed'))
    if (this.client) return Promise.resolve(this.client)
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.connectionString })
      client.on('error', (error) => this.lost(client, error.message))
      client.on('end', () => this.lost(client, 'connection ended'))
      try {
        await client.connect()
      } catch (error) {
        client.removeAllListeners()
        throw error
      }
      this.client = client
      return client
    })().finally(() => (this.connecting = undefined))
    return this.connecting
  }

  private lost(client: pg.Client, reason: string): void {
    if (this.client !== client) return
    this.client = undefined
    void client.end().catch(() => {})
    if (this.isClosed) return
    this.logger.error({ reason }, 'switch ownership session lost; giving up owned nodes')
    for (const listener of this.lostListeners) listener()
  }
}
