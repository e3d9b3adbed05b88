// Rows of quality.store.ts as the GraphQL types show them.
import { RECORDING_PATH } from '../calls/my-calls.service.js'
import type { InspectionRow, QaReportRow as ReportRow, ScorecardRow } from './quality.store.js'
import type {
  QaAppealStatus,
  QaInspection,
  QaInspectionStatus,
  QaReportRow,
  QaScorecard,
} from './quality.types.js'

export function scorecardView(row: ScorecardRow): QaScorecard {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    maxPoints: row.maxPoints,
    publishedAt: row.publishedAt,
    sections: row.definition.sections,
  }
}

export function inspectionView(row: InspectionRow): QaInspection {
  return {
    ...row,
    status: row.status as QaInspectionStatus,
    // The recording route checks again who may hear it.
    recordingUrl: row.hasRecording ? `${RECORDING_PATH}/${row.callId}` : null,
    appeal:
      row.appealId && row.appealStatus && row.appealReason !== null && row.appealedAt
        ? {
            status: row.appealStatus as QaAppealStatus,
            reason: row.appealReason,
            resolution: row.appealResolution,
            appealedAt: row.appealedAt,
            resolvedAt: row.resolvedAt,
          }
        : null,
  }
}

export function reportRowView(row: ReportRow): QaReportRow {
  return { ...row, appealRate: row.inspections ? row.appeals / row.inspections : 0 }
}
