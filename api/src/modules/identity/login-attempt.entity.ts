import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core'

export enum LoginOutcome {
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  /** An administrator unlocked the account: like a success, it ends the account's run of failures. */
  UNLOCKED = 'UNLOCKED',
}

/** Platform-wide record of sign-in attempts, the memory of the login throttle. */
@Entity({ tableName: 'login_attempt' })
export class LoginAttempt {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string

  /** Lower-cased email: aliases of one account in a request count against the same key. */
  @Property({ type: 'string' })
  accountKey!: string

  /** Where the attempt came from; none for an unlock. */
  @Property({ type: 'string', nullable: true })
  address?: string | null

  @Enum({ items: () => LoginOutcome })
  outcome!: LoginOutcome

  @Property({ type: 'Date' })
  attemptedAt: Date = new Date()
}
