// Contact plans (G5, G6), listed and managed alike in the workstation (own plans) and the admin console.
import { graphql } from './generated'

export type {
  ContactPlanFilter,
  ContactPlanRowFragment as ContactPlanRow,
  ContactPlanStatus,
} from './generated/graphql'

graphql(`
  fragment ContactPlanRow on ContactPlan {
    id
    customerId
    customerName
    phoneNumber
    dueAt
    purpose
    notes
    status
    ownerId
    ownerName
    calls {
      callId
      startedAt
      talkSeconds
      recordingUrl
    }
  }
`)

export const ContactPlansDocument = graphql(`
  query ContactPlans($filter: ContactPlanFilter, $page: PageInput) {
    contactPlans(filter: $filter, page: $page) {
      totalCount
      items {
        ...ContactPlanRow
      }
    }
  }
`)

export const RescheduleContactPlanDocument = graphql(`
  mutation RescheduleContactPlan($id: ID!, $dueAt: DateTimeISO!) {
    rescheduleContactPlan(id: $id, dueAt: $dueAt) {
      ...ContactPlanRow
    }
  }
`)

export const CompleteContactPlanDocument = graphql(`
  mutation CompleteContactPlan($id: ID!) {
    completeContactPlan(id: $id) {
      ...ContactPlanRow
    }
  }
`)

export const CancelContactPlanDocument = graphql(`
  mutation CancelContactPlan($id: ID!) {
    cancelContactPlan(id: $id) {
      ...ContactPlanRow
    }
  }
`)
