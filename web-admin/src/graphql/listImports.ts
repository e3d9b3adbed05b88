// Bulk imports of task items and do-not-call numbers (A13); the file itself goes over HTTP (uploadListImport).
import { graphql } from './generated'

export type { ListImportProgressFragment as ListImportProgress } from './generated/graphql'

graphql(`
  fragment ListImportProgress on ListImport {
    id
    kind
    status
    fileName
    encoding
    columns
    rowsRead
    rowsImported
    rowsRejected
    failureCode
  }
`)

export const TaskImportSetupDocument = graphql(`
  query TaskImportSetup($taskId: ID!) {
    outboundTask(id: $taskId) {
      id
      customFieldIds
      agentIds
      skillGroupIds
    }
    customFieldDefinitions(entity: OUTBOUND_TASK) {
      id
      labelZh
      labelEn
      isRequired
    }
    agents(filter: { organization: TELESALES }, page: { limit: 100 }) {
      items {
        id
        name
      }
    }
    skillGroups(page: { limit: 100 }) {
      items {
        id
        name
      }
    }
  }
`)

export const ListImportDocument = graphql(`
  query ListImport($id: ID!) {
    listImport(id: $id) {
      ...ListImportProgress
    }
  }
`)

export const StartTaskItemImportDocument = graphql(`
  mutation StartTaskItemImport($input: StartTaskItemImportInput!) {
    startTaskItemImport(input: $input) {
      ...ListImportProgress
    }
  }
`)

export const StartDoNotCallImportDocument = graphql(`
  mutation StartDoNotCallImport($input: StartDoNotCallImportInput!) {
    startDoNotCallImport(input: $input) {
      ...ListImportProgress
    }
  }
`)

export const CancelListImportDocument = graphql(`
  mutation CancelListImport($id: ID!) {
    cancelListImport(id: $id) {
      ...ListImportProgress
    }
  }
`)

export const ImportProgressDocument = graphql(`
  subscription ImportProgress($id: ID!) {
    importProgress(id: $id) {
      ...ListImportProgress
    }
  }
`)
