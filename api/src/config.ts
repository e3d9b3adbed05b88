// Every environment variable the API reads, parsed and validated here and nowhere else.
import { z } from 'zod'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Owner connection: runs migrations. Unset → an embedded PostgreSQL under DATA_DIR/pg. */
  DATABASE_URL: z.string().url().optional(),
  /** Connection of the unprivileged role the API queries as (row-level security applies to it). */
  DATABASE_APP_URL: z.string().url().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  /** Origins allowed to open subscriptions and send cookie-authenticated requests. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** Secure cookies need HTTPS; production sits behind TLS, development on plain HTTP. */
  COOKIE_SECURE: booleanFromEnv.optional(),
  /** Behind nginx the client address comes from X-Forwarded-For; sign-in throttling depends on it. */
  TRUST_PROXY: booleanFromEnv.default(false),
  SEED_DEMO: booleanFromEnv.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export interface Config {
  env: 'development' | 'production' | 'test'
  isProduction: boolean
  host: string
  port: number
  databaseUrl: string | undefined
  databaseAppUrl: string | undefined
  embeddedPgPort: number
  dataDir: string
  allowedOrigins: string[]
  sessionTtlMs: number
  cookieSecure: boolean
  trustProxy: boolean
  seedDemo: boolean
  logLevel: string
  /** Built SPAs served at /admin/ and /agent/. */
  webAdminDist: string
  webAgentDist: string
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid environment:\n  ${problems.join('\n  ')}`)
  }
  const e = parsed.data
  const isProduction = e.NODE_ENV === 'production'
  return {
    env: e.NODE_ENV,
    isProduction,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databaseAppUrl: e.DATABASE_APP_URL,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    dataDir: path.resolve(e.DATA_DIR),
    allowedOrigins: e.ALLOWED_ORIGINS,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
    cookieSecure: e.COOKIE_SECURE ?? isProduction,
    trustProxy: e.TRUST_PROXY,
    seedDemo: e.SEED_DEMO && !isProduction,
    logLevel: e.LOG_LEVEL,
    webAdminDist: path.join(repoRoot, 'web-admin/dist'),
    webAgentDist: path.join(repoRoot, 'web-agent/dist'),
  }
}
