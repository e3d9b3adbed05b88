// A10 我的质检: the agent's own submitted inspections, one in detail with its scorecard version, and the
// agent's one appeal.
import { graphql } from './generated'

export type {
  MyInspectionRowFragment as MyInspectionRow,
  MyInspectionDetailsFragment as MyInspectionDetails,
} from './generated/graphql'

graphql(`
  fragment MyInspectionRow on QaInspection {
    id
    callId
    callStartedAt
    scorecardName
    scorecardVersion
    inspectorName
    points
    maxPoints
    percent
    isFatalFailed
    submittedAt
    appealDeadline
    recordingUrl
    appeal {
      status
      reason
      appealedAt
      resolution
      resolvedAt
    }
  }
`)

graphql(`
  fragment MyInspectionDetails on QaInspectionDetails {
    inspection {
      ...MyInspectionRow
    }
    scorecard {
      id
      version
      sections {
        name
        criteria {
          id
          name
          description
          maxPoints
          isFatal
        }
      }
    }
    results {
      revision
      points
      percent
      isFatalFailed
      scoredAt
      scores {
        criterionId
        points
        isFailed
      }
      comments {
        atSeconds
        criterionId
        text
      }
    }
  }
`)

export const MyQaInspectionsDocument = graphql(`
  query MyQaInspections($page: PageInput) {
    myQaInspections(page: $page) {
      totalCount
      items {
        ...MyInspectionRow
      }
    }
  }
`)

export const MyQaInspectionDocument = graphql(`
  query MyQaInspection($id: ID!) {
    qaInspection(id: $id) {
      ...MyInspectionDetails
    }
  }
`)

export const AppealQaInspectionDocument = graphql(`
  mutation AppealQaInspection($id: ID!, $reason: String!) {
    appealQaInspection(id: $id, reason: $reason) {
      ...MyInspectionDetails
    }
  }
`)
