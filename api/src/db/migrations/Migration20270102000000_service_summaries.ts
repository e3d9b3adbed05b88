import { Migration } from '@mikro-orm/migrations'
import { isolateByTenant } from '../rls.js'

/**
 * Service summaries (G4, issue 16): a tenant's category tree, one summary per call per agent, the
 * "summary before the next call" rule's inputs on agent_presence, and the `summary.saved` webhook.
 */
export class Migration20270102000000_service_summaries extends Migration {
  override async up(): Promise<void> {
    // `depth` is stored (1–3) so the limit is one check, not a walk up the tree on every insert.
    this.addSql(`
      create table service_summary_category (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        parent_id uuid references service_summary_category (id) on delete restrict,
        depth smallint not null check (depth between 1 and 3),
        label_zh text not null,
        label_en text not null,
        position integer not null default 0,
        is_enabled boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`)
    this.addSql(
      `create index service_summary_category_tree_idx on service_summary_category (tenant_id, parent_id, position);`,
    )

    // No foreign key to call_record: its row is flushed in batches and may not exist yet while the agent
    // writes during the call. A used category cannot be deleted (restrict): the service refuses first, with
    // the count.
    this.addSql(`
      create table service_summary (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        call_id uuid not null,
        agent_id uuid not null references app_user (id) on delete cascade,
        organization text not null check (organization in ('INBOUND', 'TELESALES')),
        customer_id uuid references customer (id) on delete set null,
        category_id uuid references service_summary_category (id) on delete restrict,
        custom_fields jsonb not null default '{}',
        notes text not null default '',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (tenant_id, call_id, agent_id)
      );`)
    // The customer history timeline pages newest first by (created_at, id).
    this.addSql(`
      create index service_summary_customer_idx
        on service_summary (tenant_id, customer_id, created_at desc, id desc) where customer_id is not null;`)
    this.addSql(`create index service_summary_category_idx on service_summary (category_id);`)
    for (const table of ['service_summary_category', 'service_summary']) this.addSql(isolateByTenant(table))

    this.addSql(
      `alter table acd_settings add column require_summary_before_ready boolean not null default false;`,
    )
    // The call an agent's after-call work is for, and whether it may not end before that call's summary.
    this.addSql(`
      alter table agent_presence
        add column acw_call_id uuid,
        add column is_awaiting_summary boolean not null default false;`)

    this.addSql(`
      create function webhook_on_service_summary() returns trigger
        language plpgsql volatile security definer set search_path = public as $$
      begin
        if not exists (select 1 from webhook_endpoint where tenant_id = new.tenant_id and enabled) then
          return null;
        end if;
        perform webhook_enqueue(new.tenant_id, 'summary.saved', jsonb_build_object(
          'summaryId', new.id, 'callId', new.call_id, 'agentId', new.agent_id,
          'organization', new.organization, 'customerId', new.customer_id,
          'category', (select jsonb_build_object('id', c.id, 'labelZh', c.label_zh, 'labelEn', c.label_en)
                       from service_summary_category c where c.id = new.category_id),
          'customFields', new.custom_fields, 'notes', new.notes,
          'createdAt', new.created_at, 'updatedAt', new.updated_at), new.updated_at);
        return null;
      end $$;`)
    this.addSql(`
      create trigger service_summary_webhooks after insert or update on service_summary
        for each row execute function webhook_on_service_summary();`)
  }
}
