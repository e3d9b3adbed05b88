// Service summary categories (G4).
import { graphql } from './generated'

export type { SummaryCategoryRowFragment as SummaryCategoryRow } from './generated/graphql'

graphql(`
  fragment SummaryCategoryRow on ServiceSummaryCategory {
    id
    parentId
    depth
    labelZh
    labelEn
    position
    isEnabled
  }
`)

export const SummaryCategoryListDocument = graphql(`
  query SummaryCategoryList {
    serviceSummaryCategories {
      ...SummaryCategoryRow
    }
  }
`)

export const CreateSummaryCategoryDocument = graphql(`
  mutation CreateSummaryCategory($input: CreateServiceSummaryCategoryInput!) {
    createServiceSummaryCategory(input: $input) {
      ...SummaryCategoryRow
    }
  }
`)

export const UpdateSummaryCategoryDocument = graphql(`
  mutation UpdateSummaryCategory($id: ID!, $input: UpdateServiceSummaryCategoryInput!) {
    updateServiceSummaryCategory(id: $id, input: $input) {
      ...SummaryCategoryRow
    }
  }
`)

export const DeleteSummaryCategoryDocument = graphql(`
  mutation DeleteSummaryCategory($id: ID!) {
    deleteServiceSummaryCategory(id: $id)
  }
`)
