import { Entity, PrimaryKey, Property } from '@mikro-orm/core'

/** Platform-wide record of sign-in attempts, the memory of the login throttle. */
@Entity({ tableName: 'login_attempt' })
export class LoginAttempt {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string

  /** Lower-cased email: aliases of one account in a request count against the same key. */
  @Property({ type: 'string' })
  accountKey!: string

  @Property({ type: 'string' })
  address!: string

  @Property({ type: 'boolean' })
  succeeded!: boolean

  @Property({ type: 'Date' })
  attemptedAt: Date = new Date()
}
