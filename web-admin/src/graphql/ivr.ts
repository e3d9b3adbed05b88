// IVR flows with their versions, daily schedules, holidays and the "what happens now" check (A7).
import { graphql } from './generated'
import type { IvrFlowOptionsQuery, IvrPromptOptionsQuery } from './generated/graphql'

export type {
  CallRoutingAnswerFragment as CallRoutingAnswer,
  IvrFlowRowFragment as IvrFlowRow,
  IvrFlowVersionDetailFragment as IvrFlowVersionDetail,
  IvrFlowVersionRowFragment as IvrFlowVersionRow,
  IvrHolidayRowFragment as IvrHolidayRow,
  IvrScheduleRowFragment as IvrScheduleRow,
} from './generated/graphql'

export type IvrFlowOption = IvrFlowOptionsQuery['ivrFlows']['items'][number]
export type PromptOption = IvrPromptOptionsQuery['voicePrompts']['items'][number]

graphql(`
  fragment IvrFlowRow on IvrFlow {
    id
    name
    description
    updatedAt
    usedBy {
      kind
      id
      name
    }
    liveVersion {
      id
      version
      publishedAt
    }
    draft {
      id
      version
      savedAt
    }
  }
`)

graphql(`
  fragment IvrFlowVersionRow on IvrFlowVersion {
    id
    version
    status
    savedAt
    savedBy
    publishedAt
    publishedBy
  }
`)

graphql(`
  fragment IvrFlowVersionDetail on IvrFlowVersion {
    ...IvrFlowVersionRow
    definition {
      rootMenuId
      menus {
        id
        name
        promptId
        digitTimeoutSeconds
        maxRetries
        wrongKeyPromptId
        keys {
          key
          action
          subMenuId
          skillGroupId
          agentId
          number
          promptId
        }
      }
    }
  }
`)

graphql(`
  fragment IvrScheduleRow on IvrSchedule {
    id
    name
    flowId
    flow {
      id
      name
      liveVersion {
        id
        version
      }
    }
    days {
      weekday
      ranges {
        start
        end
      }
    }
    phoneNumbers {
      id
      number
    }
    updatedAt
  }
`)

graphql(`
  fragment IvrHolidayRow on IvrHoliday {
    id
    name
    startDate
    endDate
    scheduleId
    action
    flowId
    closedPromptId
  }
`)

graphql(`
  fragment CallRoutingAnswer on CallRoutingPreview {
    at
    timeZone
    localTime
    rule
    reason
    number {
      id
      number
    }
    schedule {
      id
      name
    }
    holiday {
      id
      name
      startDate
      endDate
    }
    serviceHours {
      weekday
      range {
        start
        end
      }
    }
    flow {
      id
      name
    }
    flowVersion {
      id
      version
      publishedAt
    }
    skillGroupId
    closedPromptId
  }
`)

export const IvrFlowsDocument = graphql(`
  query IvrFlows($page: PageInput) {
    ivrFlows(page: $page) {
      totalCount
      items {
        ...IvrFlowRow
      }
    }
  }
`)

/** Flows for the schedule and holiday pickers: at most 100, more than a company of this product's size has. */
export const IvrFlowOptionsDocument = graphql(`
  query IvrFlowOptions {
    ivrFlows(page: { offset: 0, limit: 100 }) {
      items {
        id
        name
        liveVersion {
          id
          version
        }
      }
    }
  }
`)

export const IvrFlowEditorDocument = graphql(`
  query IvrFlowEditor($id: ID!) {
    ivrFlow(id: $id) {
      ...IvrFlowRow
      liveVersion {
        ...IvrFlowVersionDetail
      }
      draft {
        ...IvrFlowVersionDetail
      }
    }
  }
`)

export const IvrFlowVersionsDocument = graphql(`
  query IvrFlowVersions($id: ID!, $page: PageInput) {
    ivrFlow(id: $id) {
      id
      versions(page: $page) {
        totalCount
        items {
          ...IvrFlowVersionRow
        }
      }
    }
  }
`)

export const IvrFlowVersionDocument = graphql(`
  query IvrFlowVersion($id: ID!) {
    ivrFlowVersion(id: $id) {
      ...IvrFlowVersionDetail
    }
  }
`)

export const CreateIvrFlowDocument = graphql(`
  mutation CreateIvrFlow($input: CreateIvrFlowInput!) {
    createIvrFlow(input: $input) {
      ...IvrFlowRow
    }
  }
`)

export const UpdateIvrFlowDocument = graphql(`
  mutation UpdateIvrFlow($id: ID!, $input: UpdateIvrFlowInput!) {
    updateIvrFlow(id: $id, input: $input) {
      ...IvrFlowRow
    }
  }
`)

export const DeleteIvrFlowDocument = graphql(`
  mutation DeleteIvrFlow($id: ID!) {
    deleteIvrFlow(id: $id)
  }
`)

export const SaveIvrFlowDraftDocument = graphql(`
  mutation SaveIvrFlowDraft($id: ID!, $definition: IvrFlowDefinitionInput!) {
    saveIvrFlowDraft(id: $id, definition: $definition) {
      ...IvrFlowVersionDetail
    }
  }
`)

export const PublishIvrFlowDocument = graphql(`
  mutation PublishIvrFlow($id: ID!) {
    publishIvrFlow(id: $id) {
      ...IvrFlowVersionRow
    }
  }
`)

export const RestoreIvrFlowVersionDocument = graphql(`
  mutation RestoreIvrFlowVersion($versionId: ID!) {
    restoreIvrFlowVersion(versionId: $versionId) {
      ...IvrFlowVersionDetail
    }
  }
`)

export const DiscardIvrFlowDraftDocument = graphql(`
  mutation DiscardIvrFlowDraft($id: ID!) {
    discardIvrFlowDraft(id: $id)
  }
`)

/** Prompts calls can play, for the pickers: at most 100 (the API's page limit). */
export const IvrPromptOptionsDocument = graphql(`
  query IvrPromptOptions {
    voicePrompts(filter: { isUsable: true }, page: { offset: 0, limit: 100 }) {
      items {
        id
        name
        approvedAudioUrl
        approvedDurationMs
      }
    }
  }
`)

/** The company's people: agents for AGENT keys, names of who saved or published (at most 100, the page limit). */
export const IvrPeopleDocument = graphql(`
  query IvrPeople {
    agents(page: { offset: 0, limit: 100 }) {
      items {
        id
        name
        agentNumber
        status
      }
    }
  }
`)

export const IvrSchedulesDocument = graphql(`
  query IvrSchedules($page: PageInput) {
    ivrSchedules(page: $page) {
      totalCount
      items {
        ...IvrScheduleRow
      }
    }
  }
`)

/** Schedules for the number and holiday pickers: at most 100. */
export const IvrScheduleOptionsDocument = graphql(`
  query IvrScheduleOptions {
    ivrSchedules(page: { offset: 0, limit: 100 }) {
      items {
        id
        name
      }
    }
  }
`)

export const CreateIvrScheduleDocument = graphql(`
  mutation CreateIvrSchedule($input: IvrScheduleInput!) {
    createIvrSchedule(input: $input) {
      ...IvrScheduleRow
    }
  }
`)

export const UpdateIvrScheduleDocument = graphql(`
  mutation UpdateIvrSchedule($id: ID!, $input: UpdateIvrScheduleInput!) {
    updateIvrSchedule(id: $id, input: $input) {
      ...IvrScheduleRow
    }
  }
`)

export const DeleteIvrScheduleDocument = graphql(`
  mutation DeleteIvrSchedule($id: ID!) {
    deleteIvrSchedule(id: $id)
  }
`)

export const IvrHolidaysDocument = graphql(`
  query IvrHolidays($filter: IvrHolidayFilter, $page: PageInput) {
    ivrHolidays(filter: $filter, page: $page) {
      totalCount
      items {
        ...IvrHolidayRow
      }
    }
  }
`)

export const CreateIvrHolidayDocument = graphql(`
  mutation CreateIvrHoliday($input: IvrHolidayInput!) {
    createIvrHoliday(input: $input) {
      ...IvrHolidayRow
    }
  }
`)

export const UpdateIvrHolidayDocument = graphql(`
  mutation UpdateIvrHoliday($id: ID!, $input: UpdateIvrHolidayInput!) {
    updateIvrHoliday(id: $id, input: $input) {
      ...IvrHolidayRow
    }
  }
`)

export const DeleteIvrHolidayDocument = graphql(`
  mutation DeleteIvrHoliday($id: ID!) {
    deleteIvrHoliday(id: $id)
  }
`)

export const CallRoutingPreviewDocument = graphql(`
  query CallRoutingPreview($number: String!, $at: DateTimeISO) {
    callRoutingPreview(number: $number, at: $at) {
      ...CallRoutingAnswer
    }
  }
`)
