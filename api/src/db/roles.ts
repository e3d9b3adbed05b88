// The unprivileged role the API queries as: it owns no table and lacks BYPASSRLS, so row-level security binds it.
import { createHash } from 'node:crypto'
import pg from 'pg'

export const APP_ROLE = 'cc_app'

/**
 * Every API instance sharing one owner derives the same password, so instances never lock each other out
 * by rotating it; nobody without the owner's credentials can derive it. A role belongs to the whole
 * PostgreSQL server, not to one database, so the database's name is left out: instances serving two
 * databases of one server (a test per database, a benchmark's variants) would otherwise keep changing the
 * password under each other's pools, failing whichever connection opened next.
 */
function derivedAppPassword(ownerUrl: string): string {
  const server = new URL(ownerUrl)
  server.pathname = ''
  return createHash('sha256').update(`${APP_ROLE}:${server.toString()}`).digest('base64url')
}

/** Gives the app role its password and its rights on the tables the migrations created; returns its URL. */
export async function prepareAppRole(ownerUrl: string): Promise<string> {
  const password = derivedAppPassword(ownerUrl)
  const client = new pg.Client({ connectionString: ownerUrl })
  await client.connect()
  try {
    await client.query(`alter role ${APP_ROLE} with login nobypassrls password '${password}'`)
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${APP_ROLE}`)
    await client.query(`grant usage, select on all sequences in schema public to ${APP_ROLE}`)
    await client.query(`revoke all on mikro_orm_migrations from ${APP_ROLE}`)
  } finally {
    await client.end()
  }
  const url = new URL(ownerUrl)
  url.username = APP_ROLE
  url.password = password
  return url.toString()
}
