// G8 my call records: the agent's own calls, one call's details, and the recording to play.
import { graphql } from './generated'

export type {
  MyCallRecordFilter,
  MyCallRowFragment as MyCallRow,
  MyCallDetailsQuery,
} from './generated/graphql'

graphql(`
  fragment MyCallRow on MyCallRecord {
    id
    isAnswered
    queueName
    waitSeconds
    talkSeconds
    call {
      id
      direction
      callerNumber
      calleeNumber
      dialledNumber
      startedAt
      endedAt
    }
  }
`)

export const MyCallRecordsDocument = graphql(`
  query MyCallRecords($filter: MyCallRecordFilter, $page: PageInput) {
    myCallRecords(filter: $filter, page: $page) {
      totalCount
      items {
        ...MyCallRow
      }
    }
  }
`)

export const MyCallDetailsDocument = graphql(`
  query MyCallDetails($id: ID!) {
    myCallRecord(id: $id) {
      ...MyCallRow
      recordingUrl
      serviceSummary {
        ...ServiceSummaryFields
      }
      call {
        ringingAt
        answeredAt
        hangupCause
        hangupSide
        satisfactionScore
        satisfactionScale
        satisfactionLabel {
          zh
          en
        }
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
      }
    }
  }
`)
