// GraphQL types of the KPIs (X2) and the monitoring views by skill group and by agent (A8). Each field's
// description is its definition; docs/kpis.md gives the sources.
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { AgentStatus } from '../acd/presence.js'

export enum KpiScopeKind {
  TENANT = 'TENANT',
  SKILL_GROUP = 'SKILL_GROUP',
  AGENT = 'AGENT',
}

registerEnumType(KpiScopeKind, {
  name: 'KpiScopeKind',
  description: 'Whose calls the KPIs count.',
  valuesConfig: {
    TENANT: {
      description:
        'Every call the viewer may see: the whole company for its administrators, the visible skill groups for a group leader.',
    },
    SKILL_GROUP: { description: 'The calls queued for one skill group, and its members’ time.' },
    AGENT: { description: 'The offers to and calls answered by one agent, and their time.' },
  },
})

export enum KpiWindowKind {
  TODAY = 'TODAY',
  LAST_15_MINUTES = 'LAST_15_MINUTES',
  LAST_60_MINUTES = 'LAST_60_MINUTES',
  PERIOD = 'PERIOD',
}

registerEnumType(KpiWindowKind, {
  name: 'KpiWindowKind',
  description: 'The time window the KPIs cover; facts are counted by when they happened.',
  valuesConfig: {
    TODAY: { description: 'From midnight in the company’s time zone until now.' },
    LAST_15_MINUTES: { description: 'The 15 minutes up to now.' },
    LAST_60_MINUTES: { description: 'The 60 minutes up to now.' },
    PERIOD: { description: 'From `from` (inclusive) to `to` (exclusive, at most now).' },
  },
})

@InputType({ description: 'Whose calls the KPIs count.' })
export class KpiScopeInput {
  @Field(() => KpiScopeKind, {
    description: 'The company (what the viewer may see), a skill group or an agent.',
  })
  kind!: KpiScopeKind

  @Field(() => ID, { nullable: true, description: 'The skill group or agent; empty for TENANT.' })
  id?: string | null

  @Field(() => [ID], {
    nullable: true,
    description:
      'SKILL_GROUP, instead of `id`: several skill groups counted as one (a team’s wallboard); at most 100.',
  })
  ids?: string[] | null
}

@InputType({ description: 'The time window of the KPIs.' })
export class KpiWindowInput {
  @Field(() => KpiWindowKind, { description: 'Today so far, the last 15 or 60 minutes, or a period.' })
  kind!: KpiWindowKind

  @Field(() => Date, { nullable: true, description: 'PERIOD: the first instant counted.' })
  from?: Date | null

  @Field(() => Date, {
    nullable: true,
    description: 'PERIOD: the first instant no longer counted; now when empty.',
  })
  to?: Date | null
}

@ObjectType({
  description: 'Contact-center KPIs of one scope over one window (X2); docs/kpis.md has the sources.',
})
export class Kpis {
  @Field(() => Date, { description: 'The first instant of the window.' })
  from!: Date

  @Field(() => Date, { description: 'The end of the window (exclusive): now for the live windows.' })
  to!: Date

  @Field(() => Int, { description: 'Calls that entered a queue in the window (each queue visit once).' })
  arrivals!: number

  @Field(() => Int, {
    description: 'Queued calls answered by an agent in the window (callbacks not included).',
  })
  answered!: number

  @Field(() => Int, {
    description:
      'Of `answered`, those whose wait from entering the queue was at most the service level seconds.',
  })
  answeredInThreshold!: number

  @Field(() => Int, {
    description:
      'Calls whose caller hung up in the window while queued or while an agent’s phone rang, waiting at least the short-abandon seconds.',
  })
  abandoned!: number

  @Field(() => Int, {
    description: 'Abandons shorter than the company’s short-abandon seconds: left out of every rate.',
  })
  shortAbandoned!: number

  @Field(() => Int, {
    description: 'Waiting callers who asked for a callback in the window (X6); never counted as abandons.',
  })
  callbacksRequested!: number

  @Field(() => Int, { description: 'Callbacks answered by an agent in the window.' })
  callbacksAnswered!: number

  @Field(() => Int, {
    description:
      'Calls that overflowed in the window: sent on to another skill group, or let go with a message.',
  })
  overflowed!: number

  @Field(() => Int, { description: 'The threshold of the service level, in seconds (company setting).' })
  serviceLevelSeconds!: number

  @Field(() => Float, { description: 'The service level target as a fraction, e.g. 0.8 (company setting).' })
  serviceLevelTarget!: number

  @Field(() => Float, {
    nullable: true,
    description:
      'Service level: answeredInThreshold / (answered + abandoned), 0–1; callbacks and short abandons count in neither. Empty with no such call.',
  })
  serviceLevel!: number | null

  @Field(() => Float, {
    nullable: true,
    description:
      'Average speed of answer in seconds: the summed waits of the answered calls (queue entry to answer) / answered.',
  })
  asaSeconds!: number | null

  @Field(() => Float, {
    nullable: true,
    description: 'Average abandon time in seconds: the summed waits of the abandoned calls / abandoned.',
  })
  averageAbandonSeconds!: number | null

  @Field(() => Float, {
    nullable: true,
    description: 'Abandon rate: abandoned / (answered + abandoned), 0–1; callbacks are not abandons.',
  })
  abandonRate!: number | null

  @Field(() => Int, {
    description:
      'Calls answered in the window whose handling is over (the agent left on-call and after-call work).',
  })
  handled!: number

  @Field(() => Float, {
    nullable: true,
    description:
      'Average handle time in seconds: (talk, hold included, + after-call work) of the handled calls / handled.',
  })
  ahtSeconds!: number | null

  @Field(() => Float, {
    nullable: true,
    description: 'Average talk time in seconds, hold included: answer until the agent left ON_CALL.',
  })
  averageTalkSeconds!: number | null

  @Field(() => Float, {
    nullable: true,
    description:
      'Average after-call work in seconds: the agent leaving ON_CALL until leaving AFTER_CALL_WORK.',
  })
  averageAfterCallWorkSeconds!: number | null

  @Field(() => Int, { description: 'Holds placed in the window.' })
  holds!: number

  @Field(() => Int, { description: 'Blind and consultative transfers completed in the window.' })
  transfers!: number

  @Field(() => Float, {
    nullable: true,
    description:
      'Occupancy: time ON_CALL or in AFTER_CALL_WORK / time IDLE, RINGING, ON_CALL or in AFTER_CALL_WORK (signed in and not on a break), 0–1, of the scope’s agents in the window.',
  })
  occupancy!: number | null

  @Field(() => Int, {
    description:
      'Offers that rang an agent and ended answered, unanswered or rejected (not failed, not withdrawn).',
  })
  offersRung!: number

  @Field(() => Int, { description: 'Of `offersRung`, the ones the agent answered.' })
  offersAnswered!: number

  @Field(() => Float, { nullable: true, description: 'Agent answer rate: offersAnswered / offersRung, 0–1.' })
  agentAnswerRate!: number | null

  @Field(() => Int, {
    nullable: true,
    description:
      'Longest current wait in seconds: now minus the queue entry of the longest-waiting caller, ringing or not (the live board’s definition); empty for an agent.',
  })
  longestWaitSeconds!: number | null
}

@ObjectType({ description: 'How many agents are in one status.' })
export class AgentStatusCount {
  @Field(() => AgentStatus, { description: 'The status.' })
  status!: AgentStatus

  @Field(() => Int, { description: 'Members of the skill group in it now (never signed in: OFFLINE).' })
  count!: number
}

@ObjectType({
  description:
    'Erlang C staffing estimate (X2): agents on the phones needed to meet the service level target at the last hour’s load.',
})
export class StaffingEstimate {
  @Field(() => Int, {
    description: 'Calls that entered the queue in the last 60 minutes (the arrival rate per hour).',
  })
  callsLastHour!: number

  @Field(() => Float, {
    description: 'The AHT the estimate uses: the last hour’s, else today’s, in seconds.',
  })
  ahtSeconds!: number

  @Field(() => Float, { description: 'Offered traffic in Erlangs: calls per hour × AHT / 3600.' })
  trafficErlangs!: number

  @Field(() => Int, {
    description: 'The fewest agents whose Erlang C service level meets the target (no shrinkage added).',
  })
  agentsNeeded!: number

  @Field(() => Float, { description: 'The service level Erlang C predicts with that many agents, 0–1.' })
  predictedServiceLevel!: number

  @Field(() => Float, {
    description: 'The average speed of answer Erlang C predicts with that many agents, seconds.',
  })
  predictedAsaSeconds!: number
}

@ObjectType({ description: 'One skill group now and today (A8).' })
export class SkillGroupMonitor {
  @Field(() => ID, { description: 'The skill group.' })
  skillGroupId!: string

  @Field(() => String, { description: 'Its name.' })
  name!: string

  @Field(() => Int, {
    description: 'Callers waiting now, not yet ringing an agent (the live board’s count).',
  })
  waiting!: number

  @Field(() => Int, { description: 'Callers whose call rings an agent now.' })
  offering!: number

  @Field(() => Int, { description: 'Callbacks waiting for an agent now.' })
  callbacksWaiting!: number

  @Field(() => Int, {
    description: 'Longest current wait in seconds (see Kpis.longestWaitSeconds); 0 with nobody waiting.',
  })
  longestWaitSeconds!: number

  @Field(() => [AgentStatusCount], { description: 'The group’s members by status now.' })
  agentsByStatus!: AgentStatusCount[]

  @Field(() => Kpis, { description: 'The group’s KPIs today so far.' })
  today!: Kpis

  @Field(() => StaffingEstimate, {
    nullable: true,
    description: 'Agents needed at the last hour’s load; empty with no call in the last hour or no AHT yet.',
  })
  staffing!: StaffingEstimate | null
}

@ObjectType({ description: 'Time an agent spent not ready for one reason.' })
export class NotReadyTime {
  @Field(() => ID, { nullable: true, description: 'The not-ready reason; empty when none was given.' })
  reasonId!: string | null

  @Field(() => String, { nullable: true, description: 'The reason’s name.' })
  reasonName!: string | null

  @Field(() => Int, { description: 'Seconds NOT_READY for this reason today.' })
  seconds!: number
}

@ObjectType({ description: 'One agent now and today (A8).' })
export class AgentMonitor {
  @Field(() => ID, { description: 'The agent.' })
  agentId!: string

  @Field(() => String, { description: 'Their name.' })
  name!: string

  @Field(() => AgentStatus, { description: 'Their status now.' })
  status!: AgentStatus

  @Field(() => ID, { nullable: true, description: 'The not-ready reason shown with NOT_READY.' })
  reasonId!: string | null

  @Field(() => Date, { description: 'Since when they are in this status.' })
  statusSince!: Date

  @Field(() => Int, { description: 'Seconds in this status so far.' })
  secondsInStatus!: number

  @Field(() => Int, { description: 'Routed calls (and callbacks) the agent answered today.' })
  callsToday!: number

  @Field(() => Int, {
    description:
      'Seconds ON_CALL today: every call on the agent’s phone, routed, dialled or transferred, hold included.',
  })
  talkSeconds!: number

  @Field(() => Int, {
    description: 'Offers that rang the agent today and ended answered, unanswered or rejected.',
  })
  offersRung!: number

  @Field(() => Float, {
    nullable: true,
    description: 'Answer rate today: offers answered / offersRung, 0–1.',
  })
  answerRate!: number | null

  @Field(() => Float, { nullable: true, description: 'Occupancy today (see Kpis.occupancy), 0–1.' })
  occupancy!: number | null

  @Field(() => [NotReadyTime], { description: 'Time NOT_READY today, per reason.' })
  notReady!: NotReadyTime[]
}

@ObjectType({
  description:
    'Calls of one hour of the last 24 (A8), in the company’s time zone; the definitions are those of the KPIs.',
})
export class HourlyCalls {
  @Field(() => Date, {
    description: 'The hour’s first instant, aligned to the hour in the company’s time zone.',
  })
  hour!: Date

  @Field(() => Int, {
    description: 'Inbound calls that entered a queue in the hour (a call overflowing to another group once).',
  })
  inbound!: number

  @Field(() => Int, { description: 'Calls answered by an agent in the hour (callbacks not counted).' })
  answered!: number

  @Field(() => Int, {
    description:
      'Callers who hung up before an agent answered, in the hour (short abandons and callbacks not counted).',
  })
  abandoned!: number

  @Field(() => Int, { description: 'Callers who asked for a callback in the hour (not abandons).' })
  callbacksRequested!: number

  @Field(() => Int, {
    description: 'Outbound calls started in the hour by the scope’s agents (every agent for the company).',
  })
  outbound!: number
}
