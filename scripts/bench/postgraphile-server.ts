// The peer of `npm run bench -- graphql`: PostGraphile 4 serving the administrator's row from the same
// database through the same row-level-security policy, connected as the app role, with the tenant of
// the request's bearer session given per request through pgSettings (PostGraphile then wraps the query
// in BEGIN, set_config, COMMIT). Run by lib/api-server.ts like graphql-server.ts.
//
// PostGraphile 4 is written for graphql 15. npm hoists the API's graphql 16 to the top and leaves 15
// nested under some graphile packages only, so the others would load 16 and mix the two ("Cannot use
// GraphQLNonNull from another module or realm"). Every `graphql` of this process resolves to
// PostGraphile's own copy, which is why it loads through `require` after the hook, not `import`.
import { createRequire, Module } from 'node:module'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import pg from 'pg'
import type * as PostGraphile from 'postgraphile'
import { prepareAppRole } from '../../api/src/db/roles.js'
import { READY, type BenchFixture } from './lib/api-server.js'
import { BENCH_POOL_SIZE, benchSessions, bearerTokenOf } from './lib/bench-sessions.js'

const require = createRequire(import.meta.url)
const graphql15 = path.dirname(require.resolve('postgraphile/node_modules/graphql/package.json'))
type Resolve = (request: string, ...rest: unknown[]) => string
const resolver = Module as unknown as { _resolveFilename: Resolve }
const resolveFilename = resolver._resolveFilename
resolver._resolveFilename = function (request, ...rest) {
  const isGraphql = request === 'graphql' || request.startsWith('graphql/')
  return resolveFilename.call(
    this,
    isGraphql ? graphql15 + request.slice('graphql'.length) : request,
    ...rest,
  )
}
const { postgraphile } = require('postgraphile') as typeof PostGraphile

const [ownerUrl, fixtureJson] = process.argv.slice(3) as [string, string]
const fixture = JSON.parse(fixtureJson) as BenchFixture
const pool = new pg.Pool({ connectionString: await prepareAppRole(ownerUrl), max: BENCH_POOL_SIZE })
const viewerOf = benchSessions(pool)
const handler = postgraphile(pool, 'public', {
  pgSettings: async (request) => {
    const token = bearerTokenOf(request.headers.authorization)
    const viewer = token ? await viewerOf(token) : null
    if (!viewer) throw new Error('Sign in first.')
    return { 'app.tenant_id': viewer.tenantId }
  },
  disableDefaultMutations: true,
  disableQueryLog: true,
  enableQueryBatching: false,
  graphiql: false,
  watchPg: false,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  retryOnInitFail: false,
})
const server = createServer(handler)
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const ready = {
  url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  query: `query Me { appUserById(id: "${fixture.userId}") { id email } }`,
  token: fixture.token,
}
process.stdout.write(`${READY} ${JSON.stringify(ready)}\n`)
// An orderly exit on SIGTERM, so that `--cpu-prof` (BENCH_NODE_OPTIONS) writes its profile.
process.once('SIGTERM', () => process.exit(0))
