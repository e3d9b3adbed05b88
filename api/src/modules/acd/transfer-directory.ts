// G3 transfers: the colleagues an agent may hand a call to. Agents see each other here (name, agent
// number, status) although the team directory shows them only themselves, and never across the
// inbound / telesales divide (A11): the same rule guards the transfer itself (isColleague).
import type { Database } from '../../db/database.js'
import type { Viewer } from '../identity/viewer.js'
import { colleaguesOf } from './transfer-directory.store.js'
import type { TransferableAgent } from './transfer-directory.types.js'

export class TransferDirectory {
  constructor(private readonly db: Database) {}

  /** Free agents first, then by name. */
  agents(viewer: Viewer): Promise<TransferableAgent[]> {
    return this.db.inTenant(viewer.tenantId, (em) => colleaguesOf(em, viewer))
  }
}
