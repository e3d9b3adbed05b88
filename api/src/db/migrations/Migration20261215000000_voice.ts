import { Migration } from '@mikro-orm/migrations'
import { APP_ROLE } from '../roles.js'
import { isolateByTenant } from '../rls.js'

/**
 * The voice library (A6) with its review, and each tenant's choice of the five system prompts (A5).
 * Audio files live under the media directory; rows keep their paths relative to it.
 */
export class Migration20261215000000_voice extends Migration {
  override async up(): Promise<void> {
    // `file` is the newest audio (what reviewers hear); `approved_file` what calls play. Replacing the
    // audio sets the first and status PENDING, and leaves the second alone until the new one is approved.
    this.addSql(`
      create table voice_prompt (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        name text not null,
        source text not null check (source in ('UPLOAD', 'TTS')),
        status text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
        reject_reason text,
        tts_text text,
        tts_voice text,
        tts_speed integer,
        file text not null,
        duration_ms integer not null check (duration_ms >= 0),
        peaks jsonb not null default '[]',
        approved_file text,
        approved_duration_ms integer,
        reviewed_by_name text,
        reviewed_at timestamptz,
        created_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((status = 'REJECTED') = (reject_reason is not null)),
        check ((approved_file is null) = (approved_duration_ms is null))
      );`)
    this.addSql(`create unique index voice_prompt_name_key on voice_prompt (tenant_id, lower(name));`)
    this.addSql(
      `create index voice_prompt_pending_idx on voice_prompt (created_at) where status = 'PENDING';`,
    )

    // No row: the built-in default. TONE only makes sense for the transfer wait.
    this.addSql(`
      create table voice_system_prompt (
        tenant_id uuid not null references tenant (id) on delete cascade,
        kind text not null check (kind in ('AFTER_HOURS', 'TRANSFER_WAIT', 'QUEUE', 'WRONG_KEY', 'SURVEY')),
        choice text not null check (choice in ('DEFAULT', 'PROMPT', 'TONE')),
        prompt_id uuid references voice_prompt (id),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, kind),
        check ((choice = 'PROMPT') = (prompt_id is not null)),
        check (choice <> 'TONE' or kind = 'TRANSFER_WAIT')
      );`)
    this.addSql(`create index voice_system_prompt_prompt_idx on voice_system_prompt (prompt_id);`)

    for (const table of ['voice_prompt', 'voice_system_prompt']) this.addSql(isolateByTenant(table))

    // Platform reviewers (PLATFORM_REVIEWER_EMAILS) work through every tenant's pending prompts; they
    // see only what reviewing needs, and act on one prompt inside its own tenant's transaction.
    this.addSql(`
      create function voice_pending_prompts(p_limit integer, p_offset integer)
        returns table (id uuid, tenant_id uuid, company_name text, total_count bigint)
        language sql stable security definer set search_path = public as
        $$ select p.id, p.tenant_id, t.name, count(*) over ()
           from voice_prompt p join tenant t on t.id = p.tenant_id
           where p.status = 'PENDING'
           order by p.updated_at, p.id limit p_limit offset p_offset $$;`)
    this.addSql(`
      create function voice_prompt_tenant(p_prompt_id uuid) returns table (tenant_id uuid)
        language sql stable security definer set search_path = public as
        $$ select tenant_id from voice_prompt where id = p_prompt_id $$;`)
    this.addSql(
      `revoke all on function voice_pending_prompts(integer, integer), voice_prompt_tenant(uuid) from public;`,
    )
    this.addSql(
      `grant execute on function voice_pending_prompts(integer, integer), voice_prompt_tenant(uuid) to ${APP_ROLE};`,
    )
  }
}
