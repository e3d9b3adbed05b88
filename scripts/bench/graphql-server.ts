// One side of `npm run bench -- graphql`, run in its own process so that the load generator does not
// share its event loop. `setup` migrates the database, signs a company up and prints a bearer token of
// its administrator; the servers then answer that administrator's own row:
// - `full`: the whole API;
// - `limit`: a hand-written Apollo on the same Fastify layer, node-postgres, one round trip per read
//   (the tenant's set_config and the SELECT as one simple-protocol query, one implicit transaction);
// - `postgraphile` runs in postgraphile-server.ts, apart from this file's graphql 16;
// - `bare`: a bare Apollo on the same Fastify layer answering a constant.
import { ApolloServer } from '@apollo/server'
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled'
import { fastifyApolloHandler } from '@as-integrations/fastify'
import Fastify from 'fastify'
import { GraphQLError } from 'graphql'
import pg from 'pg'
import { loadConfig } from '../../api/src/config.js'
import { startApi } from '../../api/src/app.js'
import { prepareAppRole } from '../../api/src/db/roles.js'
import { READY, type BenchFixture, type BenchMode, type ReadyServer } from './lib/api-server.js'
import { BENCH_POOL_SIZE, benchSessions, bearerTokenOf, type BenchViewer } from './lib/bench-sessions.js'

const ME = 'query Me { me { id email } }'
const ME_TYPES = 'type Query { me: Me } type Me { id: ID! email: String! }'

const apiConfig = () =>
  loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    // Unexpected errors reach the benchmark's output (api-server.ts passes them on), so a failed load says why.
    LOG_LEVEL: 'error',
    SEED_DEMO: 'false',
    // The page-load benchmark serves the consoles as they were built before, side by side with today's.
    WEB_ADMIN_DIST: process.env.WEB_ADMIN_DIST,
    WEB_AGENT_DIST: process.env.WEB_AGENT_DIST,
  })

async function setUp(ownerUrl: string): Promise<BenchFixture> {
  const api = await startApi({ config: apiConfig(), ownerUrl })
  try {
    const email = `bench-${Date.now()}@example.com`
    const password = 'Bench-password-2026'
    const { tenant, user } = await api.services.tenancy.signup(
      { companyName: 'Bench', timeZone: 'Asia/Shanghai', name: 'Bench', email, password },
      { address: 'bench', userAgent: null },
    )
    const { token } = await api.services.identity.login(
      { email, password, issueBearerToken: true },
      { address: 'bench', userAgent: null },
    )
    return { token, tenantId: tenant.id, userId: user.id }
  } finally {
    await api.stop()
  }
}

/** Apollo on Fastify, as the API mounts it. */
async function listenWithApollo<Context extends object>(
  apollo: ApolloServer<Context>,
  context: (authorization: string | undefined) => Promise<Context>,
): Promise<string> {
  await apollo.start()
  const app = Fastify({ logger: false })
  app.route({
    url: '/graphql',
    method: ['GET', 'POST'],
    handler: fastifyApolloHandler(apollo, {
      context: async (request) => context(request.headers.authorization),
    }),
  })
  return app.listen({ host: '127.0.0.1', port: 0 })
}

async function startBare(): Promise<ReadyServer> {
  const apollo = new ApolloServer({
    typeDefs: ME_TYPES,
    // As the API does: no cache hints, so no wrapper around every resolver to collect them.
    plugins: [ApolloServerPluginCacheControlDisabled()],
    resolvers: {
      Query: { me: () => ({ id: 'c0ffee00-0000-4000-8000-000000000000', email: 'bench@example.com' }) },
    },
  })
  return { url: await listenWithApollo(apollo, async () => ({})), query: ME }
}

async function startFull(ownerUrl: string): Promise<ReadyServer> {
  const api = await startApi({ config: apiConfig(), ownerUrl })
  return { url: api.url, query: ME }
}

async function startLimit(ownerUrl: string): Promise<ReadyServer> {
  const pool = new pg.Pool({ connectionString: await prepareAppRole(ownerUrl), max: BENCH_POOL_SIZE })
  const viewerOf = benchSessions(pool)
  const apollo = new ApolloServer<{ viewer: BenchViewer }>({
    typeDefs: ME_TYPES,
    // As the API does: no cache hints, so no wrapper around every resolver to collect them.
    plugins: [ApolloServerPluginCacheControlDisabled()],
    resolvers: {
      Query: {
        me: async (_root: unknown, _args: unknown, { viewer }: { viewer: BenchViewer }) => {
          const tenantId = pg.escapeLiteral(viewer.tenantId)
          const results = (await pool.query(
            `select set_config('app.tenant_id', ${tenantId}, true);
             select id, email from app_user where id = ${pg.escapeLiteral(viewer.userId)} and tenant_id = ${tenantId}`,
          )) as unknown as pg.QueryResult[]
          return results[1]!.rows[0] ?? null
        },
      },
    },
  })
  const url = await listenWithApollo(apollo, async (authorization) => {
    const token = bearerTokenOf(authorization)
    const viewer = token ? await viewerOf(token) : null
    if (!viewer) throw new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } })
    return { viewer }
  })
  return { url, query: ME }
}

type OwnMode = Exclude<BenchMode, 'postgraphile'>
const [mode, ownerUrl, fixtureJson] = process.argv.slice(2) as [OwnMode | 'setup', string, string?]
if (mode === 'setup') {
  process.stdout.write(`${READY} ${JSON.stringify(await setUp(ownerUrl))}\n`)
  process.exit(0)
}
const fixture = JSON.parse(fixtureJson!) as BenchFixture
const servers: Record<OwnMode, () => Promise<ReadyServer>> = {
  bare: startBare,
  full: () => startFull(ownerUrl),
  limit: () => startLimit(ownerUrl),
}
const ready = await servers[mode]()
process.stdout.write(
  `${READY} ${JSON.stringify({ ...ready, token: mode === 'bare' ? '' : fixture.token })}\n`,
)
// An orderly exit on SIGTERM, so that `--cpu-prof` (BENCH_NODE_OPTIONS) writes its profile.
process.once('SIGTERM', () => process.exit(0))
