// Demo data for `npm start`: a company whose pages all have something to show. Every step looks for what
// it makes before making it, so a start after a failed or older seed completes it; once complete, the
// demo company is its users' to change, and each start only tops its call history up to the last week (a
// day's calls are the same calls each time, so none is added twice).
import { randomUUID } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Database, EntityManager } from './db/database.js'
import { AnsweringMode } from './modules/identity/answering-mode.js'
import { generatePassword, hashPassword } from './modules/identity/password.js'
import { Organization, Role } from './modules/identity/roles.js'
import { SessionKind } from './modules/identity/session.entity.js'
import { ownersOfEmail } from './modules/identity/user-email.store.js'
import { User } from './modules/identity/user.entity.js'
import type { Viewer } from './modules/identity/viewer.js'
import { PhoneNumber } from './modules/acd/settings.entity.js'
import { PgCallStore, savedCallIds } from './modules/calls/call-record.store.js'
import { IvrAction } from './modules/ivr/flow-definition.js'
import { IvrFlow, IvrFlowVersion, IvrFlowVersionStatus, IvrSchedule } from './modules/ivr/ivr.entity.js'
import { SkillGroup } from './modules/organization/skill-group.entity.js'
import { Tenant } from './modules/tenancy/tenant.entity.js'
import { DEFAULT_PROMPTS_DIR, defaultPromptFileName } from './modules/voice/default-prompts.js'
import { SystemPromptKind } from './modules/voice/prompt-catalog.js'
import { TtsVoice } from './modules/voice/tts.js'
import { PromptDecision } from './modules/voice/voice.types.js'
import { VoicePrompt } from './modules/voice/voice.entity.js'
import type { Services } from './services.js'
import { demoCallHistory, type DemoCallParties } from './seed-calls.js'

export const DEMO_EMAIL = 'admin@demo.example.com'
export const DEMO_COMPANY = '演示公司'
/** A 400 number, as Chinese companies' hotlines are; numbers are unique on the platform. */
export const DEMO_NUMBER = '+864008009000'

const DEMO_AGENTS = [
  { email: 'agent1@demo.example.com', name: '李晓明', agentNumber: '1001', answeringMode: AnsweringMode.SIP },
  {
    email: 'agent2@demo.example.com',
    name: '王芳',
    agentNumber: '1002',
    answeringMode: AnsweringMode.MOBILE,
    mobile: '+8613800138002',
  },
] as const
const SKILL_GROUP = '客服热线'
const MENU_PROMPT = '热线欢迎语'
const MENU_TEXT = '您好，欢迎致电演示公司。人工服务请按1，重听请按9。'
const FLOW = '热线主菜单'
const SCHEDULE = '全天服务'

export interface DemoTenant {
  tenantId: string
  email: string
  /** The admin's password, which the demo agents share. */
  password: string
  agentEmails: string[]
  /** What `npm start` prints. */
  credentials: string
}

interface Seeding {
  api: { services: Services; db: Database }
  viewer: Viewer
}

/** What is kept between starts: the password (the database keeps only its hash), and whether all is made. */
interface SavedDemo {
  email: string
  password: string
  isComplete?: boolean
}

/** Kept in DATA_DIR beside the embedded database, readable by its owner only. */
const savedFile = (dataDir: string) => path.join(dataDir, 'demo-credentials.json')

async function save(dataDir: string, demo: SavedDemo): Promise<void> {
  await writeFile(savedFile(dataDir), JSON.stringify(demo), { mode: 0o600 })
}

export async function seedDemoTenant(
  api: { services: Services; db: Database },
  dataDir: string,
  now = new Date(),
): Promise<DemoTenant> {
  const saved = await readFile(savedFile(dataDir), 'utf8')
    .then((text) => JSON.parse(text) as SavedDemo)
    .catch(() => null)
  const { viewer, password, isPasswordNew } = await ensureAdmin(api, dataDir, saved)
  const seeding: Seeding = { api, viewer }
  const isComplete = saved?.isComplete === true && !isPasswordNew
  const parties = isComplete ? await findParties(seeding) : await makeDemo(seeding, password, isPasswordNew)
  if (!isComplete) await save(dataDir, { email: DEMO_EMAIL, password, isComplete: true })
  if (parties) await topUpCallHistory(seeding, parties, now)
  const agentEmails = DEMO_AGENTS.map((agent) => agent.email)
  return {
    tenantId: viewer.tenantId,
    email: DEMO_EMAIL,
    password,
    agentEmails,
    credentials:
      `Demo tenant ${DEMO_COMPANY}: sign in at /admin/ as ${DEMO_EMAIL} with password ${password}; ` +
      `its agents ${agentEmails.join(' and ')} sign in at /agent/ with the same password.\n`,
  }
}

/** Everything but the call history; the agents are given the admin's password. */
async function makeDemo(
  seeding: Seeding,
  password: string,
  isPasswordNew: boolean,
): Promise<Pick<DemoCallParties, 'skillGroupId' | 'agents'>> {
  const skillGroupId = await ensureSkillGroup(seeding)
  const agents = await ensureAgents(seeding, skillGroupId, { password, isPasswordNew })
  const promptId = await ensureMenuPrompt(seeding)
  const flowId = await ensurePublishedFlow(seeding, promptId, skillGroupId)
  await ensureNumber(seeding, await ensureSchedule(seeding, flowId))
  return { skillGroupId, agents }
}

/** Who the call history is about, as long as the demo's skill group and an agent of it are still there. */
async function findParties(
  seeding: Seeding,
): Promise<Pick<DemoCallParties, 'skillGroupId' | 'agents'> | null> {
  return findIn(seeding, async (em) => {
    const skillGroup = await em.findOne(SkillGroup, { name: SKILL_GROUP })
    const users = await em.find(User, {
      email: { $in: DEMO_AGENTS.map((agent) => agent.email) },
      deletedAt: null,
    })
    if (!skillGroup || users.length === 0) return null
    const agents = users.map((user) => ({
      id: user.id,
      phone: user.mobile ?? user.agentNumber ?? user.email,
    }))
    return { skillGroupId: skillGroup.id, agents }
  })
}

/** The company and its super admin; a known admin whose password was lost gets a new one. */
async function ensureAdmin(
  api: Seeding['api'],
  dataDir: string,
  saved: SavedDemo | null,
): Promise<{ viewer: Viewer; password: string; isPasswordNew: boolean }> {
  const [found] = await api.db.platform((em) => ownersOfEmail(em, DEMO_EMAIL))
  let password = saved?.password ?? generatePassword()
  let ids: { userId: string; tenantId: string }
  if (found) {
    ids = found
    if (!saved) await setPassword(api.db, ids.tenantId, ids.userId, password)
  } else {
    password = generatePassword()
    const { tenant, user, session } = await api.services.tenancy.signup(
      {
        companyName: DEMO_COMPANY,
        timeZone: 'Asia/Shanghai',
        name: '演示管理员',
        email: DEMO_EMAIL,
        password,
      },
      { address: 'seed', userAgent: null },
    )
    // Signup signs its admin in; nobody uses that session, so it must not linger in My account.
    await api.services.identity.logout(session.viewer)
    ids = { userId: user.id, tenantId: tenant.id }
  }
  if (!saved || saved.password !== password) {
    // Saved at once: should a later step fail, the next start still knows the password.
    await save(dataDir, { email: DEMO_EMAIL, password, isComplete: false })
    // Earlier versions kept the sign-in as text; its password is no longer the one that works.
    await rm(path.join(dataDir, 'demo-credentials.txt'), { force: true })
  }
  return {
    password,
    isPasswordNew: saved?.password !== password,
    viewer: {
      ...ids,
      sessionId: randomUUID(),
      sessionKind: SessionKind.COOKIE,
      role: Role.SUPER_ADMIN,
      organization: null,
      mustChangePassword: false,
    },
  }
}

/** Demo accounts sign in with the printed password at once, without the invitation's forced change. */
async function setPassword(db: Database, tenantId: string, userId: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password)
  await db.inTenant(tenantId, (em) =>
    em.nativeUpdate(
      User,
      { id: userId },
      { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() },
    ),
  )
}

function findIn<T>(seeding: Seeding, find: (em: EntityManager) => Promise<T>): Promise<T> {
  return seeding.api.db.inTenant(seeding.viewer.tenantId, find)
}

async function ensureSkillGroup(seeding: Seeding): Promise<string> {
  const existing = await findIn(seeding, (em) => em.findOne(SkillGroup, { name: SKILL_GROUP }))
  if (existing) return existing.id
  const created = await seeding.api.services.skillGroups.createSkillGroup(seeding.viewer, {
    name: SKILL_GROUP,
    organization: Organization.INBOUND,
    description: '演示热线按 1 转到这里',
  })
  return created.id
}

/** One agent on the workstation's softphone, one on their mobile (A4), both in the skill group. */
async function ensureAgents(
  seeding: Seeding,
  skillGroupId: string,
  { password, isPasswordNew }: { password: string; isPasswordNew: boolean },
): Promise<DemoCallParties['agents']> {
  const agents: { id: string; phone: string }[] = []
  for (const agent of DEMO_AGENTS) {
    const found = await findIn(seeding, (em) => em.findOne(User, { email: agent.email, deletedAt: null }))
    let user = found
    if (!user) {
      user = (
        await seeding.api.services.agents.create(seeding.viewer, {
          ...agent,
          role: Role.AGENT,
          organization: Organization.INBOUND,
        })
      ).agent
      await seeding.api.services.skillGroups.setSkillGroupMember(seeding.viewer, skillGroupId, user.id, 1)
    }
    if (!found || isPasswordNew) await setPassword(seeding.api.db, seeding.viewer.tenantId, user.id, password)
    agents.push({ id: user.id, phone: user.mobile ?? user.agentNumber ?? agent.agentNumber })
  }
  return agents
}

/** The menu's words by text to speech; without espeak-ng, the shipped queue prompt stands in. */
async function ensureMenuPrompt(seeding: Seeding): Promise<string> {
  const { viewer } = seeding
  const voice = seeding.api.services.voice
  const existing = await findIn(seeding, (em) => em.findOne(VoicePrompt, { name: MENU_PROMPT }))
  const prompt =
    existing ??
    (await voice
      .synthesize(viewer, { name: MENU_PROMPT, text: MENU_TEXT, voice: TtsVoice.MANDARIN })
      .catch(async () =>
        voice.upload(viewer, {
          name: MENU_PROMPT,
          bytes: await readFile(
            path.join(DEFAULT_PROMPTS_DIR, defaultPromptFileName(SystemPromptKind.QUEUE)),
          ),
        }),
      ))
  if (!prompt.approvedFile) await voice.review(viewer, prompt.id, { decision: PromptDecision.APPROVE })
  return prompt.id
}

/** Key 1 reaches the skill group's queue, key 9 replays the menu (A7). */
async function ensurePublishedFlow(
  seeding: Seeding,
  promptId: string,
  skillGroupId: string,
): Promise<string> {
  const flows = seeding.api.services.ivr.flows
  const existing = await findIn(seeding, (em) => em.findOne(IvrFlow, { name: FLOW }))
  const flowId =
    existing?.id ?? (await flows.create(seeding.viewer, { name: FLOW, description: '演示热线' })).id
  const published = await findIn(seeding, (em) =>
    em.count(IvrFlowVersion, { flowId, status: IvrFlowVersionStatus.PUBLISHED }),
  )
  if (published) return flowId
  await flows.saveDraft(seeding.viewer, flowId, {
    rootMenuId: 'main',
    menus: [
      {
        id: 'main',
        name: '主菜单',
        promptId,
        digitTimeoutSeconds: 5,
        maxRetries: 2,
        keys: [
          { key: '1', action: IvrAction.SKILL_GROUP, skillGroupId },
          { key: '9', action: IvrAction.REPLAY },
        ],
      },
    ],
  })
  await flows.publish(seeding.viewer, flowId)
  return flowId
}

/** A hotline that answers around the clock, so a test call always reaches the menu. */
async function ensureSchedule(seeding: Seeding, flowId: string): Promise<string> {
  const existing = await findIn(seeding, (em) => em.findOne(IvrSchedule, { name: SCHEDULE }))
  if (existing) return existing.id
  const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    ranges: [{ start: '00:00', end: '24:00' }],
  }))
  return (
    await seeding.api.services.ivr.schedules.createSchedule(seeding.viewer, {
      name: SCHEDULE,
      flowId,
      days: everyDay,
    })
  ).id
}

/** The hotline follows the schedule, and is the caller ID of the agents' outbound calls. */
async function ensureNumber(seeding: Seeding, scheduleId: string): Promise<void> {
  const settings = seeding.api.services.acdSettings
  const existing = await findIn(seeding, (em) => em.findOne(PhoneNumber, { number: DEMO_NUMBER }))
  if (!existing)
    await settings.numbers.add(seeding.viewer, { number: DEMO_NUMBER, description: '客服热线', scheduleId })
  if (!(await settings.getSettings(seeding.viewer)).outboundCallerId)
    await settings.updateSettings(seeding.viewer, { outboundCallerId: DEMO_NUMBER })
}

/** Adds the calls of the last week that are not there yet; saving a call twice would repeat its timeline. */
async function topUpCallHistory(
  seeding: Seeding,
  parties: Pick<DemoCallParties, 'skillGroupId' | 'agents'>,
  now: Date,
): Promise<void> {
  const { tenantId } = seeding.viewer
  const tenant = await findIn(seeding, (em) => em.findOneOrFail(Tenant, { id: tenantId }))
  const calls = demoCallHistory(
    { ...parties, tenantId, timeZone: tenant.timeZone, companyNumber: DEMO_NUMBER },
    now,
  )
  if (calls.length === 0) return
  const savedIds = await findIn(seeding, (em) =>
    savedCallIds(
      em,
      calls.map((call) => call.id),
    ),
  )
  await new PgCallStore(seeding.api.db).save(calls.filter((call) => !savedIds.has(call.id)))
}
