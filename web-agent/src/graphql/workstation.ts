// The workstation's own operations (G2, G3): sign-in, status, the softphone's settings, call control.
import { graphql } from './generated'

export type {
  AgentStateFieldsFragment as AgentStateFields,
  SimulatedPhoneCallFieldsFragment as SimulatedPhoneCall,
  SoftphoneSettingsFragment as SoftphoneSettings,
} from './generated/graphql'

graphql(`
  fragment AgentStateFields on AgentState {
    status
    reasonId
    since
    cause
    notice
    offer {
      callId
      callerNumber
      skillGroupId
    }
    call {
      callId
      direction
      remoteNumber
    }
    afterCallWorkCallId
    isAwaitingSummary
    answeringMode
    phoneKind
  }
`)

graphql(`
  fragment SoftphoneSettings on Softphone {
    sipUri
    authUser
    password
    domain
    displayName
    websocketUrl
    iceServers {
      urls
      username
      credential
    }
  }
`)

graphql(`
  fragment SimulatedPhoneCallFields on SimulatedPhoneCall {
    legId
    state
    remoteNumber
    isAutoAnswer
  }
`)

export const WorkstationStartDocument = graphql(`
  query WorkstationStart {
    isPhoneSimulated
    myAgentState {
      ...AgentStateFields
    }
    notReadyReasons {
      id
      code
      name
      kind
    }
    acdSettings {
      afterCallWorkSeconds
      heartbeatTimeoutSeconds
    }
  }
`)

export const MySoftphoneDocument = graphql(`
  query MySoftphone {
    mySoftphone {
      ...SoftphoneSettings
    }
  }
`)

export const TransferTargetsDocument = graphql(`
  query TransferTargets {
    skillGroups(page: { limit: 100 }) {
      items {
        id
        name
      }
    }
    transferableAgents {
      id
      name
      agentNumber
      status
    }
  }
`)

export const MyAgentStateChangedDocument = graphql(`
  subscription MyAgentStateChanged {
    myAgentStateChanged {
      ...AgentStateFields
    }
  }
`)

export const SignInWorkstationDocument = graphql(`
  mutation SignInWorkstation($input: WorkstationSignInInput!) {
    signInWorkstation(input: $input) {
      ...AgentStateFields
    }
  }
`)

export const SignOutWorkstationDocument = graphql(`
  mutation SignOutWorkstation {
    signOutWorkstation {
      ...AgentStateFields
    }
  }
`)

export const WorkstationHeartbeatDocument = graphql(`
  mutation WorkstationHeartbeat {
    workstationHeartbeat {
      ...AgentStateFields
    }
  }
`)

export const SetMyStatusDocument = graphql(`
  mutation SetMyStatus($status: ChosenStatus!, $reasonId: ID) {
    setMyStatus(status: $status, reasonId: $reasonId) {
      ...AgentStateFields
    }
  }
`)

export const DialOutDocument = graphql(`
  mutation DialOut($number: String!, $idempotencyKey: String!, $planId: ID) {
    dialOut(number: $number, idempotencyKey: $idempotencyKey, planId: $planId) {
      callId
    }
  }
`)

export const AnswerCallDocument = graphql(`
  mutation AnswerCall($idempotencyKey: String!) {
    answerCall(idempotencyKey: $idempotencyKey) {
      callId
    }
  }
`)

export const HoldCallDocument = graphql(`
  mutation HoldCall($on: Boolean!, $idempotencyKey: String!) {
    holdCall(on: $on, idempotencyKey: $idempotencyKey) {
      callId
    }
  }
`)

export const MuteCallDocument = graphql(`
  mutation MuteCall($on: Boolean!, $idempotencyKey: String!) {
    muteCall(on: $on, idempotencyKey: $idempotencyKey) {
      callId
    }
  }
`)

export const HangUpCallDocument = graphql(`
  mutation HangUpCall($idempotencyKey: String!) {
    hangUpCall(idempotencyKey: $idempotencyKey) {
      callId
    }
  }
`)

export const TransferToSurveyDocument = graphql(`
  mutation TransferToSurvey($idempotencyKey: String!) {
    transferToSurvey(idempotencyKey: $idempotencyKey) {
      callId
    }
  }
`)

export const ReconnectCallDocument = graphql(`
  mutation ReconnectCall($idempotencyKey: String!) {
    reconnectCall(idempotencyKey: $idempotencyKey) {
      callId
    }
  }
`)

export const TransferCallDocument = graphql(`
  mutation TransferCall($target: TransferTargetInput!, $idempotencyKey: String!) {
    transferCall(target: $target, idempotencyKey: $idempotencyKey) {
      callId
    }
  }
`)

export const ConsultCallDocument = graphql(`
  mutation ConsultCall($target: TransferTargetInput!, $idempotencyKey: String!) {
    consultCall(target: $target, idempotencyKey: $idempotencyKey) {
      callId
    }
  }
`)

export const CompleteConsultationDocument = graphql(`
  mutation CompleteConsultation($idempotencyKey: String!) {
    completeConsultation(idempotencyKey: $idempotencyKey) {
      callId
    }
  }
`)

export const CancelConsultationDocument = graphql(`
  mutation CancelConsultation($idempotencyKey: String!) {
    cancelConsultation(idempotencyKey: $idempotencyKey) {
      callId
    }
  }
`)

// The phone of a workstation on the switch simulator (no FreeSWITCH): see phone/simulatedPhone.ts.

export const RegisterSimulatedPhoneDocument = graphql(`
  mutation RegisterSimulatedPhone {
    registerSimulatedPhone {
      expiresSeconds
      ringing {
        ...SimulatedPhoneCallFields
      }
    }
  }
`)

export const UnregisterSimulatedPhoneDocument = graphql(`
  mutation UnregisterSimulatedPhone {
    unregisterSimulatedPhone
  }
`)

export const AnswerSimulatedCallDocument = graphql(`
  mutation AnswerSimulatedCall($legId: ID) {
    answerSimulatedCall(legId: $legId) {
      legId
    }
  }
`)

export const HangUpSimulatedCallDocument = graphql(`
  mutation HangUpSimulatedCall($legId: ID) {
    hangUpSimulatedCall(legId: $legId) {
      legId
    }
  }
`)

export const PressSimulatedCallKeysDocument = graphql(`
  mutation PressSimulatedCallKeys($keys: String!, $legId: ID) {
    pressSimulatedCallKeys(keys: $keys, legId: $legId) {
      legId
    }
  }
`)

export const MySimulatedPhoneCallsDocument = graphql(`
  subscription MySimulatedPhoneCalls {
    mySimulatedPhoneCalls {
      ...SimulatedPhoneCallFields
    }
  }
`)
