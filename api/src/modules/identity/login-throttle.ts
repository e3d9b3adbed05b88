// Limits sign-in failures per account and per network address, across every API instance.
import type { EntityManager } from '../../db/database.js'
import { RateLimitedError } from '../../common/errors.js'
import type { Clock } from '../../common/clock.js'
import { LoginAttempt } from './login-attempt.entity.js'

export interface ThrottlePolicy {
  maxFailures: number
  windowMs: number
}

export const defaultThrottlePolicy: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000 }

export class LoginThrottle {
  constructor(
    private readonly clock: Clock,
    private readonly policy: ThrottlePolicy = defaultThrottlePolicy,
  ) {}

  /**
   * Takes transaction-scoped locks on the account and the address first: concurrent attempts (aliases
   * in one request, parallel requests, other instances) then count one after another, never past the limit.
   */
  async assertAllowed(em: EntityManager, accountKey: string, address: string): Promise<void> {
    await em.execute('select pg_advisory_xact_lock(hashtext(?)), pg_advisory_xact_lock(hashtext(?))', [
      `login-account:${accountKey}`,
      `login-address:${address}`,
    ])
    const now = this.clock.now()
    const windowStart = new Date(now.getTime() - this.policy.windowMs)
    // An account's count restarts at its last success; an address's does not, or one valid account
    // would let an attacker reset the limit while guessing others.
    const [row] = await em.execute<
      {
        account_oldest: Date | null
        account_count: string
        address_oldest: Date | null
        address_count: string
      }[]
    >(
      `with account_failures as (
         select attempted_at from login_attempt
         where account_key = ? and not succeeded and attempted_at > ?
           and attempted_at > coalesce(
             (select max(attempted_at) from login_attempt where account_key = ? and succeeded), '-infinity')
       ), address_failures as (
         select attempted_at from login_attempt where address = ? and not succeeded and attempted_at > ?
       )
       select (select min(attempted_at) from account_failures) as account_oldest,
              (select count(*) from account_failures) as account_count,
              (select min(attempted_at) from address_failures) as address_oldest,
              (select count(*) from address_failures) as address_count`,
      [accountKey, windowStart, accountKey, address, windowStart],
    )
    if (!row) return
    const blockedUntil = [
      Number(row.account_count) >= this.policy.maxFailures ? row.account_oldest : null,
      Number(row.address_count) >= this.policy.maxFailures ? row.address_oldest : null,
    ]
      .filter((oldest): oldest is Date => oldest !== null)
      .map((oldest) => new Date(oldest).getTime() + this.policy.windowMs)
    if (blockedUntil.length === 0) return
    const retryAfterSeconds = Math.max(1, Math.ceil((Math.max(...blockedUntil) - now.getTime()) / 1000))
    throw new RateLimitedError(
      `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes, or ask an administrator to reset your password.`,
      retryAfterSeconds,
    )
  }

  async record(em: EntityManager, accountKey: string, address: string, succeeded: boolean): Promise<void> {
    const attempt = em.create(LoginAttempt, { accountKey, address, succeeded, attemptedAt: this.clock.now() })
    await em.persistAndFlush(attempt)
  }
}
