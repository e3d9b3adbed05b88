// Call distribution settings: call handling (G3, X6), not-ready reasons (G3), numbers and skill group routing (A3).
import { graphql } from './generated'
import type { SkillGroupOptionsQuery } from './generated/graphql'

export type {
  AcdSettingsFormFragment as AcdSettingsForm,
  NotReadyReasonRowFragment as NotReadyReasonRow,
  PhoneNumberRowFragment as PhoneNumberRow,
  PhoneNumberRouteFragment as PhoneNumberRoute,
  SkillGroupRoutingFragment as SkillGroupRouting,
} from './generated/graphql'

export type SkillGroupOption = SkillGroupOptionsQuery['skillGroups']['items'][number]

graphql(`
  fragment AcdSettingsForm on AcdSettings {
    afterCallWorkSeconds
    ringTimeoutSeconds
    maxMissedOffers
    heartbeatTimeoutSeconds
    announcePosition
    announceIntervalSeconds
    callbackEnabled
    callbackKey
    recordingEnabled
    outboundRecordingEnabled
    recordingRetentionDays
    isRecordingStereo
    appealWindowDays
    outboundSurveyEnabled
    surveyScale
    surveyLabels {
      zh
      en
    }
    requireSummaryBeforeReady
    outboundCallerId
    homeRegion
    allowInternational
    allowPremiumRate
    maxConcurrentOutbound
    maxOutboundPerSecond
    updatedAt
  }
`)

graphql(`
  fragment NotReadyReasonRow on NotReadyReason {
    id
    name
    kind
    code
    sortOrder
  }
`)

graphql(`
  fragment PhoneNumberRow on PhoneNumber {
    id
    number
    description
    skillGroupId
    skillGroup {
      id
      name
    }
    scheduleId
    createdAt
  }
`)

// Where each number's calls go, for the numbers list only: kept small, since a page of 100 rows must stay
// under the API's query cost limit.
graphql(`
  fragment PhoneNumberRoute on PhoneNumber {
    ...PhoneNumberRow
    schedule {
      name
      flow {
        name
      }
      holidayToday {
        name
        flow {
          name
        }
      }
    }
  }
`)

graphql(`
  fragment SkillGroupRouting on SkillGroup {
    strategy
    maxWaitSeconds
    maxQueueLength
    overflowAction
    overflowSkillGroupId
    isPostCallSurveyEnabled
    isRecordingEnabled
  }
`)

export const AcdSettingsDocument = graphql(`
  query AcdSettings {
    acdSettings {
      ...AcdSettingsForm
    }
  }
`)

export const UpdateAcdSettingsDocument = graphql(`
  mutation UpdateAcdSettings($input: UpdateAcdSettingsInput!) {
    updateAcdSettings(input: $input) {
      ...AcdSettingsForm
    }
  }
`)

export const NotReadyReasonsDocument = graphql(`
  query NotReadyReasons {
    notReadyReasons {
      ...NotReadyReasonRow
    }
  }
`)

export const CreateNotReadyReasonDocument = graphql(`
  mutation CreateNotReadyReason($input: CreateNotReadyReasonInput!) {
    createNotReadyReason(input: $input) {
      ...NotReadyReasonRow
    }
  }
`)

export const UpdateNotReadyReasonDocument = graphql(`
  mutation UpdateNotReadyReason($id: ID!, $input: UpdateNotReadyReasonInput!) {
    updateNotReadyReason(id: $id, input: $input) {
      ...NotReadyReasonRow
    }
  }
`)

export const DeleteNotReadyReasonDocument = graphql(`
  mutation DeleteNotReadyReason($id: ID!) {
    deleteNotReadyReason(id: $id)
  }
`)

export const PhoneNumbersDocument = graphql(`
  query PhoneNumbers($page: PageInput) {
    phoneNumbers(page: $page) {
      totalCount
      items {
        ...PhoneNumberRow
      }
    }
  }
`)

export const PhoneNumberListDocument = graphql(`
  query PhoneNumberList($page: PageInput) {
    phoneNumbers(page: $page) {
      totalCount
      items {
        ...PhoneNumberRoute
      }
    }
  }
`)

export const AddPhoneNumberDocument = graphql(`
  mutation AddPhoneNumber($input: AddPhoneNumberInput!) {
    addPhoneNumber(input: $input) {
      ...PhoneNumberRow
    }
  }
`)

export const UpdatePhoneNumberDocument = graphql(`
  mutation UpdatePhoneNumber($id: ID!, $input: UpdatePhoneNumberInput!) {
    updatePhoneNumber(id: $id, input: $input) {
      ...PhoneNumberRow
    }
  }
`)

export const RemovePhoneNumberDocument = graphql(`
  mutation RemovePhoneNumber($id: ID!) {
    removePhoneNumber(id: $id)
  }
`)

/** Skill groups to choose from (a number's, an overflow target): names only, so 100 of them stay cheap. */
export const SkillGroupOptionsDocument = graphql(`
  query SkillGroupOptions {
    skillGroups(page: { offset: 0, limit: 100 }) {
      items {
        id
        name
        organization
      }
    }
  }
`)

export const UpdateSkillGroupRoutingDocument = graphql(`
  mutation UpdateSkillGroupRouting($id: ID!, $input: UpdateSkillGroupRoutingInput!) {
    updateSkillGroupRouting(id: $id, input: $input) {
      ...SkillGroupRow
    }
  }
`)
