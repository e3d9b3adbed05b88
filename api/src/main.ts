// Composition root: config → database (embedded unless DATABASE_URL) → API → demo data; Ctrl-C stops it all.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError, loadConfig } from './config.js'
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres.js'
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
    console.log(`\n${signal}: stopping the API${running.embedded ? ' and PostgreSQL' : ''}…`)
    await running.api?.stop().catch((error) => console.error(error))
    await running.embedded?.stop().catch((error) => console.error(error))
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))

  let ownerUrl = config.databaseUrl
  if (!ownerUrl) {
    console.log(`Starting embedded PostgreSQL (data in ${path.join(config.dataDir, 'pg')})…`)
    const embedded = await startEmbeddedPostgres({
      dir: path.join(config.dataDir, 'pg'),
      port: config.embeddedPgPort,
    })
    running.embedded = embedded
    ownerUrl = embedded.ownerUrl()
  }
  const api = await startApi({ config, ownerUrl })
  running.api = api
  const credentials = config.seedDemo ? await seedDemoTenant(api.services, config.dataDir) : ''
  console.log(`
Cloud call center is running.
  Admin console      ${api.url}/admin/
  Agent workstation  ${api.url}/agent/
  GraphQL            ${api.url}/graphql (subscriptions over graphql-ws on the same path)
${credentials ? `  ${credentials}` : ''}`)
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
})
