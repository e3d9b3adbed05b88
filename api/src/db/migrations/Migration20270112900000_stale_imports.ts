import { Migration } from '@mikro-orm/migrations'
import { APP_ROLE } from '../roles.js'

/**
 * A13: imports nobody will finish. The sweep finds, across companies, uploads never started and running
 * imports that stopped reporting progress, through a platform function like the other jobs that run before
 * any tenant is known; it then ends each inside its company's transaction.
 */
export class Migration20270112900000_stale_imports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create index list_import_unfinished_idx on list_import (updated_at)
        where status in ('UPLOADED', 'RUNNING');`)
    this.addSql(`
      create function stale_list_imports(uploaded_before timestamptz, quiet_since timestamptz)
        returns table (tenant_id uuid, id uuid, status text)
        language sql stable security definer set search_path = public as $$
        select tenant_id, id, status from list_import
          where (status = 'UPLOADED' and created_at < uploaded_before)
             or (status = 'RUNNING' and updated_at < quiet_since) $$;`)
    this.addSql(`revoke all on function stale_list_imports(timestamptz, timestamptz) from public;`)
    this.addSql(`grant execute on function stale_list_imports(timestamptz, timestamptz) to ${APP_ROLE};`)
  }
}
