// Test calls on the switch simulator (A3, A5, A7): dial a company number and follow what the caller hears.
import { graphql } from './generated'
import type { TestCallFieldsFragment } from './generated/graphql'

export type {
  TestCallFieldsFragment as TestCallFields,
  TestCallNumberFragment as TestCallNumber,
} from './generated/graphql'

export type TestCallEntry = TestCallFieldsFragment['timeline'][number]

graphql(`
  fragment TestCallFields on TestCall {
    id
    phoneNumberId
    number
    callerNumber
    startedAt
    endedAt
    isLive
    endedBy
    connectedAgent {
      id
      name
    }
    timeline {
      at
      kind
      endedAt
      isInterrupted
      key
      number
      cause
      agent {
        id
        name
        agentNumber
      }
      prompt {
        kind
        systemPrompt
        name
        position
        key
        menu
        media
      }
    }
  }
`)

graphql(`
  fragment TestCallNumber on PhoneNumber {
    id
    number
    description
    scheduleId
    skillGroup {
      id
      name
    }
  }
`)

/** Whether the simulator runs, and the company's numbers (at most 100, more than a company here has). */
export const TestCallStartDocument = graphql(`
  query TestCallStart {
    isSwitchSimulated
    phoneNumbers(page: { limit: 100 }) {
      totalCount
      items {
        ...TestCallNumber
      }
    }
  }
`)

export const TestCallsDocument = graphql(`
  query TestCalls {
    testCalls {
      ...TestCallFields
    }
  }
`)

export const PlaceTestCallDocument = graphql(`
  mutation PlaceTestCall($input: PlaceTestCallInput!) {
    placeTestCall(input: $input) {
      ...TestCallFields
    }
  }
`)

export const PressTestCallKeysDocument = graphql(`
  mutation PressTestCallKeys($id: ID!, $keys: String!) {
    pressTestCallKeys(id: $id, keys: $keys) {
      id
    }
  }
`)

export const HangUpTestCallDocument = graphql(`
  mutation HangUpTestCall($id: ID!) {
    hangUpTestCall(id: $id) {
      ...TestCallFields
    }
  }
`)

export const TestCallChangedDocument = graphql(`
  subscription TestCallChanged($id: ID!) {
    testCallChanged(id: $id) {
      ...TestCallFields
    }
  }
`)
