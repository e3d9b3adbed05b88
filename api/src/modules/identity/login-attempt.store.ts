// SQL for the sign-in lockout (login-throttle.ts): the advisory locks that make attempts count one after
// another, and the runs of failures read from login_attempt.
import type { EntityManager } from '../../db/database.js'

// An account's run of failures is what came after its last success or unlock, ordered by row ID: the
// advisory lock makes IDs follow the order of attempts, and timestamps of a frozen test clock tie.
const FAILURES_SINCE_RESET = `
  f.outcome = 'FAILED'
  and f.id > coalesce((select max(r.id) from login_attempt r
                       where r.account_key = f.account_key and r.outcome <> 'FAILED'), 0)`

const accountLockKey = (accountKey: string) => `login-account:${accountKey}`

/** Locks the account and the address until the transaction ends, in one statement. */
export async function lockAccountAndAddress(
  em: EntityManager,
  accountKey: string,
  address: string,
): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?)), pg_advisory_xact_lock(hashtext(?))', [
    accountLockKey(accountKey),
    `login-address:${address}`,
  ])
}

/** Locks the account until the transaction ends. */
export async function lockAccount(em: EntityManager, accountKey: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [accountLockKey(accountKey)])
}

export interface FailureRun {
  accountKey: string
  failures: number
  lastFailureAt: Date
}

/** The current run of failures of each of the accounts, counting failures after `since`; none are absent. */
export async function failureRuns(
  em: EntityManager,
  accountKeys: string[],
  since: Date,
): Promise<FailureRun[]> {
  const rows = await em.execute<{ account_key: string; failures: number; last_failure: Date }[]>(
    `select f.account_key, count(*)::int as failures, max(f.attempted_at) as last_failure
     from login_attempt f
     where f.account_key in (?) and f.attempted_at > ? and ${FAILURES_SINCE_RESET}
     group by f.account_key`,
    [accountKeys, since],
  )
  return rows.map((row) => ({
    accountKey: row.account_key,
    failures: row.failures,
    lastFailureAt: new Date(row.last_failure),
  }))
}

/** Whether the account signed in from the address after `since`. */
export async function hasSignedInFrom(
  em: EntityManager,
  accountKey: string,
  address: string,
  since: Date,
): Promise<boolean> {
  const [row] = await em.execute<{ is_known: boolean }[]>(
    `select exists (
       select 1 from login_attempt
       where account_key = ? and address = ? and outcome = 'SUCCEEDED' and attempted_at > ?
     ) as is_known`,
    [accountKey, address, since],
  )
  return row?.is_known ?? false
}

/**
 * The last failure of each account failing from the address after `since` in its current run, newest
 * first, at most `limit` of them.
 */
export async function lastFailuresFromAddress(
  em: EntityManager,
  address: string,
  since: Date,
  limit: number,
): Promise<Date[]> {
  const rows = await em.execute<{ last_failure: Date }[]>(
    `select max(f.attempted_at) as last_failure
     from login_attempt f
     where f.address = ? and f.attempted_at > ? and ${FAILURES_SINCE_RESET}
     group by f.account_key
     order by last_failure desc
     limit ?`,
    [address, since, limit],
  )
  return rows.map((row) => new Date(row.last_failure))
}
