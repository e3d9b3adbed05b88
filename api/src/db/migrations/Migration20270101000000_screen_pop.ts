import { Migration } from '@mikro-orm/migrations'
import { isolateByTenant } from '../rls.js'

/** The screen pop (G4): what each agent was shown for a call, the embedded page's settings, and customers' notes and outside entries. */
export class Migration20270101000000_screen_pop extends Migration {
  override async up(): Promise<void> {
    // Written the first time an agent's workstation asks for a call's screen pop (at the offer or the dial):
    // it ties the call to its customer for the history, and keeps the call details the agent saw then
    // (the queue entry that knew the wait is gone once the call is answered).
    this.addSql(`
      create table screen_pop (
        tenant_id uuid not null references tenant (id) on delete cascade,
        call_id uuid not null,
        agent_id uuid not null references app_user (id) on delete cascade,
        customer_id uuid references customer (id) on delete set null,
        direction text not null check (direction in ('INBOUND', 'OUTBOUND')),
        caller_number text,
        dialled_number text,
        skill_group_id uuid,
        queue_wait_seconds integer,
        transfers integer not null default 0,
        created_at timestamptz not null,
        primary key (tenant_id, call_id, agent_id)
      );`)
    this.addSql(
      `create index screen_pop_customer_idx on screen_pop (tenant_id, customer_id, created_at desc);`,
    )

    this.addSql(`
      create table screen_pop_settings (
        tenant_id uuid primary key references tenant (id) on delete cascade,
        embed_url_template text,
        embed_allowed_origins text[] not null default '{}',
        updated_at timestamptz not null default now()
      );`)

    // Agents' notes and entries from outside systems (online chats, tickets) in a customer's history. An
    // outside entry carries its system's own ID, so a retried delivery updates instead of doubling.
    this.addSql(`
      create table customer_history_entry (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        customer_id uuid not null references customer (id) on delete cascade,
        kind text not null check (kind in ('NOTE', 'CHAT', 'TICKET', 'OTHER')),
        source text not null,
        external_id text,
        title text not null default '',
        body text not null default '',
        link text,
        occurred_at timestamptz not null,
        author_id uuid references app_user (id) on delete set null,
        created_at timestamptz not null
      );`)
    this.addSql(`
      create unique index customer_history_entry_external on customer_history_entry (tenant_id, source, external_id)
        where external_id is not null;`)
    this.addSql(`
      create index customer_history_entry_customer_idx on customer_history_entry
        (tenant_id, customer_id, occurred_at desc, id desc);`)

    // The screen pop of an outbound call opens as the dial starts, before the switch reports any leg.
    this.addSql(`alter table call_command add column dialled_number text;`)

    for (const table of ['screen_pop', 'screen_pop_settings', 'customer_history_entry'])
      this.addSql(isolateByTenant(table))
  }
}
