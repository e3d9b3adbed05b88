// API keys (X5), webhooks (issue 16) and the audit log of changes.
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

export type {
  WebhookEndpointRowFragment as WebhookEndpointRow,
  WebhookDeliveryRowFragment as WebhookDeliveryRow,
  WebhookEvent,
  WebhookDeliveryStatus,
} from './generated/graphql'

graphql(`
  fragment WebhookEndpointRow on WebhookEndpoint {
    id
    url
    description
    events
    enabled
    disabledReason
    disabledAt
    failingSince
    createdAt
  }
`)

graphql(`
  fragment WebhookDeliveryRow on WebhookDelivery {
    id
    eventType
    occurredAt
    status
    attemptCount
    lastStatusCode
    nextAttemptDue
    deliveredAt
    body
    attempts {
      at
      statusCode
      error
      durationMs
    }
  }
`)

export const WebhookEndpointsDocument = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      ...WebhookEndpointRow
    }
  }
`)

export const CreateWebhookEndpointDocument = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...WebhookEndpointRow
      }
    }
  }
`)

export const UpdateWebhookEndpointDocument = graphql(`
  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(id: $id, input: $input) {
      ...WebhookEndpointRow
    }
  }
`)

export const RotateWebhookSecretDocument = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
    }
  }
`)

export const DeleteWebhookEndpointDocument = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`)

export const PingWebhookEndpointDocument = graphql(`
  mutation PingWebhookEndpoint($id: ID!) {
    pingWebhookEndpoint(id: $id) {
      id
    }
  }
`)

export const WebhookDeliveriesDocument = graphql(`
  query WebhookDeliveries($filter: WebhookDeliveryFilterInput!, $page: PageInput) {
    webhookDeliveries(filter: $filter, page: $page) {
      totalCount
      items {
        ...WebhookDeliveryRow
      }
    }
  }
`)

export const ReplayWebhookDeliveryDocument = graphql(`
  mutation ReplayWebhookDelivery($id: ID!) {
    replayWebhookDelivery(id: $id) {
      ...WebhookDeliveryRow
    }
  }
`)
