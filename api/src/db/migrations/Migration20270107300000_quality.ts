import { Migration } from '@mikro-orm/migrations'
import { isolateByTenant } from '../rls.js'

/**
 * Quality inspection (A10). A scorecard's definition is stored per version, whole, as JSON, and never
 * changed after publishing: an inspection names the version it used, so editing a scorecard (a new
 * version) leaves every past score readable as it was given. `qa_inspection` is unique per call, so no
 * call is sampled or inspected twice, even by two samplings at once. Each submitted result (the first
 * one and the revision after an accepted appeal) is kept in `qa_inspection_result`; the inspection row
 * carries the current one for the lists and the report.
 */
export class Migration20270107300000_quality extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table qa_scorecard (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        name text not null,
        current_version integer not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`)
    this.addSql(`create unique index qa_scorecard_name_idx on qa_scorecard (tenant_id, lower(name));`)
    this.addSql(`
      create table qa_scorecard_version (
        tenant_id uuid not null references tenant (id) on delete cascade,
        scorecard_id uuid not null references qa_scorecard (id) on delete cascade,
        version integer not null,
        definition jsonb not null,
        max_points integer not null,
        published_by uuid,
        published_at timestamptz not null default now(),
        primary key (scorecard_id, version)
      );`)
    // The capability an administrator grants (see quality.service.ts): inspects the organisation's calls.
    this.addSql(`
      create table qa_inspector (
        tenant_id uuid not null references tenant (id) on delete cascade,
        user_id uuid not null references app_user (id) on delete cascade,
        granted_by uuid,
        granted_at timestamptz not null default now(),
        primary key (tenant_id, user_id)
      );`)
    this.addSql(`
      create table qa_inspection (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        call_id uuid not null,
        agent_id uuid not null,
        scorecard_id uuid not null,
        scorecard_version integer not null,
        inspector_id uuid not null,
        status text not null default 'PENDING' check (status in ('PENDING', 'SUBMITTED')),
        revision integer not null default 0,
        points integer,
        max_points integer not null,
        percent numeric(5, 2),
        is_fatal_failed boolean not null default false,
        sample_seed text,
        created_at timestamptz not null default now(),
        submitted_at timestamptz,
        foreign key (scorecard_id, scorecard_version) references qa_scorecard_version (scorecard_id, version)
      );`)
    this.addSql(`create unique index qa_inspection_call_idx on qa_inspection (tenant_id, call_id);`)
    this.addSql(
      `create index qa_inspection_agent_idx on qa_inspection (tenant_id, agent_id, submitted_at desc);`,
    )
    this.addSql(
      `create index qa_inspection_inspector_idx on qa_inspection (tenant_id, inspector_id, status);`,
    )
    this.addSql(`
      create table qa_inspection_result (
        tenant_id uuid not null references tenant (id) on delete cascade,
        inspection_id uuid not null references qa_inspection (id) on delete cascade,
        revision integer not null,
        scores jsonb not null,
        comments jsonb not null,
        points integer not null,
        percent numeric(5, 2) not null,
        is_fatal_failed boolean not null,
        scored_by uuid not null,
        scored_at timestamptz not null,
        primary key (inspection_id, revision)
      );`)
    this.addSql(`
      create table qa_appeal (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        inspection_id uuid not null unique references qa_inspection (id) on delete cascade,
        reason text not null,
        status text not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
        resolution text,
        resolved_by uuid,
        resolved_at timestamptz,
        created_at timestamptz not null default now()
      );`)
    for (const table of [
      'qa_scorecard',
      'qa_scorecard_version',
      'qa_inspector',
      'qa_inspection',
      'qa_inspection_result',
      'qa_appeal',
    ])
      this.addSql(isolateByTenant(table))
  }
}
