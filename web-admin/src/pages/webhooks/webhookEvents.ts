// The events an endpoint can subscribe to, in the order the form lists them (`ping` needs no subscribing).
import type { WebhookEvent } from '../../graphql/integration'

export const SUBSCRIBABLE_EVENTS: readonly WebhookEvent[] = [
  'CALL_OFFERED',
  'CALL_ANSWERED',
  'CALL_ENDED',
  'AGENT_STATUS_CHANGED',
  'SUMMARY_SAVED',
  'CONTACT_PLAN_DUE',
]
