import { Migration } from '@mikro-orm/migrations'
import { isolateByTenant } from '../rls.js'
import { APP_ROLE } from '../roles.js'

/**
 * Contact plans (G5, G6): an agent's scheduled callback to a customer, the calls placed for it, and the
 * reminder at its time. "Overdue" is not stored: it is PENDING with `due_at` in the past, so it is exact at
 * every read without a job flipping rows (and never stale between two runs of one). `reminded_at` is the
 * reminder's claim: the due job sets it in the statement that picks the plan, so of several API instances
 * exactly one reminds; rescheduling clears it, so the new time is reminded again.
 */
export class Migration20270104000000_contact_plans extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table contact_plan (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        organization text not null check (organization in ('INBOUND', 'TELESALES')),
        customer_id uuid not null references customer (id) on delete cascade,
        owner_id uuid not null,
        phone_number text not null,
        due_at timestamptz not null,
        purpose text not null,
        notes text not null default '',
        status text not null default 'PENDING' check (status in ('PENDING', 'DONE', 'CANCELLED')),
        reminded_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`)
    // The due job's scan, across tenants: only plans still waiting for their reminder.
    this.addSql(
      `create index contact_plan_due_idx on contact_plan (due_at) where status = 'PENDING' and reminded_at is null;`,
    )
    // Lists and exports in due order for one agent, or for the whole tenant; a customer's history timeline.
    this.addSql(`create index contact_plan_owner_idx on contact_plan (tenant_id, owner_id, due_at desc, id);`)
    this.addSql(`create index contact_plan_tenant_idx on contact_plan (tenant_id, due_at desc, id);`)
    this.addSql(`create index contact_plan_customer_idx on contact_plan (customer_id, due_at desc, id);`)

    // A link table rather than a column of call_record: the record is written by the switch events' ingest
    // after the dial returns, while the link is made in the dial's own transaction.
    this.addSql(`
      create table contact_plan_call (
        tenant_id uuid not null references tenant (id) on delete cascade,
        contact_plan_id uuid not null references contact_plan (id) on delete cascade,
        call_id uuid not null,
        created_at timestamptz not null default now(),
        primary key (contact_plan_id, call_id)
      );`)
    this.addSql(`create index contact_plan_call_call_idx on contact_plan_call (tenant_id, call_id);`)
    for (const table of ['contact_plan', 'contact_plan_call']) this.addSql(isolateByTenant(table))

    // The due job works for every tenant at once, so it claims through this function. SKIP LOCKED lets two
    // instances scan together without waiting on each other; the update makes the claim stick.
    this.addSql(`
      create function contact_plan_claim_due(p_now timestamptz, p_limit integer)
        returns table (id uuid, tenant_id uuid, owner_id uuid, due_at timestamptz)
        language sql volatile security definer set search_path = public as $$
        with due as (
          select p.id from contact_plan p
            where p.status = 'PENDING' and p.reminded_at is null and p.due_at <= p_now
            order by p.due_at limit p_limit for update skip locked)
        update contact_plan p set reminded_at = p_now from due where p.id = due.id
          returning p.id, p.tenant_id, p.owner_id, p.due_at $$;`)
    this.addSql(`revoke all on function contact_plan_claim_due(timestamptz, integer) from public;`)
    this.addSql(`grant execute on function contact_plan_claim_due(timestamptz, integer) to ${APP_ROLE};`)

    // contact_plan.due for webhooks, queued by the claim itself, like the call and status events.
    this.addSql(`
      create function webhook_on_contact_plan_due() returns trigger
        language plpgsql volatile security definer set search_path = public as $$
      begin
        if not exists (select 1 from webhook_endpoint where tenant_id = new.tenant_id and enabled) then
          return null;
        end if;
        perform webhook_enqueue(new.tenant_id, 'contact_plan.due', jsonb_build_object(
          'contactPlanId', new.id, 'customerId', new.customer_id, 'agentId', new.owner_id,
          'phoneNumber', new.phone_number, 'dueAt', new.due_at, 'purpose', new.purpose), new.reminded_at);
        return null;
      end $$;`)
    this.addSql(`
      create trigger contact_plan_due_webhooks after update of reminded_at on contact_plan
        for each row when (old.reminded_at is null and new.reminded_at is not null)
        execute function webhook_on_contact_plan_due();`)
  }
}
