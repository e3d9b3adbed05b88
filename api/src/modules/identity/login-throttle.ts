// Sign-in lockout across every API instance (issue 14): an account locks after a run of failures, longer
// each time; an address locks only when its failures span many accounts, so a call center behind one NAT
// address is never locked out by one agent's typos.
import type { EntityManager } from '../../db/database.js'
import { RateLimitedError } from '../../common/errors.js'
import type { Clock } from '../../common/clock.js'
import { LoginAttempt, LoginOutcome } from './login-attempt.entity.js'
import {
  failureRuns,
  hasSignedInFrom,
  lastFailuresFromAddress,
  lockAccount,
  lockAccountAndAddress,
} from './login-attempt.store.js'

export interface ThrottlePolicy {
  /** Failures in a row (no success or unlock between them) that lock an account. */
  accountMaxFailures: number
  /** The first lock; each failure after a lock has ended doubles the next one, up to `accountMaxLockMs`. */
  accountFirstLockMs: number
  accountMaxLockMs: number
  /** Failures older than this no longer count against an account. */
  accountMemoryMs: number
  /** Accounts failing from one address, none signed in since, that lock the address: credential stuffing. */
  addressMaxAccounts: number
  addressWindowMs: number
  /** An account that signed in from an address this recently is not held by that address's lock. */
  knownAddressMs: number
}

const MINUTE_MS = 60_000

export const defaultThrottlePolicy: ThrottlePolicy = {
  accountMaxFailures: 5,
  accountFirstLockMs: MINUTE_MS,
  accountMaxLockMs: 60 * MINUTE_MS,
  accountMemoryMs: 24 * 60 * MINUTE_MS,
  addressMaxAccounts: 20,
  addressWindowMs: 15 * MINUTE_MS,
  knownAddressMs: 30 * 24 * 60 * MINUTE_MS,
}

/** Why a sign-in is refused, sent as `extensions.reason`: clients word the refusal by it. */
export type SignInLockReason = 'ACCOUNT_LOCKED' | 'ADDRESS_LOCKED'

interface SignInLock {
  reason: SignInLockReason
  until: Date
}

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
    await lockAccountAndAddress(em, accountKey, address)
    const locks: SignInLock[] = []
    const accountLockedUntil = (await this.accountLocks(em, [accountKey])).get(accountKey)
    if (accountLockedUntil) locks.push({ reason: 'ACCOUNT_LOCKED', until: accountLockedUntil })
    const addressLockedUntil = await this.addressLockedUntil(em, address, accountKey)
    if (addressLockedUntil) locks.push({ reason: 'ADDRESS_LOCKED', until: addressLockedUntil })
    // The lock that lasts longer is the one worth telling about; on a tie, the account's.
    const [longest] = locks.sort((a, b) => b.until.getTime() - a.until.getTime())
    if (longest) throw lockedError(longest, this.clock.now())
  }

  async record(
    em: EntityManager,
    accountKey: string,
    address: string,
    outcome: LoginOutcome.SUCCEEDED | LoginOutcome.FAILED,
  ): Promise<void> {
    const attempt = em.create(LoginAttempt, { accountKey, address, outcome, attemptedAt: this.clock.now() })
    await em.persistAndFlush(attempt)
  }

  /** Ends the account's run of failures, and with it any lock, as a success would. */
  async unlock(em: EntityManager, accountKey: string): Promise<void> {
    await lockAccount(em, accountKey)
    const unlock = em.create(LoginAttempt, {
      accountKey,
      address: null,
      outcome: LoginOutcome.UNLOCKED,
      attemptedAt: this.clock.now(),
    })
    await em.persistAndFlush(unlock)
  }

  /** When each of the locked accounts among `accountKeys` may sign in again; unlocked ones are absent. */
  async accountLocks(em: EntityManager, accountKeys: string[]): Promise<Map<string, Date>> {
    const locks = new Map<string, Date>()
    if (accountKeys.length === 0) return locks
    const now = this.clock.now()
    const runs = await failureRuns(em, accountKeys, new Date(now.getTime() - this.policy.accountMemoryMs))
    for (const run of runs) {
      if (run.failures < this.policy.accountMaxFailures) continue
      const until = new Date(run.lastFailureAt.getTime() + this.lockDurationMs(run.failures))
      if (until > now) locks.set(run.accountKey, until)
    }
    return locks
  }

  /** 1, 2, 4… minutes: the fifth failure locks for the first period, each later one for twice the last. */
  private lockDurationMs(failures: number): number {
    const doublings = failures - this.policy.accountMaxFailures
    return Math.min(this.policy.accountFirstLockMs * 2 ** doublings, this.policy.accountMaxLockMs)
  }

  /**
   * An address is locked while failures from it span `addressMaxAccounts` accounts that have not signed
   * in since: guessing across accounts. Typos in an office are followed by a success and do not count,
   * and whoever signed in from the address before is not held by its lock.
   */
  private async addressLockedUntil(
    em: EntityManager,
    address: string,
    accountKey: string,
  ): Promise<Date | null> {
    const now = this.clock.now().getTime()
    if (await hasSignedInFrom(em, accountKey, address, new Date(now - this.policy.knownAddressMs)))
      return null
    const lastFailures = await lastFailuresFromAddress(
      em,
      address,
      new Date(now - this.policy.addressWindowMs),
      this.policy.addressMaxAccounts,
    )
    if (lastFailures.length < this.policy.addressMaxAccounts) return null
    // The lock lasts until the oldest of those accounts' failures leaves the window.
    const oldest = Math.min(...lastFailures.map((at) => at.getTime()))
    return new Date(oldest + this.policy.addressWindowMs)
  }
}

function lockedError(lock: SignInLock, now: Date): RateLimitedError {
  const retryAfterSeconds = Math.max(1, Math.ceil((lock.until.getTime() - now.getTime()) / 1000))
  const minutes = Math.ceil(retryAfterSeconds / 60)
  const wait = `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}`
  const message =
    lock.reason === 'ACCOUNT_LOCKED'
      ? `Too many failed sign-in attempts for this account. ${wait} or ask your administrator to unlock your account.`
      : `Too many failed sign-in attempts from your network. ${wait}.`
  return new RateLimitedError(lock.reason, message, retryAfterSeconds, { params: { minutes } })
}
