// G7 in the workstation: the agent's outbound task items, opening (locking) one, dialling it with the
// task's caller ID and recording its follow-up result.
import { graphql } from './generated'

export type {
  MyTaskItemFieldsFragment as MyTaskItem,
  TaskForAgentFieldsFragment as TaskForAgent,
  TaskItemFilter,
} from './generated/graphql'

graphql(`
  fragment MyTaskItemFields on TaskItem {
    id
    taskId
    taskName
    phoneNumber
    customFields
    status
    followUpResult
    notes
    nextContactAt
  }
`)

graphql(`
  fragment TaskForAgentFields on OutboundTask {
    id
    name
    script
    customFieldIds
    followUpResults {
      value
      labelZh
      labelEn
    }
  }
`)

export const MyTaskItemsDocument = graphql(`
  query MyTaskItems($filter: TaskItemFilter, $page: PageInput) {
    myTaskItems(filter: $filter, page: $page) {
      totalCount
      items {
        ...MyTaskItemFields
      }
    }
  }
`)

export const TasksForAgentDocument = graphql(`
  query TasksForAgent($page: PageInput) {
    outboundTasks(page: $page) {
      items {
        ...TaskForAgentFields
      }
    }
  }
`)

export const TaskFieldDefinitionsDocument = graphql(`
  query TaskFieldDefinitions {
    customFieldDefinitions(entity: OUTBOUND_TASK) {
      ...CustomerFieldDefinitionFields
    }
  }
`)

export const OpenTaskItemDocument = graphql(`
  mutation OpenTaskItem($id: ID!) {
    openTaskItem(id: $id) {
      ...MyTaskItemFields
    }
  }
`)

export const ReleaseTaskItemDocument = graphql(`
  mutation ReleaseTaskItem($id: ID!) {
    releaseTaskItem(id: $id) {
      id
    }
  }
`)

export const DialTaskItemDocument = graphql(`
  mutation DialTaskItem($id: ID!, $idempotencyKey: String!) {
    dialTaskItem(id: $id, idempotencyKey: $idempotencyKey) {
      callId
    }
  }
`)

export const RecordTaskItemResultDocument = graphql(`
  mutation RecordTaskItemResult($id: ID!, $input: RecordTaskItemResultInput!) {
    recordTaskItemResult(id: $id, input: $input) {
      ...MyTaskItemFields
    }
  }
`)
