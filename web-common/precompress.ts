// Brotli and gzip copies of a build's text files, written beside them at build time, so the API serves
// them (with @fastify/static's preCompressed) without compressing on every request.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

/** Smaller files gain less than the bytes of an extra header line and a second request path. */
const MIN_BYTES = 1024
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map|wasm)$/

const compressors = {
  '.br': (content: Buffer) =>
    promisify(brotliCompress)(content, {
      params: {
        // Once per build, so the slowest and smallest setting.
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  '.gz': (content: Buffer) => promisify(gzip)(content, { level: constants.Z_BEST_COMPRESSION }),
}

/** Writes `<file>.br` and `<file>.gz` for each compressible file of `dir` (recursively) they make smaller. */
export async function precompress(dir: string): Promise<void> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
  await Promise.all(
    files.map(async (file) => {
      const content = await readFile(file)
      if (content.length < MIN_BYTES) return
      for (const [extension, compress] of Object.entries(compressors)) {
        const compressed = await compress(content)
        if (compressed.length < content.length) await writeFile(file + extension, compressed)
      }
    }),
  )
}
