// G4 screen pop: the call's pop, the customer's history and notes, and the customer's live changes.
import { graphql } from './generated'

export type {
  ScreenPopQuery,
  CustomerHistoryEntryFieldsFragment as CustomerHistoryEntry,
  CustomerCardFieldsFragment as CustomerCard,
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

export const ScreenPopDocument = graphql(`
  query ScreenPop($callId: ID!, $historyLimit: Int!) {
    screenPop(callId: $callId) {
      callId
      direction
      callerNumber
      dialledNumber
      customerNumber
      skillGroupName
      queueWaitSeconds
      transfers
      ivrPath {
        menuName
        key
      }
      embedUrl
      customer {
        ...CustomerCardFields
      }
      history(limit: $historyLimit) {
        entries {
          ...CustomerHistoryEntryFields
        }
        nextCursor
      }
    }
    customFieldDefinitions(entity: CUSTOMER) {
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
  }
`)

export const CustomerCardDocument = graphql(`
  query CustomerCard($id: ID!) {
    customer(id: $id) {
      ...CustomerCardFields
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

export const ScreenPopEmbedCheckDocument = graphql(`
  query ScreenPopEmbedCheck($callId: ID!) {
    screenPopEmbedCheck(callId: $callId) {
      framing
      reason
    }
  }
`)
