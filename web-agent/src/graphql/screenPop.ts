// G4 screen pop: the call's pop with its customer and first page of history, and the business page check.
// The customer's own documents (card, history, notes, changes) are in customers.ts.
import { graphql } from './generated'

export type { ScreenPopQuery } from './generated/graphql'

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
      ...CustomerFieldDefinitionFields
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
