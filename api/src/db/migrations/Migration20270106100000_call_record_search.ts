import { Migration } from '@mikro-orm/migrations'
import { APP_ROLE } from '../roles.js'

/**
 * A9: indexes of the call-records list (keyset pages, newest first) and of the satisfaction report, chosen
 * with EXPLAIN on a generated tenant (docs/benchmarks.md).
 *
 * - The list's order is (started_at, id) descending; with `id` in the index the keyset condition
 *   `(started_at, id) < (…)` is an index range, and a page is the next 20 index entries. It replaces the
 *   index on (tenant_id, started_at desc), which it serves as well.
 * - "Number ends with" reads the reversed numbers as prefixes (text_pattern_ops): a range of
 *   `reverse(n)` is an index range, where `n like '%1370001'` reads every call of the period. Under the
 *   API role's row-level security the planner refuses that index (`reverse()` is not leakproof, so the
 *   condition may not run before the tenant policy): EXPLAIN showed a sequential scan of every call.
 *   call_record_ids_by_number runs it as the owner, whose maintenance policy is `true`, within the
 *   transaction's tenant (app_current_tenant()), and the list joins the few IDs it returns.
 * - A skill group's calls, newest first (a supervisor's usual filter).
 * - Survey answers by call start come through call_record; the answers' own list pages by (at, call_id).
 */
export class Migration20270106100000_call_record_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index call_record_tenant_started_id_idx on call_record (tenant_id, started_at desc, id desc);`,
    )
    this.addSql(`drop index call_record_tenant_started_idx;`)
    this.addSql(
      `create index call_record_caller_suffix_idx on call_record (tenant_id, reverse(caller_number) text_pattern_ops);`,
    )
    this.addSql(
      `create index call_record_callee_suffix_idx on call_record (tenant_id, reverse(callee_number) text_pattern_ops);`,
    )
    this.addSql(
      `create index call_record_skill_group_idx on call_record (tenant_id, skill_group_id, started_at desc)
         where skill_group_id is not null;`,
    )
    this.addSql(
      `create index satisfaction_score_page_idx on satisfaction_score (tenant_id, at desc, call_id desc);`,
    )
    this.addSql(`drop index satisfaction_score_tenant_idx;`)
    this.addSql(`
      create function call_record_ids_by_number(p_reversed text, p_is_exact boolean) returns setof uuid
        language sql stable security definer set search_path = public as $$
          select id from call_record
           where tenant_id = app_current_tenant() and p_is_exact
             and (reverse(caller_number) = p_reversed or reverse(callee_number) = p_reversed)
          union
          select id from call_record
           where tenant_id = app_current_tenant() and not p_is_exact
             and ((reverse(caller_number) ~>=~ p_reversed and reverse(caller_number) ~<~ (p_reversed || '~'))
               or (reverse(callee_number) ~>=~ p_reversed and reverse(callee_number) ~<~ (p_reversed || '~')))
        $$;`)
    this.addSql(`revoke all on function call_record_ids_by_number(text, boolean) from public;`)
    this.addSql(`grant execute on function call_record_ids_by_number(text, boolean) to ${APP_ROLE};`)
  }
}
