// Satisfaction records and report (A9).
import { graphql } from './generated'

export type {
  SatisfactionGrouping,
  SatisfactionPeriod,
  SatisfactionRecordFilter,
  SurveyOutcome,
  SatisfactionReportInput,
  SatisfactionRecordRowFragment as SatisfactionRecordRow,
  SatisfactionFiguresRowFragment as SatisfactionFiguresRow,
} from './generated/graphql'

graphql(`
  fragment SatisfactionRecordRow on SatisfactionRecord {
    callId
    answeredAt
    outcome
    score
    scale
    label {
      zh
      en
    }
    direction
    customerNumber
    agentName
    skillGroupName
  }
`)

graphql(`
  fragment SatisfactionFiguresRow on SatisfactionFigures {
    periodStart
    key
    name
    responses
    byScale {
      scale
      scoreCounts
      labels {
        zh
        en
      }
    }
    averageScore
    averagePercent
    satisfiedRate
    answeredCalls
    answeredResponses
    responseRate
    surveysOffered
    surveysNoAnswer
    surveysAbandoned
    surveyResponseRate
  }
`)

export const SatisfactionRecordsDocument = graphql(`
  query SatisfactionRecords($filter: SatisfactionRecordFilter, $after: String, $limit: Int) {
    satisfactionRecords(filter: $filter, after: $after, limit: $limit) {
      totalCount
      nextCursor
      items {
        ...SatisfactionRecordRow
      }
    }
  }
`)

export const SatisfactionReportDocument = graphql(`
  query SatisfactionReport($input: SatisfactionReportInput!) {
    satisfactionReport(input: $input) {
      timeZone
      rows {
        ...SatisfactionFiguresRow
      }
      total {
        ...SatisfactionFiguresRow
      }
    }
  }
`)

/** A5: the company's survey scale and its words for each score (the call settings' survey section). */
export const SurveyScaleDocument = graphql(`
  query SurveyScale {
    acdSettings {
      surveyScale
      surveyLabels {
        zh
        en
      }
    }
  }
`)
