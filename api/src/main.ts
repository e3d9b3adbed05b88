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
  let embedded: EmbeddedDatabase | undefined
  let api: Api | undefined
  let isStopping = false
  const stop = async (signal: string) => {
    if (isStopping) return
    isStopping = true
    console.log(`\n${signal}: stopping the API${embedded ? ' and PostgreSQL' : ''}…`)
    await api?.stop().catch((error) => console.error(error))
    await embedded?.stop().catch((error) => console.error(error))
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))

  let ownerUrl = config.databaseUrl
  if (!ownerUrl) {
    console.log(`Starting embedded PostgreSQL (data in ${path.join(config.dataDir, 'pg')})…`)
    embedded = await startEmbeddedPostgres({ dir: path.join(config.dataDir, 'pg'), port: config.embeddedPgPort })
    ownerUrl = embedded.ownerUrl()
  }
  api = await startApi({ config, ownerUrl })
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
