// The call report (A9): a period's calls by day or hour and by company, skill group, agent or number; and
// the service summary report (A9): a period's summaries by category tree, skill group, agent and day.
import { graphql } from './generated'

export type {
  CallReportInput,
  CallReportGrouping,
  CallReportInterval,
  ReportPeriodPreset,
  CallDirection,
  CallReportRowFragment as CallReportRow,
  CallReportQuery,
  ServiceSummaryReportInput,
  ServiceSummaryReportQuery,
  SummaryReportCategoryRowFragment as SummaryReportCategoryRow,
} from './generated/graphql'

graphql(`
  fragment CallReportRow on CallReportRow {
    bucket
    key
    name
    inboundCalls
    inboundAnswered
    inboundMissed
    outboundCalls
    outboundAnswered
    outboundMissed
    talkSeconds
    holdSeconds
    afterCallWorkSeconds
    kpis {
      arrivals
      answered
      abandoned
      callbacksRequested
      serviceLevel
      asaSeconds
      abandonRate
      handled
      ahtSeconds
      averageTalkSeconds
      agentAnswerRate
    }
  }
`)

export const CallReportDocument = graphql(`
  query CallReport($input: CallReportInput!) {
    callReport(input: $input) {
      from
      to
      timeZone
      rows {
        ...CallReportRow
      }
      buckets {
        ...CallReportRow
      }
      total {
        ...CallReportRow
      }
    }
  }
`)

graphql(`
  fragment SummaryReportCategoryRow on SummaryReportCategory {
    id
    parentId
    depth
    labelZh
    labelEn
    isEnabled
    count
    share
    bySkillGroup {
      key
      count
    }
    byAgent {
      key
      count
    }
  }
`)

export const ServiceSummaryReportDocument = graphql(`
  query ServiceSummaryReport($input: ServiceSummaryReportInput!) {
    serviceSummaryReport(input: $input) {
      from
      to
      timeZone
      total
      categories {
        ...SummaryReportCategoryRow
      }
      skillGroups {
        key
        name
        count
      }
      agents {
        key
        name
        count
      }
      days {
        day
        count
      }
    }
  }
`)
