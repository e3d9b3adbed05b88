// One side of `npm run bench -- graphql`, run in its own process so that the load generator does not
// share its event loop: `full` is the whole API, `bare` a bare Apollo on the same Fastify layer.
import { ApolloServer } from '@apollo/server'
import { fastifyApolloHandler } from '@as-integrations/fastify'
import Fastify from 'fastify'
import { loadConfig } from '../../api/src/config.js'
import { startApi } from '../../api/src/app.js'
import { READY } from './lib/api-server.js'

const ME = 'query Me { me { id email } }'

async function startBare(): Promise<{ url: string }> {
  const app = Fastify({ logger: false })
  const apollo = new ApolloServer({
    typeDefs: 'type Query { me: Me } type Me { id: ID! email: String! }',
    resolvers: {
      Query: { me: () => ({ id: 'c0ffee00-0000-4000-8000-000000000000', email: 'bench@example.com' }) },
    },
  })
  await apollo.start()
  app.route({ url: '/graphql', method: ['GET', 'POST'], handler: fastifyApolloHandler(apollo) })
  return { url: await app.listen({ host: '127.0.0.1', port: 0 }) }
}

async function startFull(ownerUrl: string): Promise<{ url: string; token: string }> {
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    // The page-load benchmark serves the consoles as they were built before, side by side with today's.
    WEB_ADMIN_DIST: process.env.WEB_ADMIN_DIST,
    WEB_AGENT_DIST: process.env.WEB_AGENT_DIST,
  })
  const api = await startApi({ config, ownerUrl })
  const email = `bench-${Date.now()}@example.com`
  const password = 'Bench-password-2026'
  await api.services.tenancy.signup(
    { companyName: 'Bench', timeZone: 'Asia/Shanghai', name: 'Bench', email, password },
    { address: 'bench', userAgent: null },
  )
  const { token } = await api.services.identity.login(
    { email, password, issueBearerToken: true },
    { address: 'bench', userAgent: null },
  )
  return { url: api.url, token }
}

const mode = process.argv[2]
const ready = mode === 'bare' ? { ...(await startBare()), token: '' } : await startFull(process.argv[3]!)
process.stdout.write(`${READY} ${JSON.stringify({ ...ready, query: ME })}\n`)
