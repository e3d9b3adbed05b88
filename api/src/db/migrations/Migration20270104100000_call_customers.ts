import { Migration } from '@mikro-orm/migrations'
import { isolateByTenant } from '../rls.js'
import { APP_ROLE } from '../roles.js'

/**
 * Every call's customer (G4: "created the first time an unknown number calls or is called"), also for calls
 * that never reached an agent: a caller who gave up in the IVR or the queue three times is in the history
 * the fourth time. The screen pop links the calls agents take at once; the others are queued here by a
 * trigger when their record ends and linked by a job (customers/call-customer-linker.ts), off the path of
 * the switch's events. A row whose customer stays null had no phone number (anonymous, an extension).
 */
export class Migration20270104100000_call_customers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table call_customer (
        tenant_id uuid not null references tenant (id) on delete cascade,
        call_id uuid not null,
        organization text not null check (organization in ('INBOUND', 'TELESALES')),
        party_number text,
        customer_id uuid references customer (id) on delete cascade,
        is_pending boolean not null,
        created_at timestamptz not null default now(),
        primary key (tenant_id, call_id)
      );`)
    this.addSql(`create index call_customer_pending_idx on call_customer (created_at) where is_pending;`)
    this.addSql(
      `create index call_customer_customer_idx on call_customer (tenant_id, customer_id) where customer_id is not null;`,
    )
    this.addSql(isolateByTenant('call_customer'))

    // The organisation whose customer the other party is: the agent's, else the skill group's, else the
    // side that serves that direction (as the screen pop files calls of tenant-wide administrators).
    this.addSql(`
      create function call_customer_on_call_end() returns trigger
        language plpgsql volatile security definer set search_path = public as $$
      declare
        popped uuid;
      begin
        if new.ended_at is null or (tg_op = 'UPDATE' and old.ended_at is not null) then
          return null;
        end if;
        select customer_id into popped from screen_pop
          where tenant_id = new.tenant_id and call_id = new.id and customer_id is not null
          order by created_at limit 1;
        insert into call_customer (tenant_id, call_id, organization, party_number, customer_id, is_pending)
        values (new.tenant_id, new.id,
          coalesce((select organization from app_user where id = new.agent_id),
                   (select organization from skill_group where id = new.skill_group_id),
                   case when new.direction = 'INBOUND' then 'INBOUND' else 'TELESALES' end),
          case when new.direction = 'INBOUND' then new.caller_number else new.callee_number end,
          popped, popped is null)
        on conflict do nothing;
        return null;
      end $$;`)
    this.addSql(`
      create trigger call_record_customer after insert or update of ended_at on call_record
        for each row execute function call_customer_on_call_end();`)

    // The linker works for every tenant at once, so it claims through this function; SKIP LOCKED lets
    // several API instances claim side by side, each row once.
    this.addSql(`
      create function call_customer_claim_pending(p_limit integer)
        returns table (tenant_id uuid, call_id uuid, organization text, party_number text)
        language sql volatile security definer set search_path = public as $$
        with pending as (
          select c.tenant_id, c.call_id from call_customer c where c.is_pending
            order by c.created_at limit p_limit for update skip locked)
        update call_customer c set is_pending = false from pending
          where c.tenant_id = pending.tenant_id and c.call_id = pending.call_id
          returning c.tenant_id, c.call_id, c.organization, c.party_number $$;`)
    this.addSql(`revoke all on function call_customer_claim_pending(integer) from public;`)
    this.addSql(`grant execute on function call_customer_claim_pending(integer) to ${APP_ROLE};`)
  }
}
