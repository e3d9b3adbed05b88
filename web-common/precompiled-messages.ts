// At build time the consoles' messages become vue-i18n's message ASTs, so the browser parses no message
// and the entry bundle goes without vue-i18n's message compiler (see defineSpaConfig's define and alias).
import { baseCompile } from '@intlify/message-compiler'
import { build } from 'esbuild'
import path from 'node:path'
import type { Plugin } from 'vite'

/** The modules that gather a console's (or both consoles') messages; every export is a messages tree. */
const MESSAGE_MODULES = /\/web-(?:admin|agent|common)\/src\/i18n\/messages\.ts$/

/**
 * vue-i18n's own answer when a message does not compile (an e-mail address read as a linked message):
 * the message as it is written. Here as an AST of that static text.
 */
function staticText(message: string) {
  return { t: 0, b: { t: 2, i: [{ t: 3 }], s: message } }
}

/** vue-i18n formats a message with a static text (`s`) from that text alone: its parts (`i`) are dead weight. */
function withoutStaticItems(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutStaticItems)
  if (node === null || typeof node !== 'object') return node
  const isStatic = 's' in node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([name]) => !(isStatic && name === 'i'))
      .map(([name, value]) => [name, withoutStaticItems(value)]),
  )
}

function compileTree(value: unknown, key: string, warn: (text: string) => void): unknown {
  if (typeof value === 'string') {
    const problems: string[] = []
    const { ast } = baseCompile(value, {
      jit: true,
      minify: true,
      location: false,
      onError: (error) => problems.push(error.message),
    })
    if (problems.length === 0) return withoutStaticItems(ast)
    warn(`message ${key} kept as written (${problems.join('; ')})`)
    return staticText(value)
  }
  if (Array.isArray(value)) return value.map((item, index) => compileTree(item, `${key}[${index}]`, warn))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [
        name,
        compileTree(item, key ? `${key}.${name}` : name, warn),
      ]),
    )
  }
  throw new Error(`message ${key} is a ${typeof value}, not text`)
}

export function precompiledMessages(): Plugin {
  return {
    name: 'cc-precompiled-messages',
    apply: 'build',
    config: () => ({
      define: { __INTLIFY_DROP_MESSAGE_COMPILER__: true },
      // The same code as vue-i18n's default entry; named as the build without a compiler, for the reader.
      resolve: {
        alias: [{ find: /^vue-i18n$/, replacement: 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js' }],
      },
    }),
    async load(id) {
      if (!MESSAGE_MODULES.test(id)) return
      // The messages are TypeScript objects spread together from several files: evaluated here in Node.
      const bundled = await build({
        entryPoints: [id],
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        write: false,
        metafile: true,
        logLevel: 'silent',
      })
      for (const input of Object.keys(bundled.metafile.inputs)) this.addWatchFile(path.resolve(input))
      const source = bundled.outputFiles[0]!.text
      const exports = (await import(
        `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
      )) as Record<string, unknown>
      // JSON.parse of one string is quicker for the browser than evaluating an object literal this size.
      return Object.entries(exports)
        .map(
          ([name, tree]) =>
            `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(compileTree(tree, '', (text) => this.warn(text))))});`,
        )
        .join('\n')
    },
  }
}
