// The whole API (or a bare Apollo) in its own process, started by graphql-server.ts, so that a
// benchmark's load generator or browser driver does not share the server's event loop.
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

/** Printed by graphql-server.ts before the JSON describing the server it started. */
export const READY = 'BENCH_SERVER_READY'

export interface BenchServer {
  process: ChildProcess
  url: string
  /** A session token of a freshly signed-up tenant's super administrator (empty for `bare`). */
  token: string
  query: string
}

export async function startBenchServer(
  mode: 'full' | 'bare',
  ownerUrl: string,
  env: NodeJS.ProcessEnv = {},
): Promise<BenchServer> {
  // Node itself rather than `npx tsx`: SIGTERM then reaches the server, not an npx that dies and leaves
  // the server running (and holding the benchmark's stderr open) until PostgreSQL is gone.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/graphql-server.ts', mode, ownerUrl],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    },
  )
  const readyLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(READY)) resolve(line.slice(READY.length))
    })
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)))
  })
  return { process: child, ...(JSON.parse(readyLine) as Omit<BenchServer, 'process'>) }
}

export async function stopBenchServer(server: BenchServer): Promise<void> {
  const exited = new Promise((resolve) => server.process.once('exit', resolve))
  server.process.kill('SIGTERM')
  await exited
}
