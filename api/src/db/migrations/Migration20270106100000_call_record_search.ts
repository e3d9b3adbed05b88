import { Migration } from '@mikro-orm/migrations'

/**
 * A9: indexes of the call-records list (keyset pages, newest first) and of the satisfaction report, chosen
 * with EXPLAIN on a generated tenant (docs/benchmarks.md).
 *
 * - The list's order is (started_at, id) descending; with `id` in the index the keyset condition
 *   `(started_at, id) < (…)` is an index range, and a page is the next 20 index entries. It replaces the
 *   index on (tenant_id, started_at desc), which it serves as well.
 * - "Number ends with" reads the reversed numbers as prefixes (text_pattern_ops): `reverse(n) like
 *   '1000731%'` is an index range, where `n like '%1370001'` would read every call of the period.
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
  }
}
