// The home page: the company's state now (agents, queues, today's calls) and how far its setup is.
import { graphql } from './generated'

export type {
  CallCountsRowFragment as CallCountsRow,
  SetupProgressQuery as SetupProgress,
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

export const TodayCallsDocument = graphql(`
  query TodayCalls($from: DateTimeISO!) {
    callCounts(from: $from) {
      ...CallCountsRow
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
