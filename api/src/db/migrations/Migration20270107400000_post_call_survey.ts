import { Migration } from '@mikro-orm/migrations'
import { isolateByTenant } from '../rls.js'

/**
 * A5, A9: the post-call survey. A skill group may keep its callers on the line after the agent hangs
 * up to rate the call; each survey's outcome is kept (a score also lands in satisfaction_score, where
 * the IVR's survey writes, so the satisfaction records and report read both alike).
 */
export class Migration20270107400000_post_call_survey extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table skill_group add column is_post_call_survey_enabled boolean not null default false;`,
    )
    this.addSql(`
      create table post_call_survey (
        call_id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        outcome text not null check (outcome in ('SCORED', 'NO_ANSWER', 'ABANDONED')),
        score smallint check (score between 1 and 5),
        at timestamptz not null default now()
      );`)
    this.addSql(`create index post_call_survey_tenant_idx on post_call_survey (tenant_id, at);`)
    this.addSql(isolateByTenant('post_call_survey'))
  }
}
