// `npm run bench -- pageload`: a signed-in user opening the admin console's agents page and the agent
// workstation, served by the whole API, in Debian's Chromium. Cold: a new browser context (empty cache);
// warm: the same page opened again in that context. Over loopback and over an emulated office link.
// Figures: first contentful paint, and the frame that first shows what the user came for.
// The DOM library types the functions that run in the page (watchReady, the figures read by evaluate).
/// <reference lib="dom" />
import { loadavg } from 'node:os'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { SESSION_COOKIE } from '../../api/src/http/session-token.js'
import { startBenchServer, stopBenchServer, type BenchServer } from './lib/api-server.js'
import { startBenchPostgres } from './lib/postgres.js'
import { median, round } from './lib/stats.js'
import { tableLines } from './lib/table.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 10)
const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run']

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
    if (network.conditions) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network.conditions })
    }
    await page.goto(`${server.url}${target.path}`, { waitUntil: 'commit' })
    await page.waitForFunction(() => window.benchReadyAt !== undefined, undefined, { timeout: 30_000 })
    return await page.evaluate(async (): Promise<Load> => {
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

const loadBefore = loadavg()[0]!
const postgres = await startBenchPostgres()
const results: Array<{ target: Target; network: Network; cold: Load[]; warm: Load[] }> = []
try {
  const server = await startBenchServer('full', await postgres.createDatabase('bench_pageload'))
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    for (const target of TARGETS) {
      for (const network of NETWORKS) {
        await coldThenWarm(browser, server, target, network) // warm-up: the server's JIT, file cache, pool
        const result = { target, network, cold: [] as Load[], warm: [] as Load[] }
        for (let run = 1; run <= RUNS; run++) {
          const { cold, warm } = await coldThenWarm(browser, server, target, network)
          result.cold.push(cold)
          result.warm.push(warm)
          console.log(
            `${target.name}, ${network.name}, run ${run}: cold FCP ${round(cold.fcp, 0)} ms, ready ` +
              `${round(cold.ready, 0)} ms; warm ready ${round(warm.ready, 0)} ms`,
          )
        }
        results.push(result)
      }
    }
  } finally {
    await browser.close()
    await stopBenchServer(server)
  }
} finally {
  await postgres.stop()
}

const p50 = (loads: Load[], figure: (load: Load) => number) => round(median(loads.map(figure)), 0)
console.log(
  `\nSigned-in page loads, p50 of ${RUNS} runs after one warm-up run (1-minute load average of the machine: ` +
    `${round(loadBefore, 1)} before, ${round(loadavg()[0]!, 1)} after)\n` +
    tableLines(
      [
        ['page', ({ target }) => `${target.name} (${target.path})`],
        ['network', ({ network }) => network.name],
        ['cold FCP', ({ cold }) => `${p50(cold, (load) => load.fcp)} ms`],
        ['cold ready', ({ cold }) => `${p50(cold, (load) => load.ready)} ms`],
        [
          'min–max',
          ({ cold }) =>
            `${round(Math.min(...cold.map((load) => load.ready)), 0)}–${round(Math.max(...cold.map((load) => load.ready)), 0)}`,
        ],
        ['transferred', ({ cold }) => `${round(p50(cold, (load) => load.transferred) / 1024, 0)} KB`],
        ['requests', ({ cold }) => p50(cold, (load) => load.requests)],
        ['warm ready', ({ warm }) => `${p50(warm, (load) => load.ready)} ms`],
        ['warm to server', ({ warm }) => p50(warm, (load) => load.fetched)],
      ],
      results,
    ).join('\n'),
)
