// What each domain module contributes to the schema and the ORM.
import { AcdResolver } from './acd/acd.resolver.js'
import { CallControlResolver } from './acd/call-control.resolver.js'
import { LiveCallsResolver } from './acd/live-calls.resolver.js'
import { SoftphoneResolver } from './acd/softphone.resolver.js'
import { SimulatedPhoneResolver } from './acd/simulated-phone.resolver.js'
import { TransferDirectoryResolver } from './acd/transfer-directory.resolver.js'
import { AcdSettings, NotReadyReason, PhoneNumber } from './acd/settings.entity.js'
import { AcdSettingsResolver, PhoneNumbersResolver } from './acd/settings.resolver.js'
import { CallRecord } from './calls/call-record.entity.js'
import { CallsResolver } from './calls/calls.resolver.js'
import { MyCallsResolver } from './calls/my-calls.resolver.js'
import { IdentityResolver, SessionResolver } from './identity/identity.resolver.js'
import { LoginAttempt } from './identity/login-attempt.entity.js'
import { Session } from './identity/session.entity.js'
import { User } from './identity/user.entity.js'
import { TenancyResolver } from './tenancy/tenancy.resolver.js'
import { IvrFlow, IvrFlowVersion, IvrHoliday, IvrSchedule } from './ivr/ivr.entity.js'
import { CallSatisfactionResolver } from './ivr/call-satisfaction.resolver.js'
import {
  IvrFlowsResolver,
  IvrFlowVersionsResolver,
  IvrHolidaysResolver,
  IvrSchedulesResolver,
  PhoneNumberScheduleResolver,
} from './ivr/ivr.resolver.js'
import { Tenant } from './tenancy/tenant.entity.js'
import { AuditEntry } from './audit/audit-entry.entity.js'
import { AuditResolver } from './audit/audit.resolver.js'
import { ApiKey } from './integration/api-key.entity.js'
import { ApiKeysResolver } from './integration/api-keys.resolver.js'
import { WebhookDelivery, WebhookEndpoint } from './integration/webhook.entity.js'
import { WebhooksResolver } from './integration/webhooks.resolver.js'
import { AgentsResolver } from './organization/agents.resolver.js'
import { AgentGroup, AgentGroupMember } from './organization/group.entity.js'
import {
  GroupsResolver,
  SkillGroupMemberResolver,
  SkillGroupsResolver,
} from './organization/groups.resolver.js'
import { SkillGroup, SkillGroupMember } from './organization/skill-group.entity.js'
import { SystemPromptSetting, VoicePrompt } from './voice/voice.entity.js'
import { VoiceResolver } from './voice/voice.resolver.js'
import { TestCallResolver } from './test-call/test-call.resolver.js'
import { CustomFieldDefinition } from './customers/custom-field.entity.js'
import { Customer } from './customers/customer.entity.js'
import { CustomersResolver, CustomFieldsResolver } from './customers/customers.resolver.js'
import { CustomerHistoryResolver } from './customers/customer-history.resolver.js'
import { ScreenPopResolver } from './screen-pop/screen-pop.resolver.js'
import { ServiceSummary } from './summaries/service-summary.entity.js'
import { ServiceSummaryCategory } from './summaries/summary-category.entity.js'
import {
  CallRecordSummariesResolver,
  MyCallSummaryResolver,
  ServiceSummariesResolver,
  SummaryCategoriesResolver,
} from './summaries/summaries.resolver.js'
import { ContactPlan } from './contact-plans/contact-plan.entity.js'
import { ContactPlansResolver } from './contact-plans/contact-plans.resolver.js'
import { KpisResolver } from './monitoring/kpis.resolver.js'
import { CallRecordsResolver } from './call-records/call-records.resolver.js'
import { SatisfactionResolver } from './satisfaction/satisfaction.resolver.js'
import { ReportsResolver } from './reports/reports.resolver.js'
import { QualityResolver } from './quality/quality.resolver.js'
import { DoNotCallEntry, OutboundTask, TaskItem } from './outbound/outbound.entity.js'
import { ImportResolver } from './outbound/import.resolver.js'
import { OutboundResolver } from './outbound/outbound.resolver.js'
import { OutboundStatisticsResolver } from './outbound/statistics.resolver.js'

export const resolvers = [
  TenancyResolver,
  IdentityResolver,
  SessionResolver,
  CallsResolver,
  MyCallsResolver,
  AgentsResolver,
  GroupsResolver,
  SkillGroupsResolver,
  SkillGroupMemberResolver,
  ApiKeysResolver,
  WebhooksResolver,
  AuditResolver,
  AcdSettingsResolver,
  PhoneNumbersResolver,
  AcdResolver,
  CallControlResolver,
  LiveCallsResolver,
  SoftphoneResolver,
  SimulatedPhoneResolver,
  TransferDirectoryResolver,
  VoiceResolver,
  IvrFlowsResolver,
  IvrFlowVersionsResolver,
  IvrSchedulesResolver,
  IvrHolidaysResolver,
  PhoneNumberScheduleResolver,
  CallSatisfactionResolver,
  TestCallResolver,
  CustomFieldsResolver,
  CustomersResolver,
  CustomerHistoryResolver,
  ScreenPopResolver,
  SummaryCategoriesResolver,
  ServiceSummariesResolver,
  MyCallSummaryResolver,
  CallRecordSummariesResolver,
  ContactPlansResolver,
  KpisResolver,
  CallRecordsResolver,
  SatisfactionResolver,
  ReportsResolver,
  QualityResolver,
  OutboundResolver,
  OutboundStatisticsResolver,
  ImportResolver,
] as const

const organizationEntities = [AgentGroup, AgentGroupMember, SkillGroup, SkillGroupMember, ApiKey, AuditEntry]
const integrationEntities = [WebhookEndpoint, WebhookDelivery]
const acdEntities = [AcdSettings, NotReadyReason, PhoneNumber]
const voiceEntities = [VoicePrompt, SystemPromptSetting]
const ivrEntities = [IvrFlow, IvrFlowVersion, IvrSchedule, IvrHoliday]
const summaryEntities = [ServiceSummaryCategory, ServiceSummary]
const customerEntities = [CustomFieldDefinition, Customer, ContactPlan]
const outboundEntities = [OutboundTask, TaskItem, DoNotCallEntry]

export const entities = [
  Tenant,
  User,
  Session,
  LoginAttempt,
  CallRecord,
  ...organizationEntities,
  ...acdEntities,
  ...voiceEntities,
  ...ivrEntities,
  ...integrationEntities,
  ...customerEntities,
  ...summaryEntities,
  ...outboundEntities,
]

/** Rows of these belong to one tenant; the tenant filter and row-level security both guard them. */
export const tenantOwnedEntities = [
  Tenant,
  User,
  Session,
  CallRecord,
  ...organizationEntities,
  ...acdEntities,
  ...voiceEntities,
  ...ivrEntities,
  ...integrationEntities,
  ...customerEntities,
  ...summaryEntities,
  ...outboundEntities,
]
