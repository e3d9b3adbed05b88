// Serves a built SPA (web-admin/dist, web-agent/dist): hashed assets cached for good, index.html
// revalidated on every load, and the build's precompressed .br/.gz files where the browser takes them.
import { existsSync } from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { DOCUMENT_HEADERS, documentPolicyOf } from './document-policy.js'

/** Vite names every file under assets/ after its content, so a changed file is a new URL. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable'
/** Everything else (index.html, favicon): the browser keeps it but asks first (ETag / Last-Modified). */
export const REVALIDATED_CACHE = 'no-cache'

/** The SPAs route in the browser, so every unknown path below their prefix gets their index.html. */
export async function registerSpa(app: FastifyInstance, prefix: string, distDir: string): Promise<void> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    app.get(`${prefix}*`, async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(`This console is not built yet. Run \`npm run build\` (or \`npm start\`, which builds it).`),
    )
    return
  }
  const assetsDir = path.join(distDir, 'assets') + path.sep
  const documentPolicy = documentPolicyOf(path.join(distDir, 'index.html'))
  // Its own scope, so that each SPA's reply.sendFile serves from its own folder with its own options.
  await app.register(async (scope) => {
    await scope.register(fastifyStatic, {
      root: distDir,
      prefix,
      wildcard: false,
      // The route below serves index.html for the prefix too: with preCompressed, @fastify/static
      // answers a directory whose index has no compressed copy (index.html is too small) with a 404.
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) =>
        reply
          .header('cache-control', filePath.startsWith(assetsDir) ? HASHED_ASSET_CACHE : REVALIDATED_CACHE)
          .header('x-content-type-options', 'nosniff'),
    })
    scope.get(`${prefix}*`, async (request, reply) => {
      // A file the build lacks (a chunk from before a rebuild) must fail as such, not load index.html.
      if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0]!)) {
        return reply.code(404).type('text/plain; charset=utf-8').send('Not found.')
      }
      return reply
        .headers({ ...DOCUMENT_HEADERS, 'content-security-policy': await documentPolicy() })
        .sendFile('index.html')
    })
  })
}
