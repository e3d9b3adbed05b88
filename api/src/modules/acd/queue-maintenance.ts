// The queues' limits, expiries and announcements, which the sweeper runs per tenant: offers whose
// ringing instance died, callers waiting past their group's longest wait (overflow, once, to another
// group, else a message and hang-up), and the position announcements (A3).
import type { Clock } from '../../common/clock.js'
import type { Database } from '../../db/database.js'
import { uuidBreak } from '../../telephony/control/commands.js'
import { allAgentsBusy, playList, positionAnnouncement, queueLanguage } from './queue-audio.js'
import {
  dropOverflowed,
  dueAnnouncements,
  expireOffers,
  lockForOverflow,
  markAnnounced,
  moveToSkillGroup,
  overdueEntries,
} from './queue-entry.store.js'
import type { AcdSettingsService, AcdSettingsValues } from './settings.service.js'
import { tryCommand, type SwitchControl } from './switch-control.js'

export interface QueueMaintenanceDeps {
  db: Database
  settings: AcdSettingsService
  clock: Clock
  switches: () => SwitchControl
  mediaDir: string
  /** A skill group's queue changed (the supervisors' board listens). */
  changed(tenantId: string, skillGroupId: string): void
  dispatch(tenantId: string): Promise<void>
  requestDispatch(tenantId: string): void
}

export class QueueMaintenance {
  constructor(private readonly deps: QueueMaintenanceDeps) {}

  async maintain(tenantId: string): Promise<void> {
    const { db, settings: settingsService } = this.deps
    const now = this.deps.clock.now()
    const { overflowing, announce, settings } = await db.inTenant(tenantId, async (em) => {
      const settings = await settingsService.read(em, tenantId)
      await expireOffers(em, now)
      const overflowing = await overdueEntries(em, now)
      const announce = settings.announcePosition
        ? await dueAnnouncements(em, now, settings.announceIntervalSeconds)
        : []
      return { overflowing, announce, settings }
    })
    for (const { id } of overflowing) await this.overflow(tenantId, id)
    for (const waiting of announce) {
      if (this.deps.switches().ownsNode(waiting.node)) await this.announce(tenantId, waiting, settings)
    }
    await this.deps.dispatch(tenantId)
  }

  /**
   * Says the caller's place in the queue. Queued behind the greeting, it never cuts the queue prompt
   * short; it plays over the wait music (sent unlocked), which resumes after it.
   */
  private async announce(
    tenantId: string,
    waiting: { id: string; node: string; position: number },
    settings: AcdSettingsValues,
  ): Promise<void> {
    await this.deps.db.inTenant(tenantId, (em) => markAnnounced(em, waiting.id, this.deps.clock.now()))
    const files = positionAnnouncement(
      this.deps.mediaDir,
      Math.min(waiting.position, 999),
      queueLanguage(settings.homeRegion),
    )
    await this.deps.switches().execute(waiting.node, waiting.id, 'playback', playList(files))
  }

  /** Too long a wait or a full queue: on to the overflow skill group once, else a message and hang-up. */
  async overflow(tenantId: string, entryId: string): Promise<void> {
    const { db, clock } = this.deps
    const outcome = await db.inTenant(tenantId, async (em) => {
      const entry = await lockForOverflow(em, entryId)
      if (!entry) return undefined
      if (entry.overflowAction === 'SKILL_GROUP' && entry.overflowSkillGroupId && !entry.hasOverflowed) {
        await moveToSkillGroup(em, entryId, entry.overflowSkillGroupId, clock.now())
        return { entry, action: 'MOVED' as const }
      }
      await dropOverflowed(em, entryId, clock.now())
      return { entry, action: 'HANG_UP' as const }
    })
    if (!outcome) return
    this.deps.changed(tenantId, outcome.entry.skillGroupId)
    if (outcome.action === 'MOVED') return this.deps.requestDispatch(tenantId)
    const { node, callerLegUuid: leg } = outcome.entry
    if (!leg) return
    const control = this.deps.switches()
    const settings = await db.inTenant(tenantId, (em) => this.deps.settings.read(em, tenantId))
    await tryCommand(control, node, uuidBreak(leg))
    await control.execute(
      node,
      leg,
      'playback',
      allAgentsBusy(this.deps.mediaDir, queueLanguage(settings.homeRegion)),
    )
    await control.execute(node, leg, 'hangup', 'NORMAL_CLEARING')
  }
}
