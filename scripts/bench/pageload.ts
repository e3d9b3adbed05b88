// `npm run bench -- pageload`: a signed-in user opening the admin console's agents page and the agent
// workstation, served by the whole API, in Debian's Chromium. Cold: a new browser context (empty cache);
// warm: the same page opened again in that context. Over loopback and over an emulated office link, each
// page both as the consoles were built before issue 14 (the baseline) and as they are built now.
// Figures: first contentful paint, the frame that first shows what the user came for, and the CPU time
// the page's main thread spent by then (which the other work on a shared machine hardly changes).
// The DOM library types the functions that run in the page (watchReady, the figures read by evaluate).
/// <reference lib="dom" />
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { build } from 'vite'
import { launchChromium } from '../../api/test/chromium.js'
import { SESSION_COOKIE } from '../../api/src/http/session-token.js'
import { startBenchServer, stopBenchServer, type BenchServer } from './lib/api-server.js'
import { startBenchPostgres } from './lib/postgres.js'
import { median, round } from './lib/stats.js'
import { tableLines } from './lib/table.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 10)

interface Target {
  name: string
  path: string
  /** What the user came for: the page counts as loaded in the frame that first shows it. */
  ready: string
}

const TARGETS: readonly Target[] = [
  // The rows, not the empty table: the list's GraphQL query is part of the load.
  { name: 'admin: agents page', path: '/admin/agents', ready: '[data-testid="agents-table"] .el-table__row' },
  { name: 'agent workstation', path: '/agent/', ready: '[data-testid="phone-bar"]' },
]

interface Network {
  name: string
  /** Chromium's network emulation (bytes per second, milliseconds); none for loopback as it is. */
  conditions?: { latency: number; downloadThroughput: number; uploadThroughput: number }
}

const NETWORKS: readonly Network[] = [
  { name: 'loopback' },
  {
    name: '10 Mbit/s, 40 ms',
    conditions: { latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 },
  },
]

interface Load {
  /** Milliseconds from navigation start (performance.now() in the page). */
  fcp: number
  ready: number
  /** Bytes over the wire (headers and possibly compressed bodies) of the document and every resource. */
  transferred: number
  requests: number
  /** Requests that reached the server (fetched or revalidated), the others came from the cache. */
  fetched: number
  /**
   * CPU time of the page's main thread until the figures were read, in milliseconds: unlike the
   * times above, it hardly grows when other work on the machine takes the cores.
   */
  mainThreadCpu: number
}

declare global {
  interface Window {
    /** Set by the init script below in the frame that first paints the ready element. */
    benchReadyAt?: number
  }
}

/** Runs in the page before its own scripts: notes the first frame in which the ready element shows. */
function watchReady(selector: string): void {
  const observer = new MutationObserver(() => {
    const element = document.querySelector(selector)
    if (!element || element.getBoundingClientRect().height === 0) return
    observer.disconnect()
    // Mutations land before the frame is rendered: a task posted from the next animation frame runs
    // once that frame's rendering is done.
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => (window.benchReadyAt = performance.now())
      channel.port2.postMessage(null)
    })
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true })
}

/** Opens the target in a new page of the context and measures it once it shows. */
async function load(context: BrowserContext, server: BenchServer, target: Target, network: Network) {
  const page: Page = await context.newPage()
  try {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    if (network.conditions) {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network.conditions })
    }
    // What the API answered, to tell a load that never gets ready by its cause (an error, an empty list).
    const answers: Promise<string>[] = []
    page.on('response', (response) => {
      if (!response.url().endsWith('/graphql')) return
      const sent = /(?:query|mutation)\s+(\w+)/.exec(response.request().postData() ?? '')?.[1] ?? '?'
      answers.push(
        response.text().then(
          (body) => `${sent} → ${response.status()} ${body.slice(0, 300)}`,
          (error: unknown) => `${sent} → ${response.status()} (body unread: ${String(error)})`,
        ),
      )
    })
    page.on('requestfailed', (request) => {
      if (request.url().endsWith('/graphql'))
        answers.push(Promise.resolve(`failed: ${request.failure()?.errorText}`))
    })
    await page.goto(`${server.url}${target.path}`, { waitUntil: 'commit' })
    try {
      await page.waitForFunction(() => window.benchReadyAt !== undefined, undefined, { timeout: 30_000 })
    } catch (error) {
      const shown = await page
        .evaluate(
          () => document.querySelector('main')?.textContent?.slice(0, 300) ?? document.body.textContent,
        )
        .catch(() => '(page unreadable)')
      const traffic = (await Promise.all(answers)).join('\n  ')
      throw new Error(`${target.name} never got ready at ${page.url()}; shown: ${shown}\n  ${traffic}`, {
        cause: error,
      })
    }
    const figures = await page.evaluate(async (): Promise<Omit<Load, 'mainThreadCpu'>> => {
      // Paint timing is reported when the frame reaches the screen, which can be after the task above.
      const fcp = await new Promise<number>((resolve) =>
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0]
          if (!entry) return
          observer.disconnect()
          resolve(entry.startTime)
        }).observe({ type: 'paint', buffered: true }),
      )
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[]
      return {
        fcp,
        // Nothing shows before the first contentful paint.
        ready: Math.max(fcp, window.benchReadyAt!),
        transferred: entries.reduce((sum, entry) => sum + entry.transferSize, 0),
        requests: entries.length,
        fetched: entries.filter((entry) => entry.transferSize > 0).length,
      }
    })
    const { metrics } = await cdp.send('Performance.getMetrics')
    const threadSeconds = metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? Number.NaN
    return { ...figures, mainThreadCpu: threadSeconds * 1000 }
  } finally {
    await page.close()
  }
}

/** A cold load in a new browser context, then a warm one in the same context (its cache filled). */
async function coldThenWarm(browser: Browser, server: BenchServer, target: Target, network: Network) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  try {
    // graphql-server.ts signs in with a bearer token; the same token works as the session cookie.
    await context.addCookies([{ name: SESSION_COOKIE, value: server.token, url: server.url }])
    await context.addInitScript(watchReady, target.ready)
    const cold = await load(context, server, target, network)
    const warm = await load(context, server, target, network)
    return { cold, warm }
  } finally {
    await context.close()
  }
}

/**
 * The consoles as they were built before issue 14: one script and one stylesheet per console, served
 * uncompressed. Built into a temporary folder from today's sources, so that only the build differs.
 */
async function buildBaseline(root: string): Promise<{ WEB_ADMIN_DIST: string; WEB_AGENT_DIST: string }> {
  const dists = { WEB_ADMIN_DIST: path.join(root, 'web-admin'), WEB_AGENT_DIST: path.join(root, 'web-agent') }
  for (const [spa, outDir] of [
    ['web-admin', dists.WEB_ADMIN_DIST],
    ['web-agent', dists.WEB_AGENT_DIST],
  ] as const) {
    await build({
      root: spa,
      configFile: path.join(spa, 'vite.config.ts'),
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        cssCodeSplit: false,
        rollupOptions: { output: { inlineDynamicImports: true } },
      },
    })
    // The shared config's plugin precompresses every build; the baseline had no compressed copies.
    const copies = await readdir(outDir, { recursive: true })
    await Promise.all(
      copies.filter((file) => /\.(br|gz)$/.test(file)).map((file) => rm(path.join(outDir, file))),
    )
  }
  return dists
}

interface Variant {
  name: string
  env: NodeJS.ProcessEnv
}

const loadBefore = loadavg()[0]!
const baselineRoot = await mkdtemp(path.join(tmpdir(), 'cc-pageload-baseline-'))
const variants: Variant[] = [
  { name: 'before: one bundle, uncompressed', env: await buildBaseline(baselineRoot) },
  { name: 'now: split, brotli, cached', env: {} },
]
const postgres = await startBenchPostgres()
type Result = { variant: Variant; target: Target; network: Network; cold: Load[]; warm: Load[] }
const results: Result[] = []
try {
  const servers = new Map<Variant, BenchServer>()
  for (const [index, variant] of variants.entries()) {
    const database = await postgres.createDatabase(`bench_pageload_${index}`)
    servers.set(variant, await startBenchServer('full', database, undefined, variant.env))
  }
  const browser = await launchChromium()
  try {
    for (const target of TARGETS) {
      for (const network of NETWORKS) {
        const runs = variants.map((variant) => ({
          variant,
          target,
          network,
          cold: [] as Load[],
          warm: [] as Load[],
        }))
        for (const variant of variants) {
          // Warm-up: the server's JIT, file cache and pool.
          await coldThenWarm(browser, servers.get(variant)!, target, network)
        }
        // The variants take turns, so that the machine's noise falls on both alike.
        for (let run = 1; run <= RUNS; run++) {
          for (const result of runs) {
            const { cold, warm } = await coldThenWarm(browser, servers.get(result.variant)!, target, network)
            result.cold.push(cold)
            result.warm.push(warm)
            console.log(
              `${target.name}, ${network.name}, ${result.variant.name}, run ${run}: cold FCP ` +
                `${round(cold.fcp, 0)} ms, ready ${round(cold.ready, 0)} ms; warm ready ${round(warm.ready, 0)} ms`,
            )
          }
        }
        results.push(...runs)
      }
    }
  } finally {
    await browser.close()
    for (const server of servers.values()) await stopBenchServer(server)
  }
} finally {
  await postgres.stop()
  await rm(baselineRoot, { recursive: true, force: true })
}

const p50 = (loads: Load[], figure: (load: Load) => number) => round(median(loads.map(figure)), 0)
const baselineOf = (result: Result) =>
  results.find(
    (other) =>
      other.variant === variants[0] && other.target === result.target && other.network === result.network,
  )!
console.log(
  `\nSigned-in page loads, p50 of ${RUNS} runs after one warm-up run (1-minute load average of the machine: ` +
    `${round(loadBefore, 1)} before, ${round(loadavg()[0]!, 1)} after)\n` +
    tableLines(
      [
        ['page', ({ target }) => `${target.name} (${target.path})`],
        ['network', ({ network }) => network.name],
        ['build', ({ variant }) => variant.name],
        ['cold FCP', ({ cold }) => `${p50(cold, (load) => load.fcp)} ms`],
        ['cold ready', ({ cold }) => `${p50(cold, (load) => load.ready)} ms`],
        [
          'min–max',
          ({ cold }) =>
            `${round(Math.min(...cold.map((load) => load.ready)), 0)}–${round(Math.max(...cold.map((load) => load.ready)), 0)}`,
        ],
        [
          'ready vs before',
          (result) =>
            `${round(median(result.cold.map((load) => load.ready)) / median(baselineOf(result).cold.map((load) => load.ready)), 2)}×`,
        ],
        ['cold CPU', ({ cold }) => `${p50(cold, (load) => load.mainThreadCpu)} ms`],
        ['transferred', ({ cold }) => `${round(p50(cold, (load) => load.transferred) / 1024, 0)} KB`],
        ['requests', ({ cold }) => p50(cold, (load) => load.requests)],
        ['warm ready', ({ warm }) => `${p50(warm, (load) => load.ready)} ms`],
        ['warm to server', ({ warm }) => p50(warm, (load) => load.fetched)],
      ],
      results,
    ).join('\n'),
)
