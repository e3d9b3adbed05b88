// The audit log's filter bar as the `auditLog(filter:)` argument; empty choices are left out.
import type { AuditLogFilter } from '../../graphql/generated/graphql'

export const ENTITY_TYPES = [
  'TENANT',
  'USER',
  'GROUP',
  'SKILL_GROUP',
  'API_KEY',
  'WEBHOOK',
  'ACD_SETTINGS',
  'NOT_READY_REASON',
  'PHONE_NUMBER',
  'VOICE_PROMPT',
  'SYSTEM_PROMPT',
  'IVR_FLOW',
  'IVR_SCHEDULE',
  'IVR_HOLIDAY',
  'CUSTOM_FIELD',
  'CUSTOMER',
  'SCREEN_POP_SETTINGS',
  'SUMMARY_CATEGORY',
  'CONTACT_PLAN',
  'CALL',
  'OUTBOUND_TASK',
  'DO_NOT_CALL',
  'TASK_ITEM',
  'RECORDINGS',
] as const

/** The actions the API records (worded by i18n `audit.actions.<ACTION>`), offered by the filter. */
export const AUDIT_ACTIONS = [
  'TENANT_UPDATED',
  'AGENT_CREATED',
  'AGENT_UPDATED',
  'AGENT_PHONE_UPDATED',
  'AGENT_DISABLED',
  'AGENT_ENABLED',
  'AGENT_DELETED',
  'AGENT_INVITATION_RESENT',
  'AGENT_PASSWORD_RESET',
  'AGENT_SIGN_IN_UNLOCKED',
  'SIP_PASSWORD_VIEWED',
  'SIP_PASSWORD_REGENERATED',
  'GROUP_CREATED',
  'GROUP_UPDATED',
  'GROUP_DELETED',
  'GROUP_MEMBERS_ADDED',
  'GROUP_MEMBERS_REMOVED',
  'SKILL_GROUP_CREATED',
  'SKILL_GROUP_UPDATED',
  'SKILL_GROUP_DELETED',
  'SKILL_GROUP_MEMBER_SET',
  'SKILL_GROUP_MEMBER_REMOVED',
  'SKILL_GROUP_ROUTING_UPDATED',
  'ACD_SETTINGS_UPDATED',
  'NOT_READY_REASON_CREATED',
  'NOT_READY_REASON_UPDATED',
  'NOT_READY_REASON_DELETED',
  'PHONE_NUMBER_ADDED',
  'PHONE_NUMBER_UPDATED',
  'PHONE_NUMBER_REMOVED',
  'API_KEY_CREATED',
  'API_KEY_REVOKED',
  'WEBHOOK_CREATED',
  'WEBHOOK_UPDATED',
  'WEBHOOK_SECRET_ROTATED',
  'WEBHOOK_DELETED',
  'VOICE_PROMPT_ADDED',
  'VOICE_PROMPT_AUDIO_REPLACED',
  'VOICE_PROMPT_REVIEWED',
  'VOICE_PROMPT_DELETED',
  'SYSTEM_PROMPT_UPDATED',
  'IVR_FLOW_CREATED',
  'IVR_FLOW_UPDATED',
  'IVR_FLOW_DRAFT_SAVED',
  'IVR_FLOW_PUBLISHED',
  'IVR_FLOW_DELETED',
  'IVR_SCHEDULE_CREATED',
  'IVR_SCHEDULE_UPDATED',
  'IVR_SCHEDULE_DELETED',
  'IVR_HOLIDAY_CREATED',
  'IVR_HOLIDAY_UPDATED',
  'IVR_HOLIDAY_DELETED',
  'CUSTOM_FIELD_CREATED',
  'CUSTOM_FIELD_UPDATED',
  'CUSTOM_FIELD_DELETED',
  'CUSTOMER_DELETED',
  'CUSTOMERS_MERGED',
  'SCREEN_POP_SETTINGS_UPDATED',
  'SUMMARY_CATEGORY_CREATED',
  'SUMMARY_CATEGORY_UPDATED',
  'SUMMARY_CATEGORY_DELETED',
  'CONTACT_PLAN_CREATED',
  'CONTACT_PLAN_RESCHEDULED',
  'CONTACT_PLAN_COMPLETED',
  'CONTACT_PLAN_CANCELLED',
  'CALL_FORCE_HUNG_UP',
  'OUTBOUND_TASK_CREATED',
  'OUTBOUND_TASK_UPDATED',
  'OUTBOUND_TASK_ACTIVATED',
  'OUTBOUND_TASK_PAUSED',
  'OUTBOUND_TASK_RESUMED',
  'OUTBOUND_TASK_CLOSED',
  'DO_NOT_CALL_ADDED',
  'DO_NOT_CALL_REMOVED',
  'TASK_ITEM_RESULT_RECORDED',
  'RECORDINGS_REMOVED',
] as const

export interface AuditFilterForm {
  entityType: string | null
  actorId: string | null
  /** An action code; '' or null for any. */
  action: string | null
  /** [from, to] as the date picker gives them; `to` is exclusive on the server. */
  range: [Date, Date] | null
}

export function emptyAuditFilter(): AuditFilterForm {
  return { entityType: null, actorId: null, action: '', range: null }
}

export function toAuditFilter(form: AuditFilterForm): AuditLogFilter | undefined {
  const filter: AuditLogFilter = {}
  if (form.entityType) filter.entityType = form.entityType
  if (form.actorId) filter.actorId = form.actorId
  const action = (form.action ?? '').trim().toUpperCase()
  if (action) filter.action = action
  if (form.range) {
    filter.from = form.range[0].toISOString()
    filter.to = form.range[1].toISOString()
  }
  return Object.keys(filter).length > 0 ? filter : undefined
}
