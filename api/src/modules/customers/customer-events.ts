// A customer changed (card edited, merged away, a history entry added): every screen pop showing that
// customer reads it again (G4 item 7). Published after the change commits, across API instances.
import { afterCommit, type EntityManager } from '../../db/database.js'
import type { PubSub } from '../../graphql/pubsub.js'

const TOPIC = 'customers.changed'

export interface CustomerChange {
  tenantId: string
  customerId: string
  /** What changed, so a screen pop re-reads only that part. */
  part: 'CARD' | 'HISTORY'
  /** Set when the customer was merged into another: the screen pop follows the survivor. */
  mergedInto: string | null
}

export class CustomerEvents {
  constructor(private readonly pubsub: PubSub) {}

  /** Announces the change once `em`'s transaction commits. */
  changed(em: EntityManager, change: CustomerChange): void {
    afterCommit(em, () => void this.pubsub.publish(TOPIC, change))
  }

  async *of(
    tenantId: string,
    customerId: string,
    signal?: AbortSignal,
  ): AsyncIterableIterator<CustomerChange> {
    for await (const change of this.pubsub.subscribe<CustomerChange>(TOPIC, signal))
      if (change.tenantId === tenantId && change.customerId === customerId) yield change
  }
}
