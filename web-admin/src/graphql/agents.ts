// Team members (A2, A4): the list, one member's edits and access controls, and the CSV import.
import { graphql } from './generated'

export type { AgentRowFragment as AgentRow } from './generated/graphql'

// Declared for codegen only: the list and every mutation return the same row shape, so a row can be replaced in place.
graphql(`
  fragment AgentRow on User {
    id
    name
    email
    agentNumber
    role
    organization
    status
    mobile
    answeringMode
    mustChangePassword
    signInLockedUntil
    createdAt
    groups {
      id
      name
    }
  }
`)

export const AgentsDocument = graphql(`
  query Agents($filter: AgentFilter, $page: PageInput) {
    agents(filter: $filter, page: $page) {
      totalCount
      items {
        ...AgentRow
      }
    }
  }
`)

export const CreateAgentDocument = graphql(`
  mutation CreateAgent($input: CreateAgentInput!) {
    createAgent(input: $input) {
      emailDelivery
      outboxFolder
      agent {
        ...AgentRow
      }
    }
  }
`)

export const UpdateAgentDocument = graphql(`
  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) {
    updateAgent(id: $id, input: $input) {
      ...AgentRow
    }
  }
`)

export const UpdateAgentPhoneDocument = graphql(`
  mutation UpdateAgentPhone($id: ID!, $input: AgentPhoneInput!) {
    updateAgentPhone(id: $id, input: $input) {
      ...AgentRow
    }
  }
`)

export const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      emailDelivery
      outboxFolder
    }
  }
`)

export const ResetAgentPasswordDocument = graphql(`
  mutation ResetAgentPassword($id: ID!) {
    resetAgentPassword(id: $id) {
      emailDelivery
      outboxFolder
    }
  }
`)

export const DisableAgentDocument = graphql(`
  mutation DisableAgent($id: ID!) {
    disableAgent(id: $id) {
      id
    }
  }
`)

export const EnableAgentDocument = graphql(`
  mutation EnableAgent($id: ID!) {
    enableAgent(id: $id) {
      id
    }
  }
`)

export const UnlockAgentDocument = graphql(`
  mutation UnlockAgent($id: ID!) {
    unlockAgent(id: $id) {
      id
      signInLockedUntil
    }
  }
`)

export const DeleteAgentDocument = graphql(`
  mutation DeleteAgent($id: ID!) {
    deleteAgent(id: $id)
  }
`)

export const AgentSipCredentialsDocument = graphql(`
  query AgentSipCredentials($id: ID!) {
    agentSipCredentials(id: $id) {
      user
      password
      domain
    }
  }
`)

export const ImportAgentsDocument = graphql(`
  mutation ImportAgents($input: ImportAgentsInput!) {
    importAgents(input: $input) {
      isImported
      importedCount
      totalRows
      validRows
      emailDelivery
      outboxFolder
      problems {
        row
        column
        field
        code
        params
      }
    }
  }
`)
