// The call report (A9): a period's calls by day or hour and by company, skill group, agent or number.
import { graphql } from './generated'

export type {
  CallReportInput,
  CallReportGrouping,
  CallReportInterval,
  ReportPeriodPreset,
  CallDirection,
  CallReportRowFragment as CallReportRow,
  CallReportQuery,
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
