// Composition root: config → database (embedded unless DATABASE_URL) → API → demo data; Ctrl-C stops it all.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { inspect } from 'node:util'
import { ConfigError, loadConfig } from './config.js'
import {
  EmbeddedPostgresError,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from './db/embedded-postgres.js'
import { startApi, type Api } from './app.js'
import { seedDemoTenant } from './seed.js'

async function main(): Promise<void> {
  const config = loadConfig()
  await mkdir(config.dataDir, { recursive: true })
  // Filled in as pieces start, so Ctrl-C during start-up stops whatever is already running.
  const running: { embedded?: EmbeddedDatabase; api?: Api } = {}
  let isStopping = false
  const stop = async (signal: string) => {
    if (isStopping) return
    isStopping = true
    console.log(
      `\n${signal}: stopping the API${config.localFreeSwitch ? ', FreeSWITCH' : ''}${running.embedded ? ' and PostgreSQL' : ''}…`,
    )
    await running.api?.stop().catch((error) => console.error(error))
    await running.embedded?.stop().catch((error) => console.error(error))
    process.exit(0)
  }
  // SIGHUP: the terminal closed. Uncatchable SIGKILL leaves PostgreSQL running; the next start stops it.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal))

  let ownerUrl = config.databaseUrl
  if (!ownerUrl) {
    console.log(`Starting embedded PostgreSQL (data in ${path.join(config.dataDir, 'pg')})…`)
    const embedded = await startEmbeddedPostgres({
      dir: path.join(config.dataDir, 'pg'),
      port: config.embeddedPgPort,
      onNotice: (message) => console.log(message),
    })
    running.embedded = embedded
    ownerUrl = embedded.ownerUrl()
  }
  const api = await startApi({ config, ownerUrl })
  running.api = api
  const credentials = config.seedDemo ? (await seedDemoTenant(api, config.dataDir)).credentials : ''
  console.log(`
Cloud call center is running.
  Admin console      ${api.url}/admin/
  Agent workstation  ${api.url}/agent/
  GraphQL            ${api.url}/graphql (subscriptions over graphql-ws on the same path)
${api.localSwitch ? `  FreeSWITCH         ${config.softphone.websocketUrls['*']} for softphones, log ${api.localSwitch.logFile}\n` : ''}${credentials ? `  ${credentials}` : ''}`)
}

main().catch((error: unknown) => {
  console.error(startFailureMessage(error))
  process.exit(1)
})

function startFailureMessage(error: unknown): string {
  if (error instanceof ConfigError) return error.message
  if (error instanceof EmbeddedPostgresError)
    return (
      `${error.message}\n(DATA_DIR and EMBEDDED_PG_PORT give the embedded PostgreSQL another data directory ` +
      `and port; DATABASE_URL uses a PostgreSQL of your own instead.)`
    )
  // Libraries do reject with values that are no Error; bare, `undefined` would tell nobody anything.
  return error instanceof Error ? inspect(error) : `Start-up failed: ${inspect(error)}`
}
