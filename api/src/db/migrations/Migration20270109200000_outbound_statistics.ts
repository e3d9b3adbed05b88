import { Migration } from '@mikro-orm/migrations'

/**
 * Outbound statistics (A14). A follow-up result says whether it counts as a success (the conversion's
 * numerator): existing tasks get it for INTERESTED, as the default results do. An item keeps when and by
 * whom its result was recorded, so the agent workload counts results per agent and day; items recorded
 * before this migration take their last change and their assignee, the best that is known of them.
 */
export class Migration20270109200000_outbound_statistics extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      update outbound_task set follow_up_results = (
        select coalesce(jsonb_agg(result || jsonb_build_object('isSuccess', result->>'value' = 'INTERESTED')
                                  order by position), '[]'::jsonb)
          from jsonb_array_elements(follow_up_results) with ordinality as r (result, position)
      );`)
    this.addSql(`alter table task_item add column result_recorded_at timestamptz;`)
    this.addSql(`alter table task_item add column result_recorded_by uuid;`)
    this.addSql(`
      update task_item set result_recorded_at = updated_at, result_recorded_by = assignee_agent_id
        where status = 'RESULT_RECORDED';`)
    // The workload's results per agent and day read this range.
    this.addSql(
      `create index task_item_result_recorded_idx on task_item (tenant_id, result_recorded_at) where result_recorded_at is not null;`,
    )
  }
}
