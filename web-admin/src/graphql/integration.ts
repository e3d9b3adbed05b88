// API keys (X5) and the audit log of changes.
import { graphql } from './generated'

export type { ApiKeyRowFragment as ApiKeyRow } from './generated/graphql'

graphql(`
  fragment ApiKeyRow on ApiKey {
    id
    name
    role
    organization
    keyPrefix
    createdAt
    lastUsedAt
    revokedAt
  }
`)

export const ApiKeysDocument = graphql(`
  query ApiKeys($page: PageInput) {
    apiKeys(page: $page) {
      totalCount
      items {
        ...ApiKeyRow
      }
    }
  }
`)

export const CreateApiKeyDocument = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        ...ApiKeyRow
      }
    }
  }
`)

export const RevokeApiKeyDocument = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyRow
    }
  }
`)

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditLogFilter, $page: PageInput) {
    auditLog(filter: $filter, page: $page) {
      totalCount
      items {
        id
        at
        action
        entityType
        entityId
        actorKind
        actorId
        actorName
        organization
        before
        after
      }
    }
  }
`)
