// G5 in the workstation: the reminder feed, scheduling a callback and finding the customer to schedule it for.
import { graphql } from './generated'

export type { MyContactPlanDueSubscription } from './generated/graphql'

export const MyContactPlanDueDocument = graphql(`
  subscription MyContactPlanDue {
    myContactPlanDue {
      id
      customerName
      phoneNumber
      dueAt
      purpose
    }
  }
`)

export const OverdueContactPlansDocument = graphql(`
  query OverdueContactPlans($ownerId: ID!) {
    contactPlans(filter: { status: OVERDUE, ownerId: $ownerId }, page: { limit: 1 }) {
      totalCount
    }
  }
`)

export const CreateContactPlanDocument = graphql(`
  mutation CreateContactPlan($input: CreateContactPlanInput!) {
    createContactPlan(input: $input) {
      id
    }
  }
`)

export const CustomerByNumberDocument = graphql(`
  query CustomerByNumber($number: String!) {
    customers(filter: { number: $number }, page: { limit: 1 }) {
      items {
        id
        name
        phoneNumbers
      }
    }
  }
`)
