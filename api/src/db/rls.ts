// SQL for the row-level-security backstop every tenant-owned table gets in its migration.

/**
 * The API's role sees only rows of the tenant set for the transaction (`app.tenant_id`); FORCE makes
 * the policy bind the owner too, so the owner gets its own explicit policy for maintenance work.
 */
export function isolateByTenant(table: string, tenantColumn = 'tenant_id'): string {
  return `
    alter table ${table} enable row level security;
    alter table ${table} force row level security;
    create policy ${table}_tenant_isolation on ${table}
      using (${tenantColumn} = app_current_tenant())
      with check (${tenantColumn} = app_current_tenant());
    create policy ${table}_owner_maintenance on ${table} to current_user using (true) with check (true);`
}
