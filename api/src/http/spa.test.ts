// Fast first paint: a built SPA is served precompressed, its hashed assets cached for good and its
// index.html revalidated. The build here is a small fixture precompressed by the SPAs' own build step.
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { precompress } from '../../../web-common/precompress.js'
import { HASHED_ASSET_CACHE, registerSpa } from './spa.js'

const EARLY_SCRIPT = 'window.early = fetch("/graphql")'
const INDEX_HTML =
  '<!doctype html><html><head><script type="application/json" id="table">{"a":1}</script>' +
  `<script>${EARLY_SCRIPT}</script>` +
  '<script type="module" src="/admin/assets/index-Ab12Cd34.js"></script></head><body><div id="app"></div></body></html>'
const ENTRY =
  'export const messages = ' + JSON.stringify(Array.from({ length: 200 }, (_, i) => `message ${i}`))
const TINY_CHUNK = 'export const tiny = 1'

let distDir: string
let app: FastifyInstance

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'cc-spa-'))
  await mkdir(path.join(distDir, 'assets'))
  await writeFile(path.join(distDir, 'index.html'), INDEX_HTML)
  await writeFile(path.join(distDir, 'assets/index-Ab12Cd34.js'), ENTRY)
  await writeFile(path.join(distDir, 'assets/tiny-Ef56Gh78.js'), TINY_CHUNK)
  await precompress(distDir)
  app = Fastify()
  await registerSpa(app, '/admin/', distDir)
  await registerSpa(app, '/agent/', path.join(distDir, 'not-built'))
})

afterAll(async () => {
  await app?.close()
  await rm(distDir, { recursive: true, force: true })
})

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} })

describe('hashed assets', () => {
  it('come as brotli when the browser takes it, cached for a year and never revalidated', async () => {
    const response = await get('/admin/assets/index-Ab12Cd34.js', 'gzip, deflate, br, zstd')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-encoding']).toBe('br')
    expect(response.headers['cache-control']).toBe(HASHED_ASSET_CACHE)
    expect(response.headers['content-type']).toMatch(/javascript/)
    expect(response.headers.vary).toMatch(/accept-encoding/i)
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(ENTRY)
  })

  it('come as gzip to a browser without brotli, and as they are to one that takes neither', async () => {
    const gzipped = await get('/admin/assets/index-Ab12Cd34.js', 'gzip')
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gzipped.headers['cache-control']).toBe(HASHED_ASSET_CACHE)
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(ENTRY)

    const plain = await get('/admin/assets/index-Ab12Cd34.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers['cache-control']).toBe(HASHED_ASSET_CACHE)
    expect(plain.body).toBe(ENTRY)
  })

  it('too small to gain from compression come as they are, still cached for good', async () => {
    const response = await get('/admin/assets/tiny-Ef56Gh78.js', 'br, gzip')
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.headers['cache-control']).toBe(HASHED_ASSET_CACHE)
    expect(response.body).toBe(TINY_CHUNK)
  })

  it('missing from the build (a chunk from before a rebuild) are 404s, not index.html', async () => {
    const response = await get('/admin/assets/index-Old00000.js', 'br')
    expect(response.statusCode).toBe(404)
    expect(response.body).not.toContain('<div id="app">')
  })
})

describe('index.html', () => {
  it.each(['/admin/', '/admin/agents', '/admin/statistics/calls?page=2'])(
    'at %s is revalidated on every load, so a new build is seen at once',
    async (url) => {
      const response = await get(url, 'br, gzip')
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toMatch(/^text\/html/)
      expect(response.headers['cache-control']).toBe('no-cache')
      expect(response.body).toBe(INDEX_HTML)
    },
  )
})

describe('security headers', () => {
  const policyOf = (response: { headers: Record<string, unknown> }) =>
    new Map(
      String(response.headers['content-security-policy'])
        .split('; ')
        .map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
    )

  it('index.html runs only its own inline script (by its hash) and scripts of its origin, and is never framed', async () => {
    const response = await get('/admin/agents')
    const policy = policyOf(response)
    const hash = createHash('sha256').update(EARLY_SCRIPT).digest('base64')
    // The JSON data block is not a script the browser runs, so it gets no hash.
    expect(policy.get('script-src')).toEqual(["'self'", `'sha256-${hash}'`])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(response.headers['x-frame-options']).toBe('DENY')
    expect(response.headers['referrer-policy']).toBe('same-origin')
  })

  it('a rebuilt index.html gets the hash of its new inline script without a restart', async () => {
    const rebuilt = INDEX_HTML.replace(EARLY_SCRIPT, 'window.other = 1')
    await writeFile(path.join(distDir, 'index.html'), rebuilt)
    // A rebuild within the same millisecond as the first write would keep the old mtime.
    await utimes(path.join(distDir, 'index.html'), new Date(), new Date(Date.now() + 1000))
    try {
      const hash = createHash('sha256').update('window.other = 1').digest('base64')
      expect(policyOf(await get('/admin/')).get('script-src')).toEqual(["'self'", `'sha256-${hash}'`])
    } finally {
      await writeFile(path.join(distDir, 'index.html'), INDEX_HTML)
    }
  })

  it('files are never sniffed as another type', async () => {
    expect((await get('/admin/assets/index-Ab12Cd34.js', 'br')).headers['x-content-type-options']).toBe(
      'nosniff',
    )
    expect((await get('/admin/')).headers['x-content-type-options']).toBe('nosniff')
  })
})

it('an SPA that is not built says so', async () => {
  const response = await get('/agent/')
  expect(response.statusCode).toBe(503)
  expect(response.body).toContain('npm run build')
})
