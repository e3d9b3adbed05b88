import { Migration } from '@mikro-orm/migrations'
import { APP_ROLE } from '../roles.js'
import { isolateByTenant } from '../rls.js'

/** Agents' numbers and phones, groups, skill groups, API keys and the audit log (A2, A3, A4, A11, X5). */
export class Migration20261205000000_organization extends Migration {
  override async up(): Promise<void> {
    // Each tenant's SIP domain is assigned on first use (see OrganizationService.sipDomainOf).
    this.addSql(`alter table tenant add column sip_domain text;`)
    this.addSql(`create unique index tenant_sip_domain_key on tenant (lower(sip_domain));`)

    this.addSql(`
      alter table app_user
        add column agent_number text,
        add column mobile text,
        add column answering_mode text not null default 'SIP' check (answering_mode in ('SIP', 'MOBILE')),
        add column sip_password_encrypted text,
        add column deleted_at timestamptz;`)
    // A deleted account frees its email and agent number for a new one.
    this.addSql(`drop index app_user_email_key;`)
    this.addSql(`create unique index app_user_email_key on app_user (lower(email)) where deleted_at is null;`)
    this.addSql(`
      create unique index app_user_agent_number_key on app_user (tenant_id, lower(agent_number))
        where deleted_at is null and agent_number is not null;`)
    this.addSql(`
      create or replace function auth_find_user_by_email(p_email text) returns table (user_id uuid, tenant_id uuid)
        language sql stable security definer set search_path = public as
        $$ select id, tenant_id from app_user where lower(email) = lower(p_email) and deleted_at is null $$;`)

    this.addSql(`
      create table agent_group (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        name text not null,
        organization text not null check (organization in ('INBOUND', 'TELESALES')),
        leader_id uuid references app_user (id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`)
    this.addSql(`create unique index agent_group_name_key on agent_group (tenant_id, lower(name));`)
    this.addSql(`create index agent_group_leader_idx on agent_group (tenant_id, leader_id);`)
    this.addSql(`
      create table agent_group_member (
        group_id uuid not null references agent_group (id) on delete cascade,
        user_id uuid not null references app_user (id) on delete cascade,
        tenant_id uuid not null references tenant (id) on delete cascade,
        primary key (group_id, user_id)
      );`)
    this.addSql(`create index agent_group_member_user_idx on agent_group_member (tenant_id, user_id);`)

    this.addSql(`
      create table skill_group (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        name text not null,
        organization text not null check (organization in ('INBOUND', 'TELESALES')),
        description text not null default '',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`)
    this.addSql(`create unique index skill_group_name_key on skill_group (tenant_id, lower(name));`)
    this.addSql(`
      create table skill_group_member (
        skill_group_id uuid not null references skill_group (id) on delete cascade,
        user_id uuid not null references app_user (id) on delete cascade,
        tenant_id uuid not null references tenant (id) on delete cascade,
        priority integer not null default 1 check (priority between 1 and 10),
        primary key (skill_group_id, user_id)
      );`)
    this.addSql(`create index skill_group_member_user_idx on skill_group_member (tenant_id, user_id);`)

    this.addSql(`
      create table api_key (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        name text not null,
        role text not null check (role in ('ADMIN', 'GROUP_LEADER', 'AGENT')),
        organization text check (organization in ('INBOUND', 'TELESALES')),
        key_prefix text not null,
        key_hash text not null unique,
        created_by uuid,
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );`)
    this.addSql(`create index api_key_tenant_idx on api_key (tenant_id, created_at desc);`)

    this.addSql(`
      create table audit_log (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        actor_id uuid,
        actor_kind text not null check (actor_kind in ('USER', 'API_KEY', 'SYSTEM')),
        actor_name text,
        action text not null,
        entity_type text not null,
        entity_id uuid,
        organization text check (organization in ('INBOUND', 'TELESALES')),
        before jsonb,
        after jsonb,
        at timestamptz not null default now()
      );`)
    this.addSql(`create index audit_log_tenant_at_idx on audit_log (tenant_id, at desc);`)
    this.addSql(`create index audit_log_entity_idx on audit_log (tenant_id, entity_id);`)

    for (const table of ['agent_group', 'agent_group_member', 'skill_group', 'skill_group_member', 'api_key'])
      this.addSql(isolateByTenant(table))
    this.addSql(isolateByTenant('audit_log'))

    // An API key arrives before its tenant is known, like a session token; only identifiers come back.
    this.addSql(`
      create function auth_find_api_key(p_key_hash text)
        returns table (api_key_id uuid, tenant_id uuid, role text, organization text,
                       revoked_at timestamptz, last_used_at timestamptz)
        language sql stable security definer set search_path = public as
        $$ select id, tenant_id, role, organization, revoked_at, last_used_at
           from api_key where key_hash = p_key_hash $$;`)
    // mod_xml_curl asks for a SIP domain before any tenant is known.
    this.addSql(`
      create function auth_find_tenant_by_sip_domain(p_domain text) returns table (tenant_id uuid)
        language sql stable security definer set search_path = public as
        $$ select id from tenant where lower(sip_domain) = lower(p_domain) $$;`)
    this.addSql(
      `revoke all on function auth_find_api_key(text), auth_find_tenant_by_sip_domain(text) from public;`,
    )
    this.addSql(
      `grant execute on function auth_find_api_key(text), auth_find_tenant_by_sip_domain(text) to ${APP_ROLE};`,
    )
  }
}
