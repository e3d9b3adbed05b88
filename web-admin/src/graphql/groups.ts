// Inbound and telesales groups (A2) and phone skill groups (A3).
import { graphql } from './generated'

export type {
  GroupRowFragment as GroupRow,
  SkillGroupRowFragment as SkillGroupRow,
} from './generated/graphql'

graphql(`
  fragment GroupRow on AgentGroup {
    id
    name
    organization
    leaderId
    leader {
      id
      name
    }
    members {
      id
      name
      agentNumber
    }
  }
`)

graphql(`
  fragment SkillGroupRow on SkillGroup {
    id
    name
    description
    organization
    ...SkillGroupRouting
    members {
      userId
      priority
      agent {
        id
        name
        agentNumber
      }
    }
  }
`)

export const GroupsDocument = graphql(`
  query Groups($filter: GroupFilter, $page: PageInput) {
    groups(filter: $filter, page: $page) {
      totalCount
      items {
        ...GroupRow
      }
    }
  }
`)

export const CreateGroupDocument = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupRow
    }
  }
`)

export const UpdateGroupDocument = graphql(`
  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {
    updateGroup(id: $id, input: $input) {
      ...GroupRow
    }
  }
`)

export const AddGroupMembersDocument = graphql(`
  mutation AddGroupMembers($id: ID!, $userIds: [ID!]!) {
    addGroupMembers(id: $id, userIds: $userIds) {
      ...GroupRow
    }
  }
`)

export const RemoveGroupMembersDocument = graphql(`
  mutation RemoveGroupMembers($id: ID!, $userIds: [ID!]!) {
    removeGroupMembers(id: $id, userIds: $userIds) {
      ...GroupRow
    }
  }
`)

export const DeleteGroupDocument = graphql(`
  mutation DeleteGroup($id: ID!) {
    deleteGroup(id: $id)
  }
`)

export const SkillGroupsDocument = graphql(`
  query SkillGroups($filter: GroupFilter, $page: PageInput) {
    skillGroups(filter: $filter, page: $page) {
      totalCount
      items {
        ...SkillGroupRow
      }
    }
  }
`)

export const CreateSkillGroupDocument = graphql(`
  mutation CreateSkillGroup($input: CreateSkillGroupInput!) {
    createSkillGroup(input: $input) {
      ...SkillGroupRow
    }
  }
`)

export const UpdateSkillGroupDocument = graphql(`
  mutation UpdateSkillGroup($id: ID!, $input: UpdateSkillGroupInput!) {
    updateSkillGroup(id: $id, input: $input) {
      ...SkillGroupRow
    }
  }
`)

export const DeleteSkillGroupDocument = graphql(`
  mutation DeleteSkillGroup($id: ID!) {
    deleteSkillGroup(id: $id)
  }
`)

export const SetSkillGroupMemberDocument = graphql(`
  mutation SetSkillGroupMember($id: ID!, $userId: ID!, $priority: Int!) {
    setSkillGroupMember(id: $id, userId: $userId, priority: $priority) {
      ...SkillGroupRow
    }
  }
`)

export const RemoveSkillGroupMemberDocument = graphql(`
  mutation RemoveSkillGroupMember($id: ID!, $userId: ID!) {
    removeSkillGroupMember(id: $id, userId: $userId) {
      ...SkillGroupRow
    }
  }
`)
