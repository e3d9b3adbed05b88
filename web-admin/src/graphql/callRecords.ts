// The call records (A9): the filtered list in keyset pages, its count, and one call in detail.
import { graphql } from './generated'

export type {
  CallOutcome,
  CallRecordSearchFilter,
  CallRecordRowFragment as CallRecordRow,
  CallRecordDetailsQuery,
} from './generated/graphql'

graphql(`
  fragment CallRecordRow on CallRecordRowView {
    id
    startedAt
    endedAt
    direction
    customerNumber
    dialledNumber
    agentId
    agentName
    skillGroupName
    outcome
    waitSeconds
    talkSeconds
    hangupSide
    hangupCause
    satisfactionScore
    satisfactionScale
    satisfactionLabel {
      zh
      en
    }
    hasRecording
    customerId
    customerName
  }
`)

export const CallRecordSearchDocument = graphql(`
  query CallRecordSearch($filter: CallRecordSearchFilter, $after: String, $limit: Int) {
    callRecordSearch(filter: $filter, after: $after, limit: $limit) {
      nextCursor
      items {
        ...CallRecordRow
      }
    }
  }
`)

export const CallRecordCountDocument = graphql(`
  query CallRecordCount($filter: CallRecordSearchFilter) {
    callRecordCount(filter: $filter) {
      count
      isCapped
    }
  }
`)

export const CallRecordDetailsDocument = graphql(`
  query CallRecordDetails($id: ID!) {
    callRecordDetails(id: $id) {
      id
      recordingUrl
      row {
        ...CallRecordRow
      }
      call {
        id
        answeredAt
        recordingRemovedAt
        legs {
          id
          role
        }
        timeline {
          at
          event
          legId
          detail
          agentName
          skillGroupName
          outcome
          seconds
        }
        serviceSummaries {
          id
          categoryId
          notes
          createdAt
        }
      }
    }
  }
`)
