// The HTTP face of the API: GraphQL over HTTP and WebSocket at /graphql, the two SPAs, and a health check.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import fastifyCookie, { type CookieSerializeOptions } from '@fastify/cookie'
import { ApolloServer } from '@apollo/server'
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled'
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify'
import type { GraphQLSchema } from 'graphql'
import type { Config } from '../config.js'
import type { Database } from '../db/database.js'
import type { GraphQLContext, SessionCookie } from '../graphql/context.js'
import { createErrorFormatter } from '../graphql/errors.js'
import { aliasLimit, costLimitPlugin, depthLimit, limits } from '../graphql/limits.js'
import type { PubSub } from '../graphql/pubsub.js'
import { schemaPrivacyPlugin } from '../graphql/schema-privacy.js'
import type { Services } from '../services.js'
import { SESSION_COOKIE, isCookieSession, sessionTokenFrom } from './session-token.js'
import { registerSpa } from './spa.js'
import { createSubscriptionServer } from './subscriptions.js'
import { registerXmlCurlRoutes } from '../telephony/xml-curl/index.js'
import { registerVoiceRoutes } from '../modules/voice/voice.routes.js'
import { registerImportRoutes } from '../modules/outbound/import.routes.js'
import { registerOutboundStatisticsExports } from '../modules/outbound/statistics.export.js'
import { registerRecordingRoute } from '../modules/calls/recording.route.js'
import { registerContactPlanExport } from '../modules/contact-plans/contact-plans.export.js'
import { registerCallRecordExport } from '../modules/call-records/call-records.export.js'
import { registerSatisfactionExports } from '../modules/satisfaction/satisfaction.export.js'
import { registerCallReportExport } from '../modules/reports/call-report.export.js'
import { registerQaReportExport } from '../modules/quality/quality.export.js'
import { registerSummaryReportExport } from '../modules/summaries/summary-report.export.js'

export const GRAPHQL_PATH = '/graphql'

/** The session cookie of one HTTP answer; a class, so that a request allocates no closures for it. */
class ReplySessionCookie implements SessionCookie {
  constructor(
    private readonly reply: FastifyReply,
    private readonly options: CookieSerializeOptions,
  ) {}

  set(sessionToken: string): void {
    void this.reply.setCookie(SESSION_COOKIE, sessionToken, this.options)
  }

  clear(): void {
    void this.reply.clearCookie(SESSION_COOKIE, { path: '/' })
  }
}

interface Options {
  config: Config
  schema: GraphQLSchema
  services: Services
  pubsub: PubSub
  db: Database
}

export async function createHttpServer({
  config,
  schema,
  services,
  pubsub,
  db,
}: Options): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  })
  await app.register(fastifyCookie)

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(limits.maxDepth), aliasLimit(limits.maxAliases)],
    formatError: createErrorFormatter(app.log),
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginLandingPageDisabled(),
      // Answers are per viewer and set no cache hints; the default cache-control plugin would still wrap
      // every field's resolver to collect them (about 2 % of CPU on the one-row read).
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(() => schema, limits.maxCost),
      schemaPrivacyPlugin(config.isProduction),
    ],
  })
  await apollo.start()

  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.cookieSecure,
    maxAge: Math.floor(config.sessionTtlMs / 1000),
  }
  const context = async (request: FastifyRequest, reply: FastifyReply): Promise<GraphQLContext> => {
    const token = sessionTokenFrom(request.headers)
    const viewer = token ? await services.identity.authenticate(token) : null
    const sessionCookie = new ReplySessionCookie(reply, cookieOptions)
    // The server extends a session on use; the browser's cookie must last as long, or a page left open
    // (a wallboard on a TV for days) is signed out when the cookie set at sign-in runs out. A logout or a
    // password change later in the request replaces this cookie (one Set-Cookie per name and path).
    if (viewer && token && isCookieSession(request.headers)) sessionCookie.set(token)
    return {
      viewer,
      services,
      origin: { address: request.ip, userAgent: request.headers['user-agent'] ?? null },
      sessionCookie,
    }
  }
  app.route({
    url: GRAPHQL_PATH,
    method: ['GET', 'POST', 'OPTIONS'],
    handler: fastifyApolloHandler(apollo, { context }),
  })

  app.get('/healthz', async (_request, reply) => {
    const isDatabaseReachable = await db.isReachable()
    return reply.code(isDatabaseReachable ? 200 : 503).send({ database: isDatabaseReachable })
  })
  app.get('/', async (_request, reply) => reply.redirect('/admin/'))
  await registerXmlCurlRoutes(app, { config: config.xmlCurl, directory: services.telephonyDirectory })
  await registerVoiceRoutes(app, {
    services,
    mediaDir: config.mediaDir,
    allowedOrigins: config.allowedOrigins,
  })
  await registerImportRoutes(app, { services, allowedOrigins: config.allowedOrigins })
  registerRecordingRoute(app, services)
  registerContactPlanExport(app, services)
  registerCallRecordExport(app, services)
  registerSatisfactionExports(app, services)
  registerCallReportExport(app, services)
  registerQaReportExport(app, services)
  registerSummaryReportExport(app, services)
  registerOutboundStatisticsExports(app, services)
  await registerSpa(app, '/admin/', config.webAdminDist)
  await registerSpa(app, '/agent/', config.webAgentDist)

  const subscriptions = createSubscriptionServer({
    schema,
    formatError: createErrorFormatter(app.log),
    services,
    pubsub,
    allowedOrigins: config.allowedOrigins,
    path: GRAPHQL_PATH,
  })
  app.server.on('upgrade', (request, socket, head) => subscriptions.handleUpgrade(request, socket, head))
  app.addHook('onClose', () => subscriptions.close())

  return app
}
