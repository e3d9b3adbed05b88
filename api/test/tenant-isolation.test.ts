// Tenant isolation, proved twice: through the whole API with the ORM filter on, and again with it
// off so that PostgreSQL row-level security alone must hold. New modules add their operations here.
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import pg from 'pg'
import { getNamedType, isInputObjectType, type GraphQLArgument, type GraphQLInputType } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApiSchema } from '../src/graphql/schema.js'
import { PgCallStore } from '../src/modules/calls/call-record.store.js'
import { InProcessPubSub } from '../src/graphql/pubsub.js'
import { systemClock } from '../src/common/clock.js'
import { Database } from '../src/db/database.js'
import { entities, tenantOwnedEntities } from '../src/modules/index.js'
import { Distributor } from '../src/modules/acd/distributor.js'
import { PresenceService } from '../src/modules/acd/presence.service.js'
import { claimAgent, RoutingStrategy } from '../src/modules/acd/routing.store.js'
import type { SwitchControl } from '../src/modules/acd/switch-control.js'
import { Organization } from '../src/modules/identity/roles.js'
import { User } from '../src/modules/identity/user.entity.js'
import { Session } from '../src/modules/identity/session.entity.js'
import { Tenant } from '../src/modules/tenancy/tenant.entity.js'
import { startTestApi, type TestApi } from './api.js'
import { openSocket } from './graphql-ws.js'
import { saveCall } from './calls.js'
import { addAgent, addGroup, addSkillGroup, signupTenant, type TestTenant } from './factories.js'

interface VictimIds {
  sessionId: string
  callRecordId: string
  agentId: string
  /** Organisation module (A2, A3, X5): a member, a group, a skill group and an API key of the victim. */
  memberId: string
  groupId: string
  skillGroupId: string
  apiKeyId: string
  /** ACD configuration (G3, A3): a not-ready reason and a number of the victim. */
  notReadyReasonId: string
  phoneNumberId: string
  /** Voice library (A5, A6): an approved prompt of the victim. */
  voicePromptId: string
  /** IVR (A7): a published flow and its version, a schedule with a holiday. */
  ivrFlowId: string
  ivrFlowVersionId: string
  ivrScheduleId: string
  ivrHolidayId: string
  /** Test calls (A3) on the simulator: a live test call of the victim, whose caller leg is a live leg too. */
  testCallId: string
  /** Customers (G4): two customers and a custom field of the victim. */
  customerId: string
  otherCustomerId: string
  customFieldId: string
  /** Service summaries (G4): a category of the victim (its call is callRecordId). */
  summaryCategoryId: string
  /** Contact plans (G5): a plan of the victim's for their customer. */
  contactPlanId: string
  /** Webhooks (issue 16): an endpoint of the victim and one delivery to it. */
  webhookEndpointId: string
  webhookDeliveryId: string
  /** Quality inspection (A10): a scorecard of the victim and a pending inspection of an answered call. */
  qaScorecardId: string
  qaCriterionId: string
  qaInspectionId: string
  /** Outbound (A12, A13): a task of the victim, one of its items, and an entry of their do-not-call list. */
  outboundTaskId: string
  taskItemId: string
  doNotCallId: string
  /** Bulk import (A13): an uploaded, not yet started import of the victim's task. */
  listImportId: string
}

interface IdOperation {
  /** Root field name in the schema, e.g. `revokeSession`. */
  field: string
  /** Runs the operation as `attacker` against the victim's IDs; returns the GraphQL error code. */
  attempt(api: TestApi, attacker: TestTenant, victim: VictimIds): Promise<string | undefined>
}

/** One GraphQL call as the attacker; the error code it earns. */
function attemptWith(
  field: string,
  query: string,
  variables: (victim: VictimIds) => Record<string, unknown>,
) {
  return {
    field,
    async attempt(api: TestApi, attacker: TestTenant, victim: VictimIds) {
      const result = await api.graphql(query, variables(victim), { token: attacker.token })
      return result.errors?.[0]?.extensions?.code
    },
  }
}

/** A subscription taking an ID, over graphql-ws as clients run it: the code of the error it answers with. */
function subscriptionAttemptWith(
  field: string,
  query: string,
  variables: (victim: VictimIds) => Record<string, unknown>,
): IdOperation {
  return {
    field,
    async attempt(api: TestApi, attacker: TestTenant, victim: VictimIds) {
      const socket = await openSocket(api)
      try {
        socket.send({ type: 'connection_init', payload: { authToken: attacker.token } })
        await socket.nextMessage('connection_ack')
        socket.send({ id: field, type: 'subscribe', payload: { query, variables: variables(victim) } })
        const answer = await Promise.race([socket.nextMessage('next'), socket.nextMessage('error')])
        const errors = (
          answer.type === 'error' ? answer.payload : (answer.payload as { errors?: unknown }).errors
        ) as { extensions?: { code?: string } }[] | undefined
        return errors?.[0]?.extensions?.code
      } finally {
        socket.socket.close()
      }
    },
  }
}

const memberMutations = [
  'regenerateSipPassword',
  'resendInvitation',
  'resetAgentPassword',
  'disableAgent',
  'enableAgent',
  'unlockAgent',
].map((field) =>
  attemptWith(field, `mutation ($id: ID!) { ${field}(id: $id) { __typename } }`, (v) => ({ id: v.memberId })),
)

const organizationOperations: IdOperation[] = [
  attemptWith('agents', 'query ($id: ID!) { agents(filter: { groupId: $id }) { totalCount } }', (v) => ({
    id: v.groupId,
  })),
  attemptWith('agent', 'query ($id: ID!) { agent(id: $id) { id } }', (v) => ({ id: v.memberId })),
  attemptWith('agentSipCredentials', 'query ($id: ID!) { agentSipCredentials(id: $id) { user } }', (v) => ({
    id: v.memberId,
  })),
  attemptWith(
    'createAgent',
    'mutation ($g: ID!) { createAgent(input: { name: "X", email: "x-isolation@example.com", agentNumber: "X1", role: AGENT, organization: INBOUND, groupIds: [$g] }) { isEmailSent } }',
    (v) => ({ g: v.groupId }),
  ),
  attemptWith(
    'updateAgent',
    'mutation ($id: ID!) { updateAgent(id: $id, input: { name: "pwned" }) { id } }',
    (v) => ({
      id: v.memberId,
    }),
  ),
  attemptWith(
    'updateAgentPhone',
    'mutation ($id: ID!) { updateAgentPhone(id: $id, input: { mobile: "13800138000" }) { id } }',
    (v) => ({ id: v.memberId }),
  ),
  ...memberMutations,
  attemptWith('deleteAgent', 'mutation ($id: ID!) { deleteAgent(id: $id) }', (v) => ({ id: v.memberId })),
  attemptWith('group', 'query ($id: ID!) { group(id: $id) { id } }', (v) => ({ id: v.groupId })),
  attemptWith(
    'createGroup',
    'mutation ($l: ID!) { createGroup(input: { name: "X", organization: INBOUND, leaderId: $l }) { id } }',
    (v) => ({ l: v.memberId }),
  ),
  attemptWith(
    'updateGroup',
    'mutation ($id: ID!) { updateGroup(id: $id, input: { name: "pwned" }) { id } }',
    (v) => ({
      id: v.groupId,
    }),
  ),
  attemptWith(
    'addGroupMembers',
    'mutation ($id: ID!) { addGroupMembers(id: $id, userIds: []) { id } }',
    (v) => ({
      id: v.groupId,
    }),
  ),
  attemptWith(
    'removeGroupMembers',
    'mutation ($id: ID!, $u: ID!) { removeGroupMembers(id: $id, userIds: [$u]) { id } }',
    (v) => ({ id: v.groupId, u: v.memberId }),
  ),
  attemptWith('deleteGroup', 'mutation ($id: ID!) { deleteGroup(id: $id) }', (v) => ({ id: v.groupId })),
  attemptWith('skillGroup', 'query ($id: ID!) { skillGroup(id: $id) { id } }', (v) => ({
    id: v.skillGroupId,
  })),
  attemptWith(
    'updateSkillGroup',
    'mutation ($id: ID!) { updateSkillGroup(id: $id, input: { name: "pwned" }) { id } }',
    (v) => ({ id: v.skillGroupId }),
  ),
  attemptWith(
    'setSkillGroupMember',
    'mutation ($id: ID!, $u: ID!) { setSkillGroupMember(id: $id, userId: $u) { id } }',
    (v) => ({ id: v.skillGroupId, u: v.memberId }),
  ),
  attemptWith(
    'removeSkillGroupMember',
    'mutation ($id: ID!, $u: ID!) { removeSkillGroupMember(id: $id, userId: $u) { id } }',
    (v) => ({ id: v.skillGroupId, u: v.memberId }),
  ),
  attemptWith('deleteSkillGroup', 'mutation ($id: ID!) { deleteSkillGroup(id: $id) }', (v) => ({
    id: v.skillGroupId,
  })),
  attemptWith('revokeApiKey', 'mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', (v) => ({
    id: v.apiKeyId,
  })),
  attemptWith('auditLog', 'query ($id: ID!) { auditLog(filter: { entityId: $id }) { totalCount } }', (v) => ({
    id: v.memberId,
  })),
]

const acdOperations: IdOperation[] = [
  attemptWith(
    'updateSkillGroupRouting',
    'mutation ($id: ID!) { updateSkillGroupRouting(id: $id, input: { strategy: PRIORITY }) { id } }',
    (v) => ({ id: v.skillGroupId }),
  ),
  attemptWith(
    'updateNotReadyReason',
    'mutation ($id: ID!) { updateNotReadyReason(id: $id, input: { name: "pwned" }) { id } }',
    (v) => ({ id: v.notReadyReasonId }),
  ),
  attemptWith('deleteNotReadyReason', 'mutation ($id: ID!) { deleteNotReadyReason(id: $id) }', (v) => ({
    id: v.notReadyReasonId,
  })),
  attemptWith(
    'addPhoneNumber',
    'mutation ($g: ID!) { addPhoneNumber(input: { number: "+862199990001", skillGroupId: $g }) { id } }',
    (v) => ({ g: v.skillGroupId }),
  ),
  attemptWith(
    'updatePhoneNumber',
    'mutation ($id: ID!) { updatePhoneNumber(id: $id, input: { description: "pwned" }) { id } }',
    (v) => ({ id: v.phoneNumberId }),
  ),
  attemptWith('removePhoneNumber', 'mutation ($id: ID!) { removePhoneNumber(id: $id) }', (v) => ({
    id: v.phoneNumberId,
  })),
  attemptWith(
    'signInWorkstation',
    'mutation ($r: ID!) { signInWorkstation(input: { answeringMode: SIP, status: NOT_READY, reasonId: $r }) { status } }',
    (v) => ({ r: v.notReadyReasonId }),
  ),
  attemptWith(
    'setMyStatus',
    'mutation ($r: ID!) { setMyStatus(status: NOT_READY, reasonId: $r) { status } }',
    (v) => ({
      r: v.notReadyReasonId,
    }),
  ),
  attemptWith(
    'agentStatusHistory',
    'query ($a: ID!) { agentStatusHistory(agentId: $a) { totalCount } }',
    (v) => ({ a: v.agentId }),
  ),
  attemptWith('forceSignOut', 'mutation ($a: ID!) { forceSignOut(agentId: $a) { status } }', (v) => ({
    a: v.agentId,
  })),
  attemptWith(
    'monitorCall',
    'mutation ($a: ID!) { monitorCall(agentId: $a, mode: LISTEN, idempotencyKey: "isolation-monitor") { callId } }',
    (v) => ({ a: v.agentId }),
  ),
  // A live test call of the victim, in progress on the simulator: another tenant's admin cannot end it.
  attemptWith('forceHangUpCall', 'mutation ($id: ID!) { forceHangUpCall(callId: $id) { callId } }', (v) => ({
    id: v.testCallId,
  })),
  attemptWith(
    'transferCall',
    'mutation ($g: ID!) { transferCall(target: { skillGroupId: $g }, idempotencyKey: "isolation-transfer") { callId } }',
    (v) => ({ g: v.skillGroupId }),
  ),
  attemptWith(
    'consultCall',
    'mutation ($a: ID!) { consultCall(target: { agentId: $a }, idempotencyKey: "isolation-consult") { callId } }',
    (v) => ({ a: v.agentId }),
  ),
]

const voiceOperations: IdOperation[] = [
  attemptWith('deleteVoicePrompt', 'mutation ($id: ID!) { deleteVoicePrompt(id: $id) }', (v) => ({
    id: v.voicePromptId,
  })),
  attemptWith(
    'reviewVoicePrompt',
    'mutation ($id: ID!) { reviewVoicePrompt(id: $id, input: { decision: REJECT, reason: "pwned" }) { id } }',
    (v) => ({ id: v.voicePromptId }),
  ),
  attemptWith(
    'updateSystemPrompt',
    'mutation ($id: ID!) { updateSystemPrompt(input: { kind: QUEUE, choice: PROMPT, promptId: $id }) { kind } }',
    (v) => ({ id: v.voicePromptId }),
  ),
]

const ivrOperations: IdOperation[] = [
  attemptWith('ivrFlow', 'query ($id: ID!) { ivrFlow(id: $id) { id } }', (v) => ({ id: v.ivrFlowId })),
  attemptWith('publishIvrFlow', 'mutation ($id: ID!) { publishIvrFlow(id: $id) { id } }', (v) => ({
    id: v.ivrFlowId,
  })),
  attemptWith('discardIvrFlowDraft', 'mutation ($id: ID!) { discardIvrFlowDraft(id: $id) }', (v) => ({
    id: v.ivrFlowId,
  })),
  attemptWith('deleteIvrFlow', 'mutation ($id: ID!) { deleteIvrFlow(id: $id) }', (v) => ({
    id: v.ivrFlowId,
  })),
  attemptWith(
    'updateIvrFlow',
    'mutation ($id: ID!) { updateIvrFlow(id: $id, input: { name: "pwned" }) { id } }',
    (v) => ({
      id: v.ivrFlowId,
    }),
  ),
  attemptWith(
    'saveIvrFlowDraft',
    'mutation ($id: ID!) { saveIvrFlowDraft(id: $id, definition: { rootMenuId: "r", menus: [] }) { id } }',
    (v) => ({ id: v.ivrFlowId }),
  ),
  attemptWith('ivrFlowVersion', 'query ($id: ID!) { ivrFlowVersion(id: $id) { id } }', (v) => ({
    id: v.ivrFlowVersionId,
  })),
  attemptWith(
    'restoreIvrFlowVersion',
    'mutation ($id: ID!) { restoreIvrFlowVersion(versionId: $id) { id } }',
    (v) => ({ id: v.ivrFlowVersionId }),
  ),
  attemptWith('ivrSchedule', 'query ($id: ID!) { ivrSchedule(id: $id) { id } }', (v) => ({
    id: v.ivrScheduleId,
  })),
  attemptWith(
    'createIvrSchedule',
    'mutation ($f: ID!) { createIvrSchedule(input: { name: "X", flowId: $f, days: [] }) { id } }',
    (v) => ({ f: v.ivrFlowId }),
  ),
  attemptWith(
    'updateIvrSchedule',
    'mutation ($id: ID!) { updateIvrSchedule(id: $id, input: { name: "pwned" }) { id } }',
    (v) => ({ id: v.ivrScheduleId }),
  ),
  attemptWith('deleteIvrSchedule', 'mutation ($id: ID!) { deleteIvrSchedule(id: $id) }', (v) => ({
    id: v.ivrScheduleId,
  })),
  attemptWith(
    'ivrHolidays',
    'query ($s: ID!) { ivrHolidays(filter: { scheduleId: $s }) { totalCount } }',
    (v) => ({ s: v.ivrScheduleId }),
  ),
  attemptWith(
    'createIvrHoliday',
    'mutation ($s: ID!) { createIvrHoliday(input: { name: "X", startDate: "2030-01-01", endDate: "2030-01-01", action: CLOSED, scheduleId: $s }) { id } }',
    (v) => ({ s: v.ivrScheduleId }),
  ),
  attemptWith(
    'updateIvrHoliday',
    'mutation ($id: ID!) { updateIvrHoliday(id: $id, input: { name: "pwned" }) { id } }',
    (v) => ({ id: v.ivrHolidayId }),
  ),
  attemptWith('deleteIvrHoliday', 'mutation ($id: ID!) { deleteIvrHoliday(id: $id) }', (v) => ({
    id: v.ivrHolidayId,
  })),
]

const simulatorOperations: IdOperation[] = [
  attemptWith('testCall', 'query ($id: ID!) { testCall(id: $id) { id } }', (v) => ({ id: v.testCallId })),
  attemptWith(
    'placeTestCall',
    'mutation ($id: ID!) { placeTestCall(input: { phoneNumberId: $id, callerNumber: "13800000000" }) { id } }',
    (v) => ({ id: v.phoneNumberId }),
  ),
  attemptWith(
    'pressTestCallKeys',
    'mutation ($id: ID!) { pressTestCallKeys(id: $id, keys: "1") { id } }',
    (v) => ({ id: v.testCallId }),
  ),
  attemptWith('hangUpTestCall', 'mutation ($id: ID!) { hangUpTestCall(id: $id) { id } }', (v) => ({
    id: v.testCallId,
  })),
  subscriptionAttemptWith(
    'testCallChanged',
    'subscription ($id: ID!) { testCallChanged(id: $id) { id } }',
    (v) => ({
      id: v.testCallId,
    }),
  ),
  attemptWith(
    'answerSimulatedCall',
    'mutation ($id: ID!) { answerSimulatedCall(legId: $id) { legId } }',
    (v) => ({ id: v.testCallId }),
  ),
  attemptWith(
    'hangUpSimulatedCall',
    'mutation ($id: ID!) { hangUpSimulatedCall(legId: $id) { legId } }',
    (v) => ({ id: v.testCallId }),
  ),
  attemptWith(
    'pressSimulatedCallKeys',
    'mutation ($id: ID!) { pressSimulatedCallKeys(legId: $id, keys: "1") { legId } }',
    (v) => ({ id: v.testCallId }),
  ),
]

const customerOperations: IdOperation[] = [
  attemptWith('customer', 'query ($id: ID!) { customer(id: $id) { id } }', (v) => ({ id: v.customerId })),
  subscriptionAttemptWith(
    'customerChanged',
    'subscription ($id: ID!) { customerChanged(customerId: $id) { __typename } }',
    (v) => ({ id: v.customerId }),
  ),
  attemptWith(
    'updateCustomer',
    'mutation ($id: ID!) { updateCustomer(id: $id, input: { name: "pwned" }) { id } }',
    (v) => ({ id: v.customerId }),
  ),
  attemptWith('deleteCustomer', 'mutation ($id: ID!) { deleteCustomer(id: $id) }', (v) => ({
    id: v.customerId,
  })),
  attemptWith(
    'mergeCustomers',
    'mutation ($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m) { id } }',
    (v) => ({ s: v.customerId, m: v.otherCustomerId }),
  ),
  attemptWith(
    'customerHistory',
    'query ($id: ID!) { customerHistory(customerId: $id) { nextCursor } }',
    (v) => ({ id: v.customerId }),
  ),
  attemptWith(
    'addCustomerNote',
    'mutation ($id: ID!) { addCustomerNote(customerId: $id, text: "pwned") }',
    (v) => ({
      id: v.customerId,
    }),
  ),
  attemptWith(
    'addCustomerHistoryEntry',
    'mutation ($id: ID!) { addCustomerHistoryEntry(input: { customerId: $id, kind: OTHER, source: "x", title: "pwned" }) }',
    (v) => ({ id: v.customerId }),
  ),
  attemptWith('screenPop', 'query ($id: ID!) { screenPop(callId: $id) { callId } }', (v) => ({
    id: v.callRecordId,
  })),
  attemptWith(
    'screenPopEmbedCheck',
    'query ($id: ID!) { screenPopEmbedCheck(callId: $id) { framing } }',
    (v) => ({
      id: v.callRecordId,
    }),
  ),
  attemptWith(
    'updateCustomFieldDefinition',
    'mutation ($id: ID!) { updateCustomFieldDefinition(id: $id, input: { labelEn: "pwned" }) { id } }',
    (v) => ({ id: v.customFieldId }),
  ),
  attemptWith(
    'deleteCustomFieldDefinition',
    'mutation ($id: ID!) { deleteCustomFieldDefinition(id: $id) }',
    (v) => ({ id: v.customFieldId }),
  ),
]

const summaryOperations: IdOperation[] = [
  attemptWith('serviceSummary', 'query ($id: ID!) { serviceSummary(callId: $id) { id } }', (v) => ({
    id: v.callRecordId,
  })),
  attemptWith(
    'saveServiceSummary',
    'mutation ($c: ID!, $k: ID!, $cat: ID!) { saveServiceSummary(input: { callId: $c, customerId: $k, categoryId: $cat, notes: "pwned" }) { id } }',
    (v) => ({ c: v.callRecordId, k: v.customerId, cat: v.summaryCategoryId }),
  ),
  attemptWith(
    'createServiceSummaryCategory',
    'mutation ($id: ID!) { createServiceSummaryCategory(input: { parentId: $id, labelZh: "x", labelEn: "x" }) { id } }',
    (v) => ({ id: v.summaryCategoryId }),
  ),
  attemptWith(
    'updateServiceSummaryCategory',
    'mutation ($id: ID!) { updateServiceSummaryCategory(id: $id, input: { labelEn: "pwned" }) { id } }',
    (v) => ({ id: v.summaryCategoryId }),
  ),
  attemptWith(
    'deleteServiceSummaryCategory',
    'mutation ($id: ID!) { deleteServiceSummaryCategory(id: $id) }',
    (v) => ({ id: v.summaryCategoryId }),
  ),
]

const webhookOperations: IdOperation[] = [
  attemptWith(
    'webhookDeliveries',
    'query ($id: ID!) { webhookDeliveries(filter: { endpointId: $id }) { totalCount } }',
    (v) => ({ id: v.webhookEndpointId }),
  ),
  attemptWith(
    'updateWebhookEndpoint',
    'mutation ($id: ID!) { updateWebhookEndpoint(id: $id, input: { url: "https://attacker.example.com/h" }) { id } }',
    (v) => ({ id: v.webhookEndpointId }),
  ),
  attemptWith(
    'rotateWebhookSecret',
    'mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret } }',
    (v) => ({
      id: v.webhookEndpointId,
    }),
  ),
  attemptWith('pingWebhookEndpoint', 'mutation ($id: ID!) { pingWebhookEndpoint(id: $id) { id } }', (v) => ({
    id: v.webhookEndpointId,
  })),
  attemptWith('deleteWebhookEndpoint', 'mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }', (v) => ({
    id: v.webhookEndpointId,
  })),
  attemptWith(
    'replayWebhookDelivery',
    'mutation ($id: ID!) { replayWebhookDelivery(id: $id) { id } }',
    (v) => ({
      id: v.webhookDeliveryId,
    }),
  ),
]

const contactPlanOperations: IdOperation[] = [
  attemptWith('contactPlan', 'query ($id: ID!) { contactPlan(id: $id) { id } }', (v) => ({
    id: v.contactPlanId,
  })),
  attemptWith(
    'contactPlans',
    'query ($id: ID!) { contactPlans(filter: { ownerId: $id }) { totalCount } }',
    (v) => ({ id: v.agentId }),
  ),
  attemptWith(
    'createContactPlan',
    'mutation ($id: ID!, $at: DateTimeISO!) { createContactPlan(input: { customerId: $id, phoneNumber: "+8613800138100", dueAt: $at, purpose: "x" }) { id } }',
    (v) => ({ id: v.customerId, at: new Date(Date.now() + 86_400_000).toISOString() }),
  ),
  attemptWith(
    'rescheduleContactPlan',
    'mutation ($id: ID!, $at: DateTimeISO!) { rescheduleContactPlan(id: $id, dueAt: $at) { id } }',
    (v) => ({ id: v.contactPlanId, at: new Date(Date.now() + 86_400_000).toISOString() }),
  ),
  attemptWith('completeContactPlan', 'mutation ($id: ID!) { completeContactPlan(id: $id) { id } }', (v) => ({
    id: v.contactPlanId,
  })),
  attemptWith('cancelContactPlan', 'mutation ($id: ID!) { cancelContactPlan(id: $id) { id } }', (v) => ({
    id: v.contactPlanId,
  })),
  attemptWith(
    'dialOut',
    'mutation ($id: ID!) { dialOut(number: "+8613800138100", idempotencyKey: "isolation", planId: $id) { callId } }',
    (v) => ({ id: v.contactPlanId }),
  ),
]

const outboundOperations: IdOperation[] = [
  attemptWith('outboundTask', 'query ($id: ID!) { outboundTask(id: $id) { id } }', (v) => ({
    id: v.outboundTaskId,
  })),
  attemptWith(
    'createOutboundTask',
    'mutation ($n: ID!) { createOutboundTask(input: { name: "x", startsOn: "2030-01-01", endsOn: "2030-01-02", callerIdNumberId: $n }) { id } }',
    (v) => ({ n: v.phoneNumberId }),
  ),
  ...['activateOutboundTask', 'pauseOutboundTask', 'resumeOutboundTask', 'closeOutboundTask'].map((field) =>
    attemptWith(field, `mutation ($id: ID!) { ${field}(id: $id) { id } }`, (v) => ({ id: v.outboundTaskId })),
  ),
  attemptEach(
    'outboundStatistics',
    'query ($i: OutboundStatisticsInput!) { outboundStatistics(input: $i) { timeZone } }',
    (v) => [
      { i: { preset: 'TODAY', taskIds: [v.outboundTaskId] } },
      { i: { preset: 'TODAY', agentIds: [v.agentId] } },
    ],
  ),
  attemptWith('taskItems', 'query ($id: ID!) { taskItems(taskId: $id) { totalCount } }', (v) => ({
    id: v.outboundTaskId,
  })),
  attemptWith(
    'myTaskItems',
    'query ($a: ID!) { myTaskItems(filter: { assigneeAgentId: $a }) { totalCount } }',
    (v) => ({ a: v.agentId }),
  ),
  attemptWith(
    'updateOutboundTask',
    'mutation ($id: ID!, $n: ID!) { updateOutboundTask(id: $id, input: { name: "x", startsOn: "2030-01-01", endsOn: "2030-01-02", callerIdNumberId: $n }) { id } }',
    (v) => ({ id: v.outboundTaskId, n: v.phoneNumberId }),
  ),
  attemptWith(
    'dialTaskItem',
    'mutation ($id: ID!) { dialTaskItem(id: $id, idempotencyKey: "isolation-task-item") { callId } }',
    (v) => ({ id: v.taskItemId }),
  ),
  attemptWith(
    'recordTaskItemResult',
    'mutation ($id: ID!) { recordTaskItemResult(id: $id, input: { followUpResult: "INTERESTED" }) { id } }',
    (v) => ({ id: v.taskItemId }),
  ),
  attemptWith(
    'addTaskItem',
    'mutation ($id: ID!) { addTaskItem(taskId: $id, input: { phoneNumber: "+8613800138200" }) { id } }',
    (v) => ({ id: v.outboundTaskId }),
  ),
  attemptWith('openTaskItem', 'mutation ($id: ID!) { openTaskItem(id: $id) { id } }', (v) => ({
    id: v.taskItemId,
  })),
  attemptWith('releaseTaskItem', 'mutation ($id: ID!) { releaseTaskItem(id: $id) { id } }', (v) => ({
    id: v.taskItemId,
  })),
  attemptWith(
    'distributeTaskItems',
    'mutation ($t: ID!, $g: ID!, $a: ID!) { distributeTaskItems(input: { taskId: $t, skillGroupId: $g, mode: EVENLY, agentIds: [$a] }) }',
    (v) => ({ t: v.outboundTaskId, g: v.skillGroupId, a: v.agentId }),
  ),
  attemptWith(
    'takeBackTaskItems',
    'mutation ($t: ID!, $g: ID!, $i: ID!) { takeBackTaskItems(taskId: $t, skillGroupId: $g, itemIds: [$i]) }',
    (v) => ({ t: v.outboundTaskId, g: v.skillGroupId, i: v.taskItemId }),
  ),
  attemptWith(
    'addDoNotCall',
    'mutation ($c: ID!) { addDoNotCall(input: { phoneNumber: "+8613800138201", reason: "x", callId: $c }) { id } }',
    (v) => ({ c: v.callRecordId }),
  ),
  attemptWith('removeDoNotCall', 'mutation ($id: ID!) { removeDoNotCall(id: $id, reason: "x") }', (v) => ({
    id: v.doNotCallId,
  })),
  attemptWith('listImport', 'query ($id: ID!) { listImport(id: $id) { id } }', (v) => ({
    id: v.listImportId,
  })),
  attemptWith('cancelListImport', 'mutation ($id: ID!) { cancelListImport(id: $id) { id } }', (v) => ({
    id: v.listImportId,
  })),
  subscriptionAttemptWith(
    'importProgress',
    'subscription ($id: ID!) { importProgress(id: $id) { id } }',
    (v) => ({
      id: v.listImportId,
    }),
  ),
  attemptWith(
    'startTaskItemImport',
    'mutation ($id: ID!) { startTaskItemImport(input: { importId: $id, phoneColumn: "phone", fields: [], assignment: UNASSIGNED }) { id } }',
    (v) => ({ id: v.listImportId }),
  ),
  attemptWith(
    'startDoNotCallImport',
    'mutation ($id: ID!) { startDoNotCallImport(input: { importId: $id, phoneColumn: "phone" }) { id } }',
    (v) => ({ id: v.listImportId }),
  ),
]

/** X2: the KPIs of another tenant's skill group or agent are not found (both scopes must say so). */
/** An operation taking a KPI scope: the victim's skill group and agent must both be NOT_FOUND. */
function kpiScopeOperation(field: string, query: string): IdOperation {
  return {
    field,
    async attempt(api, attacker, victim) {
      const codes: unknown[] = []
      for (const scope of [
        { kind: 'SKILL_GROUP', id: victim.skillGroupId },
        { kind: 'AGENT', id: victim.agentId },
      ]) {
        const result = await api.graphql(query, { s: scope }, { token: attacker.token })
        codes.push(result.errors?.[0]?.extensions?.code)
      }
      return codes.find((code) => code !== 'NOT_FOUND') === undefined ? 'NOT_FOUND' : String(codes.join())
    },
  }
}

const kpiOperations: IdOperation[] = [
  kpiScopeOperation(
    'kpis',
    'query ($s: KpiScopeInput!) { kpis(scope: $s, window: { kind: TODAY }) { answered } }',
  ),
  kpiScopeOperation('hourlyCalls', 'query ($s: KpiScopeInput!) { hourlyCalls(scope: $s) { hour } }'),
  {
    // A9: the call report filtered by the victim's skill group or agent: both must be NOT_FOUND.
    field: 'callReport',
    async attempt(api, attacker, victim) {
      const codes: unknown[] = []
      for (const filter of [{ skillGroupId: victim.skillGroupId }, { agentId: victim.agentId }]) {
        const result = await api.graphql(
          'query ($i: CallReportInput!) { callReport(input: $i) { total { inboundCalls } } }',
          { i: { preset: 'TODAY', groupBy: 'TENANT', interval: 'DAY', ...filter } },
          { token: attacker.token },
        )
        codes.push(result.errors?.[0]?.extensions?.code)
      }
      return codes.every((code) => code === 'NOT_FOUND') ? 'NOT_FOUND' : String(codes.join())
    },
  },
  // A9: the service summary report filtered by the victim's skill group or agent.
  attemptEach(
    'serviceSummaryReport',
    'query ($i: ServiceSummaryReportInput!) { serviceSummaryReport(input: $i) { total } }',
    (victim) => [
      { i: { preset: 'TODAY', skillGroupIds: [victim.skillGroupId] } },
      { i: { preset: 'TODAY', agentIds: [victim.agentId] } },
    ],
  ),
]

/** One operation tried with each of several variable sets; every attempt must be not found. */
function attemptEach(
  field: string,
  query: string,
  variableSets: (victim: VictimIds) => Record<string, unknown>[],
): IdOperation {
  return {
    field,
    async attempt(api, attacker, victim) {
      const codes: unknown[] = []
      for (const variables of variableSets(victim))
        codes.push(
          (await api.graphql(query, variables, { token: attacker.token })).errors?.[0]?.extensions?.code,
        )
      return codes.every((code) => code === 'NOT_FOUND') ? 'NOT_FOUND' : codes.join()
    },
  }
}

/** A9 call records and satisfaction: the victim's call, and filters naming their agent, skill group, customer. */
const callRecordOperations: IdOperation[] = [
  ...['callRecordSearch', 'callRecordCount'].map((field) =>
    attemptEach(field, `query ($f: CallRecordSearchFilter) { ${field}(filter: $f) { __typename } }`, (v) => [
      { f: { agentId: v.agentId } },
      { f: { skillGroupId: v.skillGroupId } },
      { f: { customerId: v.customerId } },
      { f: { taskId: v.outboundTaskId } },
    ]),
  ),
  attemptWith('callRecordDetails', 'query ($id: ID!) { callRecordDetails(id: $id) { id } }', (v) => ({
    id: v.callRecordId,
  })),
  attemptEach(
    'satisfactionRecords',
    'query ($f: SatisfactionRecordFilter) { satisfactionRecords(filter: $f) { totalCount } }',
    (v) => [{ f: { agentId: v.agentId } }, { f: { skillGroupId: v.skillGroupId } }],
  ),
  attemptEach(
    'satisfactionReport',
    'query ($i: SatisfactionReportInput!) { satisfactionReport(input: $i) { timeZone } }',
    (v) =>
      [{ agentId: v.agentId }, { skillGroupId: v.skillGroupId }].map((named) => ({
        i: {
          from: '2027-01-01T00:00:00Z',
          to: '2027-01-02T00:00:00Z',
          period: 'DAY',
          groupBy: 'AGENT',
          ...named,
        },
      })),
  ),
]

/** A10: the victim's scorecard, inspection and agent, wherever an operation names them. */
const qaOperations: IdOperation[] = [
  attemptWith('qaScorecard', 'query ($id: ID!) { qaScorecard(id: $id) { id } }', (v) => ({
    id: v.qaScorecardId,
  })),
  attemptWith(
    'createQaScorecard',
    'mutation ($c: ID!) { createQaScorecard(input: { name: "Copy", sections: [{ name: "S", criteria: [{ id: $c, name: "C", maxPoints: 1 }] }] }) { id } }',
    (v) => ({ c: v.qaCriterionId }),
  ),
  attemptWith(
    'updateQaScorecard',
    'mutation ($id: ID!) { updateQaScorecard(id: $id, input: { name: "Taken", sections: [{ name: "S", criteria: [{ name: "C", maxPoints: 1 }] }] }) { id } }',
    (v) => ({ id: v.qaScorecardId }),
  ),
  attemptWith(
    'setQaInspector',
    'mutation ($id: ID!) { setQaInspector(userId: $id, isInspector: true) }',
    (v) => ({
      id: v.memberId,
    }),
  ),
  attemptEach(
    'sampleQaCalls',
    'mutation ($f: CallRecordSearchFilter, $i: QaSampleInput!) { sampleQaCalls(filter: $f, input: $i) { seed } }',
    (v) => [
      { f: { agentId: v.agentId }, i: { scorecardId: v.qaScorecardId, mode: 'FILTER', isDryRun: true } },
      {
        f: { skillGroupId: v.skillGroupId },
        i: { scorecardId: v.qaScorecardId, mode: 'FILTER', isDryRun: true },
      },
      { i: { scorecardId: v.qaScorecardId, mode: 'FILTER', isDryRun: true } },
    ],
  ),
  attemptWith(
    'qaInspections',
    'query ($id: ID!) { qaInspections(filter: { agentId: $id }) { totalCount } }',
    (v) => ({ id: v.agentId }),
  ),
  attemptWith('qaInspection', 'query ($id: ID!) { qaInspection(id: $id) { results { revision } } }', (v) => ({
    id: v.qaInspectionId,
  })),
  attemptWith(
    'submitQaInspection',
    'mutation ($id: ID!) { submitQaInspection(id: $id, input: { scores: [] }) { results { revision } } }',
    (v) => ({ id: v.qaInspectionId }),
  ),
  attemptWith(
    'appealQaInspection',
    'mutation ($id: ID!) { appealQaInspection(id: $id, reason: "Not me") { results { revision } } }',
    (v) => ({ id: v.qaInspectionId }),
  ),
  attemptWith(
    'resolveQaAppeal',
    'mutation ($id: ID!) { resolveQaAppeal(id: $id, input: { isAccepted: false, resolution: "No" }) { results { revision } } }',
    (v) => ({ id: v.qaInspectionId }),
  ),
  attemptWith(
    'qaReport',
    'query ($id: ID!) { qaReport(input: { from: "2027-01-01T00:00:00Z", to: "2027-02-01T00:00:00Z", groupBy: AGENT, scorecardId: $id }) { key } }',
    (v) => ({ id: v.qaScorecardId }),
  ),
]

const operationsTakingIds: IdOperation[] = [
  ...qaOperations,
  ...organizationOperations,
  ...kpiOperations,
  ...callRecordOperations,
  ...acdOperations,
  ...voiceOperations,
  ...ivrOperations,
  ...simulatorOperations,
  ...customerOperations,
  ...summaryOperations,
  ...contactPlanOperations,
  ...outboundOperations,
  ...webhookOperations,
  {
    field: 'callRecords',
    async attempt(api, attacker, victim) {
      const result = await api.graphql(
        'query ($agentId: ID!) { callRecords(filter: { agentId: $agentId }) { totalCount } }',
        { agentId: victim.agentId },
        { token: attacker.token },
      )
      return result.errors?.[0]?.extensions?.code
    },
  },
  {
    field: 'callRecord',
    async attempt(api, attacker, victim) {
      const result = await api.graphql(
        'query ($id: ID!) { callRecord(id: $id) { id } }',
        { id: victim.callRecordId },
        { token: attacker.token },
      )
      return result.errors?.[0]?.extensions?.code
    },
  },
  attemptWith('myCallRecord', 'query ($id: ID!) { myCallRecord(id: $id) { id } }', (v) => ({
    id: v.callRecordId,
  })),
  {
    field: 'revokeSession',
    async attempt(api, attacker, victim) {
      const result = await api.graphql(
        'mutation ($id: ID!) { revokeSession(id: $id) }',
        { id: victim.sessionId },
        { token: attacker.token },
      )
      return result.errors?.[0]?.extensions?.code
    },
  },
]

function takesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type)
  if (named.name === 'ID') return true
  if (!isInputObjectType(named) || seen.has(named.name)) return false
  seen.add(named.name)
  return Object.values(named.getFields()).some((field) => takesId(field.type, seen))
}

async function victimIds(api: TestApi, victim: TestTenant): Promise<VictimIds> {
  const sessions = await api.graphql<{ mySessions: { items: { id: string }[] } }>(
    '{ mySessions { items { id } } }',
    {},
    { token: victim.token },
  )
  const callRecordId = randomUUID()
  await new PgCallStore(api.db).save([
    {
      id: callRecordId,
      tenantId: victim.tenantId,
      node: 'isolation-test',
      direction: 'INBOUND',
      dialledNumber: '4001',
      callerNumber: '13800000000',
      calleeNumber: '4001',
      agentId: null,
      skillGroupId: null,
      startedAt: new Date(),
      ringingAt: null,
      answeredAt: null,
      bridgedAt: null,
      endedAt: new Date(),
      hangupCause: 'NORMAL_CLEARING',
      hangupSide: 'CALLER',
      recordingFile: null,
      legs: [],
      timeline: [],
    },
  ])
  const memberId = (await addAgent(api, victim.token)).id
  const apiKey = await api.graphql<{ createApiKey: { apiKey: { id: string } } }>(
    'mutation { createApiKey(input: { name: "Victim key", role: AGENT }) { apiKey { id } } }',
    {},
    { token: victim.token },
  )
  const reasons = await api.graphql<{ notReadyReasons: { id: string; code: string | null }[] }>(
    '{ notReadyReasons { id code } }',
    {},
    { token: victim.token },
  )
  const voicePromptId = await approvedPrompt(api, victim)
  const skillGroupId = await addSkillGroup(api, victim.token)
  // Routed to a queue nobody answers, so the victim's test call stays on.
  const phoneNumber = await api.graphql<{ addPhoneNumber: { id: string } }>(
    'mutation ($g: ID!) { addPhoneNumber(input: { number: "+862199990002", skillGroupId: $g }) { id } }',
    { g: skillGroupId },
    { token: victim.token },
  )
  const testCall = await api.graphql<{ placeTestCall: { id: string } }>(
    'mutation ($id: ID!) { placeTestCall(input: { phoneNumberId: $id, callerNumber: "13800000000" }) { id } }',
    { id: phoneNumber.data!.addPhoneNumber.id },
    { token: victim.token },
  )
  return {
    sessionId: sessions.data!.mySessions.items[0]!.id,
    callRecordId,
    agentId: victim.userId,
    memberId,
    groupId: await addGroup(api, victim.token, { memberIds: [memberId] }),
    skillGroupId,
    apiKeyId: apiKey.data!.createApiKey.apiKey.id,
    notReadyReasonId: reasons.data!.notReadyReasons.find((reason) => reason.code === 'REST')!.id,
    phoneNumberId: phoneNumber.data!.addPhoneNumber.id,
    voicePromptId,
    ...(await ivrIds(api, victim, voicePromptId)),
    testCallId: testCall.data!.placeTestCall.id,
    summaryCategoryId: await summaryCategoryOf(api, victim),
    ...(await customerAndPlanIds(api, victim)),
    ...(await webhookIds(api, victim)),
    ...(await qaIds(api, victim)),
    ...(await outboundIds(api, victim, phoneNumber.data!.addPhoneNumber.id)),
  }
}

/** A scorecard of the victim, and a pending inspection of an answered call of theirs sampled with it. */
async function qaIds(api: TestApi, victim: TestTenant) {
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) =>
    (await api.graphql<T>(query, variables, { token: victim.token })).data!
  const { createQaScorecard: card } = await gql<{
    createQaScorecard: { id: string; sections: { criteria: { id: string }[] }[] }
  }>(
    'mutation { createQaScorecard(input: { name: "Victim card", sections: [{ name: "S", criteria: [{ name: "C", maxPoints: 5 }] }] }) { id sections { criteria { id } } } }',
  )
  await saveCall(api, victim, { at: new Date(), agentId: victim.userId, answeredAfter: 2, endedAfter: 30 })
  const { sampleQaCalls } = await gql<{ sampleQaCalls: { inspectionIds: string[] } }>(
    'mutation ($id: ID!) { sampleQaCalls(input: { scorecardId: $id, mode: FILTER }) { inspectionIds } }',
    { id: card.id },
  )
  return {
    qaScorecardId: card.id,
    qaCriterionId: card.sections[0]!.criteria[0]!.id,
    qaInspectionId: sampleQaCalls.inspectionIds[0]!,
  }
}

/** A task of the victim calling from their number, one item of it, and a do-not-call entry. */
async function outboundIds(api: TestApi, victim: TestTenant, phoneNumberId: string) {
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) =>
    (await api.graphql<T>(query, variables, { token: victim.token })).data!
  const { createOutboundTask } = await gql<{ createOutboundTask: { id: string } }>(
    'mutation ($n: ID!) { createOutboundTask(input: { name: "Victim task", startsOn: "2030-01-01", endsOn: "2030-01-31", callerIdNumberId: $n }) { id } }',
    { n: phoneNumberId },
  )
  const { addTaskItem } = await gql<{ addTaskItem: { id: string } }>(
    'mutation ($id: ID!) { addTaskItem(taskId: $id, input: { phoneNumber: "+8613800138300" }) { id } }',
    { id: createOutboundTask.id },
  )
  const { addDoNotCall } = await gql<{ addDoNotCall: { id: string } }>(
    'mutation { addDoNotCall(input: { phoneNumber: "+8613800138301", reason: "Victim" }) { id } }',
  )
  const form = new FormData()
  form.append('file', new Blob(['phone\n13800138302\n']), 'victim.csv')
  const uploaded = await fetch(`${api.url}/outbound/tasks/${createOutboundTask.id}/imports`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${victim.token}` },
  })
  const { import: listImport } = (await uploaded.json()) as { import: { id: string } }
  return {
    outboundTaskId: createOutboundTask.id,
    taskItemId: addTaskItem.id,
    doNotCallId: addDoNotCall.id,
    listImportId: listImport.id,
  }
}

/** The customers, and a contact plan of the victim's for the first one. */
async function customerAndPlanIds(api: TestApi, victim: TestTenant) {
  const ids = await customerIds(api, victim)
  const plan = await api.graphql<{ createContactPlan: { id: string } }>(
    'mutation ($id: ID!, $at: DateTimeISO!) { createContactPlan(input: { customerId: $id, phoneNumber: "+8613800138100", dueAt: $at, purpose: "Victim" }) { id } }',
    { id: ids.customerId, at: new Date(Date.now() + 86_400_000).toISOString() },
    { token: victim.token },
  )
  return { ...ids, contactPlanId: plan.data!.createContactPlan.id }
}

/** An endpoint of the victim, and the test delivery queued for it. */
async function webhookIds(api: TestApi, victim: TestTenant) {
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) =>
    (await api.graphql<T>(query, variables, { token: victim.token })).data!
  const { createWebhookEndpoint } = await gql<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
    'mutation { createWebhookEndpoint(input: { url: "https://crm.victim.example.com/hooks", events: [CALL_ENDED] }) { endpoint { id } } }',
  )
  const { pingWebhookEndpoint } = await gql<{ pingWebhookEndpoint: { id: string } }>(
    'mutation ($id: ID!) { pingWebhookEndpoint(id: $id) { id } }',
    { id: createWebhookEndpoint.endpoint.id },
  )
  return { webhookEndpointId: createWebhookEndpoint.endpoint.id, webhookDeliveryId: pingWebhookEndpoint.id }
}

async function summaryCategoryOf(api: TestApi, victim: TestTenant): Promise<string> {
  const result = await api.graphql<{ createServiceSummaryCategory: { id: string } }>(
    'mutation { createServiceSummaryCategory(input: { labelZh: "咨询", labelEn: "Enquiry" }) { id } }',
    {},
    { token: victim.token },
  )
  return result.data!.createServiceSummaryCategory.id
}

/** Two customers and a custom field their values are checked against. */
async function customerIds(api: TestApi, victim: TestTenant) {
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) =>
    (await api.graphql<T>(query, variables, { token: victim.token })).data!
  const field = await gql<{ createCustomFieldDefinition: { id: string } }>(
    'mutation { createCustomFieldDefinition(input: { entity: CUSTOMER, key: "level", labelZh: "等级", labelEn: "Level", type: TEXT }) { id } }',
  )
  const customer = (number: string) =>
    gql<{ createCustomer: { id: string } }>(
      'mutation ($n: String!) { createCustomer(input: { name: "Victim", organization: INBOUND, phoneNumbers: [$n], customFields: { level: "VIP" } }) { id } }',
      { n: number },
    )
  return {
    customerId: (await customer('13800138100')).createCustomer.id,
    otherCustomerId: (await customer('13800138101')).createCustomer.id,
    customFieldId: field.createCustomFieldDefinition.id,
  }
}

/** A published flow playing the victim's prompt, and a schedule with a holiday. */
async function ivrIds(api: TestApi, victim: TestTenant, promptId: string) {
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) =>
    (await api.graphql<T>(query, variables, { token: victim.token })).data!
  const flow = await gql<{ createIvrFlow: { id: string } }>(
    'mutation { createIvrFlow(input: { name: "Victim flow" }) { id } }',
  )
  const ivrFlowId = flow.createIvrFlow.id
  await gql(
    'mutation ($id: ID!, $p: ID!) { saveIvrFlowDraft(id: $id, definition: { rootMenuId: "r", menus: [{ id: "r", name: "R", promptId: $p, keys: [{ key: "0", action: REPLAY }] }] }) { id } }',
    {
      id: ivrFlowId,
      p: promptId,
    },
  )
  const version = await gql<{ publishIvrFlow: { id: string } }>(
    'mutation ($id: ID!) { publishIvrFlow(id: $id) { id } }',
    { id: ivrFlowId },
  )
  const schedule = await gql<{ createIvrSchedule: { id: string } }>(
    'mutation ($f: ID!) { createIvrSchedule(input: { name: "Victim hours", flowId: $f, days: [] }) { id } }',
    { f: ivrFlowId },
  )
  const ivrScheduleId = schedule.createIvrSchedule.id
  const holiday = await gql<{ createIvrHoliday: { id: string } }>(
    'mutation ($s: ID!) { createIvrHoliday(input: { name: "Victim day", startDate: "2030-01-01", endDate: "2030-01-01", action: CLOSED, scheduleId: $s }) { id } }',
    { s: ivrScheduleId },
  )
  return {
    ivrFlowId,
    ivrFlowVersionId: version.publishIvrFlow.id,
    ivrScheduleId,
    ivrHolidayId: holiday.createIvrHoliday.id,
  }
}

/** A row is enough here: the voice tests cover real audio. */
async function approvedPrompt(api: TestApi, victim: TestTenant): Promise<string> {
  const id = randomUUID()
  await api.db.inTenant(victim.tenantId, (em) =>
    em.execute(
      `insert into voice_prompt (id, tenant_id, name, source, status, file, duration_ms, approved_file, approved_duration_ms)
       values (?, ?, 'Victim prompt', 'UPLOAD', 'APPROVED', 'prompts/victim.wav', 1000, 'prompts/victim.wav', 1000)`,
      [id, victim.tenantId],
    ),
  )
  return id
}

it('Foundation: every query, mutation and subscription that takes an ID is in the isolation table', async () => {
  const schema = await buildApiSchema(new InProcessPubSub())
  const rootFields = [
    ...Object.values(schema.getQueryType()!.getFields()),
    ...Object.values(schema.getMutationType()!.getFields()),
    ...Object.values(schema.getSubscriptionType()!.getFields()),
  ]
  const withIds = rootFields
    .filter((field) => field.args.some((arg: GraphQLArgument) => takesId(arg.type)))
    .map((field) => field.name)
  expect(withIds.sort()).toEqual(operationsTakingIds.map((operation) => operation.field).sort())
})

for (const isTenantFilterEnabled of [true, false]) {
  const guard = isTenantFilterEnabled ? 'ORM filter and row-level security' : 'row-level security alone'
  describe(`Foundation: tenant isolation by ${guard}`, () => {
    let api: TestApi
    let attacker: TestTenant
    let victim: TestTenant
    let victimIdSet: VictimIds
    beforeAll(async () => {
      api = await startTestApi({ isTenantFilterEnabled })
      attacker = await signupTenant(api, 'Attacker Inc')
      victim = await signupTenant(api, 'Victim Ltd')
      victimIdSet = await victimIds(api, victim)
    })
    afterAll(() => api.stop())

    for (const operation of operationsTakingIds) {
      it(`${operation.field}: another tenant's ID is not found`, async () => {
        expect(await operation.attempt(api, attacker, victimIdSet)).toBe('NOT_FOUND')
        // …and the victim's row is untouched.
        const still = await api.graphql('{ me { id } }', {}, { token: victim.token })
        expect(still.errors).toBeUndefined()
      })
    }

    it('operations without IDs (call counts, company information, customers, other sessions) reach only the caller’s tenant', async () => {
      const counts = await api.graphql<{ callCounts: { inbound: number } }>(
        'query ($from: DateTimeISO!) { callCounts(from: $from) { inbound } }',
        { from: new Date(Date.now() - 3600_000).toISOString() },
        { token: attacker.token },
      )
      expect(counts.data).toEqual({ callCounts: { inbound: 0 } })
      const victimCounts = await api.graphql<{ callCounts: { inbound: number } }>(
        'query ($from: DateTimeISO!) { callCounts(from: $from) { inbound } }',
        { from: new Date(Date.now() - 3600_000).toISOString() },
        { token: victim.token },
      )
      // The victim's recorded call, and its test call when that has been saved already.
      expect(victimCounts.data?.callCounts.inbound).toBeGreaterThanOrEqual(1)

      await api.graphql(
        'mutation { updateMyTenant(input: { name: "Attacker renamed" }) { id } }',
        {},
        {
          token: attacker.token,
        },
      )
      const victimTenant = await api.graphql('{ myTenant { name } }', {}, { token: victim.token })
      expect(victimTenant.data).toEqual({ myTenant: { name: 'Victim Ltd' } })

      const customers = await api.graphql(
        'query { customers(filter: { numberEndsWith: "8138100" }) { totalCount } customFieldDefinitions(entity: CUSTOMER) { id } }',
        {},
        { token: attacker.token },
      )
      expect(customers.data).toEqual({ customers: { totalCount: 0 }, customFieldDefinitions: [] })
      expect(
        await api.db.inTenant(attacker.tenantId, (em) =>
          api.services.customers.findOrCreateForCall(
            em,
            attacker.tenantId,
            Organization.INBOUND,
            '13800138100',
          ),
        ),
      ).toMatchObject({ isNew: true })

      await api.graphql('mutation { revokeOtherSessions }', {}, { token: attacker.token })
      const still = await api.graphql('{ me { id } }', {}, { token: victim.token })
      expect(still.errors).toBeUndefined()
    })

    it('an unfiltered read inside one tenant returns only that tenant’s rows', async () => {
      const rows = await api.db.inTenant(attacker.tenantId, async (em) => ({
        tenants: await em.find(Tenant, {}, { filters: false }),
        users: await em.find(User, {}, { filters: false }),
        sessions: await em.find(Session, {}, { filters: false }),
      }))
      expect(rows.tenants.map((tenant) => tenant.id)).toEqual([attacker.tenantId])
      expect(new Set(rows.users.map((user) => user.tenantId))).toEqual(new Set([attacker.tenantId]))
      expect(new Set(rows.sessions.map((session) => session.tenantId))).toEqual(new Set([attacker.tenantId]))
    })

    it('raw SQL without a tenant sees no tenant-owned row at all', async () => {
      const counts = await api.db.platform((em) =>
        em.execute(
          'select (select count(*) from tenant)::int as t, (select count(*) from app_user)::int as u, (select count(*) from session)::int as s',
        ),
      )
      expect(counts[0]).toEqual({ t: 0, u: 0, s: 0 })
    })

    it('the ACD’s hot SQL (lean transactions) neither reads nor changes another tenant’s agents and queue, even with row-level security out of the way', async () => {
      // A switch node the test API does not know: its own sweeper leaves the victim's waiting call
      // alone, so that whatever changes in the victim's rows was done by the attacker's calls below.
      const NODE = 'isolation-node'
      const owner = new pg.Client({ connectionString: api.ownerUrl })
      await owner.connect()
      // The table owner is not bound by row-level security (its maintenance policy): through it, the
      // statements' own tenant_id conditions are all that keeps the tenants apart.
      const ownerDb = await Database.open({
        ownerUrl: api.ownerUrl,
        appUrl: api.ownerUrl,
        entities,
        tenantOwnedEntities,
        poolSize: 2,
      })
      try {
        const entryId = randomUUID()
        const legUuid = randomUUID()
        // The victim's agent is on a SIP phone registered on that node too: the test API's own
        // distributor would otherwise offer them the victim's live test call (still waiting in this
        // skill group) as soon as they show up idle, and change their rows behind the attacker's back.
        await owner.query(
          `insert into agent_presence (user_id, tenant_id, session_id, answering_mode, phone_kind, registered_node,
             registered_until, signed_in_at, heartbeat_at, status, idle_since, busy_legs, offer_call_id,
             offer_leg_uuid, offer_expires_at)
           values ($1, $2, gen_random_uuid(), 'SIP', 'SOFTPHONE', '${NODE}', now() + interval '1 hour', now(), now(),
             'IDLE', now(), $3, $4, $5, now() + interval '1 hour')
           on conflict (user_id) do nothing`,
          [victimIdSet.memberId, victim.tenantId, JSON.stringify({ [legUuid]: NODE }), entryId, legUuid],
        )
        await owner.query(
          `insert into skill_group_member (skill_group_id, user_id, tenant_id) values ($1, $2, $3) on conflict do nothing`,
          [victimIdSet.skillGroupId, victimIdSet.memberId, victim.tenantId],
        )
        await owner.query(
          `insert into queue_entry (id, tenant_id, skill_group_id, node, caller_leg_uuid, caller_number)
           values ($1, $2, $3, $4, $1, '13800000001')`,
          [entryId, victim.tenantId, victimIdSet.skillGroupId, NODE],
        )
        const snapshot = async () => ({
          presence: (
            await owner.query('select * from agent_presence where user_id = $1 order by tenant_id', [
              victimIdSet.memberId,
            ])
          ).rows,
          entries: (await owner.query('select * from queue_entry where id = $1', [entryId])).rows,
          log: (
            await owner.query('select * from agent_status_log where user_id = $1', [victimIdSet.memberId])
          ).rows,
          queuedForAttacker: (
            await owner.query('select id from queue_entry where tenant_id = $1', [attacker.tenantId])
          ).rows,
        })
        const before = await snapshot()
        expect(before.presence).toHaveLength(1)
        expect(before.entries).toHaveLength(1)
        const fakeSwitch = {
          knownNodes: () => [NODE],
          ownsNode: () => true,
          pickNode: () => NODE,
          execute: async () => undefined,
          api: async () => '+OK',
          bgapi: async () => '+OK',
        } as unknown as SwitchControl
        for (const db of [api.db, ownerDb]) {
          const pubsub = new InProcessPubSub()
          const settings = api.services.acdSettings
          const presence = new PresenceService(db, settings, pubsub, systemClock)
          const distributor = new Distributor(db, presence, settings, pubsub, systemClock, {
            trunkGateway: 'none',
            mediaDir: tmpdir(),
          })
          distributor.attach(fakeSwitch)
          const agent = victimIdSet.memberId
          const tenant = attacker.tenantId
          const enqueue = { tenantId: tenant, skillGroupId: victimIdSet.skillGroupId, node: NODE }
          expect(
            await distributor.enqueue({ ...enqueue, callerLegUuid: randomUUID(), callerNumber: null }),
          ).toBe('REFUSED')
          await distributor.dispatch(tenant)
          await distributor.callerLeft(tenant, entryId)
          await presence.legStarted(tenant, agent, randomUUID(), NODE)
          await presence.legEnded(tenant, agent, legUuid, true)
          await presence.offerAnswered(tenant, agent, { callId: entryId, legUuid, node: NODE })
          await presence.offerFailed(tenant, agent, entryId, { cause: 'NO_ANSWER', isAgentsFault: true })
          await presence.heal(tenant, agent)
          await presence.registrationChanged(tenant, agent, NODE, 0)
          const claimed = await db.inTenantSql(tenant, (sql) =>
            claimAgent(sql, {
              tenantId: tenant,
              skillGroupId: victimIdSet.skillGroupId,
              strategy: RoutingStrategy.LONGEST_IDLE,
              callId: entryId,
              legUuid: randomUUID(),
              now: new Date(),
              expiresAt: new Date(Date.now() + 60_000),
              excludedAgentIds: [],
              onlyAgentId: agent,
              node: NODE,
            }),
          )
          expect(claimed).toBeUndefined()
          await distributor.stop()
          expect(await snapshot()).toEqual(before)
        }
      } finally {
        await ownerDb.close()
        await owner.end()
      }
    })

    it('raw SQL cannot write a row into another tenant', async () => {
      await expect(
        api.db.inTenant(attacker.tenantId, (em) =>
          em.execute(`update app_user set name = 'pwned' where tenant_id = ?`, [victim.tenantId], 'run'),
        ),
      ).resolves.toMatchObject({ affectedRows: 0 })
      await expect(
        api.db.inTenant(attacker.tenantId, (em) =>
          em.execute(
            `insert into session (id, tenant_id, user_id, token_hash, kind, expires_at) values (gen_random_uuid(), ?, ?, 'x', 'BEARER', now())`,
            [victim.tenantId, victim.userId],
          ),
        ),
      ).rejects.toThrow(/row-level security/)
    })
  })
}
