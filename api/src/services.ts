// Builds every domain service once; resolvers reach them through the GraphQL context.
import type { Clock } from './common/clock.js'
import type { Config } from './config.js'
import type { Database } from './db/database.js'
import type { PubSub } from './graphql/pubsub.js'
import { CallsService, type SwitchNodeSource } from './modules/calls/calls.service.js'
import { MyCallsService } from './modules/calls/my-calls.service.js'
import { IdentityService } from './modules/identity/identity.service.js'
import { TenancyService } from './modules/tenancy/tenancy.service.js'
import path from 'node:path'
import { createMailer, type Mailer } from './common/mailer.js'
import type { PollingJob } from './common/polling-job.js'
import { AcdSettingsService } from './modules/acd/settings.service.js'
import { Acd } from './modules/acd/acd.js'
import { Ivr } from './modules/ivr/ivr.js'
import { findNumberRoute } from './modules/acd/number-route.js'
import { AuditService } from './modules/audit/audit.service.js'
import { ApiKeysService } from './modules/integration/api-keys.service.js'
import { WebhookDispatcher } from './modules/integration/webhook-dispatcher.js'
import { WebhooksService } from './modules/integration/webhooks.service.js'
import { AgentAccessService } from './modules/organization/agent-access.service.js'
import { AgentSipService } from './modules/organization/agent-sip.service.js'
import { AgentsService } from './modules/organization/agents.service.js'
import { SoftphoneService } from './modules/acd/softphone.service.js'
import { SimulatedPhoneService } from './modules/acd/simulated-phone.service.js'
import { TestCallService } from './modules/test-call/test-call.service.js'
import { TransferDirectory } from './modules/acd/transfer-directory.js'
import { GroupsService } from './modules/organization/groups.service.js'
import { SkillGroupsService } from './modules/organization/skill-groups.service.js'
import { MembershipReads } from './modules/organization/membership-reads.js'
import { SecretBox } from './modules/organization/secret-box.js'
import { InMemoryTelephonyDirectory } from './telephony/xml-curl/directory.js'
import { EspeakTts } from './modules/voice/tts.js'
import { VoiceService } from './modules/voice/voice.service.js'
import { CustomFieldsService } from './modules/customers/custom-fields.service.js'
import { CustomersService } from './modules/customers/customers.service.js'
import { CustomerEvents } from './modules/customers/customer-events.js'
import { CustomerHistoryService } from './modules/customers/customer-history.service.js'
import { moveHistoryEntries } from './modules/customers/customer-history.store.js'
import { moveCallCustomers } from './modules/customers/call-customer.store.js'
import { CallCustomerLinker } from './modules/customers/call-customer-linker.js'
import { ScreenPopService } from './modules/screen-pop/screen-pop.service.js'
import { ServiceSummariesService } from './modules/summaries/service-summaries.service.js'
import { SummaryCategoriesService } from './modules/summaries/summary-categories.service.js'
import { SummaryReportService } from './modules/summaries/summary-report.service.js'
import { ContactPlanReminder } from './modules/contact-plans/contact-plan-reminder.js'
import { RecordingRetention } from './modules/calls/recording-retention.js'
import { movePlans } from './modules/contact-plans/contact-plan.store.js'
import { ImportService } from './modules/outbound/import.service.js'
import { importSweep } from './modules/outbound/import-sweep.js'
import { OutboundService } from './modules/outbound/outbound.service.js'
import { OutboundStatisticsService } from './modules/outbound/statistics.service.js'
import { ProgressiveDialer } from './modules/outbound/progressive-dialer.js'
import { ContactPlansService, planHistory } from './modules/contact-plans/contact-plans.service.js'
import { KpisService } from './modules/monitoring/kpis.service.js'
import { CallRecordsService, queueTimeline } from './modules/call-records/call-records.service.js'
import { SatisfactionService } from './modules/satisfaction/satisfaction.service.js'
import { QualityService } from './modules/quality/quality.service.js'
import { ReportsService } from './modules/reports/reports.service.js'
import { CallRollupJob } from './modules/reports/rollup-job.js'

export interface Services {
  identity: IdentityService
  tenancy: TenancyService
  calls: CallsService
  /** The signed-in agent's own calls and recordings (G8). */
  myCalls: MyCallsService
  agents: AgentsService
  /** Members' SIP accounts and the tenant's SIP domain (A4). */
  agentSip: AgentSipService
  /** Disabling, enabling, unlocking and deleting members, and their default passwords (A2). */
  agentAccess: AgentAccessService
  /** Inbound and telesales groups with their leaders (A2). */
  groups: GroupsService
  /** Phone skill groups, their members and routing (A3). */
  skillGroups: SkillGroupsService
  /** Memberships read for many rows at once, behind the organisation's nested fields. */
  membershipReads: MembershipReads
  apiKeys: ApiKeysService
  /** Webhook endpoints and their delivery log (issue 16). */
  webhooks: WebhooksService
  /** Sends the webhook outbox; started by the app, one per instance. */
  webhookDispatcher: WebhookDispatcher
  audit: AuditService
  acdSettings: AcdSettingsService
  /** Agent presence, queues and call distribution; attached to the switch cluster once it runs. */
  acd: Acd
  /** IVR flows, schedules and holidays (A7), and the runner that plays them to callers. */
  ivr: Ivr
  /** The voice library (A6) and system prompts (A5); the queue and the IVR play prompts through it. */
  voice: VoiceService
  /** The workstation softphone's SIP account and switch node (G2). */
  softphone: SoftphoneService
  /** The workstation's phone when calls run on the switch simulator (G2 without FreeSWITCH). */
  simulatedPhones: SimulatedPhoneService
  /** Administrators' test calls on the switch simulator: what callers hear (A3, A5, A7). */
  testCalls: TestCallService
  /** Colleagues an agent may transfer calls to (G3). */
  transferDirectory: TransferDirectory
  /** Tenant-defined fields of customers, service summaries and task data (G4, A13). */
  customFields: CustomFieldsService
  /** Customers and the caller lookup of the screen pop (G4). */
  customers: CustomersService
  /** A customer's timeline, notes and outside systems' entries (G4). */
  customerHistory: CustomerHistoryService
  /** What the workstation shows when a call rings or is dialled (G4). */
  screenPop: ScreenPopService
  /** The company's tree of service summary categories (G4). */
  summaryCategories: SummaryCategoriesService
  /** Agents' summaries of the calls they handle (G4), and the after-call work rule that waits for them. */
  serviceSummaries: ServiceSummariesService
  /** Agents' scheduled callbacks to customers (G5, G6). */
  contactPlans: ContactPlansService
  /** Outbound tasks, their items and the do-not-call list (A12, A13). */
  outbound: OutboundService
  /** Per-task statistics and agent workload of outbound work (A14). */
  outboundStatistics: OutboundStatisticsService
  /** Bulk imports of task items and do-not-call numbers (A13). */
  imports: ImportService
  /** Contact-center KPIs and the monitoring views by skill group and agent (X2, A8). */
  kpis: KpisService
  /** The call records of administrators and group leaders (A9). */
  callRecords: CallRecordsService
  /** Survey answers and the satisfaction report (A9). */
  satisfaction: SatisfactionService
  /** The call report (A9) and its hourly rollups. */
  reports: ReportsService
  /** Quality inspection (A10): scorecards, sampling, inspections, appeals and the QA report. */
  quality: QualityService
  /** The service summary report (A9): summaries by category tree, skill group, agent and day. */
  summaryReport: SummaryReportService
  /** Keeps the hourly call rollups up to date; started by the app, one per instance. */
  callRollupJob: CallRollupJob
  /** Reminds agents of their plans at their time; started by the app, one per instance. */
  contactPlanReminder: ContactPlanReminder
  /** Removes recordings past their company's retention period, daily. */
  recordingRetention: RecordingRetention
  /** Ends imports left unstarted or cut off mid-run (A13); started by the app, one per instance. */
  importSweep: PollingJob
  /** Dials the next item for idle agents of progressive tasks (X4); started by the app, one per instance. */
  progressiveDialer: ProgressiveDialer
  /** Gives ended calls their customer; started by the app, one per instance. */
  callCustomerLinker: CallCustomerLinker
  /** Numbers and SIP domains the switch looks up through mod_xml_curl. */
  telephonyDirectory: InMemoryTelephonyDirectory
  /** Ends the services' background work (pub/sub watchers, timers). */
  stop(): void
}

export interface Infrastructure {
  config: Config
  db: Database
  pubsub: PubSub
  clock: Clock
  /** The switch cluster's node health, once telephony is up. */
  switchNodes?: SwitchNodeSource
  /** Tests capture mail here; otherwise SMTP_URL or .eml files in DATA_DIR/mail. */
  mailer?: Mailer
  /** Where background work (the ACD's event handling and sweeps) reports failures; the console by default. */
  logger?: { info(context: object, message: string): void; error(context: object, message: string): void }
}

export function createServices({
  config,
  db,
  pubsub,
  clock,
  switchNodes,
  mailer,
  logger,
}: Infrastructure): Services {
  const identity = new IdentityService(db, pubsub, clock, config.sessionTtlMs)
  const audit = new AuditService(db, clock)
  const tenancy = new TenancyService(db, identity, audit, clock)
  const calls = new CallsService(db, pubsub, switchNodes)
  const mail =
    mailer ??
    createMailer({
      smtpUrl: config.mail.smtpUrl,
      from: config.mail.from,
      mailDir: path.join(config.dataDir, 'mail'),
      clock,
      log: config.logLevel === 'silent' ? undefined : (line) => console.info(line),
    })
  const secrets = new SecretBox(config.credentialsKey, config.dataDir)
  const agentSip = new AgentSipService(db, audit, secrets, { platformDomain: config.platformDomain })
  const agents = new AgentsService(db, identity, audit, mail, agentSip, { publicUrl: config.publicUrl })
  const agentAccess = new AgentAccessService(db, identity, audit, mail, clock, {
    publicUrl: config.publicUrl,
  })
  const telephonyDirectory = new InMemoryTelephonyDirectory(
    (domain) => agentSip.sipDirectory(domain),
    (number) => findNumberRoute(db, number),
  )
  const groups = new GroupsService(db, identity, audit, clock)
  const skillGroups = new SkillGroupsService(db, audit, clock)
  const apiKeys = new ApiKeysService(db, identity, audit, clock)
  const acdSettings = new AcdSettingsService(db, skillGroups, audit, clock, pubsub)
  const voice = new VoiceService(db, audit, clock, new EspeakTts(), {
    mediaDir: config.mediaDir,
    platformReviewerEmails: config.platformReviewerEmails,
  })
  const acd = new Acd({ config, db, pubsub, clock, settings: acdSettings, prompts: voice, audit, logger })
  const ivr = new Ivr({
    db,
    clock,
    audit,
    prompts: voice,
    acdSettings,
    skillGroups,
    acd,
    logger: logger ?? console,
  })
  voice.addUsage(ivr.promptUsage)
  calls.addTimelineSource((em, callId) => ivr.steps.timelineOf(em, callId))
  calls.addTimelineSource(queueTimeline)
  const callRecords = new CallRecordsService(db)
  const customFields = new CustomFieldsService(db, acdSettings, audit, clock)
  const myCalls = new MyCallsService(db, config.mediaDir, callRecords)
  const customerEvents = new CustomerEvents(pubsub)
  const customers = new CustomersService(db, customFields, acdSettings, audit, customerEvents, clock)
  customers.registerMergeStep((em, from, into) => moveHistoryEntries(em, from.id, into.id))
  customers.registerMergeStep((em, from, into) => moveCallCustomers(em, from.id, into.id))
  const customerHistory = new CustomerHistoryService(db, customers, customerEvents, acdSettings, clock)
  const screenPop = new ScreenPopService(db, customers, customerHistory, myCalls, acdSettings, audit, clock, {
    publicUrl: config.publicUrl,
    allowInternal: !config.isProduction,
  })
  const serviceSummaries = new ServiceSummariesService(
    db,
    customers,
    customFields,
    acdSettings,
    acd.presence,
    clock,
  )
  serviceSummaries.attach(customerHistory)
  const contactPlans = new ContactPlansService(db, audit, pubsub, clock)
  // In the media directory, which the API replicas share: the mapping that starts an import may reach
  // another replica than the upload did.
  const imports = new ImportService(db, acdSettings, pubsub, {
    uploadDir: path.join(config.mediaDir, 'imports'),
  })
  customers.registerMergeStep((em, from, into) => movePlans(em, from.id, into.id))
  customerHistory.registerSource(planHistory)
  acd.calls.registerDialPurpose('CONTACT_PLAN', async (em, viewer, planId) => ({
    linkCall: await contactPlans.dialFor(em, viewer, planId),
  }))
  const outbound = new OutboundService(db, acdSettings, contactPlans, audit, clock)
  acd.calls.registerDialPurpose('TASK_ITEM', (em, viewer, itemId) => outbound.dialFor(em, viewer, itemId))
  const progressiveDialer = new ProgressiveDialer({
    db,
    calls: acd.calls,
    presence: acd.presence,
    clock,
    intervalMs: config.acd.progressiveDialMs,
    logger: logger ?? console,
  })
  outbound.onDialable((tenantId, agentId) => progressiveDialer.nudge(tenantId, agentId))
  imports.onItemsAdded((tenantId) => progressiveDialer.nudge(tenantId))
  acdSettings.onDestinationRulesChanged((em, tenantId) => outbound.destinationRulesChanged(em, tenantId))
  return {
    identity,
    tenancy,
    calls,
    myCalls,
    agents,
    agentSip,
    agentAccess,
    groups,
    skillGroups,
    membershipReads: new MembershipReads(db),
    apiKeys,
    webhooks: new WebhooksService(db, audit, secrets, clock, !config.isProduction),
    webhookDispatcher: new WebhookDispatcher({
      db,
      secrets,
      clock,
      mailer: mail,
      allowInternal: !config.isProduction,
      logger: logger ?? console,
    }),
    audit,
    acdSettings,
    acd,
    ivr,
    voice,
    softphone: new SoftphoneService(db, agentSip, config.softphone),
    simulatedPhones: new SimulatedPhoneService(db, agentSip, pubsub, {
      hasSipServer: config.softphone.isWebSocketConfigured,
    }),
    testCalls: new TestCallService(db, pubsub, clock, voice, { mediaDir: config.mediaDir }, logger),
    transferDirectory: new TransferDirectory(db),
    customFields,
    customers,
    customerHistory,
    screenPop,
    summaryCategories: new SummaryCategoriesService(db, audit, clock),
    serviceSummaries,
    contactPlans,
    outbound,
    outboundStatistics: new OutboundStatisticsService(db, clock),
    imports,
    kpis: new KpisService(db, acd.board, acdSettings, clock),
    callRecords,
    satisfaction: new SatisfactionService(db),
    reports: new ReportsService(db, acdSettings, clock),
    quality: new QualityService(db, audit, clock),
    summaryReport: new SummaryReportService(db, clock),
    callRollupJob: new CallRollupJob({ db, settings: acdSettings, clock, logger: logger ?? console }),
    contactPlanReminder: new ContactPlanReminder({
      db,
      plans: contactPlans,
      clock,
      logger: logger ?? console,
    }),
    progressiveDialer,
    importSweep: importSweep({ imports, clock, logger: logger ?? console }),
    recordingRetention: new RecordingRetention({
      db,
      audit,
      clock,
      mediaDir: config.mediaDir,
      logger: logger ?? console,
    }),
    callCustomerLinker: new CallCustomerLinker({
      db,
      customers,
      events: customerEvents,
      logger: logger ?? console,
    }),
    telephonyDirectory,
    stop: () => {
      identity.stop()
      acdSettings.stop()
      imports.stop()
    },
  }
}
