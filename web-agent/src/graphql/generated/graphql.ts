/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An agent’s work status. Only IDLE agents receive routed calls; all but OFFLINE may dial out. */
export type AgentStatus =
  /** Wrapping up after a call, for the time the company set (and, when it requires one, until the call’s service summary is saved). */
  | 'AFTER_CALL_WORK'
  /** Free and ready: the next routed call may be offered. */
  | 'IDLE'
  /** Signed in but not taking routed calls, for the reason shown. */
  | 'NOT_READY'
  /** Not signed in to the workstation, or its heartbeat stopped. */
  | 'OFFLINE'
  /** The agent’s phone is on a call (routed, outbound or any other). */
  | 'ON_CALL'
  /** A routed call is being offered and the agent’s phone rings. */
  | 'RINGING';

/** Where an agent answers calls. */
export type AnsweringMode =
  /** The agent’s mobile phone, to which calls are forwarded. */
  | 'MOBILE'
  /** A SIP phone: the workstation’s WebRTC softphone or a registered desk phone. */
  | 'SIP';

/** Who started the call, from the call center’s point of view. */
export type CallDirection =
  /** A customer called one of the tenant’s numbers. */
  | 'INBOUND'
  /** An agent or campaign called a customer. */
  | 'OUTBOUND';

/** What an agent may choose; the other statuses follow from calls and presence. */
export type ChosenStatus =
  /** Ready for routed calls (ends after-call work early). */
  | 'IDLE'
  /** Not taking routed calls, for a reason. */
  | 'NOT_READY';

/** A new contact plan; its owner is the signed-in agent. */
export type CreateContactPlanInput = {
  /** The customer to call back. */
  customerId: string | number;
  /** When to call; must be in the future. */
  dueAt: string;
  /** Notes, up to 2000 characters. */
  notes?: string | null | undefined;
  /** The number to call: one of the customer’s numbers. */
  phoneNumber: string;
  /** What the call is for, 1–200 characters. */
  purpose: string;
};

/** A new customer. */
export type CreateCustomerInput = {
  /** Values of the CUSTOMER custom fields by key, checked against their definitions. */
  customFields?: unknown;
  /** Name, at most 100 characters. */
  name?: string | null | undefined;
  /** Owner organisation; required for tenant-wide administrators, otherwise the viewer’s own. */
  organization?: Organization | null | undefined;
  /** Phone numbers, at most 10, the main one first; each unique among the organisation’s customers. */
  phoneNumbers?: Array<string> | null | undefined;
};

/** What a custom field holds, and so how its values are checked. */
export type CustomFieldType =
  /** A calendar date, YYYY-MM-DD. */
  | 'DATE'
  /** An email address, stored in lower case. */
  | 'EMAIL'
  /** Several lines of text, at most 5000 characters. */
  | 'LONG_TEXT'
  /** A list of the field’s options, by value. */
  | 'MULTIPLE_CHOICE'
  /** A number (JSON number). */
  | 'NUMBER'
  /** A phone number, stored in E.164 (national numbers read in the home region). */
  | 'PHONE'
  /** One of the field’s options, by value. */
  | 'SINGLE_CHOICE'
  /** One line of text, at most 500 characters. */
  | 'TEXT';

/** What of a customer changed. */
export type CustomerChangePart =
  /** Name, numbers or custom fields (or the customer was merged away). */
  | 'CARD'
  /** An entry was added to the history. */
  | 'HISTORY';

/** Conditions on the customer list; all given conditions must hold. */
export type CustomerFilter = {
  /** Part of the name, any case. */
  name?: string | null | undefined;
  /** A whole phone number; national numbers are read in the company’s home region. */
  number?: string | null | undefined;
  /** The last digits of a phone number, e.g. 8000. */
  numberEndsWith?: string | null | undefined;
  /** Only customers of this organisation (tenant-wide administrators see both). */
  organization?: Organization | null | undefined;
};

/** What an entry of a customer’s history is. */
export type CustomerHistoryKind =
  /** A call with the customer that reached an agent. */
  | 'CALL'
  /** An online chat, added by another system. */
  | 'CHAT'
  /** A callback an agent scheduled. */
  | 'CONTACT_PLAN'
  /** A note an agent wrote. */
  | 'NOTE'
  /** Anything else another system added. */
  | 'OTHER'
  /** The service summary an agent wrote after a call. */
  | 'SUMMARY'
  /** A ticket, added by another system. */
  | 'TICKET';

/** Whether the embedded page lets the workstation show it in a frame. */
export type EmbedFraming =
  /** Its headers allow it. */
  | 'ALLOWED'
  /** X-Frame-Options or CSP frame-ancestors forbid it: open it in a new tab. */
  | 'REFUSED'
  /** It could not be asked (no page, unreachable from the API, a private address). */
  | 'UNKNOWN';

/** Which side ended the call. */
export type HangupSide =
  /** The called party (agent or customer) hung up. */
  | 'CALLEE'
  /** The party that started the call hung up. */
  | 'CALLER'
  /** The switch or the platform ended it (timeout, transfer failure, lost leg). */
  | 'SYSTEM';

/** Which of the signed-in agent’s calls to list; every condition given must hold. */
export type MyCallRecordFilter = {
  /** True: answered calls only; false: missed (unanswered) calls only. In My call records, answered means answered by the signed-in agent. */
  answered?: boolean | null | undefined;
  /** Only inbound or only outbound calls. */
  direction?: CallDirection | null | undefined;
  /** Calls started at or after this time. */
  from?: string | null | undefined;
  /** Calls whose caller, callee or dialled number contains these digits. */
  number?: string | null | undefined;
  /** Calls started before this time. */
  to?: string | null | undefined;
};

/** Who sets a not-ready reason. */
export type NotReadyReasonKind =
  /** Defined by the company; agents choose it on the phone bar. */
  | 'CUSTOM'
  /** Set by the platform (too many missed offers, phone not registered); never chosen. */
  | 'SYSTEM';

/** Inbound service and telesales are isolated from each other in permissions and data. */
export type Organization =
  /** Agents who answer calls. */
  | 'INBOUND'
  /** Agents who place outbound sales calls. */
  | 'TELESALES';

/** Which page of a list to return. */
export type PageInput = {
  /** Rows to return, at most 100. */
  limit?: number;
  /** Rows to skip. */
  offset?: number;
};

/** Which SIP phone answers in SIP mode. */
export type PhoneKind =
  /** A desk phone registered with the agent’s SIP credentials. */
  | 'DESK_PHONE'
  /** The workstation’s WebRTC softphone in the browser. */
  | 'SOFTPHONE';

/** Where an agent’s appeal of an inspection stands. */
export type QaAppealStatus =
  /** Accepted: the inspection was scored again (a revised result). */
  | 'ACCEPTED'
  /** Waiting for the inspector or an administrator. */
  | 'PENDING'
  /** Rejected: the result stands. */
  | 'REJECTED';

/** What the agent records after calling an item (G7). */
export type RecordTaskItemResultInput = {
  /** One of the task’s follow-up results, by value. */
  followUpResult: string;
  /** When to call again, in the future; creates a contact plan for the agent. */
  nextContactAt?: string | null | undefined;
  /** Notes, up to 2000 characters. */
  notes?: string | null | undefined;
};

/** The viewer’s service summary of a call they handled. */
export type SaveServiceSummaryInput = {
  /** The call. */
  callId: string | number;
  /** A category at any level; required once the company has enabled categories. A disabled one is refused unless the summary already has it. */
  categoryId?: string | number | null | undefined;
  /** SERVICE_SUMMARY custom field values by key, as a patch: given keys replace, null clears, others stay. */
  customFields?: unknown;
  /** The customer (the screen pop’s); when omitted, the one already linked, else the customer of the call’s other number (created if new). */
  customerId?: string | number | null | undefined;
  /** Free notes, at most 5000 characters. */
  notes?: string | null | undefined;
};

/** Where a call on a simulated phone stands. */
export type SimulatedCallState =
  /** Hung up, declined or not answered in time. */
  | 'ENDED'
  /** The phone rings: answer or decline it. */
  | 'RINGING'
  /** Answered: the call is on. */
  | 'TALKING';

/** Why an agent’s status changed. */
export type StatusCause =
  /** After-call work time ran out. */
  | 'AFTER_CALL_WORK_ENDED'
  /** The agent’s call ended. */
  | 'CALL_ENDED'
  /** The agent’s phone joined a call. */
  | 'CALL_STARTED'
  /** The agent chose this status. */
  | 'CHOSEN'
  /** An administrator signed the agent out. */
  | 'FORCED_SIGN_OUT'
  /** The workstation stopped reporting; the agent was taken offline. */
  | 'HEARTBEAT_LOST'
  /** Too many offers in a row were missed; the agent was set not ready. */
  | 'MISSED_OFFERS_LIMIT'
  /** A routed call was offered to the agent. */
  | 'OFFERED'
  /** The agent answered the offered call. */
  | 'OFFER_ANSWERED'
  /** An offer outlived its ring time with no outcome; the reservation was released. */
  | 'OFFER_EXPIRED'
  /** The offered call was not answered in time or was rejected. */
  | 'OFFER_MISSED'
  /** The caller hung up (or the call moved on) while the offer rang. */
  | 'OFFER_WITHDRAWN'
  /** The agent’s SIP phone registered. */
  | 'REGISTERED'
  /** The agent’s SIP phone is no longer registered. */
  | 'REGISTRATION_LOST'
  /** The service summary the company requires was saved, ending the after-call work it held. */
  | 'SERVICE_SUMMARY_SAVED'
  /** The agent signed in to the workstation. */
  | 'SIGNED_IN'
  /** The agent signed out. */
  | 'SIGNED_OUT'
  /** The switch’s own view corrected a call the platform missed. */
  | 'SWITCH_RESYNC';

/** Which items a list shows; every condition given must hold. */
export type TaskItemFilter = {
  /** The agent the items are assigned to. */
  assigneeAgentId?: string | number | null | undefined;
  /** The follow-up result recorded, by value. */
  followUpResult?: string | null | undefined;
  /** Items planned to be called again before this time (the end of today: “call back today”). */
  nextContactBefore?: string | null | undefined;
  /** Where the items stand. */
  status?: TaskItemStatus | null | undefined;
};

/** Where a number of a task stands. */
export type TaskItemStatus =
  /** Dialled, no follow-up result yet. */
  | 'DIALLED'
  /** An agent has it open now; nobody else can dial it. */
  | 'LOCKED'
  /** Not dialled yet. */
  | 'NEW'
  /** Dialled and a follow-up result recorded. */
  | 'RESULT_RECORDED';

/** Where a call is transferred: exactly one of an agent, a skill group or a number. */
export type TransferTargetInput = {
  /** An IDLE agent of the company. */
  agentId?: string | number | null | undefined;
  /** An outside number, subject to the company’s allow-list. */
  number?: string | null | undefined;
  /** A skill group: the call joins its queue. */
  skillGroupId?: string | number | null | undefined;
};

/** How an agent signs in to the workstation (G2). */
export type WorkstationSignInInput = {
  /** Where calls ring: a SIP phone or the agent’s mobile. */
  answeringMode: AnsweringMode;
  /** In SIP mode: the browser softphone (default) or a desk phone. */
  phoneKind?: PhoneKind | null | undefined;
  /** Not-ready reason, required when starting NOT_READY. */
  reasonId?: string | number | null | undefined;
  /** Status to start in; IDLE when omitted. */
  status?: ChosenStatus | null | undefined;
};

export type MyContactPlanDueSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyContactPlanDueSubscription = { myContactPlanDue: { id: string, customerName: string, phoneNumber: string, dueAt: string, purpose: string } };

export type OverdueContactPlansQueryVariables = Exact<{
  ownerId: string | number;
}>;


export type OverdueContactPlansQuery = { contactPlans: { totalCount: number } };

export type CreateContactPlanMutationVariables = Exact<{
  input: CreateContactPlanInput;
}>;


export type CreateContactPlanMutation = { createContactPlan: { id: string } };

export type CustomerByNumberQueryVariables = Exact<{
  number: string;
}>;


export type CustomerByNumberQuery = { customers: { items: Array<{ id: string, name: string, phoneNumbers: Array<string> }> } };

export type CustomerCardFieldsFragment = { id: string, name: string, phoneNumbers: Array<string>, organization: Organization, customFields: unknown };

export type CustomerFieldDefinitionFieldsFragment = { id: string, key: string, labelZh: string, labelEn: string, type: CustomFieldType, isRequired: boolean, isHidden: boolean, options: Array<{ value: string, labelZh: string, labelEn: string }> };

export type WorkstationCustomerListQueryVariables = Exact<{
  filter?: CustomerFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type WorkstationCustomerListQuery = { customers: { totalCount: number, items: Array<{ updatedAt: string, id: string, name: string, phoneNumbers: Array<string>, organization: Organization, customFields: unknown }> }, customFieldDefinitions: Array<{ id: string, key: string, labelZh: string, labelEn: string, type: CustomFieldType, isRequired: boolean, isHidden: boolean, options: Array<{ value: string, labelZh: string, labelEn: string }> }> };

export type CustomerDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerDetailQuery = { customer: { id: string, name: string, phoneNumbers: Array<string>, organization: Organization, customFields: unknown }, customFieldDefinitions: Array<{ id: string, key: string, labelZh: string, labelEn: string, type: CustomFieldType, isRequired: boolean, isHidden: boolean, options: Array<{ value: string, labelZh: string, labelEn: string }> }> };

export type CustomerCardQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerCardQuery = { customer: { id: string, name: string, phoneNumbers: Array<string>, organization: Organization, customFields: unknown } };

export type WorkstationCreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type WorkstationCreateCustomerMutation = { createCustomer: { id: string } };

export type CustomerHistoryEntryFieldsFragment = { id: string, kind: CustomerHistoryKind, at: string, title: string, body: string, source: string, link: string | null, authorName: string | null, call: { direction: CallDirection, agentName: string | null, isAnswered: boolean, talkSeconds: number | null, recordingUrl: string | null } | null };

export type CustomerHistoryQueryVariables = Exact<{
  customerId: string | number;
  after?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type CustomerHistoryQuery = { customerHistory: { nextCursor: string | null, entries: Array<{ id: string, kind: CustomerHistoryKind, at: string, title: string, body: string, source: string, link: string | null, authorName: string | null, call: { direction: CallDirection, agentName: string | null, isAnswered: boolean, talkSeconds: number | null, recordingUrl: string | null } | null }> } };

export type AddCustomerNoteMutationVariables = Exact<{
  customerId: string | number;
  text: string;
}>;


export type AddCustomerNoteMutation = { addCustomerNote: boolean };

export type UpdateCustomerCardMutationVariables = Exact<{
  id: string | number;
  name: string;
  customFields?: unknown;
}>;


export type UpdateCustomerCardMutation = { updateCustomer: { id: string, name: string, phoneNumbers: Array<string>, organization: Organization, customFields: unknown } };

export type CustomerChangedSubscriptionVariables = Exact<{
  customerId: string | number;
}>;


export type CustomerChangedSubscription = { customerChanged: { customerId: string, part: CustomerChangePart, mergedInto: string | null } };

export type MyCallRowFragment = { id: string, isAnswered: boolean, queueName: string | null, waitSeconds: number | null, talkSeconds: number | null, call: { id: string, direction: CallDirection, callerNumber: string | null, calleeNumber: string | null, dialledNumber: string | null, startedAt: string, endedAt: string | null } };

export type MyCallRecordsQueryVariables = Exact<{
  filter?: MyCallRecordFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type MyCallRecordsQuery = { myCallRecords: { totalCount: number, items: Array<{ id: string, isAnswered: boolean, queueName: string | null, waitSeconds: number | null, talkSeconds: number | null, call: { id: string, direction: CallDirection, callerNumber: string | null, calleeNumber: string | null, dialledNumber: string | null, startedAt: string, endedAt: string | null } }> } };

export type MyCallDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type MyCallDetailsQuery = { myCallRecord: { recordingUrl: string | null, id: string, isAnswered: boolean, queueName: string | null, waitSeconds: number | null, talkSeconds: number | null, serviceSummary: { id: string, callId: string, customerId: string | null, categoryId: string | null, customFields: unknown, notes: string, createdAt: string, updatedAt: string } | null, call: { ringingAt: string | null, answeredAt: string | null, hangupCause: string | null, hangupSide: HangupSide | null, satisfactionScore: number | null, satisfactionScale: number | null, id: string, direction: CallDirection, callerNumber: string | null, calleeNumber: string | null, dialledNumber: string | null, startedAt: string, endedAt: string | null, satisfactionLabel: { zh: string, en: string } | null, legs: Array<{ id: string, role: string }>, timeline: Array<{ at: string, event: string, legId: string | null, detail: string | null, agentName: string | null, skillGroupName: string | null, outcome: string | null, seconds: number | null }> } } };

export type MyInspectionRowFragment = { id: string, callId: string, callStartedAt: string | null, scorecardName: string, scorecardVersion: number, inspectorName: string | null, points: number | null, maxPoints: number, percent: number | null, isFatalFailed: boolean, submittedAt: string | null, appealDeadline: string | null, recordingUrl: string | null, appeal: { status: QaAppealStatus, reason: string, appealedAt: string, resolution: string | null, resolvedAt: string | null } | null };

export type MyInspectionDetailsFragment = { inspection: { id: string, callId: string, callStartedAt: string | null, scorecardName: string, scorecardVersion: number, inspectorName: string | null, points: number | null, maxPoints: number, percent: number | null, isFatalFailed: boolean, submittedAt: string | null, appealDeadline: string | null, recordingUrl: string | null, appeal: { status: QaAppealStatus, reason: string, appealedAt: string, resolution: string | null, resolvedAt: string | null } | null }, scorecard: { id: string, version: number, sections: Array<{ name: string, criteria: Array<{ id: string, name: string, description: string, maxPoints: number, isFatal: boolean }> }> }, results: Array<{ revision: number, points: number, percent: number, isFatalFailed: boolean, scoredAt: string, scores: Array<{ criterionId: string, points: number, isFailed: boolean }>, comments: Array<{ atSeconds: number | null, criterionId: string | null, text: string }> }> };

export type MyQaInspectionsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type MyQaInspectionsQuery = { myQaInspections: { totalCount: number, items: Array<{ id: string, callId: string, callStartedAt: string | null, scorecardName: string, scorecardVersion: number, inspectorName: string | null, points: number | null, maxPoints: number, percent: number | null, isFatalFailed: boolean, submittedAt: string | null, appealDeadline: string | null, recordingUrl: string | null, appeal: { status: QaAppealStatus, reason: string, appealedAt: string, resolution: string | null, resolvedAt: string | null } | null }> } };

export type MyQaInspectionQueryVariables = Exact<{
  id: string | number;
}>;


export type MyQaInspectionQuery = { qaInspection: { inspection: { id: string, callId: string, callStartedAt: string | null, scorecardName: string, scorecardVersion: number, inspectorName: string | null, points: number | null, maxPoints: number, percent: number | null, isFatalFailed: boolean, submittedAt: string | null, appealDeadline: string | null, recordingUrl: string | null, appeal: { status: QaAppealStatus, reason: string, appealedAt: string, resolution: string | null, resolvedAt: string | null } | null }, scorecard: { id: string, version: number, sections: Array<{ name: string, criteria: Array<{ id: string, name: string, description: string, maxPoints: number, isFatal: boolean }> }> }, results: Array<{ revision: number, points: number, percent: number, isFatalFailed: boolean, scoredAt: string, scores: Array<{ criterionId: string, points: number, isFailed: boolean }>, comments: Array<{ atSeconds: number | null, criterionId: string | null, text: string }> }> } };

export type AppealQaInspectionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type AppealQaInspectionMutation = { appealQaInspection: { inspection: { id: string, callId: string, callStartedAt: string | null, scorecardName: string, scorecardVersion: number, inspectorName: string | null, points: number | null, maxPoints: number, percent: number | null, isFatalFailed: boolean, submittedAt: string | null, appealDeadline: string | null, recordingUrl: string | null, appeal: { status: QaAppealStatus, reason: string, appealedAt: string, resolution: string | null, resolvedAt: string | null } | null }, scorecard: { id: string, version: number, sections: Array<{ name: string, criteria: Array<{ id: string, name: string, description: string, maxPoints: number, isFatal: boolean }> }> }, results: Array<{ revision: number, points: number, percent: number, isFatalFailed: boolean, scoredAt: string, scores: Array<{ criterionId: string, points: number, isFailed: boolean }>, comments: Array<{ atSeconds: number | null, criterionId: string | null, text: string }> }> } };

export type ScreenPopQueryVariables = Exact<{
  callId: string | number;
  historyLimit: number;
}>;


export type ScreenPopQuery = { screenPop: { callId: string, direction: CallDirection, callerNumber: string | null, dialledNumber: string | null, customerNumber: string | null, skillGroupName: string | null, queueWaitSeconds: number | null, transfers: number, embedUrl: string | null, ivrPath: Array<{ menuName: string, key: string | null }>, customer: { id: string, name: string, phoneNumbers: Array<string>, organization: Organization, customFields: unknown } | null, history: { nextCursor: string | null, entries: Array<{ id: string, kind: CustomerHistoryKind, at: string, title: string, body: string, source: string, link: string | null, authorName: string | null, call: { direction: CallDirection, agentName: string | null, isAnswered: boolean, talkSeconds: number | null, recordingUrl: string | null } | null }> } | null }, customFieldDefinitions: Array<{ id: string, key: string, labelZh: string, labelEn: string, type: CustomFieldType, isRequired: boolean, isHidden: boolean, options: Array<{ value: string, labelZh: string, labelEn: string }> }> };

export type ScreenPopEmbedCheckQueryVariables = Exact<{
  callId: string | number;
}>;


export type ScreenPopEmbedCheckQuery = { screenPopEmbedCheck: { framing: EmbedFraming, reason: string | null } };

export type ServiceSummaryFieldsFragment = { id: string, callId: string, customerId: string | null, categoryId: string | null, customFields: unknown, notes: string, createdAt: string, updatedAt: string };

export type SummaryCategoryFieldsFragment = { id: string, parentId: string | null, depth: number, labelZh: string, labelEn: string, position: number, isEnabled: boolean };

export type SummaryFieldFragment = { id: string, key: string, labelZh: string, labelEn: string, type: CustomFieldType, isRequired: boolean, isHidden: boolean, options: Array<{ value: string, labelZh: string, labelEn: string }> };

export type SummaryVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type SummaryVocabularyQuery = { serviceSummaryCategories: Array<{ id: string, parentId: string | null, depth: number, labelZh: string, labelEn: string, position: number, isEnabled: boolean }>, customFieldDefinitions: Array<{ id: string, key: string, labelZh: string, labelEn: string, type: CustomFieldType, isRequired: boolean, isHidden: boolean, options: Array<{ value: string, labelZh: string, labelEn: string }> }> };

export type ServiceSummaryQueryVariables = Exact<{
  callId: string | number;
}>;


export type ServiceSummaryQuery = { serviceSummary: { id: string, callId: string, customerId: string | null, categoryId: string | null, customFields: unknown, notes: string, createdAt: string, updatedAt: string } | null };

export type SaveServiceSummaryMutationVariables = Exact<{
  input: SaveServiceSummaryInput;
}>;


export type SaveServiceSummaryMutation = { saveServiceSummary: { id: string, callId: string, customerId: string | null, categoryId: string | null, customFields: unknown, notes: string, createdAt: string, updatedAt: string } };

export type MyTaskItemFieldsFragment = { id: string, taskId: string, taskName: string, phoneNumber: string, customFields: unknown, status: TaskItemStatus, followUpResult: string | null, notes: string, nextContactAt: string | null };

export type TaskForAgentFieldsFragment = { id: string, name: string, script: string, customFieldIds: Array<string>, followUpResults: Array<{ value: string, labelZh: string, labelEn: string }> };

export type MyTaskItemsQueryVariables = Exact<{
  filter?: TaskItemFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type MyTaskItemsQuery = { myTaskItems: { totalCount: number, items: Array<{ id: string, taskId: string, taskName: string, phoneNumber: string, customFields: unknown, status: TaskItemStatus, followUpResult: string | null, notes: string, nextContactAt: string | null }> } };

export type TasksForAgentQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type TasksForAgentQuery = { outboundTasks: { items: Array<{ id: string, name: string, script: string, customFieldIds: Array<string>, followUpResults: Array<{ value: string, labelZh: string, labelEn: string }> }> } };

export type TaskFieldDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskFieldDefinitionsQuery = { customFieldDefinitions: Array<{ id: string, key: string, labelZh: string, labelEn: string, type: CustomFieldType, isRequired: boolean, isHidden: boolean, options: Array<{ value: string, labelZh: string, labelEn: string }> }> };

export type OpenTaskItemMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenTaskItemMutation = { openTaskItem: { id: string, taskId: string, taskName: string, phoneNumber: string, customFields: unknown, status: TaskItemStatus, followUpResult: string | null, notes: string, nextContactAt: string | null } };

export type ReleaseTaskItemMutationVariables = Exact<{
  id: string | number;
}>;


export type ReleaseTaskItemMutation = { releaseTaskItem: { id: string } };

export type DialTaskItemMutationVariables = Exact<{
  id: string | number;
  idempotencyKey: string;
}>;


export type DialTaskItemMutation = { dialTaskItem: { callId: string } };

export type RecordTaskItemResultMutationVariables = Exact<{
  id: string | number;
  input: RecordTaskItemResultInput;
}>;


export type RecordTaskItemResultMutation = { recordTaskItemResult: { id: string, taskId: string, taskName: string, phoneNumber: string, customFields: unknown, status: TaskItemStatus, followUpResult: string | null, notes: string, nextContactAt: string | null } };

export type AgentStateFieldsFragment = { status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause, notice: string | null, afterCallWorkCallId: string | null, isAwaitingSummary: boolean, answeringMode: AnsweringMode | null, phoneKind: PhoneKind | null, offer: { callId: string, callerNumber: string | null, skillGroupId: string | null } | null, call: { callId: string | null, direction: CallDirection, remoteNumber: string | null } | null };

export type SoftphoneSettingsFragment = { sipUri: string, authUser: string, password: string, domain: string, displayName: string, websocketUrl: string, iceServers: Array<{ urls: Array<string>, username: string | null, credential: string | null }> };

export type SimulatedPhoneCallFieldsFragment = { legId: string, state: SimulatedCallState, remoteNumber: string | null, isAutoAnswer: boolean };

export type WorkstationStartQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkstationStartQuery = { isPhoneSimulated: boolean, myAgentState: { status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause, notice: string | null, afterCallWorkCallId: string | null, isAwaitingSummary: boolean, answeringMode: AnsweringMode | null, phoneKind: PhoneKind | null, offer: { callId: string, callerNumber: string | null, skillGroupId: string | null } | null, call: { callId: string | null, direction: CallDirection, remoteNumber: string | null } | null } | null, notReadyReasons: Array<{ id: string, code: string | null, name: string, kind: NotReadyReasonKind }>, acdSettings: { afterCallWorkSeconds: number, heartbeatTimeoutSeconds: number } };

export type MySoftphoneQueryVariables = Exact<{ [key: string]: never; }>;


export type MySoftphoneQuery = { mySoftphone: { sipUri: string, authUser: string, password: string, domain: string, displayName: string, websocketUrl: string, iceServers: Array<{ urls: Array<string>, username: string | null, credential: string | null }> } };

export type TransferTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type TransferTargetsQuery = { skillGroups: { items: Array<{ id: string, name: string }> }, transferableAgents: Array<{ id: string, name: string, agentNumber: string, status: AgentStatus }> };

export type MyAgentStateChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyAgentStateChangedSubscription = { myAgentStateChanged: { status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause, notice: string | null, afterCallWorkCallId: string | null, isAwaitingSummary: boolean, answeringMode: AnsweringMode | null, phoneKind: PhoneKind | null, offer: { callId: string, callerNumber: string | null, skillGroupId: string | null } | null, call: { callId: string | null, direction: CallDirection, remoteNumber: string | null } | null } };

export type SignInWorkstationMutationVariables = Exact<{
  input: WorkstationSignInInput;
}>;


export type SignInWorkstationMutation = { signInWorkstation: { status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause, notice: string | null, afterCallWorkCallId: string | null, isAwaitingSummary: boolean, answeringMode: AnsweringMode | null, phoneKind: PhoneKind | null, offer: { callId: string, callerNumber: string | null, skillGroupId: string | null } | null, call: { callId: string | null, direction: CallDirection, remoteNumber: string | null } | null } };

export type SignOutWorkstationMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutWorkstationMutation = { signOutWorkstation: { status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause, notice: string | null, afterCallWorkCallId: string | null, isAwaitingSummary: boolean, answeringMode: AnsweringMode | null, phoneKind: PhoneKind | null, offer: { callId: string, callerNumber: string | null, skillGroupId: string | null } | null, call: { callId: string | null, direction: CallDirection, remoteNumber: string | null } | null } | null };

export type WorkstationHeartbeatMutationVariables = Exact<{ [key: string]: never; }>;


export type WorkstationHeartbeatMutation = { workstationHeartbeat: { status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause, notice: string | null, afterCallWorkCallId: string | null, isAwaitingSummary: boolean, answeringMode: AnsweringMode | null, phoneKind: PhoneKind | null, offer: { callId: string, callerNumber: string | null, skillGroupId: string | null } | null, call: { callId: string | null, direction: CallDirection, remoteNumber: string | null } | null } };

export type SetMyStatusMutationVariables = Exact<{
  status: ChosenStatus;
  reasonId?: string | number | null | undefined;
}>;


export type SetMyStatusMutation = { setMyStatus: { status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause, notice: string | null, afterCallWorkCallId: string | null, isAwaitingSummary: boolean, answeringMode: AnsweringMode | null, phoneKind: PhoneKind | null, offer: { callId: string, callerNumber: string | null, skillGroupId: string | null } | null, call: { callId: string | null, direction: CallDirection, remoteNumber: string | null } | null } };

export type DialOutMutationVariables = Exact<{
  number: string;
  idempotencyKey: string;
  planId?: string | number | null | undefined;
}>;


export type DialOutMutation = { dialOut: { callId: string } };

export type AnswerCallMutationVariables = Exact<{
  idempotencyKey: string;
}>;


export type AnswerCallMutation = { answerCall: { callId: string } };

export type HoldCallMutationVariables = Exact<{
  on: boolean;
  idempotencyKey: string;
}>;


export type HoldCallMutation = { holdCall: { callId: string } };

export type MuteCallMutationVariables = Exact<{
  on: boolean;
  idempotencyKey: string;
}>;


export type MuteCallMutation = { muteCall: { callId: string } };

export type HangUpCallMutationVariables = Exact<{
  idempotencyKey: string;
}>;


export type HangUpCallMutation = { hangUpCall: { callId: string } };

export type TransferToSurveyMutationVariables = Exact<{
  idempotencyKey: string;
}>;


export type TransferToSurveyMutation = { transferToSurvey: { callId: string } };

export type ReconnectCallMutationVariables = Exact<{
  idempotencyKey: string;
}>;


export type ReconnectCallMutation = { reconnectCall: { callId: string } };

export type TransferCallMutationVariables = Exact<{
  target: TransferTargetInput;
  idempotencyKey: string;
}>;


export type TransferCallMutation = { transferCall: { callId: string } };

export type ConsultCallMutationVariables = Exact<{
  target: TransferTargetInput;
  idempotencyKey: string;
}>;


export type ConsultCallMutation = { consultCall: { callId: string } };

export type CompleteConsultationMutationVariables = Exact<{
  idempotencyKey: string;
}>;


export type CompleteConsultationMutation = { completeConsultation: { callId: string } };

export type CancelConsultationMutationVariables = Exact<{
  idempotencyKey: string;
}>;


export type CancelConsultationMutation = { cancelConsultation: { callId: string } };

export type RegisterSimulatedPhoneMutationVariables = Exact<{ [key: string]: never; }>;


export type RegisterSimulatedPhoneMutation = { registerSimulatedPhone: { expiresSeconds: number, ringing: Array<{ legId: string, state: SimulatedCallState, remoteNumber: string | null, isAutoAnswer: boolean }> } };

export type UnregisterSimulatedPhoneMutationVariables = Exact<{ [key: string]: never; }>;


export type UnregisterSimulatedPhoneMutation = { unregisterSimulatedPhone: boolean };

export type AnswerSimulatedCallMutationVariables = Exact<{
  legId?: string | number | null | undefined;
}>;


export type AnswerSimulatedCallMutation = { answerSimulatedCall: { legId: string } };

export type HangUpSimulatedCallMutationVariables = Exact<{
  legId?: string | number | null | undefined;
}>;


export type HangUpSimulatedCallMutation = { hangUpSimulatedCall: { legId: string } };

export type PressSimulatedCallKeysMutationVariables = Exact<{
  keys: string;
  legId?: string | number | null | undefined;
}>;


export type PressSimulatedCallKeysMutation = { pressSimulatedCallKeys: { legId: string } };

export type MySimulatedPhoneCallsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MySimulatedPhoneCallsSubscription = { mySimulatedPhoneCalls: { legId: string, state: SimulatedCallState, remoteNumber: string | null, isAutoAnswer: boolean } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CustomerCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment CustomerCardFields on Customer {
  id
  name
  phoneNumbers
  organization
  customFields
}
    `, {"fragmentName":"CustomerCardFields"}) as unknown as TypedDocumentString<CustomerCardFieldsFragment, unknown>;
export const CustomerFieldDefinitionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CustomerFieldDefinitionFields on CustomFieldDefinition {
  id
  key
  labelZh
  labelEn
  type
  isRequired
  isHidden
  options {
    value
    labelZh
    labelEn
  }
}
    `, {"fragmentName":"CustomerFieldDefinitionFields"}) as unknown as TypedDocumentString<CustomerFieldDefinitionFieldsFragment, unknown>;
export const CustomerHistoryEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment CustomerHistoryEntryFields on CustomerHistoryEntry {
  id
  kind
  at
  title
  body
  source
  link
  authorName
  call {
    direction
    agentName
    isAnswered
    talkSeconds
    recordingUrl
  }
}
    `, {"fragmentName":"CustomerHistoryEntryFields"}) as unknown as TypedDocumentString<CustomerHistoryEntryFieldsFragment, unknown>;
export const MyCallRowFragmentDoc = new TypedDocumentString(`
    fragment MyCallRow on MyCallRecord {
  id
  isAnswered
  queueName
  waitSeconds
  talkSeconds
  call {
    id
    direction
    callerNumber
    calleeNumber
    dialledNumber
    startedAt
    endedAt
  }
}
    `, {"fragmentName":"MyCallRow"}) as unknown as TypedDocumentString<MyCallRowFragment, unknown>;
export const MyInspectionRowFragmentDoc = new TypedDocumentString(`
    fragment MyInspectionRow on QaInspection {
  id
  callId
  callStartedAt
  scorecardName
  scorecardVersion
  inspectorName
  points
  maxPoints
  percent
  isFatalFailed
  submittedAt
  appealDeadline
  recordingUrl
  appeal {
    status
    reason
    appealedAt
    resolution
    resolvedAt
  }
}
    `, {"fragmentName":"MyInspectionRow"}) as unknown as TypedDocumentString<MyInspectionRowFragment, unknown>;
export const MyInspectionDetailsFragmentDoc = new TypedDocumentString(`
    fragment MyInspectionDetails on QaInspectionDetails {
  inspection {
    ...MyInspectionRow
  }
  scorecard {
    id
    version
    sections {
      name
      criteria {
        id
        name
        description
        maxPoints
        isFatal
      }
    }
  }
  results {
    revision
    points
    percent
    isFatalFailed
    scoredAt
    scores {
      criterionId
      points
      isFailed
    }
    comments {
      atSeconds
      criterionId
      text
    }
  }
}
    fragment MyInspectionRow on QaInspection {
  id
  callId
  callStartedAt
  scorecardName
  scorecardVersion
  inspectorName
  points
  maxPoints
  percent
  isFatalFailed
  submittedAt
  appealDeadline
  recordingUrl
  appeal {
    status
    reason
    appealedAt
    resolution
    resolvedAt
  }
}`, {"fragmentName":"MyInspectionDetails"}) as unknown as TypedDocumentString<MyInspectionDetailsFragment, unknown>;
export const ServiceSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ServiceSummaryFields on ServiceSummary {
  id
  callId
  customerId
  categoryId
  customFields
  notes
  createdAt
  updatedAt
}
    `, {"fragmentName":"ServiceSummaryFields"}) as unknown as TypedDocumentString<ServiceSummaryFieldsFragment, unknown>;
export const SummaryCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment SummaryCategoryFields on ServiceSummaryCategory {
  id
  parentId
  depth
  labelZh
  labelEn
  position
  isEnabled
}
    `, {"fragmentName":"SummaryCategoryFields"}) as unknown as TypedDocumentString<SummaryCategoryFieldsFragment, unknown>;
export const SummaryFieldFragmentDoc = new TypedDocumentString(`
    fragment SummaryField on CustomFieldDefinition {
  id
  key
  labelZh
  labelEn
  type
  isRequired
  isHidden
  options {
    value
    labelZh
    labelEn
  }
}
    `, {"fragmentName":"SummaryField"}) as unknown as TypedDocumentString<SummaryFieldFragment, unknown>;
export const MyTaskItemFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"MyTaskItemFields"}) as unknown as TypedDocumentString<MyTaskItemFieldsFragment, unknown>;
export const TaskForAgentFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"TaskForAgentFields"}) as unknown as TypedDocumentString<TaskForAgentFieldsFragment, unknown>;
export const AgentStateFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgentStateFields on AgentState {
  status
  reasonId
  since
  cause
  notice
  offer {
    callId
    callerNumber
    skillGroupId
  }
  call {
    callId
    direction
    remoteNumber
  }
  afterCallWorkCallId
  isAwaitingSummary
  answeringMode
  phoneKind
}
    `, {"fragmentName":"AgentStateFields"}) as unknown as TypedDocumentString<AgentStateFieldsFragment, unknown>;
export const SoftphoneSettingsFragmentDoc = new TypedDocumentString(`
    fragment SoftphoneSettings on Softphone {
  sipUri
  authUser
  password
  domain
  displayName
  websocketUrl
  iceServers {
    urls
    username
    credential
  }
}
    `, {"fragmentName":"SoftphoneSettings"}) as unknown as TypedDocumentString<SoftphoneSettingsFragment, unknown>;
export const SimulatedPhoneCallFieldsFragmentDoc = new TypedDocumentString(`
    fragment SimulatedPhoneCallFields on SimulatedPhoneCall {
  legId
  state
  remoteNumber
  isAutoAnswer
}
    `, {"fragmentName":"SimulatedPhoneCallFields"}) as unknown as TypedDocumentString<SimulatedPhoneCallFieldsFragment, unknown>;
export const MyContactPlanDueDocument = new TypedDocumentString(`
    subscription MyContactPlanDue {
  myContactPlanDue {
    id
    customerName
    phoneNumber
    dueAt
    purpose
  }
}
    `) as unknown as TypedDocumentString<MyContactPlanDueSubscription, MyContactPlanDueSubscriptionVariables>;
export const OverdueContactPlansDocument = new TypedDocumentString(`
    query OverdueContactPlans($ownerId: ID!) {
  contactPlans(filter: {status: OVERDUE, ownerId: $ownerId}, page: {limit: 1}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OverdueContactPlansQuery, OverdueContactPlansQueryVariables>;
export const CreateContactPlanDocument = new TypedDocumentString(`
    mutation CreateContactPlan($input: CreateContactPlanInput!) {
  createContactPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateContactPlanMutation, CreateContactPlanMutationVariables>;
export const CustomerByNumberDocument = new TypedDocumentString(`
    query CustomerByNumber($number: String!) {
  customers(filter: {number: $number}, page: {limit: 1}) {
    items {
      id
      name
      phoneNumbers
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerByNumberQuery, CustomerByNumberQueryVariables>;
export const WorkstationCustomerListDocument = new TypedDocumentString(`
    query WorkstationCustomerList($filter: CustomerFilter, $page: PageInput) {
  customers(filter: $filter, page: $page) {
    items {
      ...CustomerCardFields
      updatedAt
    }
    totalCount
  }
  customFieldDefinitions(entity: CUSTOMER) {
    ...CustomerFieldDefinitionFields
  }
}
    fragment CustomerCardFields on Customer {
  id
  name
  phoneNumbers
  organization
  customFields
}
fragment CustomerFieldDefinitionFields on CustomFieldDefinition {
  id
  key
  labelZh
  labelEn
  type
  isRequired
  isHidden
  options {
    value
    labelZh
    labelEn
  }
}`) as unknown as TypedDocumentString<WorkstationCustomerListQuery, WorkstationCustomerListQueryVariables>;
export const CustomerDetailDocument = new TypedDocumentString(`
    query CustomerDetail($id: ID!) {
  customer(id: $id) {
    ...CustomerCardFields
  }
  customFieldDefinitions(entity: CUSTOMER) {
    ...CustomerFieldDefinitionFields
  }
}
    fragment CustomerCardFields on Customer {
  id
  name
  phoneNumbers
  organization
  customFields
}
fragment CustomerFieldDefinitionFields on CustomFieldDefinition {
  id
  key
  labelZh
  labelEn
  type
  isRequired
  isHidden
  options {
    value
    labelZh
    labelEn
  }
}`) as unknown as TypedDocumentString<CustomerDetailQuery, CustomerDetailQueryVariables>;
export const CustomerCardDocument = new TypedDocumentString(`
    query CustomerCard($id: ID!) {
  customer(id: $id) {
    ...CustomerCardFields
  }
}
    fragment CustomerCardFields on Customer {
  id
  name
  phoneNumbers
  organization
  customFields
}`) as unknown as TypedDocumentString<CustomerCardQuery, CustomerCardQueryVariables>;
export const WorkstationCreateCustomerDocument = new TypedDocumentString(`
    mutation WorkstationCreateCustomer($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkstationCreateCustomerMutation, WorkstationCreateCustomerMutationVariables>;
export const CustomerHistoryDocument = new TypedDocumentString(`
    query CustomerHistory($customerId: ID!, $after: String, $limit: Int) {
  customerHistory(customerId: $customerId, after: $after, limit: $limit) {
    entries {
      ...CustomerHistoryEntryFields
    }
    nextCursor
  }
}
    fragment CustomerHistoryEntryFields on CustomerHistoryEntry {
  id
  kind
  at
  title
  body
  source
  link
  authorName
  call {
    direction
    agentName
    isAnswered
    talkSeconds
    recordingUrl
  }
}`) as unknown as TypedDocumentString<CustomerHistoryQuery, CustomerHistoryQueryVariables>;
export const AddCustomerNoteDocument = new TypedDocumentString(`
    mutation AddCustomerNote($customerId: ID!, $text: String!) {
  addCustomerNote(customerId: $customerId, text: $text)
}
    `) as unknown as TypedDocumentString<AddCustomerNoteMutation, AddCustomerNoteMutationVariables>;
export const UpdateCustomerCardDocument = new TypedDocumentString(`
    mutation UpdateCustomerCard($id: ID!, $name: String!, $customFields: JSONObject) {
  updateCustomer(id: $id, input: {name: $name, customFields: $customFields}) {
    ...CustomerCardFields
  }
}
    fragment CustomerCardFields on Customer {
  id
  name
  phoneNumbers
  organization
  customFields
}`) as unknown as TypedDocumentString<UpdateCustomerCardMutation, UpdateCustomerCardMutationVariables>;
export const CustomerChangedDocument = new TypedDocumentString(`
    subscription CustomerChanged($customerId: ID!) {
  customerChanged(customerId: $customerId) {
    customerId
    part
    mergedInto
  }
}
    `) as unknown as TypedDocumentString<CustomerChangedSubscription, CustomerChangedSubscriptionVariables>;
export const MyCallRecordsDocument = new TypedDocumentString(`
    query MyCallRecords($filter: MyCallRecordFilter, $page: PageInput) {
  myCallRecords(filter: $filter, page: $page) {
    totalCount
    items {
      ...MyCallRow
    }
  }
}
    fragment MyCallRow on MyCallRecord {
  id
  isAnswered
  queueName
  waitSeconds
  talkSeconds
  call {
    id
    direction
    callerNumber
    calleeNumber
    dialledNumber
    startedAt
    endedAt
  }
}`) as unknown as TypedDocumentString<MyCallRecordsQuery, MyCallRecordsQueryVariables>;
export const MyCallDetailsDocument = new TypedDocumentString(`
    query MyCallDetails($id: ID!) {
  myCallRecord(id: $id) {
    ...MyCallRow
    recordingUrl
    serviceSummary {
      ...ServiceSummaryFields
    }
    call {
      ringingAt
      answeredAt
      hangupCause
      hangupSide
      satisfactionScore
      satisfactionScale
      satisfactionLabel {
        zh
        en
      }
      legs {
        id
        role
      }
      timeline {
        at
        event
        legId
        detail
        agentName
        skillGroupName
        outcome
        seconds
      }
    }
  }
}
    fragment MyCallRow on MyCallRecord {
  id
  isAnswered
  queueName
  waitSeconds
  talkSeconds
  call {
    id
    direction
    callerNumber
    calleeNumber
    dialledNumber
    startedAt
    endedAt
  }
}
fragment ServiceSummaryFields on ServiceSummary {
  id
  callId
  customerId
  categoryId
  customFields
  notes
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<MyCallDetailsQuery, MyCallDetailsQueryVariables>;
export const MyQaInspectionsDocument = new TypedDocumentString(`
    query MyQaInspections($page: PageInput) {
  myQaInspections(page: $page) {
    totalCount
    items {
      ...MyInspectionRow
    }
  }
}
    fragment MyInspectionRow on QaInspection {
  id
  callId
  callStartedAt
  scorecardName
  scorecardVersion
  inspectorName
  points
  maxPoints
  percent
  isFatalFailed
  submittedAt
  appealDeadline
  recordingUrl
  appeal {
    status
    reason
    appealedAt
    resolution
    resolvedAt
  }
}`) as unknown as TypedDocumentString<MyQaInspectionsQuery, MyQaInspectionsQueryVariables>;
export const MyQaInspectionDocument = new TypedDocumentString(`
    query MyQaInspection($id: ID!) {
  qaInspection(id: $id) {
    ...MyInspectionDetails
  }
}
    fragment MyInspectionRow on QaInspection {
  id
  callId
  callStartedAt
  scorecardName
  scorecardVersion
  inspectorName
  points
  maxPoints
  percent
  isFatalFailed
  submittedAt
  appealDeadline
  recordingUrl
  appeal {
    status
    reason
    appealedAt
    resolution
    resolvedAt
  }
}
fragment MyInspectionDetails on QaInspectionDetails {
  inspection {
    ...MyInspectionRow
  }
  scorecard {
    id
    version
    sections {
      name
      criteria {
        id
        name
        description
        maxPoints
        isFatal
      }
    }
  }
  results {
    revision
    points
    percent
    isFatalFailed
    scoredAt
    scores {
      criterionId
      points
      isFailed
    }
    comments {
      atSeconds
      criterionId
      text
    }
  }
}`) as unknown as TypedDocumentString<MyQaInspectionQuery, MyQaInspectionQueryVariables>;
export const AppealQaInspectionDocument = new TypedDocumentString(`
    mutation AppealQaInspection($id: ID!, $reason: String!) {
  appealQaInspection(id: $id, reason: $reason) {
    ...MyInspectionDetails
  }
}
    fragment MyInspectionRow on QaInspection {
  id
  callId
  callStartedAt
  scorecardName
  scorecardVersion
  inspectorName
  points
  maxPoints
  percent
  isFatalFailed
  submittedAt
  appealDeadline
  recordingUrl
  appeal {
    status
    reason
    appealedAt
    resolution
    resolvedAt
  }
}
fragment MyInspectionDetails on QaInspectionDetails {
  inspection {
    ...MyInspectionRow
  }
  scorecard {
    id
    version
    sections {
      name
      criteria {
        id
        name
        description
        maxPoints
        isFatal
      }
    }
  }
  results {
    revision
    points
    percent
    isFatalFailed
    scoredAt
    scores {
      criterionId
      points
      isFailed
    }
    comments {
      atSeconds
      criterionId
      text
    }
  }
}`) as unknown as TypedDocumentString<AppealQaInspectionMutation, AppealQaInspectionMutationVariables>;
export const ScreenPopDocument = new TypedDocumentString(`
    query ScreenPop($callId: ID!, $historyLimit: Int!) {
  screenPop(callId: $callId) {
    callId
    direction
    callerNumber
    dialledNumber
    customerNumber
    skillGroupName
    queueWaitSeconds
    transfers
    ivrPath {
      menuName
      key
    }
    embedUrl
    customer {
      ...CustomerCardFields
    }
    history(limit: $historyLimit) {
      entries {
        ...CustomerHistoryEntryFields
      }
      nextCursor
    }
  }
  customFieldDefinitions(entity: CUSTOMER) {
    ...CustomerFieldDefinitionFields
  }
}
    fragment CustomerCardFields on Customer {
  id
  name
  phoneNumbers
  organization
  customFields
}
fragment CustomerFieldDefinitionFields on CustomFieldDefinition {
  id
  key
  labelZh
  labelEn
  type
  isRequired
  isHidden
  options {
    value
    labelZh
    labelEn
  }
}
fragment CustomerHistoryEntryFields on CustomerHistoryEntry {
  id
  kind
  at
  title
  body
  source
  link
  authorName
  call {
    direction
    agentName
    isAnswered
    talkSeconds
    recordingUrl
  }
}`) as unknown as TypedDocumentString<ScreenPopQuery, ScreenPopQueryVariables>;
export const ScreenPopEmbedCheckDocument = new TypedDocumentString(`
    query ScreenPopEmbedCheck($callId: ID!) {
  screenPopEmbedCheck(callId: $callId) {
    framing
    reason
  }
}
    `) as unknown as TypedDocumentString<ScreenPopEmbedCheckQuery, ScreenPopEmbedCheckQueryVariables>;
export const SummaryVocabularyDocument = new TypedDocumentString(`
    query SummaryVocabulary {
  serviceSummaryCategories {
    ...SummaryCategoryFields
  }
  customFieldDefinitions(entity: SERVICE_SUMMARY) {
    ...SummaryField
  }
}
    fragment SummaryCategoryFields on ServiceSummaryCategory {
  id
  parentId
  depth
  labelZh
  labelEn
  position
  isEnabled
}
fragment SummaryField on CustomFieldDefinition {
  id
  key
  labelZh
  labelEn
  type
  isRequired
  isHidden
  options {
    value
    labelZh
    labelEn
  }
}`) as unknown as TypedDocumentString<SummaryVocabularyQuery, SummaryVocabularyQueryVariables>;
export const ServiceSummaryDocument = new TypedDocumentString(`
    query ServiceSummary($callId: ID!) {
  serviceSummary(callId: $callId) {
    ...ServiceSummaryFields
  }
}
    fragment ServiceSummaryFields on ServiceSummary {
  id
  callId
  customerId
  categoryId
  customFields
  notes
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ServiceSummaryQuery, ServiceSummaryQueryVariables>;
export const SaveServiceSummaryDocument = new TypedDocumentString(`
    mutation SaveServiceSummary($input: SaveServiceSummaryInput!) {
  saveServiceSummary(input: $input) {
    ...ServiceSummaryFields
  }
}
    fragment ServiceSummaryFields on ServiceSummary {
  id
  callId
  customerId
  categoryId
  customFields
  notes
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SaveServiceSummaryMutation, SaveServiceSummaryMutationVariables>;
export const MyTaskItemsDocument = new TypedDocumentString(`
    query MyTaskItems($filter: TaskItemFilter, $page: PageInput) {
  myTaskItems(filter: $filter, page: $page) {
    totalCount
    items {
      ...MyTaskItemFields
    }
  }
}
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
}`) as unknown as TypedDocumentString<MyTaskItemsQuery, MyTaskItemsQueryVariables>;
export const TasksForAgentDocument = new TypedDocumentString(`
    query TasksForAgent($page: PageInput) {
  outboundTasks(page: $page) {
    items {
      ...TaskForAgentFields
    }
  }
}
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
}`) as unknown as TypedDocumentString<TasksForAgentQuery, TasksForAgentQueryVariables>;
export const TaskFieldDefinitionsDocument = new TypedDocumentString(`
    query TaskFieldDefinitions {
  customFieldDefinitions(entity: OUTBOUND_TASK) {
    ...CustomerFieldDefinitionFields
  }
}
    fragment CustomerFieldDefinitionFields on CustomFieldDefinition {
  id
  key
  labelZh
  labelEn
  type
  isRequired
  isHidden
  options {
    value
    labelZh
    labelEn
  }
}`) as unknown as TypedDocumentString<TaskFieldDefinitionsQuery, TaskFieldDefinitionsQueryVariables>;
export const OpenTaskItemDocument = new TypedDocumentString(`
    mutation OpenTaskItem($id: ID!) {
  openTaskItem(id: $id) {
    ...MyTaskItemFields
  }
}
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
}`) as unknown as TypedDocumentString<OpenTaskItemMutation, OpenTaskItemMutationVariables>;
export const ReleaseTaskItemDocument = new TypedDocumentString(`
    mutation ReleaseTaskItem($id: ID!) {
  releaseTaskItem(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReleaseTaskItemMutation, ReleaseTaskItemMutationVariables>;
export const DialTaskItemDocument = new TypedDocumentString(`
    mutation DialTaskItem($id: ID!, $idempotencyKey: String!) {
  dialTaskItem(id: $id, idempotencyKey: $idempotencyKey) {
    callId
  }
}
    `) as unknown as TypedDocumentString<DialTaskItemMutation, DialTaskItemMutationVariables>;
export const RecordTaskItemResultDocument = new TypedDocumentString(`
    mutation RecordTaskItemResult($id: ID!, $input: RecordTaskItemResultInput!) {
  recordTaskItemResult(id: $id, input: $input) {
    ...MyTaskItemFields
  }
}
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
}`) as unknown as TypedDocumentString<RecordTaskItemResultMutation, RecordTaskItemResultMutationVariables>;
export const WorkstationStartDocument = new TypedDocumentString(`
    query WorkstationStart {
  isPhoneSimulated
  myAgentState {
    ...AgentStateFields
  }
  notReadyReasons {
    id
    code
    name
    kind
  }
  acdSettings {
    afterCallWorkSeconds
    heartbeatTimeoutSeconds
  }
}
    fragment AgentStateFields on AgentState {
  status
  reasonId
  since
  cause
  notice
  offer {
    callId
    callerNumber
    skillGroupId
  }
  call {
    callId
    direction
    remoteNumber
  }
  afterCallWorkCallId
  isAwaitingSummary
  answeringMode
  phoneKind
}`) as unknown as TypedDocumentString<WorkstationStartQuery, WorkstationStartQueryVariables>;
export const MySoftphoneDocument = new TypedDocumentString(`
    query MySoftphone {
  mySoftphone {
    ...SoftphoneSettings
  }
}
    fragment SoftphoneSettings on Softphone {
  sipUri
  authUser
  password
  domain
  displayName
  websocketUrl
  iceServers {
    urls
    username
    credential
  }
}`) as unknown as TypedDocumentString<MySoftphoneQuery, MySoftphoneQueryVariables>;
export const TransferTargetsDocument = new TypedDocumentString(`
    query TransferTargets {
  skillGroups(page: {limit: 100}) {
    items {
      id
      name
    }
  }
  transferableAgents {
    id
    name
    agentNumber
    status
  }
}
    `) as unknown as TypedDocumentString<TransferTargetsQuery, TransferTargetsQueryVariables>;
export const MyAgentStateChangedDocument = new TypedDocumentString(`
    subscription MyAgentStateChanged {
  myAgentStateChanged {
    ...AgentStateFields
  }
}
    fragment AgentStateFields on AgentState {
  status
  reasonId
  since
  cause
  notice
  offer {
    callId
    callerNumber
    skillGroupId
  }
  call {
    callId
    direction
    remoteNumber
  }
  afterCallWorkCallId
  isAwaitingSummary
  answeringMode
  phoneKind
}`) as unknown as TypedDocumentString<MyAgentStateChangedSubscription, MyAgentStateChangedSubscriptionVariables>;
export const SignInWorkstationDocument = new TypedDocumentString(`
    mutation SignInWorkstation($input: WorkstationSignInInput!) {
  signInWorkstation(input: $input) {
    ...AgentStateFields
  }
}
    fragment AgentStateFields on AgentState {
  status
  reasonId
  since
  cause
  notice
  offer {
    callId
    callerNumber
    skillGroupId
  }
  call {
    callId
    direction
    remoteNumber
  }
  afterCallWorkCallId
  isAwaitingSummary
  answeringMode
  phoneKind
}`) as unknown as TypedDocumentString<SignInWorkstationMutation, SignInWorkstationMutationVariables>;
export const SignOutWorkstationDocument = new TypedDocumentString(`
    mutation SignOutWorkstation {
  signOutWorkstation {
    ...AgentStateFields
  }
}
    fragment AgentStateFields on AgentState {
  status
  reasonId
  since
  cause
  notice
  offer {
    callId
    callerNumber
    skillGroupId
  }
  call {
    callId
    direction
    remoteNumber
  }
  afterCallWorkCallId
  isAwaitingSummary
  answeringMode
  phoneKind
}`) as unknown as TypedDocumentString<SignOutWorkstationMutation, SignOutWorkstationMutationVariables>;
export const WorkstationHeartbeatDocument = new TypedDocumentString(`
    mutation WorkstationHeartbeat {
  workstationHeartbeat {
    ...AgentStateFields
  }
}
    fragment AgentStateFields on AgentState {
  status
  reasonId
  since
  cause
  notice
  offer {
    callId
    callerNumber
    skillGroupId
  }
  call {
    callId
    direction
    remoteNumber
  }
  afterCallWorkCallId
  isAwaitingSummary
  answeringMode
  phoneKind
}`) as unknown as TypedDocumentString<WorkstationHeartbeatMutation, WorkstationHeartbeatMutationVariables>;
export const SetMyStatusDocument = new TypedDocumentString(`
    mutation SetMyStatus($status: ChosenStatus!, $reasonId: ID) {
  setMyStatus(status: $status, reasonId: $reasonId) {
    ...AgentStateFields
  }
}
    fragment AgentStateFields on AgentState {
  status
  reasonId
  since
  cause
  notice
  offer {
    callId
    callerNumber
    skillGroupId
  }
  call {
    callId
    direction
    remoteNumber
  }
  afterCallWorkCallId
  isAwaitingSummary
  answeringMode
  phoneKind
}`) as unknown as TypedDocumentString<SetMyStatusMutation, SetMyStatusMutationVariables>;
export const DialOutDocument = new TypedDocumentString(`
    mutation DialOut($number: String!, $idempotencyKey: String!, $planId: ID) {
  dialOut(number: $number, idempotencyKey: $idempotencyKey, planId: $planId) {
    callId
  }
}
    `) as unknown as TypedDocumentString<DialOutMutation, DialOutMutationVariables>;
export const AnswerCallDocument = new TypedDocumentString(`
    mutation AnswerCall($idempotencyKey: String!) {
  answerCall(idempotencyKey: $idempotencyKey) {
    callId
  }
}
    `) as unknown as TypedDocumentString<AnswerCallMutation, AnswerCallMutationVariables>;
export const HoldCallDocument = new TypedDocumentString(`
    mutation HoldCall($on: Boolean!, $idempotencyKey: String!) {
  holdCall(on: $on, idempotencyKey: $idempotencyKey) {
    callId
  }
}
    `) as unknown as TypedDocumentString<HoldCallMutation, HoldCallMutationVariables>;
export const MuteCallDocument = new TypedDocumentString(`
    mutation MuteCall($on: Boolean!, $idempotencyKey: String!) {
  muteCall(on: $on, idempotencyKey: $idempotencyKey) {
    callId
  }
}
    `) as unknown as TypedDocumentString<MuteCallMutation, MuteCallMutationVariables>;
export const HangUpCallDocument = new TypedDocumentString(`
    mutation HangUpCall($idempotencyKey: String!) {
  hangUpCall(idempotencyKey: $idempotencyKey) {
    callId
  }
}
    `) as unknown as TypedDocumentString<HangUpCallMutation, HangUpCallMutationVariables>;
export const TransferToSurveyDocument = new TypedDocumentString(`
    mutation TransferToSurvey($idempotencyKey: String!) {
  transferToSurvey(idempotencyKey: $idempotencyKey) {
    callId
  }
}
    `) as unknown as TypedDocumentString<TransferToSurveyMutation, TransferToSurveyMutationVariables>;
export const ReconnectCallDocument = new TypedDocumentString(`
    mutation ReconnectCall($idempotencyKey: String!) {
  reconnectCall(idempotencyKey: $idempotencyKey) {
    callId
  }
}
    `) as unknown as TypedDocumentString<ReconnectCallMutation, ReconnectCallMutationVariables>;
export const TransferCallDocument = new TypedDocumentString(`
    mutation TransferCall($target: TransferTargetInput!, $idempotencyKey: String!) {
  transferCall(target: $target, idempotencyKey: $idempotencyKey) {
    callId
  }
}
    `) as unknown as TypedDocumentString<TransferCallMutation, TransferCallMutationVariables>;
export const ConsultCallDocument = new TypedDocumentString(`
    mutation ConsultCall($target: TransferTargetInput!, $idempotencyKey: String!) {
  consultCall(target: $target, idempotencyKey: $idempotencyKey) {
    callId
  }
}
    `) as unknown as TypedDocumentString<ConsultCallMutation, ConsultCallMutationVariables>;
export const CompleteConsultationDocument = new TypedDocumentString(`
    mutation CompleteConsultation($idempotencyKey: String!) {
  completeConsultation(idempotencyKey: $idempotencyKey) {
    callId
  }
}
    `) as unknown as TypedDocumentString<CompleteConsultationMutation, CompleteConsultationMutationVariables>;
export const CancelConsultationDocument = new TypedDocumentString(`
    mutation CancelConsultation($idempotencyKey: String!) {
  cancelConsultation(idempotencyKey: $idempotencyKey) {
    callId
  }
}
    `) as unknown as TypedDocumentString<CancelConsultationMutation, CancelConsultationMutationVariables>;
export const RegisterSimulatedPhoneDocument = new TypedDocumentString(`
    mutation RegisterSimulatedPhone {
  registerSimulatedPhone {
    expiresSeconds
    ringing {
      ...SimulatedPhoneCallFields
    }
  }
}
    fragment SimulatedPhoneCallFields on SimulatedPhoneCall {
  legId
  state
  remoteNumber
  isAutoAnswer
}`) as unknown as TypedDocumentString<RegisterSimulatedPhoneMutation, RegisterSimulatedPhoneMutationVariables>;
export const UnregisterSimulatedPhoneDocument = new TypedDocumentString(`
    mutation UnregisterSimulatedPhone {
  unregisterSimulatedPhone
}
    `) as unknown as TypedDocumentString<UnregisterSimulatedPhoneMutation, UnregisterSimulatedPhoneMutationVariables>;
export const AnswerSimulatedCallDocument = new TypedDocumentString(`
    mutation AnswerSimulatedCall($legId: ID) {
  answerSimulatedCall(legId: $legId) {
    legId
  }
}
    `) as unknown as TypedDocumentString<AnswerSimulatedCallMutation, AnswerSimulatedCallMutationVariables>;
export const HangUpSimulatedCallDocument = new TypedDocumentString(`
    mutation HangUpSimulatedCall($legId: ID) {
  hangUpSimulatedCall(legId: $legId) {
    legId
  }
}
    `) as unknown as TypedDocumentString<HangUpSimulatedCallMutation, HangUpSimulatedCallMutationVariables>;
export const PressSimulatedCallKeysDocument = new TypedDocumentString(`
    mutation PressSimulatedCallKeys($keys: String!, $legId: ID) {
  pressSimulatedCallKeys(keys: $keys, legId: $legId) {
    legId
  }
}
    `) as unknown as TypedDocumentString<PressSimulatedCallKeysMutation, PressSimulatedCallKeysMutationVariables>;
export const MySimulatedPhoneCallsDocument = new TypedDocumentString(`
    subscription MySimulatedPhoneCalls {
  mySimulatedPhoneCalls {
    ...SimulatedPhoneCallFields
  }
}
    fragment SimulatedPhoneCallFields on SimulatedPhoneCall {
  legId
  state
  remoteNumber
  isAutoAnswer
}`) as unknown as TypedDocumentString<MySimulatedPhoneCallsSubscription, MySimulatedPhoneCallsSubscriptionVariables>;