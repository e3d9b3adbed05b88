// Runs a real FreeSWITCH as a child process from a folder of its own: configuration, logs, databases
// and its other run-time directories, so nothing under the installation is read or written.
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { EslClient } from '../esl/client.js'
import type { ConfigurationFiles } from './configuration.js'
import { writeConfiguration } from './configuration.js'

/** Where `../shared/freeswitch/runtime/install.sh` puts it; FREESWITCH_BIN names another build. */
export const DEFAULT_FREESWITCH_BIN = '/opt/freeswitch/bin/freeswitch'

export function freeswitchBinary(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const binary = env.FREESWITCH_BIN ?? DEFAULT_FREESWITCH_BIN
  return existsSync(binary) ? binary : undefined
}

export interface FreeSwitchProcessOptions {
  readonly binary: string
  /** Holds conf/, log/, db/ and the rest; the console output goes to freeswitch.log in it. */
  readonly dir: string
  readonly configuration: ConfigurationFiles
  readonly environment: Record<string, string>
  readonly eslPort: number
  readonly eslPassword: string
  /** SIP profiles that must be RUNNING (ports bound) before the switch counts as started. */
  readonly profiles: readonly string[]
  readonly startTimeoutMs?: number
}

export interface FreeSwitchProcess {
  /** The switch's own log (log/freeswitch.log in its folder); what it prints besides goes to freeswitch.log. */
  readonly logFile: string
  /** An authenticated event-socket client of the switch (api and bgapi; subscribe with its own options). */
  readonly client: EslClient
  stop(): Promise<void>
}

const RUN_DIRS = ['log', 'db', 'run', 'temp', 'storage', 'recordings', 'certs', 'cache', 'sounds'] as const

export async function startFreeSwitch(options: FreeSwitchProcessOptions): Promise<FreeSwitchProcess> {
  const conf = path.join(options.dir, 'conf')
  await writeConfiguration(conf, options.configuration)
  const flags = ['-nc', '-nonat', '-nf', '-conf', conf]
  for (const name of RUN_DIRS) {
    await mkdir(path.join(options.dir, name), { recursive: true })
    flags.push(`-${name}`, path.join(options.dir, name))
  }
  const logFile = path.join(options.dir, 'log', 'freeswitch.log')
  const consoleFile = path.join(options.dir, 'freeswitch.log')
  const log = createWriteStream(consoleFile)
  const child = spawn(options.binary, flags, {
    env: { ...process.env, ...options.environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  // However this process ends (process.exit after a signal or a failed start), the switch does not
  // outlive it holding its ports; its own shutdown then takes a few seconds.
  const stopWithProcess = () => child.kill('SIGTERM')
  process.once('exit', stopWithProcess)

  const client = new EslClient({
    host: '127.0.0.1',
    port: options.eslPort,
    password: options.eslPassword,
    backoff: { baseMs: 50, maxMs: 250 },
  })
  const stop = async () => {
    await client.close()
    await terminate(child, exited)
    process.off('exit', stopWithProcess)
    await new Promise((resolve) => log.end(resolve))
  }
  try {
    await ready(client, options, exited, `${logFile} (and ${consoleFile})`)
  } catch (error) {
    await stop()
    throw error
  }
  return { logFile, client, stop }
}

async function ready(
  client: EslClient,
  options: FreeSwitchProcessOptions,
  exited: Promise<number | null>,
  logs: string,
): Promise<void> {
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000)
  let gaveUp = false
  const died = exited.then((code) => {
    if (!gaveUp) throw new Error(`FreeSWITCH exited with code ${code} while starting; see ${logs}`)
  })
  client.start()
  const poll = async () => {
    while (Date.now() < deadline) {
      const status = await client.api('status').catch(() => '')
      const profiles = status.startsWith('UP') ? await client.api('sofia status').catch(() => '') : ''
      const running = options.profiles.every((name) =>
        new RegExp(`^\\s*${name}\\s+profile\\s+\\S+\\s+RUNNING`, 'm').test(profiles),
      )
      if (running) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`FreeSWITCH did not come up within ${options.startTimeoutMs ?? 30_000} ms; see ${logs}`)
  }
  try {
    await Promise.race([poll(), died])
  } finally {
    gaveUp = true
  }
}

async function terminate(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}
