// A real SIP server for the softphone's end-to-end test: Kamailio from Debian's packages, on loopback,
// as registrar (users in memory) and proxy, reached over its WebSocket module like FreeSWITCH's ws-binding.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from '../../api/test/free-port'

const MODULES_DIR = '/usr/lib/x86_64-linux-gnu/kamailio/modules/'

/**
 * No authentication: the test is about the browser's SIP, not digest. WebSocket clients (JsSIP) put
 * `.invalid` hosts in their Contacts, so registrations store the connection they came from
 * (fix_nated_register) and dialogs route back by alias (add_contact_alias / handle_ruri_alias).
 */
function configFor(port: number, runDir: string): string {
  return `#!KAMAILIO
debug=${process.env.KAMAILIO_LOG ? 3 : 1}
log_stderror=yes
children=1
tcp_children=2
auto_aliases=no
listen=tcp:127.0.0.1:${port}
tcp_accept_no_cl=yes
tcp_connection_lifetime=3605
mpath="${MODULES_DIR}"
loadmodule "kex.so"
loadmodule "corex.so"
loadmodule "sl.so"
loadmodule "tm.so"
loadmodule "tmx.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "textops.so"
loadmodule "siputils.so"
loadmodule "xlog.so"
loadmodule "sanity.so"
loadmodule "usrloc.so"
loadmodule "registrar.so"
loadmodule "nathelper.so"
loadmodule "xhttp.so"
loadmodule "websocket.so"
loadmodule "ctl.so"
modparam("ctl", "binrpc", "unix:${path.join(runDir, 'kamailio_ctl')}")
modparam("usrloc", "db_mode", 0)
modparam("registrar", "received_avp", "$avp(RECEIVED)")
modparam("registrar", "gruu_enabled", 0)
modparam("nathelper", "received_avp", "$avp(RECEIVED)")

request_route {
  if (!mf_process_maxfwd_header("10")) { sl_send_reply("483", "Too Many Hops"); exit; }
  if (nat_uac_test("64")) {
    force_rport();
    if (is_method("REGISTER")) fix_nated_register();
    else add_contact_alias();
  }
  if (has_totag()) {
    if (loose_route()) {
      handle_ruri_alias();
      t_relay();
      exit;
    }
    if (is_method("ACK") && t_check_trans()) t_relay();
    exit;
  }
  if (is_method("CANCEL")) {
    if (t_check_trans()) t_relay();
    exit;
  }
  if (is_method("REGISTER")) {
    save("location");
    exit;
  }
  record_route();
  if (!lookup("location")) { sl_send_reply("404", "Not Found"); exit; }
  t_relay();
}

onreply_route {
  if (nat_uac_test("64")) add_contact_alias();
}

event_route[xhttp:request] {
  if ($hdr(Upgrade) =~ "websocket" && $hdr(Connection) =~ "Upgrade" && $rm =~ "GET") {
    if (ws_handle_handshake()) exit;
  }
  xhttp_reply("404", "Not Found", "", "");
}
`
}

export interface Kamailio {
  /** `ws://127.0.0.1:<port>`: what the API hands the softphone as its node's WebSocket address. */
  readonly websocketUrl: string
  /** Stops and starts it again on the same port: every WebSocket drops and every registration is lost. */
  restart(): Promise<void>
  stop(): Promise<void>
}

export async function startKamailio(): Promise<Kamailio> {
  const runDir = await mkdtemp(path.join(tmpdir(), 'cc-kamailio-'))
  const port = await freePort()
  const configFile = path.join(runDir, 'kamailio.cfg')
  await writeFile(configFile, configFor(port, runDir))
  let child: ChildProcess
  try {
    child = await run(configFile, runDir, port)
  } catch (error) {
    await rm(runDir, { recursive: true, force: true })
    throw error
  }
  return {
    websocketUrl: `ws://127.0.0.1:${port}`,
    async restart() {
      await stopped(child)
      child = await run(configFile, runDir, port)
    },
    async stop() {
      await stopped(child)
      await rm(runDir, { recursive: true, force: true })
    },
  }
}

async function run(configFile: string, runDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    'kamailio',
    ['-DD', '-E', '-f', configFile, '-Y', runDir, '-P', path.join(runDir, 'pid')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  let log = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString()
    // KAMAILIO_LOG=1 shows its log while debugging, as ACD_LOG does for the API.
    if (process.env.KAMAILIO_LOG) process.stderr.write(chunk)
  })
  try {
    await listening(port, child, () => log)
    return child
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
}

/** Resolves once the TCP port accepts connections; fails with Kamailio's log if it exits first. */
async function listening(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`kamailio exited (${child.exitCode}):\n${log()}`)
    const isUp = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (isUp) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`kamailio did not listen on ${port} within 10 s:\n${log()}`)
}

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
