import { Migration } from '@mikro-orm/migrations'
import { APP_ROLE } from '../roles.js'
import { isolateByTenant } from '../rls.js'

/** Tenants, users, sessions and login throttling, with row-level security on every tenant-owned table. */
export class Migration20261124000000_foundation extends Migration {
  override async up(): Promise<void> {
    // The role the API queries as. Roles are cluster-wide, so parallel test databases may race here.
    this.addSql(`
      do $$ begin
        create role ${APP_ROLE} login nobypassrls;
      exception when duplicate_object or unique_violation then null;
      end $$;`)
    this.addSql(`grant usage on schema public to ${APP_ROLE};`)
    this.addSql(`
      create function app_current_tenant() returns uuid language sql stable as
        $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;`)

    this.addSql(`
      create table tenant (
        id uuid primary key,
        name text not null,
        time_zone text not null default 'Asia/Shanghai',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`)
    this.addSql(`
      create table app_user (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        email text not null,
        name text not null,
        password_hash text not null,
        role text not null check (role in ('SUPER_ADMIN', 'ADMIN', 'GROUP_LEADER', 'AGENT')),
        organization text check (organization in ('INBOUND', 'TELESALES')),
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'DISABLED')),
        must_change_password boolean not null default false,
        password_changed_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`)
    this.addSql(`create unique index app_user_email_key on app_user (lower(email));`)
    this.addSql(`create index app_user_tenant_idx on app_user (tenant_id);`)
    this.addSql(`
      create table session (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        user_id uuid not null references app_user (id) on delete cascade,
        token_hash text not null unique,
        kind text not null check (kind in ('COOKIE', 'BEARER')),
        address text,
        user_agent text,
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        expires_at timestamptz not null,
        revoked_at timestamptz
      );`)
    this.addSql(`create index session_user_idx on session (tenant_id, user_id);`)
    // Platform-level: attempts come before anyone knows the tenant, and an attacker may span tenants.
    this.addSql(`
      create table login_attempt (
        id bigserial primary key,
        account_key text not null,
        address text not null,
        succeeded boolean not null,
        attempted_at timestamptz not null default now()
      );`)
    this.addSql(`create index login_attempt_account_idx on login_attempt (account_key, attempted_at);`)
    this.addSql(`create index login_attempt_address_idx on login_attempt (address, attempted_at);`)

    this.addSql(isolateByTenant('tenant', 'id'))
    this.addSql(isolateByTenant('app_user'))
    this.addSql(isolateByTenant('session'))

    // Sign-in must find a user and a session before the tenant is known. These two functions run as
    // the owner and return only identifiers; everything else is then read under the tenant's policy.
    this.addSql(`
      create function auth_find_user_by_email(p_email text) returns table (user_id uuid, tenant_id uuid)
        language sql stable security definer set search_path = public as
        $$ select id, tenant_id from app_user where lower(email) = lower(p_email) $$;`)
    // One round trip per cache miss: the session and what the request needs to know of its user.
    this.addSql(`
      create function auth_find_session(p_token_hash text)
        returns table (session_id uuid, tenant_id uuid, user_id uuid, kind text, expires_at timestamptz,
                       revoked_at timestamptz, last_seen_at timestamptz, role text, organization text,
                       status text, must_change_password boolean)
        language sql stable security definer set search_path = public as
        $$ select s.id, s.tenant_id, s.user_id, s.kind, s.expires_at, s.revoked_at, s.last_seen_at,
                  u.role, u.organization, u.status, u.must_change_password
           from session s join app_user u on u.id = s.user_id and u.tenant_id = s.tenant_id
           where s.token_hash = p_token_hash $$;`)
    this.addSql(`revoke all on function auth_find_user_by_email(text), auth_find_session(text) from public;`)
    this.addSql(
      `grant execute on function auth_find_user_by_email(text), auth_find_session(text) to ${APP_ROLE};`,
    )
  }
}
