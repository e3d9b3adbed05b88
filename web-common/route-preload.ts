// Starts a route's chunks from index.html, before the entry script has even arrived: an inline script
// matches the address against a table written at build time and adds `modulepreload` links for the
// page's scripts (with the chunks they import) and `preload` links for its stylesheets. Without it the
// router asks for them only once the entry has downloaded, evaluated and resolved the route, and a page
// of some fifteen chunks then waits for them in turn on HTTP/1.1's six connections.
import path from 'node:path'
import type { Plugin, Rollup } from 'vite'

type OutputBundle = Rollup.OutputBundle
type OutputChunk = Rollup.OutputChunk

/** A route whose chunks index.html starts: its path below the SPA's base and the modules it loads. */
export interface PreloadedRoute {
  /** As the router has it, without the base: `/agents`. A trailing slash is matched too. */
  path: string
  /** The modules the route imports on navigation (its page, its `meta.prefetch`), from the SPA's root. */
  modules: readonly string[]
}

/** What the inline script reads: for each path (base included), the files to start. */
export type RoutePreloadTable = Record<string, { scripts: string[]; styles: string[] }>

/** A request index.html sends at once, for the SPA's script to adopt from `window[global]`. */
export interface EarlyRequest {
  global: string
  url: string
  init: RequestInit
}

/** The id the inline script's table carries, so a test can read it back from the built index.html. */
export const ROUTE_PRELOAD_TABLE_ID = 'cc-route-preload'

const isChunk = (file: OutputBundle[string]): file is OutputChunk => file.type === 'chunk'

/** The chunks `roots` import statically, themselves included, in the order they are reached. */
function staticClosure(bundle: OutputBundle, roots: readonly OutputChunk[]): OutputChunk[] {
  const reached = new Map<string, OutputChunk>()
  const visit = (chunk: OutputChunk) => {
    if (reached.has(chunk.fileName)) return
    reached.set(chunk.fileName, chunk)
    for (const fileName of chunk.imports) {
      const imported = bundle[fileName]
      if (imported && isChunk(imported)) visit(imported)
    }
  }
  roots.forEach(visit)
  return [...reached.values()]
}

/** The table for `routes`: each route's chunks and stylesheets the entry does not already bring. */
export function routePreloadTable(
  bundle: OutputBundle,
  entry: OutputChunk,
  base: string,
  root: string,
  routes: readonly PreloadedRoute[],
): RoutePreloadTable {
  const chunks = Object.values(bundle).filter(isChunk)
  const withEntry = new Set(staticClosure(bundle, [entry]).map((chunk) => chunk.fileName))
  const table: RoutePreloadTable = {}
  for (const route of routes) {
    const roots = route.modules.map((module) => {
      const id = path.resolve(root, module)
      // Not by facadeModuleId: a chunk that Rollup merged small ones into (experimentalMinChunkSize) has none.
      const chunk = chunks.find((candidate) => candidate.moduleIds.includes(id))
      // A renamed or moved page must not leave the table silently empty.
      if (!chunk) throw new Error(`route-preload: no chunk holds ${module} (route ${route.path})`)
      return chunk
    })
    const files = staticClosure(bundle, roots).filter((chunk) => !withEntry.has(chunk.fileName))
    table[path.posix.join(base, route.path)] = {
      scripts: files.map((chunk) => base + chunk.fileName),
      styles: files.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])].map((css) => base + css)),
    }
  }
  return table
}

/**
 * The inline script. Links are added with the attributes Vite's own preload helper gives them
 * (`crossorigin`, same URLs), so that the router's later import finds the files in the cache.
 */
function inlineScript(): string {
  return `(function(t){var p=location.pathname.replace(/\\/$/,''),r=t[p];if(!r)return;function l(h,rel,as){var e=document.createElement('link');e.rel=rel;if(as)e.as=as;e.crossOrigin='';e.href=h;document.head.appendChild(e)}r.scripts.forEach(function(h){l(h,'modulepreload')});r.styles.forEach(function(h){l(h,'preload','style')})})(JSON.parse(document.getElementById('${ROUTE_PRELOAD_TABLE_ID}').textContent))`
}

/** Sends `requests` (whatever the address) and starts the chunks of the route opened, if it is in `routes`. */
export function routePreload(routes: readonly PreloadedRoute[], requests: readonly EarlyRequest[]): Plugin {
  let base = '/'
  let root = process.cwd()
  return {
    name: 'cc-route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base
      root = config.root
    },
    transformIndexHtml: {
      // After Vite has named the entry chunk and its stylesheet.
      order: 'post',
      handler(html, { bundle, chunk }) {
        if (!bundle || !chunk) return
        const table = routePreloadTable(bundle, chunk, base, root, routes)
        const sends = requests.map(
          ({ global, url, init }) =>
            `window[${JSON.stringify(global)}]=fetch(${JSON.stringify(url)},${JSON.stringify(init)});`,
        )
        const tags =
          `<script type="application/json" id="${ROUTE_PRELOAD_TABLE_ID}">${JSON.stringify(table)}</script>\n` +
          `    <script>${sends.join('')}${inlineScript()}</script>\n    `
        // Right before the entry script: after `<meta charset>` (read from the first 1024 bytes), and
        // before the entry's stylesheet link, which would hold an inline script until it has loaded.
        const entryScript = html.indexOf('<script type="module"')
        if (entryScript < 0) throw new Error('route-preload: no entry script in index.html')
        return html.slice(0, entryScript) + tags + html.slice(entryScript)
      },
    },
  }
}
