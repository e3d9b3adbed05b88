// Quality inspection (A10): scorecards and their versions, sampling calls, the workbench's inspections,
// appeals, the QA report, and the inspector capability.
import { graphql } from './generated'

export type {
  QaAppealStatus,
  QaInspectionFilter,
  QaInspectionStatus,
  QaReportGrouping,
  QaReportInput,
  QaSampleMode,
  QaSampleSkipReason,
  QaScorecardInput,
  QaScoresInput,
  QaScorecardFieldsFragment as QaScorecardFields,
  QaInspectionRowFragment as QaInspectionRow,
  QaInspectionFullFragment as QaInspectionFull,
  QaReportQuery,
} from './generated/graphql'

graphql(`
  fragment QaScorecardFields on QaScorecard {
    id
    name
    version
    maxPoints
    publishedAt
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
`)

graphql(`
  fragment QaInspectionRow on QaInspection {
    id
    callId
    callStartedAt
    agentId
    agentName
    inspectorName
    scorecardId
    scorecardName
    scorecardVersion
    status
    points
    maxPoints
    percent
    isFatalFailed
    createdAt
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
  fragment QaInspectionFull on QaInspectionDetails {
    inspection {
      ...QaInspectionRow
    }
    scorecard {
      ...QaScorecardFields
    }
    results {
      revision
      points
      percent
      isFatalFailed
      scoredAt
      scoredByName
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

export const QaScorecardsDocument = graphql(`
  query QaScorecards {
    qaScorecards {
      ...QaScorecardFields
    }
  }
`)

export const QaScorecardVersionDocument = graphql(`
  query QaScorecardVersion($id: ID!, $version: Int) {
    qaScorecard(id: $id, version: $version) {
      ...QaScorecardFields
    }
  }
`)

export const CreateQaScorecardDocument = graphql(`
  mutation CreateQaScorecard($input: QaScorecardInput!) {
    createQaScorecard(input: $input) {
      ...QaScorecardFields
    }
  }
`)

export const UpdateQaScorecardDocument = graphql(`
  mutation UpdateQaScorecard($id: ID!, $input: QaScorecardInput!) {
    updateQaScorecard(id: $id, input: $input) {
      ...QaScorecardFields
    }
  }
`)

export const SampleQaCallsDocument = graphql(`
  mutation SampleQaCalls($filter: CallRecordSearchFilter, $input: QaSampleInput!) {
    sampleQaCalls(filter: $filter, input: $input) {
      callIds
      inspectionIds
      seed
      skipped {
        callId
        reason
      }
    }
  }
`)

export const QaInspectionsDocument = graphql(`
  query QaInspections($filter: QaInspectionFilter, $page: PageInput) {
    qaInspections(filter: $filter, page: $page) {
      totalCount
      items {
        ...QaInspectionRow
      }
    }
  }
`)

export const QaInspectionDocument = graphql(`
  query QaInspection($id: ID!) {
    qaInspection(id: $id) {
      ...QaInspectionFull
    }
  }
`)

export const SubmitQaInspectionDocument = graphql(`
  mutation SubmitQaInspection($id: ID!, $input: QaScoresInput!) {
    submitQaInspection(id: $id, input: $input) {
      ...QaInspectionFull
    }
  }
`)

export const ResolveQaAppealDocument = graphql(`
  mutation ResolveQaAppeal($id: ID!, $input: QaAppealDecisionInput!) {
    resolveQaAppeal(id: $id, input: $input) {
      ...QaInspectionFull
    }
  }
`)

export const QaReportDocument = graphql(`
  query QaReport($input: QaReportInput!) {
    qaReport(input: $input) {
      key
      label
      inspections
      averagePercent
      fatalFailures
      appeals
      appealRate
    }
  }
`)

export const SetQaInspectorDocument = graphql(`
  mutation SetQaInspector($userId: ID!, $isInspector: Boolean!) {
    setQaInspector(userId: $userId, isInspector: $isInspector)
  }
`)

export const QaInspectorIdsDocument = graphql(`
  query QaInspectorIds {
    qaInspectorIds
  }
`)

/** Whether the viewer inspects calls (A10): an agent who does sees the quality areas in the menu. */
export const IsQaInspectorDocument = graphql(`
  query IsQaInspector {
    isQaInspector
  }
`)
