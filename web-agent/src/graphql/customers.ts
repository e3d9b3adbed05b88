// G4 customers in the workstation: the list and one customer's card, history and notes, shared by the
// screen pop and the customers page; and the customer's live changes.
import { graphql } from './generated'

export type {
  CustomerCardFieldsFragment as CustomerCard,
  CustomerFieldDefinitionFieldsFragment as CustomerFieldDefinition,
  CustomerHistoryEntryFieldsFragment as CustomerHistoryEntry,
  CustomerFilter,
  WorkstationCustomerListQuery,
} from './generated/graphql'

graphql(`
  fragment CustomerCardFields on Customer {
    id
    name
    phoneNumbers
    organization
    customFields
  }
`)

graphql(`
  fragment CustomerFieldDefinitionFields on CustomFieldDefinition {
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

export const CustomerListDocument = graphql(`
  query WorkstationCustomerList($filter: CustomerFilter, $page: PageInput) {
    customers(filter: $filter, page: $page) {
      items {
        ...CustomerCardFields
        updatedAt
      }
      totalCount
    }
    customFieldDefinitions(entity: CUSTOMER) {
      ...CustomerFieldDefinitionFields
    }
  }
`)

export const CustomerDetailDocument = graphql(`
  query CustomerDetail($id: ID!) {
    customer(id: $id) {
      ...CustomerCardFields
    }
    customFieldDefinitions(entity: CUSTOMER) {
      ...CustomerFieldDefinitionFields
    }
  }
`)

export const CustomerCardDocument = graphql(`
  query CustomerCard($id: ID!) {
    customer(id: $id) {
      ...CustomerCardFields
    }
  }
`)

export const CreateCustomerDocument = graphql(`
  mutation WorkstationCreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      id
    }
  }
`)

graphql(`
  fragment CustomerHistoryEntryFields on CustomerHistoryEntry {
    id
    kind
    at
    title
    body
    source
    link
    authorName
    call {
      direction
      agentName
      isAnswered
      talkSeconds
      recordingUrl
    }
  }
`)

export const CustomerHistoryDocument = graphql(`
  query CustomerHistory($customerId: ID!, $after: String, $limit: Int) {
    customerHistory(customerId: $customerId, after: $after, limit: $limit) {
      entries {
        ...CustomerHistoryEntryFields
      }
      nextCursor
    }
  }
`)

export const AddCustomerNoteDocument = graphql(`
  mutation AddCustomerNote($customerId: ID!, $text: String!) {
    addCustomerNote(customerId: $customerId, text: $text)
  }
`)

export const UpdateCustomerCardDocument = graphql(`
  mutation UpdateCustomerCard($id: ID!, $name: String!, $customFields: JSONObject) {
    updateCustomer(id: $id, input: { name: $name, customFields: $customFields }) {
      ...CustomerCardFields
    }
  }
`)

export const CustomerChangedDocument = graphql(`
  subscription CustomerChanged($customerId: ID!) {
    customerChanged(customerId: $customerId) {
      customerId
      part
      mergedInto
    }
  }
`)
