// The home page: the company's state now (agents, queues, today's calls) and how far its setup is.
import { graphql } from './generated'

export type {
  CallCountsRowFragment as CallCountsRow,
  SetupProgressQuery as SetupProgress,
  TodayCallsQuery as TodayCalls,
} from './generated/graphql'

/** The live board's snapshot without the names: the home page only counts. */
export const DashboardLiveDocument = graphql(`
  query DashboardLive {
    agentStates {
      ...LiveAgentState
    }
    queueStates {
      ...LiveQueueState
    }
  }
`)

graphql(`
  fragment CallCountsRow on CallCounts {
    inbound
    answered
    abandoned
    unansweredLive
    outbound
    outboundAnswered
  }
`)

/**
 * Today's calls: the volumes from the call records, and answered, abandoned and the abandon rate from
 * the KPIs, so the home page and the KPI monitor say the same (docs/kpis.md: callbacks and short
 * abandons are not abandons, hang-ups in the IVR never reached a queue).
 */
export const TodayCallsDocument = graphql(`
  query TodayCalls($from: DateTimeISO!) {
    callCounts(from: $from) {
      ...CallCountsRow
    }
    kpis(scope: { kind: TENANT }, window: { kind: TODAY }) {
      answered
      abandoned
      abandonRate
      callbacksRequested
    }
  }
`)

/** What the setup checklist looks at: skill groups and their members, numbers and their routes. */
export const SetupProgressDocument = graphql(`
  query SetupProgress {
    skillGroups(page: { offset: 0, limit: 100 }) {
      totalCount
      items {
        id
        members {
          userId
        }
      }
    }
    phoneNumbers(page: { offset: 0, limit: 100 }) {
      totalCount
      items {
        id
        skillGroupId
        scheduleId
      }
    }
  }
`)
