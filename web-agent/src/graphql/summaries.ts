// G4 service summaries: the form's categories and fields, the agent's summary of a call, and saving it.
import { graphql } from './generated'

export type {
  ServiceSummaryFieldsFragment as ServiceSummaryFields,
  SummaryCategoryFieldsFragment as SummaryCategory,
  SummaryFieldFragment as SummaryField,
} from './generated/graphql'

graphql(`
  fragment ServiceSummaryFields on ServiceSummary {
    id
    callId
    customerId
    categoryId
    customFields
    notes
    createdAt
    updatedAt
  }
`)

graphql(`
  fragment SummaryCategoryFields on ServiceSummaryCategory {
    id
    parentId
    depth
    labelZh
    labelEn
    position
    isEnabled
  }
`)

graphql(`
  fragment SummaryField on CustomFieldDefinition {
    id
    key
    labelZh
    labelEn
    type
    isRequired
    isHidden
    options {
      value
      labelZh
      labelEn
    }
  }
`)

/** What the form and the read-only view need to word a summary: the tree and the summary fields. */
export const SummaryVocabularyDocument = graphql(`
  query SummaryVocabulary {
    serviceSummaryCategories {
      ...SummaryCategoryFields
    }
    customFieldDefinitions(entity: SERVICE_SUMMARY) {
      ...SummaryField
    }
  }
`)

export const ServiceSummaryDocument = graphql(`
  query ServiceSummary($callId: ID!) {
    serviceSummary(callId: $callId) {
      ...ServiceSummaryFields
    }
  }
`)

export const SaveServiceSummaryDocument = graphql(`
  mutation SaveServiceSummary($input: SaveServiceSummaryInput!) {
    saveServiceSummary(input: $input) {
      ...ServiceSummaryFields
    }
  }
`)
