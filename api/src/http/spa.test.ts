// Fast first paint: a built SPA is served precompressed, its hashed assets cached for good and its
// index.html revalidated. The build here is a small fixture precompressed by the SPAs' own build step.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { precompress } from '../../../web-common/precompress.js'
import { HASHED_ASSET_CACHE, registerSpa } from './spa.js'

const INDEX_HTML =
  '<!doctype html><html><head><script type="module" src="/admin/assets/index-Ab12Cd34.js"></script></head><body><div id="app"></div></body></html>'
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

it('an SPA that is not built says so', async () => {
  const response = await get('/agent/')
  expect(response.statusCode).toBe(503)
  expect(response.body).toContain('npm run build')
})
