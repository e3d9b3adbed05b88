import { Migration } from '@mikro-orm/migrations'
import { isolateByTenant } from '../rls.js'

/** Custom field definitions and customers with their phone numbers (G4, A11, A13). */
export class Migration20261226000000_customers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table custom_field_definition (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        entity text not null check (entity in ('CUSTOMER', 'SERVICE_SUMMARY', 'OUTBOUND_TASK')),
        key text not null,
        label_zh text not null,
        label_en text not null,
        type text not null check (type in ('TEXT', 'LONG_TEXT', 'NUMBER', 'DATE', 'SINGLE_CHOICE',
                                           'MULTIPLE_CHOICE', 'PHONE', 'EMAIL')),
        is_required boolean not null default false,
        options jsonb not null default '[]',
        position integer not null default 0,
        is_hidden boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`)
    // Keys differing only in case would read as one field to people.
    this.addSql(`
      create unique index custom_field_definition_key on custom_field_definition (tenant_id, entity, lower(key));`)

    this.addSql(`
      create table customer (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        organization text not null check (organization in ('INBOUND', 'TELESALES')),
        name text not null default '',
        custom_fields jsonb not null default '{}',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`)
    this.addSql(
      `create index customer_recent_idx on customer (tenant_id, organization, updated_at desc, id);`,
    )

    // One number is one customer per organisation: the key that makes find-or-create safe when two calls
    // from the same new number arrive at once (INSERT … ON CONFLICT, customer.store.ts). Per organisation,
    // not per tenant, because the inbound and the telesales side never see each other's customers (A11).
    this.addSql(`
      create table customer_phone (
        tenant_id uuid not null references tenant (id) on delete cascade,
        organization text not null check (organization in ('INBOUND', 'TELESALES')),
        e164 text not null,
        customer_id uuid not null references customer (id) on delete cascade,
        position smallint not null default 0,
        primary key (tenant_id, organization, e164)
      );`)
    this.addSql(`create index customer_phone_customer_idx on customer_phone (customer_id, position);`)
    // Partial numbers are suffixes ("the last four digits"): reversed, a suffix is a prefix, which a
    // btree range scan finds; no extension needed.
    this.addSql(`
      create index customer_phone_suffix_idx on customer_phone (tenant_id, reverse(e164) text_pattern_ops);`)

    for (const table of ['custom_field_definition', 'customer', 'customer_phone'])
      this.addSql(isolateByTenant(table))
  }
}
