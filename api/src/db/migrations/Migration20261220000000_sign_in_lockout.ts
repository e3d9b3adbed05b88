import { Migration } from '@mikro-orm/migrations'

/**
 * Sign-in lockout per account rather than per address (issue 14): an attempt's outcome may now also be
 * an administrator's unlock, which, like a successful sign-in, ends the account's run of failures.
 */
export class Migration20261220000000_sign_in_lockout extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table login_attempt add column outcome text;`)
    this.addSql(`update login_attempt set outcome = case when succeeded then 'SUCCEEDED' else 'FAILED' end;`)
    // An unlock comes from no sign-in form, so it has no address.
    this.addSql(`
      alter table login_attempt
        alter column outcome set not null,
        add constraint login_attempt_outcome_check check (outcome in ('SUCCEEDED', 'FAILED', 'UNLOCKED')),
        alter column address drop not null,
        drop column succeeded;`)
  }
}
