// Outbound tasks (A12), their items and the leader's share-out (A13), the do-not-call list, and the
// statistics (A14).
import { graphql } from './generated'
import type { OutboundStatisticsQuery } from './generated/graphql'

export type {
  OutboundStatisticsInput,
  OutboundStatisticsQuery,
  DoNotCallRowFragment as DoNotCallRow,
  OutboundTaskRowFragment as OutboundTaskRow,
  TaskItemRowFragment as TaskItemRow,
} from './generated/graphql'

graphql(`
  fragment OutboundTaskRow on OutboundTask {
    id
    name
    description
    startsOn
    endsOn
    callerIdNumberId
    callerIdNumber
    customFieldIds
    script
    followUpResults {
      value
      labelZh
      labelEn
      isSuccess
    }
    agentIds
    skillGroupIds
    status
    dialing {
      mode
      callingWindows {
        start
        end
      }
      holidays
      retryAfterMinutes
      maxRetries
      dailyAttemptCap
    }
    createdAt
    itemCount
    dialledCount
    resultCount
  }
`)

graphql(`
  fragment TaskItemRow on TaskItem {
    id
    phoneNumber
    customFields
    assigneeAgentId
    assigneeSkillGroupId
    status
    followUpResult
    notes
    nextContactAt
    lockedBy
    dialRefusal
  }
`)

export const OutboundTasksDocument = graphql(`
  query OutboundTasks($page: PageInput) {
    outboundTasks(page: $page) {
      totalCount
      items {
        ...OutboundTaskRow
      }
    }
  }
`)

export const OutboundTaskDocument = graphql(`
  query OutboundTask($id: ID!) {
    outboundTask(id: $id) {
      ...OutboundTaskRow
    }
  }
`)

export const CreateOutboundTaskDocument = graphql(`
  mutation CreateOutboundTask($input: CreateOutboundTaskInput!) {
    createOutboundTask(input: $input) {
      ...OutboundTaskRow
    }
  }
`)

export const UpdateOutboundTaskDocument = graphql(`
  mutation UpdateOutboundTask($id: ID!, $input: UpdateOutboundTaskInput!) {
    updateOutboundTask(id: $id, input: $input) {
      ...OutboundTaskRow
    }
  }
`)

export const ActivateOutboundTaskDocument = graphql(`
  mutation ActivateOutboundTask($id: ID!) {
    activateOutboundTask(id: $id) {
      ...OutboundTaskRow
    }
  }
`)

export const PauseOutboundTaskDocument = graphql(`
  mutation PauseOutboundTask($id: ID!) {
    pauseOutboundTask(id: $id) {
      ...OutboundTaskRow
    }
  }
`)

export const ResumeOutboundTaskDocument = graphql(`
  mutation ResumeOutboundTask($id: ID!) {
    resumeOutboundTask(id: $id) {
      ...OutboundTaskRow
    }
  }
`)

export const CloseOutboundTaskDocument = graphql(`
  mutation CloseOutboundTask($id: ID!) {
    closeOutboundTask(id: $id) {
      ...OutboundTaskRow
    }
  }
`)

export const TaskItemsDocument = graphql(`
  query TaskItems($taskId: ID!, $filter: TaskItemFilter, $page: PageInput) {
    taskItems(taskId: $taskId, filter: $filter, page: $page) {
      totalCount
      items {
        ...TaskItemRow
      }
    }
  }
`)

export const AddTaskItemDocument = graphql(`
  mutation AddTaskItem($taskId: ID!, $input: AddTaskItemInput!) {
    addTaskItem(taskId: $taskId, input: $input) {
      ...TaskItemRow
    }
  }
`)

export const DistributeTaskItemsDocument = graphql(`
  mutation DistributeTaskItems($input: DistributeTaskItemsInput!) {
    distributeTaskItems(input: $input)
  }
`)

export const TakeBackTaskItemsDocument = graphql(`
  mutation TakeBackTaskItems($taskId: ID!, $skillGroupId: ID!, $itemIds: [ID!]!) {
    takeBackTaskItems(taskId: $taskId, skillGroupId: $skillGroupId, itemIds: $itemIds)
  }
`)

graphql(`
  fragment DoNotCallRow on DoNotCallEntry {
    id
    phoneNumber
    reason
    source
    createdByName
    createdAt
  }
`)

export const DoNotCallListDocument = graphql(`
  query DoNotCallList($search: String, $page: PageInput) {
    doNotCallList(search: $search, page: $page) {
      totalCount
      items {
        ...DoNotCallRow
      }
    }
  }
`)

export const AddDoNotCallDocument = graphql(`
  mutation AddDoNotCall($input: AddDoNotCallInput!) {
    addDoNotCall(input: $input) {
      ...DoNotCallRow
    }
  }
`)

export const RemoveDoNotCallDocument = graphql(`
  mutation RemoveDoNotCall($id: ID!, $reason: String!) {
    removeDoNotCall(id: $id, reason: $reason)
  }
`)

/** The telesales skill groups a task may be given, with their members for the leader's share-out. */
export const TaskSkillGroupOptionsDocument = graphql(`
  query TaskSkillGroupOptions {
    skillGroups(filter: { organization: TELESALES }, page: { offset: 0, limit: 100 }) {
      items {
        id
        name
        members {
          userId
        }
      }
    }
  }
`)

export type OutboundStatistics = OutboundStatisticsQuery['outboundStatistics']
export type OutboundTaskStatistics = OutboundStatistics['tasks'][number]
export type AgentWorkloadDay = OutboundStatistics['workload'][number]

/** A14: per task and per agent and day over a period. */
export const OutboundStatisticsDocument = graphql(`
  query OutboundStatistics($input: OutboundStatisticsInput!) {
    outboundStatistics(input: $input) {
      from
      to
      timeZone
      tasks {
        taskId
        taskName
        status
        itemCount
        dialledItems
        connectedItems
        calls
        connectedCalls
        talkSeconds
        successItems
        connectRate
        conversionRate
        results {
          value
          labelZh
          labelEn
          isSuccess
          itemCount
        }
      }
      workload {
        day
        agentId
        agentName
        calls
        connectedCalls
        talkSeconds
        results
        successes
      }
    }
  }
`)
