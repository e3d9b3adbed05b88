// The reports benchmark's calls (scripts/bench/reports.ts): tenants with agents, and their calls generated
// inside PostgreSQL and loaded as a bulk load.
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { round } from './stats.js'

const AGENTS = 200
const SELLERS = 20
const GROUPS = 10

export const seconds = (since: number) => round((performance.now() - since) / 1000, 1)

export interface Tenant {
  id: string
  agents: string[]
  sellers: string[]
  groups: string[]
  calls: number
}

/** A tenant with its agents (their status log needs the rows) and skill group IDs. */
export async function createTenant(
  owner: pg.Client,
  name: string,
  timeZone: string,
  calls: number,
): Promise<Tenant> {
  const id = randomUUID()
  await owner.query('insert into tenant (id, name, time_zone) values ($1, $2, $3)', [id, name, timeZone])
  const users = async (count: number, organization: string) =>
    (
      await owner.query<{ id: string }>(
        `insert into app_user (id, tenant_id, email, name, password_hash, role, organization)
         select gen_random_uuid(), $1::uuid, $2 || '-' || n || '-' || $1::text || '@bench.example', 'Agent ' || n, '-',
                'AGENT', $3
           from generate_series(1, $4::int) n returning id`,
        [id, organization.toLowerCase(), organization, count],
      )
    ).rows.map((row) => row.id)
  return {
    id,
    agents: await users(AGENTS, 'INBOUND'),
    sellers: await users(SELLERS, 'TELESALES'),
    groups: Array.from({ length: GROUPS }, () => randomUUID()),
    calls,
  }
}

/**
 * One call per `i` of the tenant, evenly spaced up to `end`, each agent's calls far enough apart that their
 * handling never overlaps: 75 % answered (some after an overflow), 15 % abandoned, 5 % callbacks. Computed
 * in PostgreSQL from `i` alone (the call's ID too), so a run is repeatable and the rows never pass through
 * Node: $1 tenant, $2 agents, $3 skill groups, $4 first call, $5 after the last, $6 calls, $7 start and $8
 * span (ms since the epoch).
 */
const CALLS_SQL = `
  with bench_call as (
    select i, ($7::bigint + (i * $8::bigint) / $6::bigint) as t, i % ${AGENTS} as a,
           md5($1::uuid::text || ':' || i)::uuid as call_id, (5 + (i * 7919) % 60) * 1000 as wait,
           (i * 2654435761) % 20 as fate, (30 + (i * 104729) % 240) * 1000 as talk, (i % 60) * 1000 as acw
      from generate_series($4::bigint, $5::bigint - 1) i)
  select c.*, ($2::uuid[])[c.a + 1] as agent, ($3::uuid[])[c.a % ${GROUPS} + 1] as skill_group,
         case when c.fate = 19 then ($3::uuid[])[(c.a + 1) % ${GROUPS} + 1] else ($3::uuid[])[c.a % ${GROUPS} + 1] end
           as answered_in,
         c.fate < 15 or c.fate = 19 as answered, '40080010' || c.a % 5 as number
    from bench_call c`
const atMs = (ms: string) => `to_timestamp((${ms}) / 1000.0)`

/** Each call's facts, in the order the ACD writes them. */
const FACTS_SQL = `
  insert into call_fact (tenant_id, call_id, kind, at, direction, organization, skill_group_id, agent_id,
    outcome, duration_ms)
  select $1::uuid, c.call_id, f.kind, ${atMs('c.t + f.after_ms')}, f.direction, f.organization, f.skill_group_id,
         f.agent_id, f.outcome, f.duration_ms
    from bench_calls c
    cross join lateral (values
      (true, 'ENQUEUED', 0, 'INBOUND', 'INBOUND', c.skill_group, null::uuid, null, null::bigint),
      (c.fate = 19, 'OVERFLOWED', c.wait / 2, null, null, c.skill_group, null, 'SKILL_GROUP', c.wait / 2),
      (c.fate = 19, 'ENQUEUED', c.wait / 2, 'INBOUND', 'INBOUND', c.answered_in, null, null, null),
      (c.answered, 'OFFERED', c.wait - 4000, null, null, c.answered_in, c.agent, null, null),
      (c.answered, 'OFFER_ENDED', c.wait, null, null, c.answered_in, c.agent, 'ANSWERED', 4000),
      (c.answered, 'ANSWERED', c.wait, null, null, c.answered_in, c.agent, 'CALL', c.wait),
      (c.fate = 1, 'HELD', c.wait + 10000, null, null, null, c.agent, null, null),
      (c.fate = 1, 'RESUMED', c.wait + 25000, null, null, null, c.agent, null, null),
      (not c.answered and c.fate < 18, 'ABANDONED', c.wait, null, null, c.skill_group, null, 'QUEUED', c.wait),
      (c.fate = 18, 'CALLBACK_REQUESTED', c.wait, null, null, c.skill_group, null, null, c.wait)
    ) f (is_made, kind, after_ms, direction, organization, skill_group_id, agent_id, outcome, duration_ms)
   where f.is_made`

/**
 * Each call's record, and every fifth call a seller's outbound call too, 70 % of them answered. The outcome
 * is what the call_record_outcome trigger decides from the facts (call_outcome_of); the load checks a
 * sample of it against that function.
 */
const RECORDS_SQL = `
  insert into call_record (id, tenant_id, switch_node, direction, dialled_number, caller_number,
    callee_number, agent_id, skill_group_id, started_at, answered_at, ended_at, outcome)
  select r.id, $1, 'bench', r.direction, r.dialled, r.caller, r.callee, r.agent_id, r.skill_group_id,
         ${atMs('r.started')}, ${atMs('r.answered')}, ${atMs('r.ended')}, r.outcome
    from bench_calls c
    cross join lateral (values
      (true, c.call_id, 'INBOUND', c.number, '138' || lpad((c.i % 100000000)::text, 8, '0'), c.number,
       case when c.answered then c.agent end, c.answered_in, c.t,
       case when c.answered then c.t + c.wait end, c.t + c.wait + case when c.answered then c.talk else 0 end,
       case when c.answered then 'ANSWERED' when c.fate = 18 then 'CALLBACK' else 'ABANDONED' end),
      (c.i % 5 = 0, md5($1::uuid::text || ':outbound:' || c.i)::uuid, 'OUTBOUND', null, c.number,
       '139' || lpad((c.i % 100000000)::text, 8, '0'), ($9::uuid[])[c.i % ${SELLERS} + 1], null, c.t + 1000,
       case when c.i % 10 <> 5 or c.i % 3 = 0 then c.t + 9000 end,
       c.t + case when c.i % 10 <> 5 or c.i % 3 = 0 then 120000 else 30000 end,
       case when c.i % 10 <> 5 or c.i % 3 = 0 then 'ANSWERED' else 'NOT_CONNECTED' end)
    ) r (is_made, id, direction, dialled, caller, callee, agent_id, skill_group_id, started, answered, ended,
         outcome)
   where r.is_made`

/** The answering agent's status changes: on the call, after-call work, idle. */
const STATUSES_SQL = `
  insert into agent_status_log (tenant_id, user_id, status, cause, at)
  select $1::uuid, c.agent, s.status, 'BENCH', ${atMs('c.t + s.after_ms')}
    from bench_calls c
    cross join lateral (values ('ON_CALL', c.wait), ('AFTER_CALL_WORK', c.wait + c.talk),
                               ('IDLE', c.wait + c.talk + c.acw)) s (status, after_ms)
   where c.answered`

/** The three tables' rows in one statement, each call computed once (9 % less CPU than three statements). */
const CHUNK_SQL = `
  with bench_calls as materialized (${CALLS_SQL}), facts as (${FACTS_SQL}), records as (${RECORDS_SQL})
  ${STATUSES_SQL}`

/** Calls per statement: a part of a tenant's calls, so the two loading connections share the big tenant. */
const CHUNK = 500_000

/** Writes calls [from, to) of the tenant: their facts, records and agents' status changes. */
async function insertCalls(
  client: pg.Client,
  tenant: Tenant,
  from: number,
  to: number,
  { end, span }: { end: number; span: number },
) {
  const params = [tenant.id, tenant.agents, tenant.groups, from, to, tenant.calls, end - span, span]
  await client.query(CHUNK_SQL, [...params, tenant.sellers])
}

/**
 * Loads every tenant's calls over `connections` connections at once, a chunk of a tenant's calls per
 * transaction. Commits need not wait for the disk: a crash only loses a run.
 */
export async function insertAllCalls(
  ownerUrl: string,
  tenants: Tenant[],
  calls: { end: number; span: number },
  connections: number,
) {
  const chunks = tenants.flatMap((tenant) =>
    Array.from({ length: Math.ceil(tenant.calls / CHUNK) }, (_, n) => ({
      tenant,
      from: n * CHUNK,
      to: Math.min(tenant.calls, (n + 1) * CHUNK),
    })),
  )
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = new pg.Client({ connectionString: ownerUrl })
      await client.connect()
      try {
        await client.query('set synchronous_commit = off')
        for (let chunk = chunks.shift(); chunk; chunk = chunks.shift())
          await insertCalls(client, chunk.tenant, chunk.from, chunk.to, calls)
      } finally {
        await client.end()
      }
    }),
  )
}

/**
 * The outcomes written by the load are the product's: a sample of the calls (about 1 %) compared with what
 * the call_record_outcome trigger decides from the facts.
 */
export async function checkOutcomes(owner: pg.Client): Promise<void> {
  const { rows } = await owner.query<{ calls: number; wrong: number }>(
    `select count(*)::int as calls,
            count(*) filter (where outcome is distinct from
              call_outcome_of(tenant_id, id, direction, answered_at, ended_at))::int as wrong
       from call_record tablesample system (1)`,
  )
  const [{ calls, wrong }] = rows as [{ calls: number; wrong: number }]
  if (wrong > 0) throw new Error(`${wrong} of ${calls} sampled calls have another outcome than the trigger's`)
  if (process.env.BENCH_VERBOSE) console.log(`  outcomes of ${calls} sampled calls checked`)
}

/** Per-row triggers the load turns off: none of them has anything to do for these calls. */
const IDLE_TRIGGERS = [
  // Linking ended calls to customers (G4) is not what this measures, and it would triple the load's time.
  ['call_record', 'call_record_customer'],
  // No tenant here has a webhook endpoint: each row would only look for one.
  ['call_record', 'call_record_webhooks'],
  ['agent_status_log', 'agent_status_log_webhooks'],
  // Redecides the outcome of an ended call when a late fact comes; the facts go in before the calls.
  ['call_fact', 'call_fact_outcome'],
  // Decides each call's outcome from its facts (two index probes a call): the load writes the same outcome
  // with the call, and checkOutcomes compares a sample with the trigger's function.
  ['call_record', 'call_record_outcome'],
] as const

/**
 * Loads as a bulk load should (as pg_restore does): the idle per-row triggers off; the loaded tables'
 * primary keys, foreign keys and secondary indexes dropped and made again afterwards, one sort per index and
 * one join per foreign key (which checks every loaded row, as the per-row checks would have) instead of an
 * index entry and a lookup per row. The rollups' statement triggers stay on: they queue the hours the job
 * rolls up, as they do for the switch's writes.
 */
export async function bulkLoad(owner: pg.Client, load: () => Promise<void>): Promise<void> {
  const tables = `('call_record', 'call_fact', 'agent_status_log')`
  const { rows: constraints } = await owner.query<{ table: string; name: string; definition: string }>(
    `select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as definition
       from pg_constraint c
      where c.conrelid::regclass::text in ${tables} and c.contype in ('p', 'f')
      order by c.contype desc`,
  )
  const { rows: indexes } = await owner.query<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition from pg_indexes i
      where i.schemaname = 'public' and i.tablename in ${tables}
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  )
  for (const [table, trigger] of IDLE_TRIGGERS)
    await owner.query(`alter table ${table} disable trigger ${trigger}`)
  for (const { name } of indexes) await owner.query(`drop index ${name}`)
  for (const { table, name } of constraints) await owner.query(`alter table ${table} drop constraint ${name}`)
  await load()
  const started = performance.now()
  // One sort per index, in memory where it fits.
  await owner.query(`set maintenance_work_mem = '256MB'`)
  for (const { table, name, definition } of constraints)
    await owner.query(`alter table ${table} add constraint ${name} ${definition}`)
  for (const { definition } of indexes) await owner.query(definition)
  await owner.query('reset maintenance_work_mem')
  if (process.env.BENCH_VERBOSE)
    console.log(
      `  ${constraints.length} keys and ${indexes.length} indexes made again in ${seconds(started)} s`,
    )
  for (const [table, trigger] of IDLE_TRIGGERS)
    await owner.query(`alter table ${table} enable trigger ${trigger}`)
}
