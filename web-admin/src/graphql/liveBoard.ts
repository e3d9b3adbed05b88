// The supervisor's live board (A8, X3): agent and queue states, their live changes, and what a supervisor does to a call.
import { graphql } from './generated'

export type {
  AgentStatus,
  MonitorMode,
  StatusCause,
  LiveAgentStateFragment as LiveAgentState,
  LiveQueueStateFragment as LiveQueueState,
  LiveCallsSnapshotFragment as LiveCallsSnapshot,
  LiveCallStage,
  StatusHistoryRowFragment as StatusHistoryRow,
} from './generated/graphql'

// The snapshot, the subscription and force sign-out return the same shape, so each replaces a row in place.
graphql(`
  fragment LiveAgentState on AgentState {
    userId
    status
    reasonId
    since
    cause
  }
`)

graphql(`
  fragment LiveQueueState on QueueState {
    skillGroupId
    name
    waiting
    offering
    callbacks
    longestWaitSeconds
    idleAgents
  }
`)

graphql(`
  fragment StatusHistoryRow on AgentStatusChange {
    status
    previousStatus
    reasonId
    cause
    detail
    at
  }
`)

// The query and the subscription answer the same snapshot: the whole visible list, read at one moment.
graphql(`
  fragment LiveCallsSnapshot on LiveCalls {
    readAt
    calls {
      callId
      direction
      callerNumber
      dialledNumber
      stage
      startedAt
      stageSince
      skillGroupId
      skillGroupName
      agentId
      agentName
      agentNumber
      organization
    }
  }
`)

export const LiveBoardDocument = graphql(`
  query LiveBoard {
    agentStates {
      ...LiveAgentState
    }
    queueStates {
      ...LiveQueueState
    }
    notReadyReasons {
      id
      name
    }
    liveCalls {
      ...LiveCallsSnapshot
    }
  }
`)

/** Names and agent numbers for the board's rows, 100 at a time (the most a page holds). */
export const LiveBoardAgentsDocument = graphql(`
  query LiveBoardAgents($page: PageInput) {
    agents(page: $page) {
      totalCount
      items {
        id
        name
        agentNumber
      }
    }
  }
`)

export const AgentStateChangedDocument = graphql(`
  subscription AgentStateChanged {
    agentStateChanged {
      ...LiveAgentState
    }
  }
`)

export const QueueStatesChangedDocument = graphql(`
  subscription QueueStatesChanged {
    queueStatesChanged {
      ...LiveQueueState
    }
  }
`)

export const LiveCallsChangedDocument = graphql(`
  subscription LiveCallsChanged {
    liveCallsChanged {
      ...LiveCallsSnapshot
    }
  }
`)

export const ForceHangUpCallDocument = graphql(`
  mutation ForceHangUpCall($callId: ID!) {
    forceHangUpCall(callId: $callId) {
      callId
    }
  }
`)

export const MonitorCallDocument = graphql(`
  mutation MonitorCall($agentId: ID!, $mode: MonitorMode!, $idempotencyKey: String!) {
    monitorCall(agentId: $agentId, mode: $mode, idempotencyKey: $idempotencyKey) {
      callId
    }
  }
`)

export const ForceSignOutDocument = graphql(`
  mutation ForceSignOut($agentId: ID!) {
    forceSignOut(agentId: $agentId) {
      ...LiveAgentState
    }
  }
`)

export const AgentStatusHistoryDocument = graphql(`
  query AgentStatusHistory($agentId: ID!, $page: PageInput) {
    agentStatusHistory(agentId: $agentId, page: $page) {
      totalCount
      items {
        ...StatusHistoryRow
      }
    }
  }
`)
