// G2: the browser softphone's settings. The switch node an agent registers with is named here, by the
// API, so the SPA hard-codes nothing and an agent keeps to one node (offers only go to agents
// registered on the caller's node).
import { createHash } from 'node:crypto'
import { ForbiddenError, NotFoundError } from '../../common/errors.js'
import type { Config } from '../../config.js'
import type { Database } from '../../db/database.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import type { AgentSipService } from '../organization/agent-sip.service.js'
import { readPresence } from './presence.store.js'
import type { IceServer, Softphone } from './softphone.types.js'

/** Configuration key of the WebSocket URL that serves every node. */
const ANY_NODE = '*'

export class SoftphoneService {
  constructor(
    private readonly db: Database,
    private readonly agentSip: AgentSipService,
    private readonly config: Config['softphone'],
  ) {}

  /** The viewer's own softphone: their SIP account (password included) and where to register. */
  async mySoftphone(viewer: Viewer): Promise<Softphone> {
    if (viewer.apiKeyId)
      throw new ForbiddenError('A softphone belongs to a person; API keys have no SIP account.')
    const credentials = await this.agentSip.sipCredentials(viewer, viewer.userId)
    const { name, registeredNode } = await this.db.inTenant(viewer.tenantId, async (em) => {
      const user = await em.findOne(User, { id: viewer.userId, deletedAt: null })
      if (!user) throw new NotFoundError('Agent')
      const presence = await readPresence(em, viewer.userId)
      return { name: user.name, registeredNode: presence?.registeredNode ?? null }
    })
    const node = this.nodeFor(viewer.userId, registeredNode)
    return {
      sipUri: `sip:${credentials.user}@${credentials.domain}`,
      authUser: credentials.user,
      password: credentials.password,
      domain: credentials.domain,
      displayName: name,
      websocketUrl: this.config.websocketUrls[node ?? ANY_NODE]!,
      node,
      iceServers: this.config.iceServers.map((server): IceServer => ({
        urls: typeof server.urls === 'string' ? [server.urls] : server.urls,
        username: server.username ?? null,
        credential: server.credential ?? null,
      })),
    }
  }

  /**
   * The node the agent is registered on stays theirs (a reload must not move a live registration);
   * otherwise a hash of the agent spreads agents evenly and keeps each on the same node every day.
   */
  private nodeFor(userId: string, registeredNode: string | null): string | null {
    const nodes = Object.keys(this.config.websocketUrls)
      .filter((node) => node !== ANY_NODE)
      .sort()
    if (registeredNode && nodes.includes(registeredNode)) return registeredNode
    if (nodes.length === 0) return null
    const hash = createHash('sha256').update(userId).digest().readUInt32BE(0)
    return nodes[hash % nodes.length]!
  }
}
