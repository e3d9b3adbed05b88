// One API instance of `npm run bench -- fanout`, in a process of its own so the subscribers the benchmark
// holds open do not share its event loop. Run by fanout.ts over IPC. The first instance is asked to
// `setup` the company (agents, groups with their leaders) and then to `drive`: it changes agents'
// statuses through the presence service at the asked rate, the path a workstation's "ready / not
// ready" takes, its transaction and publish included. A second instance on the same database and
// Redis only serves subscribers.
import { randomBytes } from 'node:crypto'
import { startApi, type Api } from '../../../api/src/app.js'
import { loadConfig } from '../../../api/src/config.js'
import { Organization, Role } from '../../../api/src/modules/identity/roles.js'
import type { Viewer } from '../../../api/src/modules/identity/viewer.js'

export interface FanoutCompany {
  /** Bearer tokens of the group leaders, the i-th leading the i-th group. */
  leaderTokens: string[]
  /** Bearer token of the company's super administrator (sees every agent). */
  adminToken: string
  /** Which group each agent is in, by agent ID. */
  groupOfAgent: Record<string, number>
  /** The agents' bearer tokens: any instance can change their statuses with them. */
  agentTokens: string[]
}

export type InstanceRequest =
  | { kind: 'setup'; agents: number; groups: number }
  | {
      kind: 'drive'
      company: FanoutCompany
      changesPerSecond: number
      seconds: number
      /** Sign the agents in first (the warm-up does; a measured run only changes statuses). */
      signIn: boolean
    }

export type InstanceReply =
  | { kind: 'ready'; url: string }
  | { kind: 'company'; company: FanoutCompany }
  | {
      kind: 'driven'
      changes: number
      failed: number
      seconds: number
      /** CPU time (user and system) this instance used while driving: less noisy than elapsed figures. */
      cpuSeconds: number
    }

const PASSWORD = 'Fanout-bench-2026'
const origin = (address: string) => ({ address, userAgent: null })

function reply(message: InstanceReply): void {
  process.send!(message)
}

async function signedInToken(api: Api, email: string, address: string): Promise<string> {
  const { token } = await api.services.identity.login(
    { email, password: PASSWORD, issueBearerToken: true },
    origin(address),
  )
  return token!
}

async function viewerOf(api: Api, token: string): Promise<Viewer> {
  const viewer = await api.services.identity.authenticate(token)
  if (!viewer) throw new Error('a bench session did not authenticate')
  return viewer
}

/** Agents, teams with their leaders and skill groups as an administrator would add them; a session each. */
async function setUpCompany(api: Api, agentCount: number, groupCount: number) {
  const run = randomBytes(3).toString('hex')
  const adminEmail = `fanout-admin-${run}@example.com`
  const { tenant } = await api.services.tenancy.signup(
    {
      companyName: 'Fanout bench',
      timeZone: 'Asia/Shanghai',
      name: 'Admin',
      email: adminEmail,
      password: PASSWORD,
    },
    origin('bench-admin'),
  )
  const adminToken = await signedInToken(api, adminEmail, 'bench-admin')
  const admin = await viewerOf(api, adminToken)
  const newUser = (role: Role, index: number) =>
    api.db.inTenant(tenant.id, async (em) => {
      const user = await api.services.identity.createUser(em, tenant.id, {
        email: `fanout-${role.toLowerCase()}-${index}-${run}@example.com`,
        name: `${role} ${index}`,
        password: PASSWORD,
        role,
        organization: Organization.INBOUND,
        mustChangePassword: false,
      })
      user.mobile = `+86139${String(index).padStart(8, '0')}`
      await em.flush()
      return user
    })
  const agents = []
  for (let index = 0; index < agentCount; index++) agents.push(await newUser(Role.AGENT, index))
  const leaderTokens: string[] = []
  const groupOfAgent: Record<string, number> = {}
  for (let group = 0; group < groupCount; group++) {
    const leader = await newUser(Role.GROUP_LEADER, group)
    const members = agents.filter((_agent, index) => index % groupCount === group)
    for (const member of members) groupOfAgent[member.id] = group
    await api.services.groups.createGroup(admin, {
      name: `Team ${group}`,
      organization: 'INBOUND',
      leaderId: leader.id,
      memberIds: members.map((member) => member.id),
    })
    leaderTokens.push(await signedInToken(api, leader.email, `bench-leader-${group}`))
    // Each team answers its own line: an agent's ready / not ready changes that line's idle count.
    const line = await api.services.skillGroups.createSkillGroup(admin, {
      name: `Line ${group}`,
      organization: 'INBOUND',
    })
    for (const member of members)
      await api.services.skillGroups.setSkillGroupMember(admin, line.id, member.id, 1)
  }
  const agentTokens: string[] = []
  for (const [index, agent] of agents.entries()) {
    agentTokens.push(await signedInToken(api, agent.email, `bench-agent-${index}`))
  }
  return { leaderTokens, adminToken, groupOfAgent, agentTokens }
}

/** The company's "rest" not-ready reason, there once an agent signed in (the defaults are made then). */
async function restReasonOf(tenantId: string): Promise<string> {
  const [rest] = await running.db.inTenant(tenantId, (em) =>
    em.execute<Array<{ id: string }>>(`select id from not_ready_reason where code = 'REST'`),
  )
  if (!rest) throw new Error('the company has no REST not-ready reason')
  return rest.id
}

/**
 * Each tick starts the changes due by now, agents taken in turn, each flipping between IDLE and NOT_READY.
 * Changes of one agent never overlap (an agent's row is locked per change), so the rate is kept by many
 * agents in flight at once.
 */
async function drive(
  agents: Viewer[],
  restReasonId: string,
  changesPerSecond: number,
  seconds: number,
): Promise<{ changes: number; failed: number; seconds: number; cpuSeconds: number }> {
  const api = running
  const cpuBefore = process.cpuUsage()
  const isIdle = agents.map(() => true)
  const busy = agents.map(() => false)
  let started = 0
  let changes = 0
  let failed = 0
  let next = 0
  const begin = performance.now()
  const total = Math.round(changesPerSecond * seconds)
  const pending = new Set<Promise<void>>()
  while (started < total) {
    const due = Math.min(total, Math.floor(((performance.now() - begin) / 1000) * changesPerSecond))
    for (let tries = 0; started < due && tries < agents.length; tries++) {
      const index = next
      next = (next + 1) % agents.length
      if (busy[index]) continue
      busy[index] = true
      started++
      const status = isIdle[index] ? 'NOT_READY' : 'IDLE'
      const change = api.services.acd.presence
        .choose(agents[index]!, status, status === 'NOT_READY' ? restReasonId : null)
        .then(
          () => {
            isIdle[index] = status === 'IDLE'
            changes++
          },
          (error: Error) => {
            // The first refusal says why; the rest are counted.
            if (failed++ === 0) console.error(`fanout: a status change was refused: ${error.message}`)
          },
        )
        .finally(() => {
          busy[index] = false
          pending.delete(change)
        })
      pending.add(change)
    }
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  await Promise.all(pending)
  const cpu = process.cpuUsage(cpuBefore)
  return {
    changes,
    failed,
    seconds: (performance.now() - begin) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  }
}

const [ownerUrl, redisUrl] = process.argv.slice(2) as [string, string?]
const running = await startApi({
  config: loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_CHANNEL_PREFIX: 'fanout:' } : {}),
  }),
  ownerUrl,
})
process.on('message', (request: InstanceRequest) => {
  void (async () => {
    if (request.kind === 'setup') {
      reply({ kind: 'company', company: await setUpCompany(running, request.agents, request.groups) })
    } else {
      const agents = await Promise.all(request.company.agentTokens.map((token) => viewerOf(running, token)))
      const { presence } = running.services.acd
      // Agents are signed in and their workstations say they are alive: agents of a silent workstation
      // are taken offline (G3), as they may have been between runs.
      if (request.signIn)
        for (const agent of agents) await presence.signIn(agent, { answeringMode: 'MOBILE', status: 'IDLE' })
      // A heartbeat refused (the instance too busy to beat in time, the agent taken offline) shows in the
      // changes refused; it must not end the instance.
      const beating = setInterval(
        () => void Promise.allSettled(agents.map((agent) => presence.heartbeat(agent))),
        10_000,
      )
      const driven = await drive(
        agents,
        await restReasonOf(agents[0]!.tenantId),
        request.changesPerSecond,
        request.seconds,
      )
      clearInterval(beating)
      reply({ kind: 'driven', ...driven })
    }
  })()
})
process.on('SIGTERM', () => void running.stop().then(() => process.exit(0)))
reply({ kind: 'ready', url: running.url })
