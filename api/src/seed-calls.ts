// The demo tenant's call history: a week of plausible calls, the same calls every time for the same day,
// so topping the history up at each start never adds a call twice.
import { createHash } from 'node:crypto'
import type { CallSnapshot, LegSnapshot, TimelineEntry } from './telephony/calls/call.js'
import { localMoment } from './modules/ivr/schedule-rules.js'

export interface DemoCallParties {
  tenantId: string
  timeZone: string
  /** The company number customers dial; also the caller ID of outbound calls. */
  companyNumber: string
  skillGroupId: string
  /** Who answers: the SIP user (agent number) or mobile each agent's leg rings. */
  agents: readonly { id: string; phone: string }[]
}

/** The call history covers today and the days before it. */
export const DEMO_HISTORY_DAYS = 7
const DAY_MS = 24 * 3600_000

/** A small deterministic generator (mulberry32): the same seed gives the same day of calls. */
function randomFrom(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0)
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A UUID that depends only on its name, so a day's calls keep their IDs. */
function uuidOf(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex')
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** Busy mornings and afternoons, a lunch dip, a quiet evening: the hours calls start in, by weight. */
const HOUR_WEIGHTS: Record<number, number> = {
  8: 2,
  9: 6,
  10: 9,
  11: 8,
  12: 4,
  13: 5,
  14: 8,
  15: 9,
  16: 7,
  17: 5,
  18: 3,
  19: 2,
  20: 1,
}

function pickHour(random: () => number): number {
  const total = Object.values(HOUR_WEIGHTS).reduce((sum, weight) => sum + weight, 0)
  let left = random() * total
  for (const [hour, weight] of Object.entries(HOUR_WEIGHTS)) {
    left -= weight
    if (left < 0) return Number(hour)
  }
  return 10
}

function customerNumber(random: () => number): string {
  const prefixes = ['138', '139', '186', '150', '177', '135']
  const prefix = prefixes[Math.floor(random() * prefixes.length)]!
  return `+86${prefix}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`
}

/** Local midnight of the day `daysBack` days before `now`'s, in the tenant's time zone. */
function localMidnight(now: Date, timeZone: string, daysBack: number): Date {
  const moment = localMoment(now, timeZone)
  const startOfMinute = Math.floor(now.getTime() / 60_000) * 60_000
  return new Date(startOfMinute - moment.minute * 60_000 - daysBack * DAY_MS)
}

const at = (time: Date, seconds: number) => new Date(time.getTime() + Math.round(seconds * 1000))

interface CallPlan {
  id: string
  direction: 'INBOUND' | 'OUTBOUND'
  startedAt: Date
  customer: string
  agent: { id: string; phone: string }
  /** Inbound: seconds in the IVR menu, then waiting in the queue. */
  ivrSeconds: number
  waitSeconds: number
  ringSeconds: number
  /** Null when nobody answered. */
  talkSeconds: number | null
  isHungUpByCustomer: boolean
}

function inboundCall(plan: CallPlan, parties: DemoCallParties): CallSnapshot {
  const answeredByIvr = at(plan.startedAt, 1)
  const queuedAt = at(plan.startedAt, plan.ivrSeconds)
  const ringingAt = at(queuedAt, plan.waitSeconds)
  const isAnswered = plan.talkSeconds !== null
  const answeredAt = isAnswered ? at(ringingAt, plan.ringSeconds) : null
  const endedAt = answeredAt ? at(answeredAt, plan.talkSeconds!) : ringingAt
  const caller: LegSnapshot = {
    uuid: plan.id,
    role: 'CALLER',
    direction: 'inbound',
    callerNumber: plan.customer,
    destinationNumber: parties.companyNumber,
    createdAt: plan.startedAt.getTime(),
    answeredAt: answeredByIvr.getTime(),
    endedAt: endedAt.getTime(),
    hangupCause: 'NORMAL_CLEARING',
  }
  const timeline: TimelineEntry[] = [
    { t: plan.startedAt.getTime(), e: 'CREATE', l: 0 },
    { t: answeredByIvr.getTime(), e: 'ANSWER', l: 0 },
  ]
  const legs = [caller]
  if (answeredAt) {
    legs.push({
      uuid: uuidOf(`${plan.id}:agent`),
      role: 'CALLEE',
      direction: 'outbound',
      callerNumber: plan.customer,
      destinationNumber: plan.agent.phone,
      createdAt: ringingAt.getTime(),
      answeredAt: answeredAt.getTime(),
      endedAt: endedAt.getTime(),
      hangupCause: 'NORMAL_CLEARING',
    })
    timeline.push(
      { t: ringingAt.getTime(), e: 'CREATE', l: 1 },
      { t: ringingAt.getTime(), e: 'RINGING', l: 1 },
      { t: answeredAt.getTime(), e: 'ANSWER', l: 1 },
      { t: answeredAt.getTime(), e: 'BRIDGE', l: 0, d: legs[1]!.uuid },
    )
  }
  timeline.push({ t: endedAt.getTime(), e: 'HANGUP', l: 0, d: 'NORMAL_CLEARING' })
  return {
    id: plan.id,
    tenantId: parties.tenantId,
    node: 'demo',
    direction: 'INBOUND',
    dialledNumber: parties.companyNumber,
    callerNumber: plan.customer,
    calleeNumber: parties.companyNumber,
    agentId: answeredAt ? plan.agent.id : null,
    skillGroupId: parties.skillGroupId,
    startedAt: plan.startedAt,
    ringingAt: answeredAt ? ringingAt : null,
    answeredAt,
    bridgedAt: answeredAt,
    endedAt,
    hangupCause: 'NORMAL_CLEARING',
    hangupSide: plan.isHungUpByCustomer || !answeredAt ? 'CALLER' : 'CALLEE',
    recordingFile: null,
    legs,
    timeline,
  }
}

function outboundCall(plan: CallPlan, parties: DemoCallParties): CallSnapshot {
  const agentAnswered = at(plan.startedAt, 2)
  const customerRinging = at(agentAnswered, 1)
  const answeredAt = plan.talkSeconds === null ? null : at(customerRinging, plan.ringSeconds)
  const endedAt = answeredAt ? at(answeredAt, plan.talkSeconds!) : at(customerRinging, 30)
  const cause = answeredAt ? 'NORMAL_CLEARING' : 'NO_ANSWER'
  const legs: LegSnapshot[] = [
    {
      uuid: plan.id,
      role: 'CALLER',
      direction: 'outbound',
      callerNumber: parties.companyNumber,
      destinationNumber: plan.agent.phone,
      createdAt: plan.startedAt.getTime(),
      answeredAt: agentAnswered.getTime(),
      endedAt: endedAt.getTime(),
      hangupCause: 'NORMAL_CLEARING',
    },
    {
      uuid: uuidOf(`${plan.id}:customer`),
      role: 'CALLEE',
      direction: 'outbound',
      callerNumber: parties.companyNumber,
      destinationNumber: plan.customer,
      createdAt: customerRinging.getTime(),
      answeredAt: answeredAt?.getTime() ?? null,
      endedAt: endedAt.getTime(),
      hangupCause: cause,
    },
  ]
  const timeline: TimelineEntry[] = [
    { t: plan.startedAt.getTime(), e: 'CREATE', l: 0 },
    { t: agentAnswered.getTime(), e: 'ANSWER', l: 0 },
    { t: customerRinging.getTime(), e: 'CREATE', l: 1 },
    { t: customerRinging.getTime(), e: 'RINGING', l: 1 },
    ...(answeredAt
      ? [
          { t: answeredAt.getTime(), e: 'ANSWER', l: 1 },
          { t: answeredAt.getTime(), e: 'BRIDGE', l: 0, d: legs[1]!.uuid },
        ]
      : []),
    { t: endedAt.getTime(), e: 'HANGUP', l: 1, d: cause },
  ]
  return {
    id: plan.id,
    tenantId: parties.tenantId,
    node: 'demo',
    direction: 'OUTBOUND',
    dialledNumber: null,
    callerNumber: parties.companyNumber,
    calleeNumber: plan.customer,
    agentId: plan.agent.id,
    skillGroupId: null,
    startedAt: plan.startedAt,
    ringingAt: customerRinging,
    answeredAt,
    bridgedAt: answeredAt,
    endedAt,
    hangupCause: cause,
    hangupSide: answeredAt ? (plan.isHungUpByCustomer ? 'CALLEE' : 'CALLER') : 'CALLEE',
    recordingFile: null,
    legs,
    timeline,
  }
}

/** One local day of calls: busier on weekdays, about one inbound caller in eight hangs up unanswered. */
function callsOfDay(parties: DemoCallParties, midnight: Date): CallSnapshot[] {
  const day = localMoment(at(midnight, 12 * 3600), parties.timeZone)
  const random = randomFrom(`${parties.tenantId}:${day.date}`)
  const isWeekend = day.weekday >= 6
  const inbound = isWeekend ? 5 + Math.floor(random() * 5) : 16 + Math.floor(random() * 10)
  const outbound = isWeekend ? Math.floor(random() * 3) : 4 + Math.floor(random() * 5)
  const calls: CallSnapshot[] = []
  for (let index = 0; index < inbound + outbound; index++) {
    const isInbound = index < inbound
    const secondOfDay = pickHour(random) * 3600 + Math.floor(random() * 3600)
    const waitSeconds = 3 + random() ** 2 * 110
    // Callers who wait long give up more often.
    const isAnswered = random() < (isInbound ? (waitSeconds > 60 ? 0.6 : 0.93) : 0.7)
    const plan: CallPlan = {
      id: uuidOf(`demo-call:${parties.tenantId}:${day.date}:${index}`),
      direction: isInbound ? 'INBOUND' : 'OUTBOUND',
      startedAt: at(midnight, secondOfDay),
      customer: customerNumber(random),
      agent: parties.agents[Math.floor(random() * parties.agents.length)]!,
      ivrSeconds: 6 + random() * 14,
      waitSeconds,
      ringSeconds: 2 + random() * 8,
      talkSeconds: isAnswered ? 35 + random() ** 2 * 560 : null,
      isHungUpByCustomer: random() < 0.6,
    }
    calls.push(isInbound ? inboundCall(plan, parties) : outboundCall(plan, parties))
  }
  return calls
}

/** The calls of the last DEMO_HISTORY_DAYS days that have ended by `now`, oldest first. */
export function demoCallHistory(parties: DemoCallParties, now: Date): CallSnapshot[] {
  const calls: CallSnapshot[] = []
  for (let daysBack = DEMO_HISTORY_DAYS - 1; daysBack >= 0; daysBack--)
    calls.push(...callsOfDay(parties, localMidnight(now, parties.timeZone, daysBack)))
  return calls
    .filter((call) => call.endedAt !== null && call.endedAt <= now)
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
}
