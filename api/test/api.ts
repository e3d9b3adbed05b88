// Starts the real API (HTTP, GraphQL, PostgreSQL) for a test, plus a small GraphQL client for it.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadConfig } from '../src/config.js'
import { startApi, type Api, type ApiOptions } from '../src/app.js'
import { createTestDatabase } from './database.js'

export type TestApi = Api & {
  /** Owner connection of this API's database: pass it as `ownerUrl` to start another instance on it. */
  ownerUrl: string
  /** DATA_DIR of this API: invitation emails land in `<dataDir>/mail`. */
  dataDir: string
  /** Sends one GraphQL request; `token` travels as a bearer token, `cookie` as the session cookie. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { token?: string; cookie?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>
}

export interface GraphQLResponse<T> {
  data?: T | null
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }[]
  /** Raw Set-Cookie header, when the server set one. */
  setCookie: string | null
  status: number
}

export async function startTestApi(
  options: Partial<Omit<ApiOptions, 'config'>> & { env?: Record<string, string> } = {},
): Promise<TestApi> {
  // Mail (.eml files) and key files of a test stay in its own directory, never in the repository's .data.
  const dataDir = await mkdtemp(path.join(tmpdir(), 'cc-test-data-'))
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    DATA_DIR: dataDir,
    // Prompts play at once unless a test hears them (the telephony scenarios).
    SIMULATOR_PROMPTS: 'instant',
    ...options.env,
  })
  // A given ownerUrl: a second API instance on the same database (several replicas behind nginx).
  const ownerUrl = options.ownerUrl ?? (await createTestDatabase())
  const api = await startApi({ ...options, config, ownerUrl })
  return {
    ...api,
    ownerUrl,
    dataDir: config.dataDir,
    async stop() {
      await api.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
    async graphql(query, variables, auth) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...auth?.headers }
      if (auth?.token) headers.authorization = `Bearer ${auth.token}`
      if (auth?.cookie) headers.cookie = auth.cookie
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      })
      const body = (await response.json()) as Omit<GraphQLResponse<never>, 'setCookie' | 'status'>
      return { ...body, setCookie: response.headers.get('set-cookie'), status: response.status } as never
    },
  }
}
