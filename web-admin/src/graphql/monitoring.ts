// The KPI monitor (A8, X2): today's KPIs of a scope, its last 24 hours by hour, and the views by skill group and by agent.
import { graphql } from './generated'

export type {
  KpiScopeInput,
  KpiScopeKind,
  KpiCardsFragment as KpiCards,
  HourlyCallsRowFragment as HourlyCallsRow,
  SkillGroupMonitorRowFragment as SkillGroupMonitorRow,
  AgentMonitorRowFragment as AgentMonitorRow,
} from './generated/graphql'

graphql(`
  fragment KpiCards on Kpis {
    serviceLevel
    serviceLevelSeconds
    serviceLevelTarget
    asaSeconds
    abandonRate
    ahtSeconds
    occupancy
    agentAnswerRate
    longestWaitSeconds
    arrivals
    answered
    abandoned
  }
`)

graphql(`
  fragment HourlyCallsRow on HourlyCalls {
    hour
    inbound
    answered
    abandoned
    callbacksRequested
    outbound
  }
`)

graphql(`
  fragment SkillGroupMonitorRow on SkillGroupMonitor {
    skillGroupId
    name
    waiting
    offering
    callbacksWaiting
    longestWaitSeconds
    agentsByStatus {
      status
      count
    }
    today {
      serviceLevel
      serviceLevelTarget
    }
    staffing {
      agentsNeeded
    }
  }
`)

graphql(`
  fragment AgentMonitorRow on AgentMonitor {
    agentId
    name
    status
    secondsInStatus
    callsToday
    talkSeconds
    answerRate
    notReady {
      reasonId
      reasonName
      seconds
    }
  }
`)

export const KpiMonitorDocument = graphql(`
  query KpiMonitor($scope: KpiScopeInput!) {
    myTenant {
      timeZone
    }
    kpis(scope: $scope, window: { kind: TODAY }) {
      ...KpiCards
    }
    hourlyCalls(scope: $scope) {
      ...HourlyCallsRow
    }
    skillGroupMonitor {
      ...SkillGroupMonitorRow
    }
    agentMonitor {
      ...AgentMonitorRow
    }
  }
`)
