import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core'
import { Organization } from '../identity/roles.js'

/** What is stored of a plan's state; OVERDUE is derived (PENDING and past due), see the migration. */
export enum StoredPlanStatus {
  PENDING = 'PENDING',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** A scheduled callback (G5). The consoles read plans through contact-plan.store.ts, with names and calls. */
@Entity({ tableName: 'contact_plan' })
export class ContactPlan {
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  /** The customer's organisation, copied so that A11 filters plans without a join. */
  @Enum({ items: () => Organization })
  organization!: Organization

  @Property({ type: 'uuid' })
  customerId!: string

  /** The agent who calls back and is reminded. */
  @Property({ type: 'uuid' })
  ownerId!: string

  @Property({ type: 'string' })
  phoneNumber!: string

  @Property({ type: 'Date' })
  dueAt!: Date

  @Property({ type: 'string' })
  purpose!: string

  @Property({ type: 'string' })
  notes: string = ''

  @Enum({ items: () => StoredPlanStatus })
  status: StoredPlanStatus = StoredPlanStatus.PENDING

  @Property({ type: 'Date', nullable: true })
  remindedAt: Date | null = null

  @Property({ type: 'Date', nullable: true })
  closedAt: Date | null = null

  @Property({ type: 'Date' })
  createdAt!: Date

  @Property({ type: 'Date' })
  updatedAt!: Date
}
