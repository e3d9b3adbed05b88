/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who made a recorded change. */
export type ActorKind =
  /** A third-party system through an API key. */
  | 'API_KEY'
  /** The platform itself. */
  | 'SYSTEM'
  /** A signed-in user. */
  | 'USER';

/** A number to put on the do-not-call list. */
export type AddDoNotCallInput = {
  /** The call the person asked on; agents add from a call only. */
  callId?: string | number | null | undefined;
  /** The number; national numbers are read in the company’s home region. */
  phoneNumber: string;
  /** Why, 1–500 characters. */
  reason: string;
};

/** A number of the company that customers call. */
export type AddPhoneNumberInput = {
  /** Free text, up to 100 characters, e.g. “Hotline”. */
  description?: string | null | undefined;
  /** The number: E.164 (+864001234567) or national in the home region; unique on the platform. */
  number: string;
  /** The IVR schedule its calls follow (A7), instead of a skill group. */
  scheduleId?: string | number | null | undefined;
  /** The skill group its calls go to. */
  skillGroupId?: string | number | null | undefined;
};

/** A number to add to a task; give an agent or a skill group of the task, or neither. */
export type AddTaskItemInput = {
  /** An agent assigned to the task (or a member of its skill group). */
  assigneeAgentId?: string | number | null | undefined;
  /** A skill group assigned to the task. */
  assigneeSkillGroupId?: string | number | null | undefined;
  /** Values of the task’s custom fields, by key. */
  customFields?: unknown;
  /** The number; national numbers are read in the company’s home region. */
  phoneNumber: string;
};

/** Conditions on the members list; all given conditions must hold. */
export type AgentFilter = {
  /** Only members of this group. */
  groupId?: string | number | null | undefined;
  /** Only members of this organisation. */
  organization?: Organization | null | undefined;
  /** Only members with this role. */
  role?: Role | null | undefined;
  /** Part of the name, email or agent number. */
  search?: string | null | undefined;
  /** Only active or only disabled members. */
  status?: UserStatus | null | undefined;
};

/** How a member answers calls (A4). */
export type AgentPhoneInput = {
  /** Default answering mode. */
  answeringMode?: AnsweringMode | null | undefined;
  /** Mobile number, China (+86) unless it starts with +; an empty string removes it. */
  mobile?: string | null | undefined;
};

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

/** Conditions on the audit log; all given conditions must hold. */
export type AuditLogFilter = {
  /** This action, e.g. AGENT_CREATED. */
  action?: string | null | undefined;
  /** Changes by this user or API key. */
  actorId?: string | number | null | undefined;
  /** Changes to this entity. */
  entityId?: string | number | null | undefined;
  /** USER, GROUP, SKILL_GROUP or API_KEY. */
  entityType?: string | null | undefined;
  /** At or after this time. */
  from?: string | null | undefined;
  /** Before this time. */
  to?: string | null | undefined;
};

/** Who started the call, from the call center’s point of view. */
export type CallDirection =
  /** A customer called one of the tenant’s numbers. */
  | 'INBOUND'
  /** An agent or campaign called a customer. */
  | 'OUTBOUND';

/** How a call ended, as the call records (A9) name it. */
export type CallOutcome =
  /** The caller hung up while queued or while an agent’s phone rang. */
  | 'ABANDONED'
  /** The called side answered: an agent, or the customer of an outbound call. */
  | 'ANSWERED'
  /** The caller left the queue asking to be called back (X6). */
  | 'CALLBACK'
  /** The call is still going on. */
  | 'LIVE'
  /** Any other inbound call nobody answered: it ended in the IVR, after hours or at a full queue. */
  | 'MISSED'
  /** An outbound call the customer did not answer. */
  | 'NOT_CONNECTED';

/** Which calls the call records (A9) list; every condition given must hold. The same names work as the export’s query string. */
export type CallRecordSearchFilter = {
  /** Calls taken or placed by this agent. */
  agentId?: string | number | null | undefined;
  /** Calls with this customer. */
  customerId?: string | number | null | undefined;
  /** Only inbound or only outbound calls. */
  direction?: CallDirection | null | undefined;
  /** Calls started at or after this moment. */
  from?: string | null | undefined;
  /** True: only calls with a recording; false: only calls without one. */
  hasRecording?: boolean | null | undefined;
  /** Calls talked at most this many seconds. */
  maxTalkSeconds?: number | null | undefined;
  /** Calls talked at least this many seconds (unanswered calls count as 0). */
  minTalkSeconds?: number | null | undefined;
  /** The customer’s number (the caller’s or the called number), in digits. */
  number?: string | null | undefined;
  /** Whether `number` is the whole number or its last digits; ENDS_WITH when omitted. */
  numberMatch?: NumberMatch | null | undefined;
  /** Only calls that ended this way. */
  outcome?: CallOutcome | null | undefined;
  /** Calls whose caller gave one of these satisfaction scores (1–9, on whatever scale they were given). */
  satisfactionScores?: Array<number> | null | undefined;
  /** Calls queued for this skill group. */
  skillGroupId?: string | number | null | undefined;
  /** Calls dialled for the items of this outbound task (A14); telesales only. */
  taskId?: string | number | null | undefined;
  /** Calls started before this moment. */
  to?: string | null | undefined;
};

/** What each row of the call report is about. */
export type CallReportGrouping =
  /** Each agent; queue facts of no agent (waiting, abandons) in a row of their own. */
  | 'AGENT'
  /** Each company number: the one dialled in, or the one shown when dialling out. */
  | 'NUMBER'
  /** Each skill group; calls without one (dialled out) in a row of their own. */
  | 'SKILL_GROUP'
  /** The company as a whole (what the viewer may see). */
  | 'TENANT';

/** What the call report covers and how it is cut. */
export type CallReportInput = {
  /** Only the calls of this agent. */
  agentId?: string | number | null | undefined;
  /** Only inbound or only outbound calls. */
  direction?: CallDirection | null | undefined;
  /** CUSTOM: the first day, YYYY-MM-DD. */
  fromDate?: string | null | undefined;
  /** What each row is about. */
  groupBy: CallReportGrouping;
  /** Rows per day or per hour. */
  interval: CallReportInterval;
  /** The period; CUSTOM takes fromDate and toDate. */
  preset: ReportPeriodPreset;
  /** Only the calls of this skill group. */
  skillGroupId?: string | number | null | undefined;
  /** CUSTOM: the last day (included), YYYY-MM-DD. */
  toDate?: string | null | undefined;
};

/** How the period is cut, in the company’s time zone. */
export type CallReportInterval =
  /** One bucket a day, midnight to midnight (23 or 25 hours on a DST change). */
  | 'DAY'
  /** One bucket an hour (periods of at most 31 days). */
  | 'HOUR';

/** The rule that decides what a call to a number gets. */
export type CallRoutingRule =
  /** Outside the service hours: the after-hours prompt, then the call ends. */
  | 'AFTER_HOURS'
  /** Within the daily schedule’s service hours: its IVR flow plays. */
  | 'DAILY_FLOW'
  /** A holiday applies and is closed: a closed message, then the call ends. */
  | 'HOLIDAY_CLOSED'
  /** A holiday applies and has its own IVR flow. */
  | 'HOLIDAY_FLOW'
  /** Callers hear that the number is not in service (see `reason`). */
  | 'NOT_IN_SERVICE'
  /** The number goes straight to a skill group’s queue (no IVR). */
  | 'SKILL_GROUP';

/** A calling-hour window, HH:MM to HH:MM of the callee’s day. */
export type CallingWindowInput = {
  /** End, HH:MM (24:00 for midnight), exclusive; after the start. */
  end: string;
  /** Start, HH:MM, inclusive. */
  start: string;
};

/** A new team member (A2); an invitation email with a default password goes out. */
export type CreateAgentInput = {
  /** Agent number (工号), 1–20 letters or digits, unique in the company; required except for ADMIN. */
  agentNumber?: string | null | undefined;
  /** Default answering mode; SIP when omitted. */
  answeringMode?: AnsweringMode | null | undefined;
  /** Email: the login, unique on the platform. */
  email: string;
  /** Groups to join, all of the member’s organisation. */
  groupIds?: Array<string | number> | null | undefined;
  /** Mobile number; China (+86) unless it starts with +. */
  mobile?: string | null | undefined;
  /** Display name, 1–60 characters. */
  name: string;
  /** INBOUND or TELESALES; required except for tenant-wide ADMINs. */
  organization?: Organization | null | undefined;
  /** ADMIN (super admin only), GROUP_LEADER or AGENT. */
  role: Role;
};

/** A new API key for a third-party system (X5). */
export type CreateApiKeyInput = {
  /** What the key is for, 1–100 characters. */
  name: string;
  /** Confines the key to one organisation; organisation-scoped admins’ keys always are. */
  organization?: Organization | null | undefined;
  /** ADMIN, GROUP_LEADER or AGENT, at most the creator’s own role. */
  role: Role;
};

/** A new custom field. */
export type CreateCustomFieldDefinitionInput = {
  /** The kind of record it belongs to. */
  entity: CustomFieldEntity;
  /** Hidden from forms. False when omitted. */
  isHidden?: boolean | null | undefined;
  /** Every record must have a value; refused while stored records have none. False when omitted. */
  isRequired?: boolean | null | undefined;
  /** Key values are stored under: 1–40 letters, digits or _, starting with a letter; unique per kind. */
  key: string;
  /** Label in English, 1–60 characters. */
  labelEn: string;
  /** Label in Chinese, 1–60 characters. */
  labelZh: string;
  /** Options of a choice field, in order. */
  options?: Array<CustomFieldOptionInput> | null | undefined;
  /** Place among the fields, ascending; last when omitted. */
  position?: number | null | undefined;
  /** What the field holds. */
  type: CustomFieldType;
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

/** A new inbound or telesales group. */
export type CreateGroupInput = {
  /** Group leader: a GROUP_LEADER of the same organisation. */
  leaderId?: string | number | null | undefined;
  /** First members, all of the same organisation. */
  memberIds?: Array<string | number> | null | undefined;
  /** Name, unique in the company. */
  name: string;
  /** INBOUND or TELESALES; cannot be changed later. */
  organization: Organization;
};

/** A new IVR flow; its menus are saved as a draft afterwards. */
export type CreateIvrFlowInput = {
  /** Free text, up to 200 characters. */
  description?: string | null | undefined;
  /** Name, 1–40 characters, unique in the company. */
  name: string;
};

/** A new not-ready reason agents may choose. */
export type CreateNotReadyReasonInput = {
  /** Name, 1–20 characters, unique in the company. */
  name: string;
  /** Position, 0–999 (lower first); after the others when omitted. */
  sortOrder?: number | null | undefined;
};

/** A new outbound task; it starts as a draft. */
export type CreateOutboundTaskInput = {
  /** Agents of the telesales organisation. */
  agentIds?: Array<string | number> | null | undefined;
  /** One of the company’s numbers, shown to the people called. */
  callerIdNumberId: string | number;
  /** Task-data (OUTBOUND_TASK) custom fields, in order. */
  customFieldIds?: Array<string | number> | null | undefined;
  /** Free text, up to 2000 characters. */
  description?: string | null | undefined;
  /** Preview or progressive dialing (X4); absent: preview on creation, unchanged on update. */
  dialing?: DialingSettingsInput | null | undefined;
  /** Last day, YYYY-MM-DD; not before the first. */
  endsOn: string;
  /** The follow-up results; interested (a success), call back, not interested, wrong number when omitted. */
  followUpResults?: Array<FollowUpResultInput> | null | undefined;
  /** Name, 1–100 characters, unique in the company. */
  name: string;
  /** The script agents see, up to 20000 characters. */
  script?: string | null | undefined;
  /** Skill groups of the telesales organisation. */
  skillGroupIds?: Array<string | number> | null | undefined;
  /** First day, YYYY-MM-DD. */
  startsOn: string;
};

/** A new service summary category. */
export type CreateServiceSummaryCategoryInput = {
  /** Offered for new summaries; true when omitted. */
  isEnabled?: boolean | null | undefined;
  /** Label in English, 1–60 characters. */
  labelEn: string;
  /** Label in Chinese, 1–60 characters. */
  labelZh: string;
  /** The category to put it under (fixed afterwards); a top-level one when omitted. At most 3 levels. */
  parentId?: string | number | null | undefined;
  /** Place among its siblings (0–10000); last when omitted. */
  position?: number | null | undefined;
};

/** A new phone skill group (A3). */
export type CreateSkillGroupInput = {
  /** Free text for administrators. */
  description?: string | null | undefined;
  /** Name, unique in the company. */
  name: string;
  /** INBOUND or TELESALES; cannot be changed later. */
  organization: Organization;
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** What it is for, at most 200 characters. */
  description?: string | null | undefined;
  /** The events to receive; at least one (`ping` needs no subscribing). */
  events: Array<WebhookEvent>;
  /** An https: URL (http://localhost only while developing). */
  url: string;
};

/** The kind of record a custom field belongs to. */
export type CustomFieldEntity =
  /** Customers: the screen pop’s customer card (G4). */
  | 'CUSTOMER'
  /** Data imported with outbound task numbers (A13). */
  | 'OUTBOUND_TASK'
  /** Service summaries written after a call (G4). */
  | 'SERVICE_SUMMARY';

/** One option of a choice field. */
export type CustomFieldOptionInput = {
  /** Label in English, 1–60 characters. */
  labelEn: string;
  /** Label in Chinese, 1–60 characters. */
  labelZh: string;
  /** What is stored, 1–60 characters, unique in the field. */
  value: string;
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

/** Who dials a task’s numbers (X4). */
export type DialingMode =
  /** Agents open a number, read it, and dial it with one click. */
  | 'PREVIEW'
  /** The platform dials the next number for each idle agent of the task, agent leg first. Answering machines are not detected. */
  | 'PROGRESSIVE';

/** How a task’s numbers are dialled (X4). */
export type DialingSettingsInput = {
  /** Up to 6 non-overlapping windows in the callee’s local time; empty or absent for any time. */
  callingWindows?: Array<CallingWindowInput> | null | undefined;
  /** Dials per number per day, 1–50; 3 when absent. */
  dailyAttemptCap?: number | null | undefined;
  /** Holiday dates YYYY-MM-DD, no repeats. */
  holidays?: Array<string> | null | undefined;
  /** Retries after no answer or busy, 0–20; 2 when absent. */
  maxRetries?: number | null | undefined;
  /** Preview or progressive. */
  mode: DialingMode;
  /** Minutes before a retry, 1–10080; 30 when absent. */
  retryAfterMinutes?: number | null | undefined;
};

/** A group leader’s share-out of a skill group’s items of a task. */
export type DistributeTaskItemsInput = {
  /** EVENLY: the members; BY_HAND: exactly one member. */
  agentIds?: Array<string | number> | null | undefined;
  /** BY_HAND: the items. */
  itemIds?: Array<string | number> | null | undefined;
  /** How. */
  mode: DistributionMode;
  /** BY_COUNT: the count per member. */
  shares?: Array<DistributionShareInput> | null | undefined;
  /** The skill group whose pool is shared out. */
  skillGroupId: string | number;
  /** The task. */
  taskId: string | number;
};

/** How a group leader shares a skill group’s items among its members. */
export type DistributionMode =
  /** A given number of undistributed items per member. */
  | 'BY_COUNT'
  /** Chosen items to one member. */
  | 'BY_HAND'
  /** All undistributed items, as evenly as they divide. */
  | 'EVENLY';

/** How many undistributed items one member gets. */
export type DistributionShareInput = {
  /** A member of the skill group. */
  agentId: string | number;
  /** How many items, 1 or more. */
  count: number;
};

/** How a number came onto the do-not-call list. */
export type DoNotCallSource =
  /** Added from a call, at the called person’s request. */
  | 'CALL'
  /** Added by an administrator. */
  | 'MANUAL';

/** What became of an email the platform sent (an invitation, a new default password). */
export type EmailDelivery =
  /** The mail server refused it, or it could not be written; resend it later. */
  | 'FAILED'
  /** The SMTP server (SMTP_URL) accepted it for delivery. */
  | 'SENT'
  /** No SMTP server is configured: it was written as an .eml file to the outbox folder on the server and nobody received it. */
  | 'WRITTEN_TO_OUTBOX';

/** A follow-up result agents choose after a call. */
export type FollowUpResultInput = {
  /** Whether an item with this result counts as converted in the statistics (A14): conversion is such items divided by the dialled items. False when omitted. */
  isSuccess?: boolean | null | undefined;
  /** What agents read, in English. */
  labelEn: string;
  /** What agents read, in Chinese. */
  labelZh: string;
  /** What is stored; unique in the task. */
  value: string;
};

/** Conditions on groups and skill groups. */
export type GroupFilter = {
  /** Only those of this organisation. */
  organization?: Organization | null | undefined;
};

/** Which side ended the call. */
export type HangupSide =
  /** The called party (agent or customer) hung up. */
  | 'CALLEE'
  /** The party that started the call hung up. */
  | 'CALLER'
  /** The switch or the platform ended it (timeout, transfer failure, lost leg). */
  | 'SYSTEM';

/** What a caller hears, as the product names it. */
export type HeardPromptKind =
  /** The queue is full or the wait too long: no one can take the call. */
  | 'ALL_AGENTS_BUSY'
  /** The queue confirms the callback the caller asked for. */
  | 'CALLBACK_ACCEPTED'
  /** The queue offers a callback on a key (X6): see `key`. */
  | 'CALLBACK_OFFER'
  /** “Thank you for calling”, after the IVR gave up waiting for a key. */
  | 'GOODBYE'
  /** The switch’s own music on hold. */
  | 'MUSIC_ON_HOLD'
  /** The number routes nowhere yet. */
  | 'NOT_IN_SERVICE'
  /** Audio the product has no name for; see `media`. */
  | 'OTHER'
  /** The queue says the caller’s place (X6): see `position`. */
  | 'QUEUE_POSITION'
  /** A pause. */
  | 'SILENCE'
  /** One of the five system prompts (A5): see `systemPrompt`. */
  | 'SYSTEM_PROMPT'
  /** “Thank you”, after the satisfaction survey. */
  | 'THANK_YOU'
  /** A tone the switch generates. */
  | 'TONE'
  /** A prompt of the company’s voice library (A6), e.g. an IVR menu’s. */
  | 'VOICE_PROMPT';

/** A CSV file of members to add (A2). */
export type ImportAgentsInput = {
  /** The file’s text (UTF-8, at most 512 KB, 500 rows). Header line with columns name/姓名, email/邮箱, agentNumber/工号, role/角色, organization/组织, groups/分组 (names separated by ;), mobile/手机, answeringMode/接听方式. */
  csv: string;
  /** Only check the file; import nothing. */
  dryRun?: boolean;
  /** The uploaded file’s name; must end in .csv. */
  fileName?: string | null | undefined;
  /** Import the valid rows even if other rows have errors; otherwise any error imports nothing. */
  importValidRows?: boolean;
};

/** Who gets the imported numbers of a task. */
export type ImportAssignmentMode =
  /** Chosen agents of the task, as evenly as the rows divide. */
  | 'AGENTS_EVENLY'
  /** One agent of the task. */
  | 'ONE_AGENT'
  /** A skill group of the task, whose group leader distributes them. */
  | 'SKILL_GROUP'
  /** Nobody yet. */
  | 'UNASSIGNED';

/** Which column of the file holds a custom field. */
export type ImportFieldColumnInput = {
  /** The column’s header. */
  column: string;
  /** A custom field of the task. */
  customFieldId: string | number;
};

/** What pressing a key in an IVR menu does. */
export type IvrAction =
  /** Queues the caller for one agent, `agentId`, through that agent’s skill group. */
  | 'AGENT'
  /** Connects the caller to `number` through the trunk, shown with the company’s caller ID. */
  | 'OUTSIDE_NUMBER'
  /** Plays the prompt `promptId`, then hangs up. */
  | 'PLAY_AND_HANG_UP'
  /** Plays the same menu again. */
  | 'REPLAY'
  /** Puts the caller in the queue of the skill group `skillGroupId`. */
  | 'SKILL_GROUP'
  /** Goes one level down, to the menu named by `subMenuId`. */
  | 'SUB_MENU'
  /** Plays the satisfaction-survey prompt, records a score 1–5 on the call, then hangs up. */
  | 'SURVEY'
  /** Goes back to the menu one level up (not allowed in the first menu). */
  | 'UP';

/** A whole draft: every menu at once. Errors name the field by its place here, e.g. `menus.2.keys.0.skillGroupId`. */
export type IvrFlowDefinitionInput = {
  /** Every menu, at most 100, at most 5 levels deep. */
  menus: Array<IvrMenuInput>;
  /** The `id` of the first menu. */
  rootMenuId: string;
};

/** What sends callers to an IVR flow. */
export type IvrFlowUserKind =
  /** A holiday. */
  | 'HOLIDAY'
  /** A daily schedule, in its service hours. */
  | 'SCHEDULE';

/** Where a version of an IVR flow stands. */
export type IvrFlowVersionStatus =
  /** Being edited; callers never hear it. At most one per flow. */
  | 'DRAFT'
  /** Live: new calls follow it. At most one per flow. */
  | 'PUBLISHED'
  /** Was live once; kept for history (calls begun on it finish on it). */
  | 'RETIRED';

/** What callers get on a holiday. */
export type IvrHolidayAction =
  /** A closed message (the holiday’s prompt, or the after-hours system prompt), then the call ends. */
  | 'CLOSED'
  /** The holiday’s own IVR flow, all day. */
  | 'FLOW';

/** Which holidays to list. */
export type IvrHolidayFilter = {
  /** Only the holidays of this schedule (not those of every schedule). */
  scheduleId?: string | number | null | undefined;
  /** Holidays touching this year (2000–2100). */
  year?: number | null | undefined;
};

/** A holiday overriding the daily IVR. */
export type IvrHolidayInput = {
  /** Its own flow, or closed. */
  action: IvrHolidayAction;
  /** CLOSED: an approved prompt to play; the after-hours system prompt when empty. */
  closedPromptId?: string | number | null | undefined;
  /** Last day (inclusive), YYYY-MM-DD; at most 366 days after the first. */
  endDate: string;
  /** FLOW: the flow callers follow (required then). */
  flowId?: string | number | null | undefined;
  /** Name, 1–40 characters, e.g. “春节”. */
  name: string;
  /** The schedule it overrides; empty: every schedule. */
  scheduleId?: string | number | null | undefined;
  /** First day, YYYY-MM-DD. */
  startDate: string;
};

/** One menu of a draft flow. */
export type IvrMenuInput = {
  /** Seconds to wait for a key (1–30); 5 when omitted. */
  digitTimeoutSeconds?: number | null | undefined;
  /** Identifier within the flow (1–40 letters, digits, - or _). */
  id: string;
  /** The keys callers may press (at least one). */
  keys: Array<IvrMenuKeyInput>;
  /** Further tries (0–5); 2 when omitted. */
  maxRetries?: number | null | undefined;
  /** Name shown in the editor, 1–40 characters. */
  name: string;
  /** An approved voice prompt announcing the choices. */
  promptId: string | number;
  /** Approved prompt for wrong keys; the system prompt when empty. */
  wrongKeyPromptId?: string | number | null | undefined;
};

/** One key of a menu. Give the target its action needs; others are ignored. A key without an action is refused with an error on it. */
export type IvrMenuKeyInput = {
  /** What pressing the key does. */
  action?: IvrAction | null | undefined;
  /** AGENT: an agent of the company. */
  agentId?: string | number | null | undefined;
  /** The key: one of 0–9, * and #. */
  key: string;
  /** OUTSIDE_NUMBER: E.164 or national in the home region; the call settings’ allow-list applies. */
  number?: string | null | undefined;
  /** PLAY_AND_HANG_UP: an approved voice prompt. */
  promptId?: string | number | null | undefined;
  /** SKILL_GROUP: a skill group of the company. */
  skillGroupId?: string | number | null | undefined;
  /** SUB_MENU: the `id` of a menu in this definition. */
  subMenuId?: string | null | undefined;
};

/** The service hours of one weekday. */
export type IvrScheduleDayInput = {
  /** 1–6 ranges that do not overlap. */
  ranges: Array<IvrTimeRangeInput>;
  /** ISO weekday: 1 Monday … 7 Sunday; each at most once. */
  weekday: number;
};

/** A daily IVR schedule. */
export type IvrScheduleInput = {
  /** Service hours per weekday; weekdays left out are closed. */
  days: Array<IvrScheduleDayInput>;
  /** The flow callers follow in service hours. */
  flowId: string | number;
  /** Name, 1–40 characters, unique in the company. */
  name: string;
};

/** A service-hours range: HH:MM to HH:MM, local time; an end before the start runs past midnight. */
export type IvrTimeRangeInput = {
  /** End, HH:MM (up to 24:00), exclusive. */
  end: string;
  /** Start, HH:MM (00:00–23:59). */
  start: string;
};

/** Whose calls the KPIs count. */
export type KpiScopeInput = {
  /** The skill group or agent; empty for TENANT. */
  id?: string | number | null | undefined;
  /** SKILL_GROUP, instead of `id`: several skill groups counted as one (a team’s wallboard); at most 100. */
  ids?: Array<string | number> | null | undefined;
  /** The company (what the viewer may see), a skill group or an agent. */
  kind: KpiScopeKind;
};

/** Whose calls the KPIs count. */
export type KpiScopeKind =
  /** The offers to and calls answered by one agent, and their time. */
  | 'AGENT'
  /** The calls queued for one skill group, and its members’ time. */
  | 'SKILL_GROUP'
  /** Every call the viewer may see: the whole company for its administrators, the visible skill groups for a group leader. */
  | 'TENANT';

/** What a bulk import fills. */
export type ListImportKind =
  /** The company’s do-not-call list. */
  | 'DO_NOT_CALL'
  /** The numbers to call of an outbound task (A13). */
  | 'TASK_ITEMS';

/** Where a bulk import stands. */
export type ListImportStatus =
  /** Cancelled; nothing was written. */
  | 'CANCELLED'
  /** Stopped by an error; nothing was written. */
  | 'FAILED'
  /** Rows are being read and checked. */
  | 'RUNNING'
  /** Valid rows are written; rejected ones are in the error file. */
  | 'SUCCEEDED'
  /** The file is uploaded and its header read; waiting for the column mapping. */
  | 'UPLOADED';

/** Where a call in progress is now (A8). */
export type LiveCallStage =
  /** The call has ended and its agent wraps it up (the service summary); nothing is left on the switch. */
  | 'AFTER_CALL_WORK'
  /** The agent consults another agent or a number while the customer waits on hold. */
  | 'CONSULTING'
  /** The caller is in the IVR menu (or hears a prompt) and has not reached a queue or an agent yet. */
  | 'IVR'
  /** The agent put the other party on hold; they hear the company’s wait music. */
  | 'ON_HOLD'
  /** The caller waits in a skill group’s queue for a free agent. */
  | 'QUEUED'
  /** An agent’s phone rings for the call; for an outbound call, the agent’s phone or the customer rings. */
  | 'RINGING'
  /** The agent and the other party are connected. */
  | 'TALKING';

/** How a supervisor joins an agent’s call (X3). */
export type MonitorMode =
  /** Join the call: everyone hears everyone. */
  | 'BARGE'
  /** Hear both sides; nobody hears the supervisor. */
  | 'LISTEN'
  /** Coach the agent: the agent hears the supervisor, the customer does not. */
  | 'WHISPER';

/** Why a number is not in service. */
export type NotInServiceReason =
  /** The flow that applies has no published version yet: publish it. */
  | 'FLOW_NOT_PUBLISHED'
  /** The number has neither a skill group nor a schedule. */
  | 'NO_ROUTE';

/** Who sets a not-ready reason. */
export type NotReadyReasonKind =
  /** Defined by the company; agents choose it on the phone bar. */
  | 'CUSTOM'
  /** Set by the platform (too many missed offers, phone not registered); never chosen. */
  | 'SYSTEM';

/** How a number condition compares. */
export type NumberMatch =
  /** The number’s last digits (e.g. the last four). */
  | 'ENDS_WITH'
  /** The whole number, as the switch delivered it. */
  | 'EXACT';

/** Inbound service and telesales are isolated from each other in permissions and data. */
export type Organization =
  /** Agents who answer calls. */
  | 'INBOUND'
  /** Agents who place outbound sales calls. */
  | 'TELESALES';

/** What the outbound statistics (A14) cover: a period, and tasks and agents if chosen. */
export type OutboundStatisticsInput = {
  /** The calls and results of these agents only; all the viewer sees when omitted or empty. */
  agentIds?: Array<string | number> | null | undefined;
  /** CUSTOM: the first day, YYYY-MM-DD. */
  fromDate?: string | null | undefined;
  /** The period; CUSTOM takes fromDate and toDate. */
  preset: ReportPeriodPreset;
  /** These tasks only; every task when omitted or empty. */
  taskIds?: Array<string | number> | null | undefined;
  /** CUSTOM: the last day (included), YYYY-MM-DD. */
  toDate?: string | null | undefined;
};

/** Where an outbound task stands (A12). */
export type OutboundTaskStatus =
  /** Agents dial its items. */
  | 'ACTIVE'
  /** Finished for good; its items stay for the statistics. */
  | 'CLOSED'
  /** Being prepared; agents do not dial it yet. */
  | 'DRAFT'
  /** Stopped for now; resumed by an administrator. */
  | 'PAUSED';

/** Where a caller goes after the longest wait, or when the queue is full. */
export type OverflowAction =
  /** A prompt that all agents are busy, then the call ends. */
  | 'MESSAGE_HANGUP'
  /** On to another skill group’s queue (the overflow skill group). */
  | 'SKILL_GROUP';

/** Which page of a list to return. */
export type PageInput = {
  /** Rows to return, at most 100. */
  limit?: number;
  /** Rows to skip. */
  offset?: number;
};

/** A test call to place. */
export type PlaceTestCallInput = {
  /** The number the test caller calls from, e.g. 13800138000. */
  callerNumber: string;
  /** One of the company’s numbers. */
  phoneNumberId: string | number;
};

/** Why the API refused, as a stable code. An error keeps its category in `extensions.code` (BAD_USER_INPUT, CONFLICT, RATE_LIMITED, SERVICE_UNAVAILABLE…) and names the ProblemCode in `extensions.reason`, with the values its wording needs in `extensions.params`; each of a BAD_USER_INPUT error’s `extensions.problems` is `{ field, code, params?, message }`. Messages are English; word the code for people in their language. */
export type ProblemCode =
  /** Too many wrong passwords: the account is locked for a while, or until an administrator unlocks it. Params: minutes. */
  | 'ACCOUNT_LOCKED'
  /** Too many failed sign-ins from this network address: sign-in is locked for a while. Params: minutes. */
  | 'ADDRESS_LOCKED'
  /** A menu needs at least one key callers can press. */
  | 'ADD_A_KEY'
  /** A flow needs its first menu. */
  | 'ADD_A_MENU'
  /** That agent is in no skill group, so calls cannot be queued for them. */
  | 'AGENT_IN_NO_SKILL_GROUP'
  /** That agent is not free; transfer to their skill group instead. */
  | 'AGENT_NOT_FREE'
  /** The agent to listen to is not on a call. */
  | 'AGENT_NOT_ON_A_CALL'
  /** Another member of the company has this agent number. */
  | 'AGENT_NUMBER_TAKEN'
  /** The number is already on the do-not-call list. */
  | 'ALREADY_ON_DO_NOT_CALL_LIST'
  /** The prompt is not pending review any more. */
  | 'ALREADY_REVIEWED'
  /** Answer in the workstation’s softphone, which rings in the browser. */
  | 'ANSWER_IN_SOFTPHONE'
  /** Calls ring the agent’s mobile phone: answer there. */
  | 'ANSWER_ON_MOBILE'
  /** An inspection can be appealed only once. */
  | 'APPEAL_ALREADY_MADE'
  /** The appeal is already accepted or rejected. */
  | 'APPEAL_NOT_PENDING'
  /** The company’s appeal window after the inspection’s submission has passed; the result is final. */
  | 'APPEAL_WINDOW_CLOSED'
  /** The call to hang up has already ended; nothing is left on the switch. */
  | 'CALL_ALREADY_ENDED'
  /** The agent’s phone did not take the call back; the customer is still on the line. Params: cause. */
  | 'CALL_BACK_FAILED'
  /** That call is not answered yet. */
  | 'CALL_NOT_ANSWERED'
  /** That call is no longer ringing. */
  | 'CALL_NOT_RINGING'
  /** A skill group cannot be consulted; transfer to it instead. */
  | 'CANNOT_CONSULT_SKILL_GROUP'
  /** Choose an agent. */
  | 'CHOOSE_AGENT'
  /** Choose the flow callers follow on this holiday. */
  | 'CHOOSE_HOLIDAY_FLOW'
  /** Choose what pressing this key does. */
  | 'CHOOSE_KEY_ACTION'
  /** Not ready needs a reason. */
  | 'CHOOSE_NOT_READY_REASON'
  /** Choose an outside number. */
  | 'CHOOSE_NUMBER'
  /** Choose a prompt. */
  | 'CHOOSE_PROMPT'
  /** Choose a skill group. */
  | 'CHOOSE_SKILL_GROUP'
  /** Choose the sub-menu this key opens. */
  | 'CHOOSE_SUB_MENU'
  /** The consulted party did not answer; the agent is back with the customer. Params: cause. */
  | 'CONSULTATION_NOT_ANSWERED'
  /** The contact plan is already done or cancelled. */
  | 'CONTACT_PLAN_CLOSED'
  /** Every criterion of the scorecard needs a score before submitting. */
  | 'CRITERION_NOT_SCORED'
  /** The criterion is scored more than once. */
  | 'CRITERION_SCORED_TWICE'
  /** The two customers belong to different organisations (inbound and telesales) and cannot be merged. */
  | 'CUSTOMERS_IN_DIFFERENT_ORGANIZATIONS'
  /** The desk phone could not be told to answer; pick it up. Params: cause. */
  | 'DESK_PHONE_NOT_ANSWERING'
  /** Two criteria of one section have the same name. */
  | 'DUPLICATE_CRITERION'
  /** Two follow-up results have the same value. */
  | 'DUPLICATE_FOLLOW_UP_RESULT'
  /** The same holiday date is listed twice. */
  | 'DUPLICATE_HOLIDAY'
  /** The same number is in an earlier row of the file. */
  | 'DUPLICATE_IN_FILE'
  /** The key is already used in this menu. Params: key. */
  | 'DUPLICATE_KEY'
  /** Another menu has the same ID. */
  | 'DUPLICATE_MENU_ID'
  /** Two options have the same value. Params: value. */
  | 'DUPLICATE_OPTION'
  /** The same number is listed twice. */
  | 'DUPLICATE_PHONE_NUMBER'
  /** This weekday is already in the schedule. */
  | 'DUPLICATE_WEEKDAY'
  /** The email is already registered. */
  | 'EMAIL_TAKEN'
  /** An embedded page must be https:, or its origin listed as allowed. */
  | 'EMBED_URL_NOT_ALLOWED'
  /** Variables may fill the path, query or fragment, never the site. */
  | 'EMBED_VARIABLE_IN_ORIGIN'
  /** The file is empty. */
  | 'EMPTY_FILE'
  /** A time range must end at another time than it starts (00:00–24:00 is the whole day). */
  | 'EMPTY_RANGE'
  /** The end is before the start. */
  | 'END_BEFORE_START'
  /** The end must come after the start. */
  | 'END_NOT_AFTER_START'
  /** Another field of the same kind of record has this key. */
  | 'FIELD_KEY_TAKEN'
  /** Choose a WAV file (sent as multipart/form-data). */
  | 'FILE_REQUIRED'
  /** The file is larger than allowed. Params: limit. */
  | 'FILE_TOO_LARGE'
  /** These groups belong to another organisation than the member. Params: names. */
  | 'GROUP_IN_OTHER_ORGANIZATION'
  /** A holiday lasts at most so many days. Params: maximum. */
  | 'HOLIDAY_TOO_LONG'
  /** The idempotency key was already used for another request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The import failed; nothing of it was written. Try again. */
  | 'IMPORT_FAILED'
  /** The server running the import stopped; nothing of it was written. Upload the file again. */
  | 'IMPORT_INTERRUPTED'
  /** The import has already started or ended. Params: status. */
  | 'IMPORT_STATE_FORBIDS'
  /** The current password is wrong. */
  | 'INCORRECT_PASSWORD'
  /** The inspection is already submitted. */
  | 'INSPECTION_NOT_PENDING'
  /** An international number; the company does not allow international calls. */
  | 'INTERNATIONAL_NOT_ALLOWED'
  /** An agent number is 1–20 letters or digits. */
  | 'INVALID_AGENT_NUMBER'
  /** A caller number is 3–20 digits, optionally after a +. */
  | 'INVALID_CALLER_NUMBER'
  /** Not one of the allowed values. */
  | 'INVALID_CHOICE'
  /** The file is not valid CSV. */
  | 'INVALID_CSV'
  /** Not a real date (YYYY-MM-DD). */
  | 'INVALID_DATE'
  /** Not a valid email address. */
  | 'INVALID_EMAIL'
  /** A field key is 1–40 letters, digits or _, starting with a letter. */
  | 'INVALID_FIELD_KEY'
  /** A follow-up result’s value is 1–40 letters, digits or underscores. */
  | 'INVALID_FOLLOW_UP_VALUE'
  /** The text does not have the required format. */
  | 'INVALID_FORMAT'
  /** Not a valid ID. */
  | 'INVALID_ID'
  /** An idempotency key is 8–100 letters, digits, - or _. */
  | 'INVALID_IDEMPOTENCY_KEY'
  /** Not one phone key: 0–9, * or #. */
  | 'INVALID_KEY'
  /** Not 1–20 phone keys: 0–9, * and #. */
  | 'INVALID_KEYS'
  /** A number to search for is 1–32 digits, *, # or +. */
  | 'INVALID_NUMBER_FILTER'
  /** An origin is a scheme and a host (and port), e.g. https://crm.example.com. */
  | 'INVALID_ORIGIN'
  /** Not a valid phone number. */
  | 'INVALID_PHONE_NUMBER'
  /** Not a time of day HH:MM, 00:00 to 24:00. */
  | 'INVALID_TIME'
  /** Not a valid URL. */
  | 'INVALID_URL'
  /** The value is not acceptable. */
  | 'INVALID_VALUE'
  /** The Excel workbook cannot be read: it is damaged or cut off, or lacks its sheet or a part its cells need. */
  | 'INVALID_XLSX'
  /** The member has already signed in and chosen a password: reset the password instead. */
  | 'INVITATION_ACCEPTED'
  /** Still in use by the things named in `users`; change those first. Params: users. */
  | 'IN_USE'
  /** The item is not waiting to be distributed in the skill group. */
  | 'ITEM_NOT_IN_POOL'
  /** These members are not in the organisation of the group. Params: names. */
  | 'MEMBER_IN_OTHER_ORGANIZATION'
  /** The key leads back to a menu above it: menus cannot loop. Params: menu. */
  | 'MENU_LOOP'
  /** The menu would be deeper than callers may go. Params: depth, maximum. */
  | 'MENU_TOO_DEEP'
  /** A customer cannot be merged into itself. */
  | 'MERGE_WITH_ITSELF'
  /** The header (first line) lacks required columns. Params: columns. */
  | 'MISSING_COLUMNS'
  /** Answering on a mobile phone needs a mobile number. */
  | 'MOBILE_REQUIRED'
  /** Another one of the same kind already has this name. */
  | 'NAME_TAKEN'
  /** A note needs some text. */
  | 'NOTE_EMPTY'
  /** The file is named .xlsx but is not an Excel workbook. */
  | 'NOT_AN_XLSX_FILE'
  /** The file is not a .csv file. */
  | 'NOT_A_CSV_FILE'
  /** Only a fatal item can be marked failed. */
  | 'NOT_A_FATAL_ITEM'
  /** The leader must be a group leader of the group’s organisation. */
  | 'NOT_A_GROUP_LEADER'
  /** A multiple choice value is a list of option values. */
  | 'NOT_A_LIST'
  /** The first menu must be one of the flow’s menus. */
  | 'NOT_A_MENU'
  /** The value must be a number. */
  | 'NOT_A_NUMBER'
  /** An API key has no workstation, phone or SIP account; a person does. */
  | 'NOT_A_PERSON'
  /** The file is neither a .csv nor an .xlsx file. */
  | 'NOT_A_SPREADSHEET'
  /** The file is not UTF-8 text (e.g. a spreadsheet saved as .xlsx). */
  | 'NOT_A_TEXT_FILE'
  /** The file is not a WAV file (no RIFF/WAVE header). */
  | 'NOT_A_WAV_FILE'
  /** The number must be a whole number. */
  | 'NOT_A_WHOLE_NUMBER'
  /** The agent is not consulting anyone. */
  | 'NOT_CONSULTING'
  /** The number is not one of the customer’s numbers. */
  | 'NOT_CUSTOMERS_NUMBER'
  /** Fewer items are undistributed than the counts ask for. Params: available. */
  | 'NOT_ENOUGH_ITEMS'
  /** The time must be later than now. */
  | 'NOT_IN_FUTURE'
  /** The agent is not on a call. */
  | 'NOT_ON_A_CALL'
  /** The call is not on hold. */
  | 'NOT_ON_HOLD'
  /** The caller ID must be one of the company’s numbers. */
  | 'NOT_OWN_NUMBER'
  /** The agent has not signed in to the workstation. */
  | 'NOT_SIGNED_IN'
  /** The agent is not a member of the skill group. */
  | 'NOT_SKILL_GROUP_MEMBER'
  /** The agent or skill group is not assigned to the task. */
  | 'NOT_TASK_ASSIGNEE'
  /** The custom field is not a task-data field. */
  | 'NOT_TASK_FIELD'
  /** The member is not an agent of the telesales organisation. */
  | 'NOT_TELESALES_AGENT'
  /** The skill group is not of the telesales organisation. */
  | 'NOT_TELESALES_SKILL_GROUP'
  /** The value must be text. */
  | 'NOT_TEXT'
  /** No call is ringing for the agent. */
  | 'NO_CALL_RINGING'
  /** The flow has no draft (to publish or discard). */
  | 'NO_DRAFT'
  /** The member’s profile has no mobile number. */
  | 'NO_MOBILE_NUMBER'
  /** No one else is on the call (to hold, transfer or reconnect to). */
  | 'NO_ONE_ON_THE_CALL'
  /** The company has no outbound caller ID, and not exactly one number to fall back on. */
  | 'NO_OUTBOUND_CALLER_ID'
  /** The member has neither a SIP phone nor a mobile number to be called on. */
  | 'NO_PHONE'
  /** An API key owns no contact plans: plans are created by signed-in agents. */
  | 'NO_PLAN_OWNER'
  /** A non-fatal criterion must be worth at least one point. */
  | 'NO_POINTS_TO_SCORE'
  /** A day of the schedule needs at least one time range. */
  | 'NO_RANGE_ON_DAY'
  /** The file has a header but no rows. */
  | 'NO_ROWS'
  /** Random sampling needs a percentage or a number of calls per agent per week. */
  | 'NO_SAMPLE_SIZE'
  /** The member has no agent number, so no SIP account. */
  | 'NO_SIP_ACCOUNT'
  /** No such active agent (deleted, disabled, or not the company’s or organisation’s). */
  | 'NO_SUCH_AGENT'
  /** No group has this name. Params: name. */
  | 'NO_SUCH_GROUP'
  /** The key leads to a menu that is not in this flow. */
  | 'NO_SUCH_MENU'
  /** No such skill group (deleted, or not the company’s or organisation’s). */
  | 'NO_SUCH_SKILL_GROUP'
  /** The number is on the do-not-call list. */
  | 'NUMBER_ON_DO_NOT_CALL_LIST'
  /** The number belongs to another company or is already added. */
  | 'NUMBER_TAKEN'
  /** Choose exactly one agent. */
  | 'ONE_AGENT_REQUIRED'
  /** A number goes to a skill group or follows a schedule, not both. */
  | 'ONE_ROUTE_ONLY'
  /** Give exactly one of agentId, skillGroupId or number. */
  | 'ONE_TARGET'
  /** Only single and multiple choice fields have options. */
  | 'OPTIONS_ONLY_FOR_CHOICES'
  /** A single or multiple choice field needs at least one option. */
  | 'OPTIONS_REQUIRED'
  /** The company has as many outbound calls as it may have at once. Params: maximum. */
  | 'OUTBOUND_CONCURRENCY_LIMIT'
  /** The company may start only so many outbound calls per second. Params: maximum. */
  | 'OUTBOUND_RATE_LIMIT'
  /** A skill group cannot overflow to itself. */
  | 'OVERFLOW_TO_ITSELF'
  /** The overflow skill group belongs to another organisation. */
  | 'OVERFLOW_TO_OTHER_ORGANIZATION'
  /** The time range overlaps another one. Params: other. */
  | 'OVERLAPPING_RANGES'
  /** Two calling-hour windows overlap. */
  | 'OVERLAPPING_WINDOWS'
  /** The password contains the part of the email before the @. */
  | 'PASSWORD_CONTAINS_EMAIL_NAME'
  /** The password needs both letters and digits. */
  | 'PASSWORD_NEEDS_LETTERS_AND_DIGITS'
  /** The password is on the list of common passwords. */
  | 'PASSWORD_TOO_COMMON'
  /** The viewer’s phone did not answer. Params: cause. */
  | 'PHONE_DID_NOT_ANSWER'
  /** Another customer of the organisation has this number: merge the two instead. Params: number. */
  | 'PHONE_NUMBER_TAKEN'
  /** A premium-rate number; the company does not allow calls to them. */
  | 'PREMIUM_RATE_NOT_ALLOWED'
  /** The prompt is a system prompt of the basic settings; choose another one there first. */
  | 'PROMPT_IN_BASIC_SETTINGS'
  /** Not an approved voice prompt (pending review, rejected or deleted). */
  | 'PROMPT_NOT_APPROVED'
  /** A time range cannot start at 24:00. */
  | 'RANGE_STARTS_AT_END_OF_DAY'
  /** The period is longer than allowed. Params: days. */
  | 'RANGE_TOO_LONG'
  /** The platform runs on a real switch (FreeSWITCH): register a softphone or desk phone instead. */
  | 'REAL_PHONES_ONLY'
  /** Rejecting a prompt needs a reason: say what to change. */
  | 'REJECTION_REASON_REQUIRED'
  /** The same value is in an earlier row of the file. Params: row. */
  | 'REPEATS_ROW'
  /** A value is required. */
  | 'REQUIRED'
  /** Members of this role need this field. Params: role. */
  | 'REQUIRED_FOR_ROLE'
  /** The viewer may not give this role, or not in this organisation. */
  | 'ROLE_NOT_ASSIGNABLE'
  /** The new password is the current one. */
  | 'SAME_PASSWORD'
  /** Another scorecard of the company has this name. */
  | 'SCORECARD_NAME_TAKEN'
  /** The company requires the call’s service summary before after-call work ends: save it first. */
  | 'SERVICE_SUMMARY_REQUIRED'
  /** Stored records hold values this change would make invalid; correct or clear them first. Params: rows. */
  | 'STORED_VALUES_CONTRADICT'
  /** The category is disabled and no longer chosen for new summaries. */
  | 'SUMMARY_CATEGORY_DISABLED'
  /** The category has categories below it: delete or move those first. Params: children. */
  | 'SUMMARY_CATEGORY_HAS_CHILDREN'
  /** Service summaries use this category: disable it instead of deleting it. Params: summaries. */
  | 'SUMMARY_CATEGORY_IN_USE'
  /** Summary categories have at most this many levels. Params: maximum. */
  | 'SUMMARY_CATEGORY_TOO_DEEP'
  /** A service summary can be corrected only for a while after it was first saved. Params: hours. */
  | 'SUMMARY_EDIT_CLOSED'
  /** Only a caller of an inbound call can be transferred to the survey. */
  | 'SURVEY_INBOUND_ONLY'
  /** The survey needs exactly one label for each score of its scale. Params: scale. */
  | 'SURVEY_LABELS_NOT_SCALE'
  /** The switch could not carry out the call command. Params: cause. */
  | 'SWITCH_COMMAND_FAILED'
  /** A system not-ready reason is set by the platform: it cannot be renamed, reordered, deleted or chosen. */
  | 'SYSTEM_REASON_FIXED'
  /** The task already has this number. */
  | 'TASK_ITEM_DUPLICATE'
  /** Another agent has the item open. */
  | 'TASK_ITEM_LOCKED'
  /** A follow-up result is recorded only after the number was dialled. */
  | 'TASK_ITEM_NOT_DIALLED'
  /** The item must be open (locked to the agent) before it is dialled. */
  | 'TASK_ITEM_NOT_OPEN'
  /** Another outbound task has this name. */
  | 'TASK_NAME_TAKEN'
  /** Today (in the company’s zone) is outside the task’s start and end dates. Params: startsOn, endsOn. */
  | 'TASK_OUTSIDE_PERIOD'
  /** The outbound task’s state does not allow this. Params: status. */
  | 'TASK_STATE_FORBIDS'
  /** Calls go through the real switch here: call the number from any phone instead. */
  | 'TEST_CALLS_SIMULATED_ONLY'
  /** The test call has ended. */
  | 'TEST_CALL_ENDED'
  /** The tone is only for the transfer wait. */
  | 'TONE_ONLY_FOR_TRANSFER_WAIT'
  /** The list has fewer items than required. Params: minimum. */
  | 'TOO_FEW'
  /** The number is above the allowed range. Params: maximum. */
  | 'TOO_LARGE'
  /** The text is longer than allowed. Params: maximum. */
  | 'TOO_LONG'
  /** The list has more items than allowed. Params: maximum. */
  | 'TOO_MANY'
  /** The company has its maximum of not-ready reasons. Params: maximum. */
  | 'TOO_MANY_NOT_READY_REASONS'
  /** The file has more rows than allowed. Params: maximum. */
  | 'TOO_MANY_ROWS'
  /** The company has its maximum of live test calls. Params: maximum. */
  | 'TOO_MANY_TEST_CALLS'
  /** The text is shorter than allowed. Params: minimum. */
  | 'TOO_SHORT'
  /** The number is below the allowed range. Params: minimum. */
  | 'TOO_SMALL'
  /** Text to speech cannot run on this server (espeak-ng is not installed); upload a WAV file instead. */
  | 'TTS_UNAVAILABLE'
  /** The file has no column of this name. */
  | 'UNKNOWN_COLUMN'
  /** The criterion is not part of this scorecard version. */
  | 'UNKNOWN_CRITERION'
  /** No custom field has this key. */
  | 'UNKNOWN_CUSTOM_FIELD'
  /** The URL template names a variable calls do not have. Params: name. */
  | 'UNKNOWN_EMBED_VARIABLE'
  /** The follow-up result is not one of the task’s. */
  | 'UNKNOWN_FOLLOW_UP_RESULT'
  /** Not an ISO 3166 region code with phone numbers, e.g. CN. */
  | 'UNKNOWN_REGION'
  /** Not a known IANA time zone, e.g. Asia/Shanghai. */
  | 'UNKNOWN_TIME_ZONE'
  /** No key leads to this menu. */
  | 'UNREACHABLE_MENU'
  /** The first menu has no level above it. */
  | 'UP_FROM_FIRST_MENU'
  /** The WAV file has less audio than its header announces. */
  | 'WAV_CUT_SHORT'
  /** The WAV header is damaged or incomplete. */
  | 'WAV_DAMAGED'
  /** The WAV file has more than one channel. Params: channels. */
  | 'WAV_NOT_MONO'
  /** The audio lasts longer than allowed. Params: seconds, maximum. */
  | 'WAV_TOO_LONG'
  /** PCM of another bit depth than 16. Params: bits. */
  | 'WAV_UNSUPPORTED_BIT_DEPTH'
  /** A WAVE encoding other than 16-bit PCM, A-law or µ-law (e.g. compressed or floating point). */
  | 'WAV_UNSUPPORTED_ENCODING'
  /** Sampled at another rate than 8000, 16000 or 48000 Hz. Params: rate. */
  | 'WAV_UNSUPPORTED_SAMPLE_RATE'
  /** A webhook may not point to a private, loopback or link-local address. */
  | 'WEBHOOK_URL_INTERNAL'
  /** A webhook URL must be https: (http: only to localhost in development). */
  | 'WEBHOOK_URL_NOT_HTTPS'
  /** A calling-hour window ends before (or when) it starts. */
  | 'WINDOW_END_BEFORE_START'
  /** The workstation session has ended; sign in to the workstation again. */
  | 'WORKSTATION_SESSION_ENDED';

/** A reviewer’s verdict on a prompt’s newest audio. */
export type PromptDecision =
  /** Calls play the new audio from now on. */
  | 'APPROVE'
  /** Calls keep playing the last approved audio, if any; a reason is required. */
  | 'REJECT';

/** Where a prompt’s audio came from. */
export type PromptSource =
  /** Generated from text by text to speech. */
  | 'TTS'
  /** A WAV file an administrator uploaded. */
  | 'UPLOAD';

/** Where a prompt’s newest audio stands in review; only approved audio is ever played to callers. */
export type PromptStatus =
  /** Reviewed and playable in IVR flows and system prompts. */
  | 'APPROVED'
  /** Waiting for a reviewer; the last approved audio, if any, keeps playing. */
  | 'PENDING'
  /** Refused by a reviewer, with a reason; replace the audio to try again. */
  | 'REJECTED';

/** The answer to an agent’s appeal. */
export type QaAppealDecisionInput = {
  /** Accept (score again) or reject. */
  isAccepted: boolean;
  /** Why, for the agent, 1–1000 characters. */
  resolution: string;
  /** The new scoring; required to accept. */
  scores?: QaScoresInput | null | undefined;
};

/** Where an agent’s appeal of an inspection stands. */
export type QaAppealStatus =
  /** Accepted: the inspection was scored again (a revised result). */
  | 'ACCEPTED'
  /** Waiting for the inspector or an administrator. */
  | 'PENDING'
  /** Rejected: the result stands. */
  | 'REJECTED';

/** A comment on the call, or at a moment of its recording. */
export type QaCommentInput = {
  /** Seconds into the recording. */
  atSeconds?: number | null | undefined;
  /** The criterion it is about. */
  criterionId?: string | number | null | undefined;
  /** The comment, 1–2000 characters. */
  text: string;
};

/** A criterion of a scorecard being defined. */
export type QaCriterionInput = {
  /** How to judge it, up to 1000 characters. */
  description?: string | null | undefined;
  /** The criterion of the current version this one edits; omit for a new criterion. */
  id?: string | number | null | undefined;
  /** Whether failing it sets the score to zero. */
  isFatal?: boolean | null | undefined;
  /** Points it is worth, 0–100; at least 1 unless it is fatal. */
  maxPoints: number;
  /** What is checked, 1–200 characters. */
  name: string;
};

/** Which inspections to list. */
export type QaInspectionFilter = {
  /** Only this agent’s. */
  agentId?: string | number | null | undefined;
  /** Only with an appeal in this state. */
  appealStatus?: QaAppealStatus | null | undefined;
  /** Only those assigned to the viewer. */
  isMine?: boolean | null | undefined;
  /** Only in this state. */
  status?: QaInspectionStatus | null | undefined;
};

/** Where an inspection stands. */
export type QaInspectionStatus =
  /** Sampled and assigned, not scored yet. */
  | 'PENDING'
  /** Scored; the agent sees it and may appeal once. */
  | 'SUBMITTED';

/** What one row of the QA report stands for. */
export type QaReportGrouping =
  /** The agent inspected. */
  | 'AGENT'
  /** A scorecard criterion. */
  | 'CRITERION'
  /** A day of submission, in the company’s time zone. */
  | 'DAY'
  /** An agent group (an inspection counts in each group of its agent). */
  | 'GROUP'
  /** A month of submission. */
  | 'MONTH'
  /** A week (from Monday) of submission. */
  | 'WEEK';

/** The QA report’s period and grouping. */
export type QaReportInput = {
  /** Inspections submitted at or after this moment. */
  from: string;
  /** What a row stands for. */
  groupBy: QaReportGrouping;
  /** Only this scorecard’s inspections. */
  scorecardId?: string | number | null | undefined;
  /** Inspections submitted before this moment. */
  to: string;
};

/** How to sample calls for inspection. */
export type QaSampleInput = {
  /** Only show which calls would be picked. */
  isDryRun?: boolean | null | undefined;
  /** At most this many calls, 1–500; 500 when omitted. */
  limit?: number | null | undefined;
  /** How calls are picked. */
  mode: QaSampleMode;
  /** PER_AGENT_WEEK: calls per agent and week, 1–100. */
  perAgentPerWeek?: number | null | undefined;
  /** PERCENT: the share of matching calls, above 0 to 100. */
  percent?: number | null | undefined;
  /** The scorecard; its current version is used. */
  scorecardId: string | number;
  /** The random draw’s seed: the same seed picks the same calls; a new one when omitted. */
  seed?: string | null | undefined;
};

/** How a sampling picks calls among those the filter matches. */
export type QaSampleMode =
  /** Every matching call (up to the limit), newest first. */
  | 'FILTER'
  /** A random share of the matching calls, reproducible for a seed. */
  | 'PERCENT'
  /** Up to N random calls per agent and week, reproducible for a seed. */
  | 'PER_AGENT_WEEK';

/** Why a call a sampling picked got no inspection. */
export type QaSampleSkipReason =
  /** Its recording was removed under the retention period while the sampling ran (there is nothing to inspect). */
  | 'RECORDING_REMOVED';

/** The score of one criterion. */
export type QaScoreInput = {
  /** The criterion, from the inspection’s scorecard version. */
  criterionId: string | number;
  /** Marks a fatal item failed (score 0 in all). */
  isFailed?: boolean | null | undefined;
  /** Points given, 0 to the criterion’s maximum. */
  points: number;
};

/** A whole scorecard definition; saving it publishes a new version. */
export type QaScorecardInput = {
  /** Its name, 1–100 characters, unique in the company. */
  name: string;
  /** The sections, 1–20. */
  sections: Array<QaSectionInput>;
};

/** A scoring: every criterion of the scorecard version, and comments. */
export type QaScoresInput = {
  /** Comments, up to 100. */
  comments?: Array<QaCommentInput> | null | undefined;
  /** One score per criterion. */
  scores: Array<QaScoreInput>;
};

/** A section of a scorecard being defined. */
export type QaSectionInput = {
  /** Its criteria, 1–50. */
  criteria: Array<QaCriterionInput>;
  /** The section’s title, 1–100 characters. */
  name: string;
};

/** A report period, in days of the company’s time zone; weeks start on Monday. */
export type ReportPeriodPreset =
  /** From `fromDate` to `toDate`, both days included. */
  | 'CUSTOM'
  /** Today and the 6 days before it. */
  | 'LAST_7_DAYS'
  /** Today and the 29 days before it. */
  | 'LAST_30_DAYS'
  /** Last calendar month. */
  | 'LAST_MONTH'
  /** Last week, Monday to Sunday. */
  | 'LAST_WEEK'
  /** From the first of the month until now. */
  | 'THIS_MONTH'
  /** From Monday’s midnight until now. */
  | 'THIS_WEEK'
  /** From midnight until now. */
  | 'TODAY'
  /** Yesterday, midnight to midnight. */
  | 'YESTERDAY';

/** A reviewer’s decision on a pending prompt. */
export type ReviewPromptInput = {
  /** Approve or reject. */
  decision: PromptDecision;
  /** Why it is rejected, 1–200 characters; required to reject, ignored to approve. */
  reason?: string | null | undefined;
};

/** What a user may do; each role includes the rights of those below it. */
export type Role =
  /** Configures the call center; may be scoped to one organisation. */
  | 'ADMIN'
  /** Answers and places calls; sees only their own data. */
  | 'AGENT'
  /** Manages the members and data of their own groups. */
  | 'GROUP_LEADER'
  /** Created at signup; everything in the tenant, including other admins. */
  | 'SUPER_ADMIN';

/** Which idle agent of a skill group is offered the next call. */
export type RoutingStrategy =
  /** The agent who has answered the fewest calls today. */
  | 'FEWEST_CALLS'
  /** The agent idle the longest: work is spread evenly over time. */
  | 'LONGEST_IDLE'
  /** The agent with the best (lowest) priority in the skill group; longest idle among equals. */
  | 'PRIORITY'
  /** Agents in turn: the one offered a call the longest ago goes next. */
  | 'ROUND_ROBIN';

/** What each period of the report is split by. */
export type SatisfactionGrouping =
  /** The agent who took the call (no agent: the survey of a call no agent answered). */
  | 'AGENT'
  /** The skill group the call queued for. */
  | 'SKILL_GROUP'
  /** Nothing: one row per period for everything the viewer sees. */
  | 'TENANT';

/** The report’s time buckets, in the company’s time zone. */
export type SatisfactionPeriod =
  /** Calendar days. */
  | 'DAY'
  /** Calendar months. */
  | 'MONTH'
  /** Weeks from Monday. */
  | 'WEEK';

/** Which survey answers to list (A9); every condition given must hold. */
export type SatisfactionRecordFilter = {
  /** Calls taken by this agent. */
  agentId?: string | number | null | undefined;
  /** Answers given at or after this moment. */
  from?: string | null | undefined;
  /** Only surveys that ended so (scored, no answer, hung up). */
  outcomes?: Array<SurveyOutcome> | null | undefined;
  /** Only these scores (1–9, on whatever scale they were given). Alone it lists scored surveys only; with `outcomes`, it narrows the scored ones. */
  scores?: Array<number> | null | undefined;
  /** Calls queued for this skill group. */
  skillGroupId?: string | number | null | undefined;
  /** Answers given before this moment. */
  to?: string | null | undefined;
};

/** Which satisfaction report (A9): a period of call starts, bucketed and split. */
export type SatisfactionReportInput = {
  /** Only this agent’s calls. */
  agentId?: string | number | null | undefined;
  /** Calls started at or after this moment. */
  from: string;
  /** What each bucket is split by. */
  groupBy: SatisfactionGrouping;
  /** Day, week or month buckets in the company’s time zone. */
  period: SatisfactionPeriod;
  /** Only this skill group’s calls. */
  skillGroupId?: string | number | null | undefined;
  /** Calls started before this moment; at most 366 days after `from`. */
  to: string;
};

/** The embedded page of the screen pop. */
export type ScreenPopSettingsInput = {
  /** Allowed origins besides https: ones. */
  allowedOrigins?: Array<string> | null | undefined;
  /** URL template; empty for no embedded page. */
  urlTemplate?: string | null | undefined;
};

/** What the service summary report covers. */
export type ServiceSummaryReportInput = {
  /** Only the summaries these agents wrote; empty: all. */
  agentIds?: Array<string | number> | null | undefined;
  /** CUSTOM: the first day, YYYY-MM-DD. */
  fromDate?: string | null | undefined;
  /** The period; CUSTOM takes fromDate and toDate. */
  preset: ReportPeriodPreset;
  /** Only the summaries of calls queued to these skill groups; empty: all. */
  skillGroupIds?: Array<string | number> | null | undefined;
  /** CUSTOM: the last day (included), YYYY-MM-DD. */
  toDate?: string | null | undefined;
};

/** How the session token travels. */
export type SessionKind =
  /** An Authorization header of an API client. */
  | 'BEARER'
  /** An httpOnly cookie of a browser console. */
  | 'COOKIE';

/** Free registration: a company and its super administrator in one step. */
export type SignupInput = {
  /** Company name, 1–100 characters. */
  companyName: string;
  /** Email of the super administrator; the sign-in, unique on the platform. */
  email: string;
  /** Name of the super administrator. */
  name: string;
  /** Password: at least 10 characters with letters and digits. */
  password: string;
  /** IANA time zone of the company, e.g. Asia/Shanghai. */
  timeZone?: string;
};

/** Starts an uploaded do-not-call import. */
export type StartDoNotCallImportInput = {
  /** The uploaded import. */
  importId: string | number;
  /** The header of the column with the phone numbers. */
  phoneColumn: string;
  /** The reason for rows without one of their own. */
  reason?: string | null | undefined;
  /** The header of a column with each number’s reason. */
  reasonColumn?: string | null | undefined;
};

/** Starts an uploaded task-item import: the column mapping and who gets the numbers. */
export type StartTaskItemImportInput = {
  /** ONE_AGENT: one agent; AGENTS_EVENLY: the agents. */
  agentIds?: Array<string | number> | null | undefined;
  /** Who gets the numbers. */
  assignment: ImportAssignmentMode;
  /** The columns of the task’s custom fields. */
  fields: Array<ImportFieldColumnInput>;
  /** The uploaded import. */
  importId: string | number;
  /** The header of the column with the phone numbers. */
  phoneColumn: string;
  /** SKILL_GROUP: the skill group. */
  skillGroupId?: string | number | null | undefined;
};

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

/** What one score of the survey scale means: a label in each language. */
export type SurveyLabelInput = {
  /** English, 1–20 characters. */
  en: string;
  /** Chinese, 1–20 characters. */
  zh: string;
};

/** How a post-call survey ended (A5). */
export type SurveyOutcome =
  /** The caller hung up during the survey. */
  | 'ABANDONED'
  /** No key in time, or a wrong key twice. */
  | 'NO_ANSWER'
  /** The caller pressed a key of the scale: the score is the call’s. */
  | 'SCORED';

/** A new prompt generated from text; it waits for review like an upload. */
export type SynthesizePromptInput = {
  /** Name, 1–40 characters, unique in the company. */
  name: string;
  /** Speed in percent, 50–200; 100 (normal) when omitted. */
  speed?: number | null | undefined;
  /** What is said, 1–500 characters. */
  text: string;
  /** The voice. */
  voice: TtsVoice;
};

/** How a system prompt is filled. */
export type SystemPromptChoice =
  /** The platform’s built-in audio. */
  | 'DEFAULT'
  /** An approved prompt of the voice library. */
  | 'PROMPT'
  /** A ringing tone instead of music (transfer wait only). */
  | 'TONE';

/** The five system prompts every company has (A5). */
export type SystemPromptKind =
  /** Played to callers outside service hours. */
  | 'AFTER_HOURS'
  /** Played when a caller joins a queue, before the wait music. */
  | 'QUEUE'
  /** Asks the caller to rate the service after the call. */
  | 'SURVEY'
  /** What a caller hears while being transferred or held: a tone or music. */
  | 'TRANSFER_WAIT'
  /** Played when a caller presses a key the IVR menu does not accept. */
  | 'WRONG_KEY';

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

/** Who ended a test call. */
export type TestCallEnd =
  /** The test caller hung up. */
  | 'CALLER'
  /** The call center hung up (after a message, or the agent ended the call). */
  | 'CALL_CENTER';

/** What happened on a test call, from the caller’s side. */
export type TestCallEventKind =
  /** The caller talks to an agent: see `agent`. */
  | 'AGENT_CONNECTED'
  /** The agent did not take the call: see `agent` and `cause`. */
  | 'AGENT_MISSED'
  /** An agent’s phone rings for the call: see `agent`. */
  | 'AGENT_RINGING'
  /** The call center picked up (the IVR or the queue). */
  | 'ANSWERED'
  /** The caller dialled the company’s number. */
  | 'DIALLED'
  /** The agent or number left the call; the caller is still on the line. */
  | 'DISCONNECTED'
  /** The call ended: see `endedBy` on the call, and `cause`. */
  | 'ENDED'
  /** The agent took the caller off the line, still on theirs: hold, a consultation, or a transfer’s first step. */
  | 'HELD'
  /** The caller pressed a key: see `key`. */
  | 'KEY_PRESSED'
  /** The caller was put through to an outside number: see `number`. */
  | 'NUMBER_CONNECTED'
  /** Something was played to the caller: see `prompt`, and `endedAt` once it stopped. */
  | 'PROMPT'
  /** The caller is back with the agent (or number) who held them. */
  | 'RESUMED';

/** Text to turn into speech. */
export type TtsInput = {
  /** Speed in percent, 50–200; 100 (normal) when omitted. */
  speed?: number | null | undefined;
  /** What is said, 1–500 characters. */
  text: string;
  /** The voice. */
  voice: TtsVoice;
};

/** The voice a text prompt is spoken in. */
export type TtsVoice =
  /** English (espeak-ng voice en). */
  | 'ENGLISH'
  /** Mandarin Chinese (espeak-ng voice cmn-latn-pinyin). */
  | 'MANDARIN';

/** Changes to the call settings; omitted fields stay as they are. */
export type UpdateAcdSettingsInput = {
  /** After-call work in seconds, 0–3600 (0: none). */
  afterCallWorkSeconds?: number | null | undefined;
  /** Allow dialling numbers outside the home region. */
  allowInternational?: boolean | null | undefined;
  /** Allow dialling premium-rate numbers. */
  allowPremiumRate?: boolean | null | undefined;
  /** Seconds between position announcements, 10–600. */
  announceIntervalSeconds?: number | null | undefined;
  /** Announce the queue position to waiting callers. */
  announcePosition?: boolean | null | undefined;
  /** A10: days after an inspection is submitted during which its agent may appeal, 1–365. */
  appealWindowDays?: number | null | undefined;
  /** Offer waiting callers a callback. */
  callbackEnabled?: boolean | null | undefined;
  /** The callback key: one of 0–9, * and #. */
  callbackKey?: string | null | undefined;
  /** Seconds without a workstation heartbeat before offline, 10–600. */
  heartbeatTimeoutSeconds?: number | null | undefined;
  /** ISO 3166 region of the company, e.g. CN. */
  homeRegion?: string | null | undefined;
  /** Record in stereo (customer left, agent right) rather than mono. */
  isRecordingStereo?: boolean | null | undefined;
  /** Most simultaneous outbound calls, 0–10000. */
  maxConcurrentOutbound?: number | null | undefined;
  /** Unanswered offers in a row before not ready, 1–20. */
  maxMissedOffers?: number | null | undefined;
  /** Most outbound calls started per second, 0–1000. */
  maxOutboundPerSecond?: number | null | undefined;
  /** Caller ID of outbound calls, one of the company’s numbers: E.164, or a national number of the home region; null or empty removes it. Without one, outbound calls show the company’s number when it has exactly one, and dialOut is refused (NO_OUTBOUND_CALLER_ID) when it has several. */
  outboundCallerId?: string | null | undefined;
  /** Record calls agents dial out. */
  outboundRecordingEnabled?: boolean | null | undefined;
  /** A5: keep the customer of an outbound call on the line for the survey when the agent hangs up. */
  outboundSurveyEnabled?: boolean | null | undefined;
  /** Record answered calls (of skill groups that record, and outbound calls if chosen). */
  recordingEnabled?: boolean | null | undefined;
  /** Days a recording is kept, 1–3650; null keeps recordings for good. */
  recordingRetentionDays?: number | null | undefined;
  /** Keep agents in after-call work until the answered call’s service summary is saved; sign-out still works. */
  requireSummaryBeforeReady?: boolean | null | undefined;
  /** Ring time at one agent in seconds, 5–120. */
  ringTimeoutSeconds?: number | null | undefined;
  /** Service level threshold in seconds, 1–600. */
  serviceLevelSeconds?: number | null | undefined;
  /** Service level target in percent, 1–100. */
  serviceLevelTargetPercent?: number | null | undefined;
  /** Abandons shorter than this many seconds are left out of the KPIs, 0–60 (0: none). */
  shortAbandonSeconds?: number | null | undefined;
  /** A5: one label per score of the survey scale, from 1 up; each 1–20 characters in both languages. */
  surveyLabels?: Array<SurveyLabelInput> | null | undefined;
  /** A5: the survey scale, 2–9 points; give surveyLabels too unless the saved ones already fit it. */
  surveyScale?: number | null | undefined;
};

/** Changes to a member; omitted fields stay as they are. */
export type UpdateAgentInput = {
  /** New agent number (administrators only); the SIP user follows. */
  agentNumber?: string | null | undefined;
  /** New login email (administrators only). */
  email?: string | null | undefined;
  /** The member’s groups, replacing the current ones. */
  groupIds?: Array<string | number> | null | undefined;
  /** Display name. */
  name?: string | null | undefined;
  /** New organisation (administrators only); the member leaves groups and skill groups of the old one. */
  organization?: Organization | null | undefined;
  /** New role (administrators only). */
  role?: Role | null | undefined;
};

/** Changes to a custom field; omitted ones stay. A new type, removed options or making it required are refused (STORED_VALUES_CONTRADICT, with the number of records) while stored values contradict them. */
export type UpdateCustomFieldDefinitionInput = {
  /** Hidden from forms; values are kept. */
  isHidden?: boolean | null | undefined;
  /** Every record must have a value. */
  isRequired?: boolean | null | undefined;
  /** Label in English. */
  labelEn?: string | null | undefined;
  /** Label in Chinese. */
  labelZh?: string | null | undefined;
  /** The options, replacing the current ones. */
  options?: Array<CustomFieldOptionInput> | null | undefined;
  /** Place among the fields, ascending. */
  position?: number | null | undefined;
  /** What the field holds. */
  type?: CustomFieldType | null | undefined;
};

/** Changes to a customer; omitted fields stay. */
export type UpdateCustomerInput = {
  /** Custom field values to change by key; null clears a value, keys not given stay. */
  customFields?: unknown;
  /** Name. */
  name?: string | null | undefined;
  /** Phone numbers, replacing the current ones. */
  phoneNumbers?: Array<string> | null | undefined;
};

/** Changes to a group; its organisation is fixed. */
export type UpdateGroupInput = {
  /** New group leader; null removes the leader. */
  leaderId?: string | number | null | undefined;
  /** New name. */
  name?: string | null | undefined;
};

/** Changes to a flow’s name or description; omitted fields stay. */
export type UpdateIvrFlowInput = {
  /** New description. */
  description?: string | null | undefined;
  /** New name. */
  name?: string | null | undefined;
};

/** Changes to a holiday; omitted fields stay. */
export type UpdateIvrHolidayInput = {
  /** Its own flow, or closed. */
  action?: IvrHolidayAction | null | undefined;
  /** CLOSED: the approved prompt; null for the after-hours prompt. */
  closedPromptId?: string | number | null | undefined;
  /** New last day, YYYY-MM-DD. */
  endDate?: string | null | undefined;
  /** FLOW: the flow. */
  flowId?: string | number | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** The schedule it overrides; null: every schedule. */
  scheduleId?: string | number | null | undefined;
  /** New first day, YYYY-MM-DD. */
  startDate?: string | null | undefined;
};

/** Changes to a schedule; omitted fields stay. `days` replaces all service hours. */
export type UpdateIvrScheduleInput = {
  /** All service hours, replacing the old ones. */
  days?: Array<IvrScheduleDayInput> | null | undefined;
  /** Another flow. */
  flowId?: string | number | null | undefined;
  /** New name. */
  name?: string | null | undefined;
};

/** Changes to a not-ready reason; system reasons cannot be changed. */
export type UpdateNotReadyReasonInput = {
  /** New name. */
  name?: string | null | undefined;
  /** New position, 0–999 (lower first). */
  sortOrder?: number | null | undefined;
};

/** A task’s new settings, all of them as on creation; a closed task stays as it is. */
export type UpdateOutboundTaskInput = {
  /** Agents of the telesales organisation. */
  agentIds?: Array<string | number> | null | undefined;
  /** One of the company’s numbers, shown to the people called. */
  callerIdNumberId: string | number;
  /** Task-data (OUTBOUND_TASK) custom fields, in order. */
  customFieldIds?: Array<string | number> | null | undefined;
  /** Free text, up to 2000 characters. */
  description?: string | null | undefined;
  /** Preview or progressive dialing (X4); absent: preview on creation, unchanged on update. */
  dialing?: DialingSettingsInput | null | undefined;
  /** Last day, YYYY-MM-DD; not before the first. */
  endsOn: string;
  /** The follow-up results; interested (a success), call back, not interested, wrong number when omitted. */
  followUpResults?: Array<FollowUpResultInput> | null | undefined;
  /** Name, 1–100 characters, unique in the company. */
  name: string;
  /** The script agents see, up to 20000 characters. */
  script?: string | null | undefined;
  /** Skill groups of the telesales organisation. */
  skillGroupIds?: Array<string | number> | null | undefined;
  /** First day, YYYY-MM-DD. */
  startsOn: string;
};

/** Changes to a number; omitted fields stay as they are. */
export type UpdatePhoneNumberInput = {
  /** New description. */
  description?: string | null | undefined;
  /** The corrected number. */
  number?: string | null | undefined;
  /** The IVR schedule its calls follow (A7; clearing its skill group); null removes it. */
  scheduleId?: string | number | null | undefined;
  /** The skill group its calls go to (clearing its schedule); null leaves it unrouted. */
  skillGroupId?: string | number | null | undefined;
};

/** Changes to a service summary category; omitted ones stay. */
export type UpdateServiceSummaryCategoryInput = {
  /** False hides it from new summaries; summaries that have it keep it. */
  isEnabled?: boolean | null | undefined;
  /** Label in English, 1–60 characters. */
  labelEn?: string | null | undefined;
  /** Label in Chinese, 1–60 characters. */
  labelZh?: string | null | undefined;
  /** Place among its siblings (0–10000). */
  position?: number | null | undefined;
};

/** Changes to a skill group; its organisation is fixed. */
export type UpdateSkillGroupInput = {
  /** New description. */
  description?: string | null | undefined;
  /** New name. */
  name?: string | null | undefined;
};

/** How a skill group distributes and queues calls; omitted fields stay as they are. */
export type UpdateSkillGroupRoutingInput = {
  /** A5: whether callers stay on the line after the agent hangs up to rate the call. */
  isPostCallSurveyEnabled?: boolean | null | undefined;
  /** Whether the group’s answered calls are recorded (when the company records calls at all). */
  isRecordingEnabled?: boolean | null | undefined;
  /** Most callers waiting at once, 1–10000. */
  maxQueueLength?: number | null | undefined;
  /** Longest wait in the queue, 10–7200 seconds. */
  maxWaitSeconds?: number | null | undefined;
  /** What happens after the longest wait or when full. */
  overflowAction?: OverflowAction | null | undefined;
  /** Another skill group of the same organisation; required when the overflow action is SKILL_GROUP. */
  overflowSkillGroupId?: string | number | null | undefined;
  /** Which idle agent is offered the next call. */
  strategy?: RoutingStrategy | null | undefined;
};

/** What one system prompt plays. */
export type UpdateSystemPromptInput = {
  /** Default, a library prompt, or (transfer wait only) a tone. */
  choice: SystemPromptChoice;
  /** Which system prompt. */
  kind: SystemPromptKind;
  /** The approved library prompt; required with PROMPT. */
  promptId?: string | number | null | undefined;
};

/** Changes to the company information; omitted fields stay as they are. */
export type UpdateTenantInput = {
  /** Company name, 1–100 characters. */
  name?: string | null | undefined;
  /** IANA time zone, e.g. Asia/Shanghai. */
  timeZone?: string | null | undefined;
};

/** Changes to a webhook endpoint; what is left out stays. */
export type UpdateWebhookEndpointInput = {
  /** A new description, at most 200 characters. */
  description?: string | null | undefined;
  /** false pauses it; true enables it again (also one disabled for failing) and forgets its failures. */
  enabled?: boolean | null | undefined;
  /** The events to receive from now on. */
  events?: Array<WebhookEvent> | null | undefined;
  /** A new https: URL. */
  url?: string | null | undefined;
};

/** Whether a user may sign in. */
export type UserStatus =
  /** May sign in. */
  | 'ACTIVE'
  /** Signed out everywhere and refused at sign-in. */
  | 'DISABLED';

/** Which prompts to list; all when omitted. */
export type VoicePromptFilter = {
  /** True: only prompts calls can play (some version approved), as the pickers need. */
  isUsable?: boolean | null | undefined;
  /** Part of the name, any case. */
  search?: string | null | undefined;
  /** Only prompts whose newest audio has this status. */
  status?: PromptStatus | null | undefined;
};

/** Which deliveries of an endpoint to list. */
export type WebhookDeliveryFilterInput = {
  /** The endpoint whose deliveries to list. */
  endpointId: string | number;
  /** Only deliveries in this state. */
  status?: WebhookDeliveryStatus | null | undefined;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Given up after a day of retries (or its endpoint was disabled); it can be replayed. */
  | 'FAILED'
  /** Not delivered yet: waiting for its first attempt or its next retry. */
  | 'PENDING';

/** Why an endpoint receives nothing. */
export type WebhookDisabledReason =
  /** An administrator paused it; its pending deliveries resume when it is enabled. */
  | 'BY_ADMIN'
  /** Every delivery to it failed for a day; what was pending failed with it. */
  | 'FAILING';

/** What a webhook endpoint is told about; the body’s `type` is the lower-case name shown. */
export type WebhookEvent =
  /** `agent.status_changed`: any change of an agent’s status, with its cause. */
  | 'AGENT_STATUS_CHANGED'
  /** `call.answered`: an agent (or, outbound, the customer) answered. */
  | 'CALL_ANSWERED'
  /** `call.ended`: the call is over; the body is its call record. */
  | 'CALL_ENDED'
  /** `call.offered`: a queued call rings an agent (callId, agentId, callerNumber…). */
  | 'CALL_OFFERED'
  /** `contact_plan.due`: a contact plan’s time has come (contactPlanId, agentId, phoneNumber…). */
  | 'CONTACT_PLAN_DUE'
  /** `ping`: a test delivery an administrator sent; every endpoint receives it. */
  | 'PING'
  /** `summary.saved`: an agent saved (or corrected) a call’s service summary; the body is the summary. */
  | 'SUMMARY_SAVED';

export type AcdSettingsFormFragment = { afterCallWorkSeconds: number, ringTimeoutSeconds: number, maxMissedOffers: number, heartbeatTimeoutSeconds: number, announcePosition: boolean, announceIntervalSeconds: number, callbackEnabled: boolean, callbackKey: string, recordingEnabled: boolean, outboundRecordingEnabled: boolean, recordingRetentionDays: number | null, isRecordingStereo: boolean, appealWindowDays: number, outboundSurveyEnabled: boolean, surveyScale: number, requireSummaryBeforeReady: boolean, outboundCallerId: string | null, homeRegion: string, allowInternational: boolean, allowPremiumRate: boolean, maxConcurrentOutbound: number, maxOutboundPerSecond: number, updatedAt: string | null, surveyLabels: Array<{ zh: string, en: string }> };

export type NotReadyReasonRowFragment = { id: string, name: string, kind: NotReadyReasonKind, code: string | null, sortOrder: number };

export type PhoneNumberRowFragment = { id: string, number: string, description: string, skillGroupId: string | null, scheduleId: string | null, createdAt: string, skillGroup: { id: string, name: string } | null };

export type PhoneNumberRouteFragment = { id: string, number: string, description: string, skillGroupId: string | null, scheduleId: string | null, createdAt: string, schedule: { name: string, flow: { name: string }, holidayToday: { name: string, flow: { name: string } | null } | null } | null, skillGroup: { id: string, name: string } | null };

export type SkillGroupRoutingFragment = { strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, isPostCallSurveyEnabled: boolean, isRecordingEnabled: boolean };

export type AcdSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AcdSettingsQuery = { acdSettings: { afterCallWorkSeconds: number, ringTimeoutSeconds: number, maxMissedOffers: number, heartbeatTimeoutSeconds: number, announcePosition: boolean, announceIntervalSeconds: number, callbackEnabled: boolean, callbackKey: string, recordingEnabled: boolean, outboundRecordingEnabled: boolean, recordingRetentionDays: number | null, isRecordingStereo: boolean, appealWindowDays: number, outboundSurveyEnabled: boolean, surveyScale: number, requireSummaryBeforeReady: boolean, outboundCallerId: string | null, homeRegion: string, allowInternational: boolean, allowPremiumRate: boolean, maxConcurrentOutbound: number, maxOutboundPerSecond: number, updatedAt: string | null, surveyLabels: Array<{ zh: string, en: string }> } };

export type UpdateAcdSettingsMutationVariables = Exact<{
  input: UpdateAcdSettingsInput;
}>;


export type UpdateAcdSettingsMutation = { updateAcdSettings: { afterCallWorkSeconds: number, ringTimeoutSeconds: number, maxMissedOffers: number, heartbeatTimeoutSeconds: number, announcePosition: boolean, announceIntervalSeconds: number, callbackEnabled: boolean, callbackKey: string, recordingEnabled: boolean, outboundRecordingEnabled: boolean, recordingRetentionDays: number | null, isRecordingStereo: boolean, appealWindowDays: number, outboundSurveyEnabled: boolean, surveyScale: number, requireSummaryBeforeReady: boolean, outboundCallerId: string | null, homeRegion: string, allowInternational: boolean, allowPremiumRate: boolean, maxConcurrentOutbound: number, maxOutboundPerSecond: number, updatedAt: string | null, surveyLabels: Array<{ zh: string, en: string }> } };

export type NotReadyReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotReadyReasonsQuery = { notReadyReasons: Array<{ id: string, name: string, kind: NotReadyReasonKind, code: string | null, sortOrder: number }> };

export type CreateNotReadyReasonMutationVariables = Exact<{
  input: CreateNotReadyReasonInput;
}>;


export type CreateNotReadyReasonMutation = { createNotReadyReason: { id: string, name: string, kind: NotReadyReasonKind, code: string | null, sortOrder: number } };

export type UpdateNotReadyReasonMutationVariables = Exact<{
  id: string | number;
  input: UpdateNotReadyReasonInput;
}>;


export type UpdateNotReadyReasonMutation = { updateNotReadyReason: { id: string, name: string, kind: NotReadyReasonKind, code: string | null, sortOrder: number } };

export type DeleteNotReadyReasonMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteNotReadyReasonMutation = { deleteNotReadyReason: boolean };

export type PhoneNumbersQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type PhoneNumbersQuery = { phoneNumbers: { totalCount: number, items: Array<{ id: string, number: string, description: string, skillGroupId: string | null, scheduleId: string | null, createdAt: string, skillGroup: { id: string, name: string } | null }> } };

export type PhoneNumberListQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type PhoneNumberListQuery = { phoneNumbers: { totalCount: number, items: Array<{ id: string, number: string, description: string, skillGroupId: string | null, scheduleId: string | null, createdAt: string, schedule: { name: string, flow: { name: string }, holidayToday: { name: string, flow: { name: string } | null } | null } | null, skillGroup: { id: string, name: string } | null }> } };

export type AddPhoneNumberMutationVariables = Exact<{
  input: AddPhoneNumberInput;
}>;


export type AddPhoneNumberMutation = { addPhoneNumber: { id: string, number: string, description: string, skillGroupId: string | null, scheduleId: string | null, createdAt: string, skillGroup: { id: string, name: string } | null } };

export type UpdatePhoneNumberMutationVariables = Exact<{
  id: string | number;
  input: UpdatePhoneNumberInput;
}>;


export type UpdatePhoneNumberMutation = { updatePhoneNumber: { id: string, number: string, description: string, skillGroupId: string | null, scheduleId: string | null, createdAt: string, skillGroup: { id: string, name: string } | null } };

export type RemovePhoneNumberMutationVariables = Exact<{
  id: string | number;
}>;


export type RemovePhoneNumberMutation = { removePhoneNumber: boolean };

export type SkillGroupOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SkillGroupOptionsQuery = { skillGroups: { items: Array<{ id: string, name: string, organization: Organization }> } };

export type UpdateSkillGroupRoutingMutationVariables = Exact<{
  id: string | number;
  input: UpdateSkillGroupRoutingInput;
}>;


export type UpdateSkillGroupRoutingMutation = { updateSkillGroupRouting: { id: string, name: string, description: string, organization: Organization, strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, isPostCallSurveyEnabled: boolean, isRecordingEnabled: boolean, members: Array<{ userId: string, priority: number, agent: { id: string, name: string, agentNumber: string | null } | null }> } };

export type AgentRowFragment = { id: string, name: string, email: string, agentNumber: string | null, role: Role, organization: Organization | null, status: UserStatus, mobile: string | null, answeringMode: AnsweringMode, mustChangePassword: boolean, signInLockedUntil: string | null, createdAt: string, groups: Array<{ id: string, name: string }> };

export type AgentsQueryVariables = Exact<{
  filter?: AgentFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AgentsQuery = { agents: { totalCount: number, items: Array<{ id: string, name: string, email: string, agentNumber: string | null, role: Role, organization: Organization | null, status: UserStatus, mobile: string | null, answeringMode: AnsweringMode, mustChangePassword: boolean, signInLockedUntil: string | null, createdAt: string, groups: Array<{ id: string, name: string }> }> } };

export type CreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type CreateAgentMutation = { createAgent: { emailDelivery: EmailDelivery, outboxFolder: string | null, agent: { id: string, name: string, email: string, agentNumber: string | null, role: Role, organization: Organization | null, status: UserStatus, mobile: string | null, answeringMode: AnsweringMode, mustChangePassword: boolean, signInLockedUntil: string | null, createdAt: string, groups: Array<{ id: string, name: string }> } } };

export type UpdateAgentMutationVariables = Exact<{
  id: string | number;
  input: UpdateAgentInput;
}>;


export type UpdateAgentMutation = { updateAgent: { id: string, name: string, email: string, agentNumber: string | null, role: Role, organization: Organization | null, status: UserStatus, mobile: string | null, answeringMode: AnsweringMode, mustChangePassword: boolean, signInLockedUntil: string | null, createdAt: string, groups: Array<{ id: string, name: string }> } };

export type UpdateAgentPhoneMutationVariables = Exact<{
  id: string | number;
  input: AgentPhoneInput;
}>;


export type UpdateAgentPhoneMutation = { updateAgentPhone: { id: string, name: string, email: string, agentNumber: string | null, role: Role, organization: Organization | null, status: UserStatus, mobile: string | null, answeringMode: AnsweringMode, mustChangePassword: boolean, signInLockedUntil: string | null, createdAt: string, groups: Array<{ id: string, name: string }> } };

export type ResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendInvitationMutation = { resendInvitation: { emailDelivery: EmailDelivery, outboxFolder: string | null } };

export type ResetAgentPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type ResetAgentPasswordMutation = { resetAgentPassword: { emailDelivery: EmailDelivery, outboxFolder: string | null } };

export type DisableAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableAgentMutation = { disableAgent: { id: string } };

export type EnableAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableAgentMutation = { enableAgent: { id: string } };

export type UnlockAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type UnlockAgentMutation = { unlockAgent: { id: string, signInLockedUntil: string | null } };

export type DeleteAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAgentMutation = { deleteAgent: boolean };

export type AgentSipCredentialsQueryVariables = Exact<{
  id: string | number;
}>;


export type AgentSipCredentialsQuery = { agentSipCredentials: { user: string, password: string, domain: string } };

export type ImportAgentsMutationVariables = Exact<{
  input: ImportAgentsInput;
}>;


export type ImportAgentsMutation = { importAgents: { isImported: boolean, importedCount: number, totalRows: number, validRows: number, emailDelivery: EmailDelivery | null, outboxFolder: string | null, problems: Array<{ row: number, column: string, field: string, code: ProblemCode, params: unknown }> } };

export type CallRecordRowFragment = { id: string, startedAt: string, endedAt: string | null, direction: CallDirection, customerNumber: string | null, dialledNumber: string | null, agentId: string | null, agentName: string | null, skillGroupName: string | null, outcome: CallOutcome, waitSeconds: number | null, talkSeconds: number | null, hangupSide: HangupSide | null, hangupCause: string | null, satisfactionScore: number | null, satisfactionScale: number | null, hasRecording: boolean, customerId: string | null, customerName: string | null, satisfactionLabel: { zh: string, en: string } | null };

export type CallRecordSearchQueryVariables = Exact<{
  filter?: CallRecordSearchFilter | null | undefined;
  after?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type CallRecordSearchQuery = { callRecordSearch: { nextCursor: string | null, items: Array<{ id: string, startedAt: string, endedAt: string | null, direction: CallDirection, customerNumber: string | null, dialledNumber: string | null, agentId: string | null, agentName: string | null, skillGroupName: string | null, outcome: CallOutcome, waitSeconds: number | null, talkSeconds: number | null, hangupSide: HangupSide | null, hangupCause: string | null, satisfactionScore: number | null, satisfactionScale: number | null, hasRecording: boolean, customerId: string | null, customerName: string | null, satisfactionLabel: { zh: string, en: string } | null }> } };

export type CallRecordCountQueryVariables = Exact<{
  filter?: CallRecordSearchFilter | null | undefined;
}>;


export type CallRecordCountQuery = { callRecordCount: { count: number, isCapped: boolean } };

export type CallRecordDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type CallRecordDetailsQuery = { callRecordDetails: { id: string, recordingUrl: string | null, row: { id: string, startedAt: string, endedAt: string | null, direction: CallDirection, customerNumber: string | null, dialledNumber: string | null, agentId: string | null, agentName: string | null, skillGroupName: string | null, outcome: CallOutcome, waitSeconds: number | null, talkSeconds: number | null, hangupSide: HangupSide | null, hangupCause: string | null, satisfactionScore: number | null, satisfactionScale: number | null, hasRecording: boolean, customerId: string | null, customerName: string | null, satisfactionLabel: { zh: string, en: string } | null }, call: { id: string, answeredAt: string | null, recordingRemovedAt: string | null, legs: Array<{ id: string, role: string }>, timeline: Array<{ at: string, event: string, legId: string | null, detail: string | null, agentName: string | null, skillGroupName: string | null, outcome: string | null, seconds: number | null }>, serviceSummaries: Array<{ id: string, categoryId: string | null, notes: string, createdAt: string }> } } };

export type CustomFieldRowFragment = { id: string, entity: CustomFieldEntity, key: string, labelZh: string, labelEn: string, type: CustomFieldType, isRequired: boolean, position: number, isHidden: boolean, options: Array<{ value: string, labelZh: string, labelEn: string }> };

export type CustomFieldListQueryVariables = Exact<{
  entity: CustomFieldEntity;
}>;


export type CustomFieldListQuery = { customFieldDefinitions: Array<{ id: string, entity: CustomFieldEntity, key: string, labelZh: string, labelEn: string, type: CustomFieldType, isRequired: boolean, position: number, isHidden: boolean, options: Array<{ value: string, labelZh: string, labelEn: string }> }> };

export type CreateCustomFieldMutationVariables = Exact<{
  input: CreateCustomFieldDefinitionInput;
}>;


export type CreateCustomFieldMutation = { createCustomFieldDefinition: { id: string, entity: CustomFieldEntity, key: string, labelZh: string, labelEn: string, type: CustomFieldType, isRequired: boolean, position: number, isHidden: boolean, options: Array<{ value: string, labelZh: string, labelEn: string }> } };

export type UpdateCustomFieldMutationVariables = Exact<{
  id: string | number;
  input: UpdateCustomFieldDefinitionInput;
}>;


export type UpdateCustomFieldMutation = { updateCustomFieldDefinition: { id: string, entity: CustomFieldEntity, key: string, labelZh: string, labelEn: string, type: CustomFieldType, isRequired: boolean, position: number, isHidden: boolean, options: Array<{ value: string, labelZh: string, labelEn: string }> } };

export type DeleteCustomFieldMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCustomFieldMutation = { deleteCustomFieldDefinition: boolean };

export type CustomerRowFragment = { id: string, name: string, organization: Organization, phoneNumbers: Array<string>, customFields: unknown, createdAt: string, updatedAt: string };

export type CustomerListQueryVariables = Exact<{
  filter?: CustomerFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type CustomerListQuery = { customers: { totalCount: number, items: Array<{ id: string, name: string, organization: Organization, phoneNumbers: Array<string>, customFields: unknown, createdAt: string, updatedAt: string }> } };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { createCustomer: { id: string, name: string, organization: Organization, phoneNumbers: Array<string>, customFields: unknown, createdAt: string, updatedAt: string } };

export type UpdateCustomerMutationVariables = Exact<{
  id: string | number;
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer: { id: string, name: string, organization: Organization, phoneNumbers: Array<string>, customFields: unknown, createdAt: string, updatedAt: string } };

export type DeleteCustomerMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCustomerMutation = { deleteCustomer: boolean };

export type ScreenPopSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScreenPopSettingsQuery = { screenPopSettings: { urlTemplate: string | null, allowedOrigins: Array<string>, variables: Array<string> } };

export type UpdateScreenPopSettingsMutationVariables = Exact<{
  input: ScreenPopSettingsInput;
}>;


export type UpdateScreenPopSettingsMutation = { updateScreenPopSettings: { urlTemplate: string | null, allowedOrigins: Array<string>, variables: Array<string> } };

export type MergeCustomersMutationVariables = Exact<{
  survivorId: string | number;
  mergedId: string | number;
}>;


export type MergeCustomersMutation = { mergeCustomers: { id: string, name: string, organization: Organization, phoneNumbers: Array<string>, customFields: unknown, createdAt: string, updatedAt: string } };

export type DashboardLiveQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardLiveQuery = { agentStates: Array<{ userId: string, status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause }>, queueStates: Array<{ skillGroupId: string, name: string, waiting: number, offering: number, callbacks: number, longestWaitSeconds: number, idleAgents: number }> };

export type CallCountsRowFragment = { inbound: number, answered: number, abandoned: number, unansweredLive: number, outbound: number, outboundAnswered: number };

export type TodayCallsQueryVariables = Exact<{
  from: string;
}>;


export type TodayCallsQuery = { callCounts: { inbound: number, answered: number, abandoned: number, unansweredLive: number, outbound: number, outboundAnswered: number }, kpis: { answered: number, abandoned: number, abandonRate: number | null, callbacksRequested: number } };

export type SetupProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupProgressQuery = { skillGroups: { totalCount: number, items: Array<{ id: string, members: Array<{ userId: string }> }> }, phoneNumbers: { totalCount: number, items: Array<{ id: string, skillGroupId: string | null, scheduleId: string | null }> } };

export type GroupRowFragment = { id: string, name: string, organization: Organization, leaderId: string | null, leader: { id: string, name: string } | null, members: Array<{ id: string, name: string, agentNumber: string | null }> };

export type SkillGroupRowFragment = { id: string, name: string, description: string, organization: Organization, strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, isPostCallSurveyEnabled: boolean, isRecordingEnabled: boolean, members: Array<{ userId: string, priority: number, agent: { id: string, name: string, agentNumber: string | null } | null }> };

export type GroupsQueryVariables = Exact<{
  filter?: GroupFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type GroupsQuery = { groups: { totalCount: number, items: Array<{ id: string, name: string, organization: Organization, leaderId: string | null, leader: { id: string, name: string } | null, members: Array<{ id: string, name: string, agentNumber: string | null }> }> } };

export type CreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type CreateGroupMutation = { createGroup: { id: string, name: string, organization: Organization, leaderId: string | null, leader: { id: string, name: string } | null, members: Array<{ id: string, name: string, agentNumber: string | null }> } };

export type UpdateGroupMutationVariables = Exact<{
  id: string | number;
  input: UpdateGroupInput;
}>;


export type UpdateGroupMutation = { updateGroup: { id: string, name: string, organization: Organization, leaderId: string | null, leader: { id: string, name: string } | null, members: Array<{ id: string, name: string, agentNumber: string | null }> } };

export type AddGroupMembersMutationVariables = Exact<{
  id: string | number;
  userIds: Array<string | number> | string | number;
}>;


export type AddGroupMembersMutation = { addGroupMembers: { id: string, name: string, organization: Organization, leaderId: string | null, leader: { id: string, name: string } | null, members: Array<{ id: string, name: string, agentNumber: string | null }> } };

export type RemoveGroupMembersMutationVariables = Exact<{
  id: string | number;
  userIds: Array<string | number> | string | number;
}>;


export type RemoveGroupMembersMutation = { removeGroupMembers: { id: string, name: string, organization: Organization, leaderId: string | null, leader: { id: string, name: string } | null, members: Array<{ id: string, name: string, agentNumber: string | null }> } };

export type DeleteGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteGroupMutation = { deleteGroup: boolean };

export type SkillGroupsQueryVariables = Exact<{
  filter?: GroupFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type SkillGroupsQuery = { skillGroups: { totalCount: number, items: Array<{ id: string, name: string, description: string, organization: Organization, strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, isPostCallSurveyEnabled: boolean, isRecordingEnabled: boolean, members: Array<{ userId: string, priority: number, agent: { id: string, name: string, agentNumber: string | null } | null }> }> } };

export type CreateSkillGroupMutationVariables = Exact<{
  input: CreateSkillGroupInput;
}>;


export type CreateSkillGroupMutation = { createSkillGroup: { id: string, name: string, description: string, organization: Organization, strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, isPostCallSurveyEnabled: boolean, isRecordingEnabled: boolean, members: Array<{ userId: string, priority: number, agent: { id: string, name: string, agentNumber: string | null } | null }> } };

export type UpdateSkillGroupMutationVariables = Exact<{
  id: string | number;
  input: UpdateSkillGroupInput;
}>;


export type UpdateSkillGroupMutation = { updateSkillGroup: { id: string, name: string, description: string, organization: Organization, strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, isPostCallSurveyEnabled: boolean, isRecordingEnabled: boolean, members: Array<{ userId: string, priority: number, agent: { id: string, name: string, agentNumber: string | null } | null }> } };

export type DeleteSkillGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSkillGroupMutation = { deleteSkillGroup: boolean };

export type SetSkillGroupMemberMutationVariables = Exact<{
  id: string | number;
  userId: string | number;
  priority: number;
}>;


export type SetSkillGroupMemberMutation = { setSkillGroupMember: { id: string, name: string, description: string, organization: Organization, strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, isPostCallSurveyEnabled: boolean, isRecordingEnabled: boolean, members: Array<{ userId: string, priority: number, agent: { id: string, name: string, agentNumber: string | null } | null }> } };

export type RemoveSkillGroupMemberMutationVariables = Exact<{
  id: string | number;
  userId: string | number;
}>;


export type RemoveSkillGroupMemberMutation = { removeSkillGroupMember: { id: string, name: string, description: string, organization: Organization, strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, isPostCallSurveyEnabled: boolean, isRecordingEnabled: boolean, members: Array<{ userId: string, priority: number, agent: { id: string, name: string, agentNumber: string | null } | null }> } };

export type ApiKeyRowFragment = { id: string, name: string, role: Role, organization: Organization | null, keyPrefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type ApiKeysQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, items: Array<{ id: string, name: string, role: Role, organization: Organization | null, keyPrefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string, name: string, role: Role, organization: Organization | null, keyPrefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, name: string, role: Role, organization: Organization | null, keyPrefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, items: Array<{ id: string, at: string, action: string, entityType: string, entityId: string | null, actorKind: ActorKind, actorId: string | null, actorName: string | null, organization: Organization | null, before: unknown, after: unknown }> } };

export type WebhookEndpointRowFragment = { id: string, url: string, description: string, events: Array<WebhookEvent>, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, createdAt: string };

export type WebhookDeliveryRowFragment = { id: string, eventType: WebhookEvent, occurredAt: string, status: WebhookDeliveryStatus, attemptCount: number, lastStatusCode: number | null, nextAttemptDue: string | null, deliveredAt: string | null, body: string, attempts: Array<{ at: string, statusCode: number | null, error: string | null, durationMs: number }> };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, url: string, description: string, events: Array<WebhookEvent>, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, createdAt: string }> };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, url: string, description: string, events: Array<WebhookEvent>, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, createdAt: string } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string, url: string, description: string, events: Array<WebhookEvent>, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, createdAt: string } };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: boolean };

export type PingWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type PingWebhookEndpointMutation = { pingWebhookEndpoint: { id: string } };

export type WebhookDeliveriesQueryVariables = Exact<{
  filter: WebhookDeliveryFilterInput;
  page?: PageInput | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, items: Array<{ id: string, eventType: WebhookEvent, occurredAt: string, status: WebhookDeliveryStatus, attemptCount: number, lastStatusCode: number | null, nextAttemptDue: string | null, deliveredAt: string | null, body: string, attempts: Array<{ at: string, statusCode: number | null, error: string | null, durationMs: number }> }> } };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { id: string, eventType: WebhookEvent, occurredAt: string, status: WebhookDeliveryStatus, attemptCount: number, lastStatusCode: number | null, nextAttemptDue: string | null, deliveredAt: string | null, body: string, attempts: Array<{ at: string, statusCode: number | null, error: string | null, durationMs: number }> } };

export type IvrFlowRowFragment = { id: string, name: string, description: string, updatedAt: string, usedBy: Array<{ kind: IvrFlowUserKind, id: string, name: string }>, liveVersion: { id: string, version: number, publishedAt: string | null } | null, draft: { id: string, version: number, savedAt: string } | null };

export type IvrFlowVersionRowFragment = { id: string, version: number, status: IvrFlowVersionStatus, savedAt: string, savedBy: string | null, publishedAt: string | null, publishedBy: string | null };

export type IvrFlowVersionDetailFragment = { id: string, version: number, status: IvrFlowVersionStatus, savedAt: string, savedBy: string | null, publishedAt: string | null, publishedBy: string | null, definition: { rootMenuId: string, menus: Array<{ id: string, name: string, promptId: string, digitTimeoutSeconds: number, maxRetries: number, wrongKeyPromptId: string | null, keys: Array<{ key: string, action: IvrAction, subMenuId: string | null, skillGroupId: string | null, agentId: string | null, number: string | null, promptId: string | null }> }> } };

export type IvrScheduleRowFragment = { id: string, name: string, flowId: string, updatedAt: string, flow: { id: string, name: string, liveVersion: { id: string, version: number } | null }, days: Array<{ weekday: number, ranges: Array<{ start: string, end: string }> }>, phoneNumbers: Array<{ id: string, number: string }> };

export type IvrHolidayRowFragment = { id: string, name: string, startDate: string, endDate: string, scheduleId: string | null, action: IvrHolidayAction, flowId: string | null, closedPromptId: string | null };

export type CallRoutingAnswerFragment = { at: string, timeZone: string, localTime: string, rule: CallRoutingRule, reason: NotInServiceReason | null, skillGroupId: string | null, closedPromptId: string | null, number: { id: string, number: string }, schedule: { id: string, name: string } | null, holiday: { id: string, name: string, startDate: string, endDate: string } | null, serviceHours: { weekday: number, range: { start: string, end: string } } | null, flow: { id: string, name: string } | null, flowVersion: { id: string, version: number, publishedAt: string | null } | null };

export type IvrFlowsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type IvrFlowsQuery = { ivrFlows: { totalCount: number, items: Array<{ id: string, name: string, description: string, updatedAt: string, usedBy: Array<{ kind: IvrFlowUserKind, id: string, name: string }>, liveVersion: { id: string, version: number, publishedAt: string | null } | null, draft: { id: string, version: number, savedAt: string } | null }> } };

export type IvrFlowOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type IvrFlowOptionsQuery = { ivrFlows: { items: Array<{ id: string, name: string, liveVersion: { id: string, version: number } | null }> } };

export type IvrFlowEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type IvrFlowEditorQuery = { ivrFlow: { id: string, name: string, description: string, updatedAt: string, liveVersion: { id: string, version: number, publishedAt: string | null, status: IvrFlowVersionStatus, savedAt: string, savedBy: string | null, publishedBy: string | null, definition: { rootMenuId: string, menus: Array<{ id: string, name: string, promptId: string, digitTimeoutSeconds: number, maxRetries: number, wrongKeyPromptId: string | null, keys: Array<{ key: string, action: IvrAction, subMenuId: string | null, skillGroupId: string | null, agentId: string | null, number: string | null, promptId: string | null }> }> } } | null, draft: { id: string, version: number, savedAt: string, status: IvrFlowVersionStatus, savedBy: string | null, publishedAt: string | null, publishedBy: string | null, definition: { rootMenuId: string, menus: Array<{ id: string, name: string, promptId: string, digitTimeoutSeconds: number, maxRetries: number, wrongKeyPromptId: string | null, keys: Array<{ key: string, action: IvrAction, subMenuId: string | null, skillGroupId: string | null, agentId: string | null, number: string | null, promptId: string | null }> }> } } | null, usedBy: Array<{ kind: IvrFlowUserKind, id: string, name: string }> } };

export type IvrFlowVersionsQueryVariables = Exact<{
  id: string | number;
  page?: PageInput | null | undefined;
}>;


export type IvrFlowVersionsQuery = { ivrFlow: { id: string, versions: { totalCount: number, items: Array<{ id: string, version: number, status: IvrFlowVersionStatus, savedAt: string, savedBy: string | null, publishedAt: string | null, publishedBy: string | null }> } } };

export type IvrFlowVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type IvrFlowVersionQuery = { ivrFlowVersion: { id: string, version: number, status: IvrFlowVersionStatus, savedAt: string, savedBy: string | null, publishedAt: string | null, publishedBy: string | null, definition: { rootMenuId: string, menus: Array<{ id: string, name: string, promptId: string, digitTimeoutSeconds: number, maxRetries: number, wrongKeyPromptId: string | null, keys: Array<{ key: string, action: IvrAction, subMenuId: string | null, skillGroupId: string | null, agentId: string | null, number: string | null, promptId: string | null }> }> } } };

export type CreateIvrFlowMutationVariables = Exact<{
  input: CreateIvrFlowInput;
}>;


export type CreateIvrFlowMutation = { createIvrFlow: { id: string, name: string, description: string, updatedAt: string, usedBy: Array<{ kind: IvrFlowUserKind, id: string, name: string }>, liveVersion: { id: string, version: number, publishedAt: string | null } | null, draft: { id: string, version: number, savedAt: string } | null } };

export type UpdateIvrFlowMutationVariables = Exact<{
  id: string | number;
  input: UpdateIvrFlowInput;
}>;


export type UpdateIvrFlowMutation = { updateIvrFlow: { id: string, name: string, description: string, updatedAt: string, usedBy: Array<{ kind: IvrFlowUserKind, id: string, name: string }>, liveVersion: { id: string, version: number, publishedAt: string | null } | null, draft: { id: string, version: number, savedAt: string } | null } };

export type DeleteIvrFlowMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteIvrFlowMutation = { deleteIvrFlow: boolean };

export type SaveIvrFlowDraftMutationVariables = Exact<{
  id: string | number;
  definition: IvrFlowDefinitionInput;
}>;


export type SaveIvrFlowDraftMutation = { saveIvrFlowDraft: { id: string, version: number, status: IvrFlowVersionStatus, savedAt: string, savedBy: string | null, publishedAt: string | null, publishedBy: string | null, definition: { rootMenuId: string, menus: Array<{ id: string, name: string, promptId: string, digitTimeoutSeconds: number, maxRetries: number, wrongKeyPromptId: string | null, keys: Array<{ key: string, action: IvrAction, subMenuId: string | null, skillGroupId: string | null, agentId: string | null, number: string | null, promptId: string | null }> }> } } };

export type PublishIvrFlowMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishIvrFlowMutation = { publishIvrFlow: { id: string, version: number, status: IvrFlowVersionStatus, savedAt: string, savedBy: string | null, publishedAt: string | null, publishedBy: string | null } };

export type RestoreIvrFlowVersionMutationVariables = Exact<{
  versionId: string | number;
}>;


export type RestoreIvrFlowVersionMutation = { restoreIvrFlowVersion: { id: string, version: number, status: IvrFlowVersionStatus, savedAt: string, savedBy: string | null, publishedAt: string | null, publishedBy: string | null, definition: { rootMenuId: string, menus: Array<{ id: string, name: string, promptId: string, digitTimeoutSeconds: number, maxRetries: number, wrongKeyPromptId: string | null, keys: Array<{ key: string, action: IvrAction, subMenuId: string | null, skillGroupId: string | null, agentId: string | null, number: string | null, promptId: string | null }> }> } } };

export type DiscardIvrFlowDraftMutationVariables = Exact<{
  id: string | number;
}>;


export type DiscardIvrFlowDraftMutation = { discardIvrFlowDraft: boolean };

export type IvrPromptOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type IvrPromptOptionsQuery = { voicePrompts: { items: Array<{ id: string, name: string, approvedAudioUrl: string | null, approvedDurationMs: number | null }> } };

export type IvrPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type IvrPeopleQuery = { agents: { items: Array<{ id: string, name: string, agentNumber: string | null, status: UserStatus }> } };

export type IvrSchedulesQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type IvrSchedulesQuery = { ivrSchedules: { totalCount: number, items: Array<{ id: string, name: string, flowId: string, updatedAt: string, flow: { id: string, name: string, liveVersion: { id: string, version: number } | null }, days: Array<{ weekday: number, ranges: Array<{ start: string, end: string }> }>, phoneNumbers: Array<{ id: string, number: string }> }> } };

export type IvrScheduleOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type IvrScheduleOptionsQuery = { ivrSchedules: { items: Array<{ id: string, name: string }> } };

export type CreateIvrScheduleMutationVariables = Exact<{
  input: IvrScheduleInput;
}>;


export type CreateIvrScheduleMutation = { createIvrSchedule: { id: string, name: string, flowId: string, updatedAt: string, flow: { id: string, name: string, liveVersion: { id: string, version: number } | null }, days: Array<{ weekday: number, ranges: Array<{ start: string, end: string }> }>, phoneNumbers: Array<{ id: string, number: string }> } };

export type UpdateIvrScheduleMutationVariables = Exact<{
  id: string | number;
  input: UpdateIvrScheduleInput;
}>;


export type UpdateIvrScheduleMutation = { updateIvrSchedule: { id: string, name: string, flowId: string, updatedAt: string, flow: { id: string, name: string, liveVersion: { id: string, version: number } | null }, days: Array<{ weekday: number, ranges: Array<{ start: string, end: string }> }>, phoneNumbers: Array<{ id: string, number: string }> } };

export type DeleteIvrScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteIvrScheduleMutation = { deleteIvrSchedule: boolean };

export type IvrHolidaysQueryVariables = Exact<{
  filter?: IvrHolidayFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type IvrHolidaysQuery = { ivrHolidays: { totalCount: number, items: Array<{ id: string, name: string, startDate: string, endDate: string, scheduleId: string | null, action: IvrHolidayAction, flowId: string | null, closedPromptId: string | null }> } };

export type CreateIvrHolidayMutationVariables = Exact<{
  input: IvrHolidayInput;
}>;


export type CreateIvrHolidayMutation = { createIvrHoliday: { id: string, name: string, startDate: string, endDate: string, scheduleId: string | null, action: IvrHolidayAction, flowId: string | null, closedPromptId: string | null } };

export type UpdateIvrHolidayMutationVariables = Exact<{
  id: string | number;
  input: UpdateIvrHolidayInput;
}>;


export type UpdateIvrHolidayMutation = { updateIvrHoliday: { id: string, name: string, startDate: string, endDate: string, scheduleId: string | null, action: IvrHolidayAction, flowId: string | null, closedPromptId: string | null } };

export type DeleteIvrHolidayMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteIvrHolidayMutation = { deleteIvrHoliday: boolean };

export type CallRoutingPreviewQueryVariables = Exact<{
  number: string;
  at?: string | null | undefined;
}>;


export type CallRoutingPreviewQuery = { callRoutingPreview: { at: string, timeZone: string, localTime: string, rule: CallRoutingRule, reason: NotInServiceReason | null, skillGroupId: string | null, closedPromptId: string | null, number: { id: string, number: string }, schedule: { id: string, name: string } | null, holiday: { id: string, name: string, startDate: string, endDate: string } | null, serviceHours: { weekday: number, range: { start: string, end: string } } | null, flow: { id: string, name: string } | null, flowVersion: { id: string, version: number, publishedAt: string | null } | null } };

export type ListImportProgressFragment = { id: string, kind: ListImportKind, status: ListImportStatus, fileName: string, encoding: string, columns: Array<string>, rowsRead: number, rowsImported: number, rowsRejected: number, failureCode: string | null };

export type TaskImportSetupQueryVariables = Exact<{
  taskId: string | number;
}>;


export type TaskImportSetupQuery = { outboundTask: { id: string, customFieldIds: Array<string>, agentIds: Array<string>, skillGroupIds: Array<string> }, customFieldDefinitions: Array<{ id: string, labelZh: string, labelEn: string, isRequired: boolean }>, agents: { items: Array<{ id: string, name: string }> }, skillGroups: { items: Array<{ id: string, name: string }> } };

export type ListImportQueryVariables = Exact<{
  id: string | number;
}>;


export type ListImportQuery = { listImport: { id: string, kind: ListImportKind, status: ListImportStatus, fileName: string, encoding: string, columns: Array<string>, rowsRead: number, rowsImported: number, rowsRejected: number, failureCode: string | null } };

export type StartTaskItemImportMutationVariables = Exact<{
  input: StartTaskItemImportInput;
}>;


export type StartTaskItemImportMutation = { startTaskItemImport: { id: string, kind: ListImportKind, status: ListImportStatus, fileName: string, encoding: string, columns: Array<string>, rowsRead: number, rowsImported: number, rowsRejected: number, failureCode: string | null } };

export type StartDoNotCallImportMutationVariables = Exact<{
  input: StartDoNotCallImportInput;
}>;


export type StartDoNotCallImportMutation = { startDoNotCallImport: { id: string, kind: ListImportKind, status: ListImportStatus, fileName: string, encoding: string, columns: Array<string>, rowsRead: number, rowsImported: number, rowsRejected: number, failureCode: string | null } };

export type CancelListImportMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelListImportMutation = { cancelListImport: { id: string, kind: ListImportKind, status: ListImportStatus, fileName: string, encoding: string, columns: Array<string>, rowsRead: number, rowsImported: number, rowsRejected: number, failureCode: string | null } };

export type ImportProgressSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ImportProgressSubscription = { importProgress: { id: string, kind: ListImportKind, status: ListImportStatus, fileName: string, encoding: string, columns: Array<string>, rowsRead: number, rowsImported: number, rowsRejected: number, failureCode: string | null } };

export type LiveAgentStateFragment = { userId: string, status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause };

export type LiveQueueStateFragment = { skillGroupId: string, name: string, waiting: number, offering: number, callbacks: number, longestWaitSeconds: number, idleAgents: number };

export type StatusHistoryRowFragment = { status: AgentStatus, previousStatus: AgentStatus | null, reasonId: string | null, cause: StatusCause, detail: string | null, at: string };

export type LiveCallsSnapshotFragment = { readAt: string, calls: Array<{ callId: string, direction: CallDirection, callerNumber: string | null, dialledNumber: string | null, stage: LiveCallStage, startedAt: string, stageSince: string, skillGroupId: string | null, skillGroupName: string | null, agentId: string | null, agentName: string | null, agentNumber: string | null, organization: Organization | null }> };

export type LiveBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveBoardQuery = { agentStates: Array<{ userId: string, status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause }>, queueStates: Array<{ skillGroupId: string, name: string, waiting: number, offering: number, callbacks: number, longestWaitSeconds: number, idleAgents: number }>, notReadyReasons: Array<{ id: string, name: string }>, liveCalls: { readAt: string, calls: Array<{ callId: string, direction: CallDirection, callerNumber: string | null, dialledNumber: string | null, stage: LiveCallStage, startedAt: string, stageSince: string, skillGroupId: string | null, skillGroupName: string | null, agentId: string | null, agentName: string | null, agentNumber: string | null, organization: Organization | null }> } };

export type LiveBoardAgentsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type LiveBoardAgentsQuery = { agents: { totalCount: number, items: Array<{ id: string, name: string, agentNumber: string | null }> } };

export type AgentStateChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AgentStateChangedSubscription = { agentStateChanged: { userId: string, status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause } };

export type QueueStatesChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QueueStatesChangedSubscription = { queueStatesChanged: Array<{ skillGroupId: string, name: string, waiting: number, offering: number, callbacks: number, longestWaitSeconds: number, idleAgents: number }> };

export type LiveCallsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveCallsChangedSubscription = { liveCallsChanged: { readAt: string, calls: Array<{ callId: string, direction: CallDirection, callerNumber: string | null, dialledNumber: string | null, stage: LiveCallStage, startedAt: string, stageSince: string, skillGroupId: string | null, skillGroupName: string | null, agentId: string | null, agentName: string | null, agentNumber: string | null, organization: Organization | null }> } };

export type ForceHangUpCallMutationVariables = Exact<{
  callId: string | number;
}>;


export type ForceHangUpCallMutation = { forceHangUpCall: { callId: string } };

export type MonitorCallMutationVariables = Exact<{
  agentId: string | number;
  mode: MonitorMode;
  idempotencyKey: string;
}>;


export type MonitorCallMutation = { monitorCall: { callId: string } };

export type ForceSignOutMutationVariables = Exact<{
  agentId: string | number;
}>;


export type ForceSignOutMutation = { forceSignOut: { userId: string, status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause } };

export type AgentStatusHistoryQueryVariables = Exact<{
  agentId: string | number;
  page?: PageInput | null | undefined;
}>;


export type AgentStatusHistoryQuery = { agentStatusHistory: { totalCount: number, items: Array<{ status: AgentStatus, previousStatus: AgentStatus | null, reasonId: string | null, cause: StatusCause, detail: string | null, at: string }> } };

export type KpiCardsFragment = { serviceLevel: number | null, serviceLevelSeconds: number, serviceLevelTarget: number, asaSeconds: number | null, abandonRate: number | null, ahtSeconds: number | null, occupancy: number | null, agentAnswerRate: number | null, longestWaitSeconds: number | null, arrivals: number, answered: number, abandoned: number };

export type HourlyCallsRowFragment = { hour: string, inbound: number, answered: number, abandoned: number, callbacksRequested: number, outbound: number };

export type SkillGroupMonitorRowFragment = { skillGroupId: string, name: string, waiting: number, offering: number, callbacksWaiting: number, longestWaitSeconds: number, agentsByStatus: Array<{ status: AgentStatus, count: number }>, today: { serviceLevel: number | null, serviceLevelTarget: number }, staffing: { agentsNeeded: number } | null };

export type AgentMonitorRowFragment = { agentId: string, name: string, status: AgentStatus, secondsInStatus: number, callsToday: number, talkSeconds: number, answerRate: number | null, notReady: Array<{ reasonId: string | null, reasonName: string | null, seconds: number }> };

export type KpiMonitorQueryVariables = Exact<{
  scope: KpiScopeInput;
}>;


export type KpiMonitorQuery = { myTenant: { timeZone: string }, kpis: { serviceLevel: number | null, serviceLevelSeconds: number, serviceLevelTarget: number, asaSeconds: number | null, abandonRate: number | null, ahtSeconds: number | null, occupancy: number | null, agentAnswerRate: number | null, longestWaitSeconds: number | null, arrivals: number, answered: number, abandoned: number }, hourlyCalls: Array<{ hour: string, inbound: number, answered: number, abandoned: number, callbacksRequested: number, outbound: number }>, skillGroupMonitor: Array<{ skillGroupId: string, name: string, waiting: number, offering: number, callbacksWaiting: number, longestWaitSeconds: number, agentsByStatus: Array<{ status: AgentStatus, count: number }>, today: { serviceLevel: number | null, serviceLevelTarget: number }, staffing: { agentsNeeded: number } | null }>, agentMonitor: Array<{ agentId: string, name: string, status: AgentStatus, secondsInStatus: number, callsToday: number, talkSeconds: number, answerRate: number | null, notReady: Array<{ reasonId: string | null, reasonName: string | null, seconds: number }> }> };

export type OutboundTaskRowFragment = { id: string, name: string, description: string, startsOn: string, endsOn: string, callerIdNumberId: string, callerIdNumber: string, customFieldIds: Array<string>, script: string, agentIds: Array<string>, skillGroupIds: Array<string>, status: OutboundTaskStatus, createdAt: string, itemCount: number, dialledCount: number, resultCount: number, followUpResults: Array<{ value: string, labelZh: string, labelEn: string, isSuccess: boolean }>, dialing: { mode: DialingMode, holidays: Array<string>, retryAfterMinutes: number, maxRetries: number, dailyAttemptCap: number, callingWindows: Array<{ start: string, end: string }> } };

export type TaskItemRowFragment = { id: string, phoneNumber: string, customFields: unknown, assigneeAgentId: string | null, assigneeSkillGroupId: string | null, status: TaskItemStatus, followUpResult: string | null, notes: string, nextContactAt: string | null, lockedBy: string | null, dialRefusal: string | null };

export type OutboundTasksQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type OutboundTasksQuery = { outboundTasks: { totalCount: number, items: Array<{ id: string, name: string, description: string, startsOn: string, endsOn: string, callerIdNumberId: string, callerIdNumber: string, customFieldIds: Array<string>, script: string, agentIds: Array<string>, skillGroupIds: Array<string>, status: OutboundTaskStatus, createdAt: string, itemCount: number, dialledCount: number, resultCount: number, followUpResults: Array<{ value: string, labelZh: string, labelEn: string, isSuccess: boolean }>, dialing: { mode: DialingMode, holidays: Array<string>, retryAfterMinutes: number, maxRetries: number, dailyAttemptCap: number, callingWindows: Array<{ start: string, end: string }> } }> } };

export type OutboundTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type OutboundTaskQuery = { outboundTask: { id: string, name: string, description: string, startsOn: string, endsOn: string, callerIdNumberId: string, callerIdNumber: string, customFieldIds: Array<string>, script: string, agentIds: Array<string>, skillGroupIds: Array<string>, status: OutboundTaskStatus, createdAt: string, itemCount: number, dialledCount: number, resultCount: number, followUpResults: Array<{ value: string, labelZh: string, labelEn: string, isSuccess: boolean }>, dialing: { mode: DialingMode, holidays: Array<string>, retryAfterMinutes: number, maxRetries: number, dailyAttemptCap: number, callingWindows: Array<{ start: string, end: string }> } } };

export type CreateOutboundTaskMutationVariables = Exact<{
  input: CreateOutboundTaskInput;
}>;


export type CreateOutboundTaskMutation = { createOutboundTask: { id: string, name: string, description: string, startsOn: string, endsOn: string, callerIdNumberId: string, callerIdNumber: string, customFieldIds: Array<string>, script: string, agentIds: Array<string>, skillGroupIds: Array<string>, status: OutboundTaskStatus, createdAt: string, itemCount: number, dialledCount: number, resultCount: number, followUpResults: Array<{ value: string, labelZh: string, labelEn: string, isSuccess: boolean }>, dialing: { mode: DialingMode, holidays: Array<string>, retryAfterMinutes: number, maxRetries: number, dailyAttemptCap: number, callingWindows: Array<{ start: string, end: string }> } } };

export type UpdateOutboundTaskMutationVariables = Exact<{
  id: string | number;
  input: UpdateOutboundTaskInput;
}>;


export type UpdateOutboundTaskMutation = { updateOutboundTask: { id: string, name: string, description: string, startsOn: string, endsOn: string, callerIdNumberId: string, callerIdNumber: string, customFieldIds: Array<string>, script: string, agentIds: Array<string>, skillGroupIds: Array<string>, status: OutboundTaskStatus, createdAt: string, itemCount: number, dialledCount: number, resultCount: number, followUpResults: Array<{ value: string, labelZh: string, labelEn: string, isSuccess: boolean }>, dialing: { mode: DialingMode, holidays: Array<string>, retryAfterMinutes: number, maxRetries: number, dailyAttemptCap: number, callingWindows: Array<{ start: string, end: string }> } } };

export type ActivateOutboundTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivateOutboundTaskMutation = { activateOutboundTask: { id: string, name: string, description: string, startsOn: string, endsOn: string, callerIdNumberId: string, callerIdNumber: string, customFieldIds: Array<string>, script: string, agentIds: Array<string>, skillGroupIds: Array<string>, status: OutboundTaskStatus, createdAt: string, itemCount: number, dialledCount: number, resultCount: number, followUpResults: Array<{ value: string, labelZh: string, labelEn: string, isSuccess: boolean }>, dialing: { mode: DialingMode, holidays: Array<string>, retryAfterMinutes: number, maxRetries: number, dailyAttemptCap: number, callingWindows: Array<{ start: string, end: string }> } } };

export type PauseOutboundTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseOutboundTaskMutation = { pauseOutboundTask: { id: string, name: string, description: string, startsOn: string, endsOn: string, callerIdNumberId: string, callerIdNumber: string, customFieldIds: Array<string>, script: string, agentIds: Array<string>, skillGroupIds: Array<string>, status: OutboundTaskStatus, createdAt: string, itemCount: number, dialledCount: number, resultCount: number, followUpResults: Array<{ value: string, labelZh: string, labelEn: string, isSuccess: boolean }>, dialing: { mode: DialingMode, holidays: Array<string>, retryAfterMinutes: number, maxRetries: number, dailyAttemptCap: number, callingWindows: Array<{ start: string, end: string }> } } };

export type ResumeOutboundTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeOutboundTaskMutation = { resumeOutboundTask: { id: string, name: string, description: string, startsOn: string, endsOn: string, callerIdNumberId: string, callerIdNumber: string, customFieldIds: Array<string>, script: string, agentIds: Array<string>, skillGroupIds: Array<string>, status: OutboundTaskStatus, createdAt: string, itemCount: number, dialledCount: number, resultCount: number, followUpResults: Array<{ value: string, labelZh: string, labelEn: string, isSuccess: boolean }>, dialing: { mode: DialingMode, holidays: Array<string>, retryAfterMinutes: number, maxRetries: number, dailyAttemptCap: number, callingWindows: Array<{ start: string, end: string }> } } };

export type CloseOutboundTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseOutboundTaskMutation = { closeOutboundTask: { id: string, name: string, description: string, startsOn: string, endsOn: string, callerIdNumberId: string, callerIdNumber: string, customFieldIds: Array<string>, script: string, agentIds: Array<string>, skillGroupIds: Array<string>, status: OutboundTaskStatus, createdAt: string, itemCount: number, dialledCount: number, resultCount: number, followUpResults: Array<{ value: string, labelZh: string, labelEn: string, isSuccess: boolean }>, dialing: { mode: DialingMode, holidays: Array<string>, retryAfterMinutes: number, maxRetries: number, dailyAttemptCap: number, callingWindows: Array<{ start: string, end: string }> } } };

export type TaskItemsQueryVariables = Exact<{
  taskId: string | number;
  filter?: TaskItemFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type TaskItemsQuery = { taskItems: { totalCount: number, items: Array<{ id: string, phoneNumber: string, customFields: unknown, assigneeAgentId: string | null, assigneeSkillGroupId: string | null, status: TaskItemStatus, followUpResult: string | null, notes: string, nextContactAt: string | null, lockedBy: string | null, dialRefusal: string | null }> } };

export type AddTaskItemMutationVariables = Exact<{
  taskId: string | number;
  input: AddTaskItemInput;
}>;


export type AddTaskItemMutation = { addTaskItem: { id: string, phoneNumber: string, customFields: unknown, assigneeAgentId: string | null, assigneeSkillGroupId: string | null, status: TaskItemStatus, followUpResult: string | null, notes: string, nextContactAt: string | null, lockedBy: string | null, dialRefusal: string | null } };

export type DistributeTaskItemsMutationVariables = Exact<{
  input: DistributeTaskItemsInput;
}>;


export type DistributeTaskItemsMutation = { distributeTaskItems: number };

export type TakeBackTaskItemsMutationVariables = Exact<{
  taskId: string | number;
  skillGroupId: string | number;
  itemIds: Array<string | number> | string | number;
}>;


export type TakeBackTaskItemsMutation = { takeBackTaskItems: number };

export type DoNotCallRowFragment = { id: string, phoneNumber: string, reason: string, source: DoNotCallSource, createdByName: string, createdAt: string };

export type DoNotCallListQueryVariables = Exact<{
  search?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DoNotCallListQuery = { doNotCallList: { totalCount: number, items: Array<{ id: string, phoneNumber: string, reason: string, source: DoNotCallSource, createdByName: string, createdAt: string }> } };

export type AddDoNotCallMutationVariables = Exact<{
  input: AddDoNotCallInput;
}>;


export type AddDoNotCallMutation = { addDoNotCall: { id: string, phoneNumber: string, reason: string, source: DoNotCallSource, createdByName: string, createdAt: string } };

export type RemoveDoNotCallMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RemoveDoNotCallMutation = { removeDoNotCall: boolean };

export type TaskSkillGroupOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskSkillGroupOptionsQuery = { skillGroups: { items: Array<{ id: string, name: string, members: Array<{ userId: string }> }> } };

export type OutboundStatisticsQueryVariables = Exact<{
  input: OutboundStatisticsInput;
}>;


export type OutboundStatisticsQuery = { outboundStatistics: { from: string, to: string, timeZone: string, tasks: Array<{ taskId: string, taskName: string, status: OutboundTaskStatus, itemCount: number, dialledItems: number, connectedItems: number, calls: number, connectedCalls: number, talkSeconds: number, successItems: number, connectRate: number | null, conversionRate: number | null, results: Array<{ value: string, labelZh: string, labelEn: string, isSuccess: boolean, itemCount: number }> }>, workload: Array<{ day: string, agentId: string, agentName: string | null, calls: number, connectedCalls: number, talkSeconds: number, results: number, successes: number }> } };

export type QaScorecardFieldsFragment = { id: string, name: string, version: number, maxPoints: number, publishedAt: string, sections: Array<{ name: string, criteria: Array<{ id: string, name: string, description: string, maxPoints: number, isFatal: boolean }> }> };

export type QaInspectionRowFragment = { id: string, callId: string, callStartedAt: string | null, agentId: string, agentName: string | null, inspectorName: string | null, scorecardId: string, scorecardName: string, scorecardVersion: number, status: QaInspectionStatus, points: number | null, maxPoints: number, percent: number | null, isFatalFailed: boolean, createdAt: string, submittedAt: string | null, appealDeadline: string | null, recordingUrl: string | null, appeal: { status: QaAppealStatus, reason: string, appealedAt: string, resolution: string | null, resolvedAt: string | null } | null };

export type QaInspectionFullFragment = { inspection: { id: string, callId: string, callStartedAt: string | null, agentId: string, agentName: string | null, inspectorName: string | null, scorecardId: string, scorecardName: string, scorecardVersion: number, status: QaInspectionStatus, points: number | null, maxPoints: number, percent: number | null, isFatalFailed: boolean, createdAt: string, submittedAt: string | null, appealDeadline: string | null, recordingUrl: string | null, appeal: { status: QaAppealStatus, reason: string, appealedAt: string, resolution: string | null, resolvedAt: string | null } | null }, scorecard: { id: string, name: string, version: number, maxPoints: number, publishedAt: string, sections: Array<{ name: string, criteria: Array<{ id: string, name: string, description: string, maxPoints: number, isFatal: boolean }> }> }, results: Array<{ revision: number, points: number, percent: number, isFatalFailed: boolean, scoredAt: string, scoredByName: string | null, scores: Array<{ criterionId: string, points: number, isFailed: boolean }>, comments: Array<{ atSeconds: number | null, criterionId: string | null, text: string }> }> };

export type QaScorecardsQueryVariables = Exact<{ [key: string]: never; }>;


export type QaScorecardsQuery = { qaScorecards: Array<{ id: string, name: string, version: number, maxPoints: number, publishedAt: string, sections: Array<{ name: string, criteria: Array<{ id: string, name: string, description: string, maxPoints: number, isFatal: boolean }> }> }> };

export type QaScorecardVersionQueryVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type QaScorecardVersionQuery = { qaScorecard: { id: string, name: string, version: number, maxPoints: number, publishedAt: string, sections: Array<{ name: string, criteria: Array<{ id: string, name: string, description: string, maxPoints: number, isFatal: boolean }> }> } };

export type CreateQaScorecardMutationVariables = Exact<{
  input: QaScorecardInput;
}>;


export type CreateQaScorecardMutation = { createQaScorecard: { id: string, name: string, version: number, maxPoints: number, publishedAt: string, sections: Array<{ name: string, criteria: Array<{ id: string, name: string, description: string, maxPoints: number, isFatal: boolean }> }> } };

export type UpdateQaScorecardMutationVariables = Exact<{
  id: string | number;
  input: QaScorecardInput;
}>;


export type UpdateQaScorecardMutation = { updateQaScorecard: { id: string, name: string, version: number, maxPoints: number, publishedAt: string, sections: Array<{ name: string, criteria: Array<{ id: string, name: string, description: string, maxPoints: number, isFatal: boolean }> }> } };

export type SampleQaCallsMutationVariables = Exact<{
  filter?: CallRecordSearchFilter | null | undefined;
  input: QaSampleInput;
}>;


export type SampleQaCallsMutation = { sampleQaCalls: { callIds: Array<string>, inspectionIds: Array<string>, seed: string, skipped: Array<{ callId: string, reason: QaSampleSkipReason }> } };

export type QaInspectionsQueryVariables = Exact<{
  filter?: QaInspectionFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type QaInspectionsQuery = { qaInspections: { totalCount: number, items: Array<{ id: string, callId: string, callStartedAt: string | null, agentId: string, agentName: string | null, inspectorName: string | null, scorecardId: string, scorecardName: string, scorecardVersion: number, status: QaInspectionStatus, points: number | null, maxPoints: number, percent: number | null, isFatalFailed: boolean, createdAt: string, submittedAt: string | null, appealDeadline: string | null, recordingUrl: string | null, appeal: { status: QaAppealStatus, reason: string, appealedAt: string, resolution: string | null, resolvedAt: string | null } | null }> } };

export type QaInspectionQueryVariables = Exact<{
  id: string | number;
}>;


export type QaInspectionQuery = { qaInspection: { inspection: { id: string, callId: string, callStartedAt: string | null, agentId: string, agentName: string | null, inspectorName: string | null, scorecardId: string, scorecardName: string, scorecardVersion: number, status: QaInspectionStatus, points: number | null, maxPoints: number, percent: number | null, isFatalFailed: boolean, createdAt: string, submittedAt: string | null, appealDeadline: string | null, recordingUrl: string | null, appeal: { status: QaAppealStatus, reason: string, appealedAt: string, resolution: string | null, resolvedAt: string | null } | null }, scorecard: { id: string, name: string, version: number, maxPoints: number, publishedAt: string, sections: Array<{ name: string, criteria: Array<{ id: string, name: string, description: string, maxPoints: number, isFatal: boolean }> }> }, results: Array<{ revision: number, points: number, percent: number, isFatalFailed: boolean, scoredAt: string, scoredByName: string | null, scores: Array<{ criterionId: string, points: number, isFailed: boolean }>, comments: Array<{ atSeconds: number | null, criterionId: string | null, text: string }> }> } };

export type SubmitQaInspectionMutationVariables = Exact<{
  id: string | number;
  input: QaScoresInput;
}>;


export type SubmitQaInspectionMutation = { submitQaInspection: { inspection: { id: string, callId: string, callStartedAt: string | null, agentId: string, agentName: string | null, inspectorName: string | null, scorecardId: string, scorecardName: string, scorecardVersion: number, status: QaInspectionStatus, points: number | null, maxPoints: number, percent: number | null, isFatalFailed: boolean, createdAt: string, submittedAt: string | null, appealDeadline: string | null, recordingUrl: string | null, appeal: { status: QaAppealStatus, reason: string, appealedAt: string, resolution: string | null, resolvedAt: string | null } | null }, scorecard: { id: string, name: string, version: number, maxPoints: number, publishedAt: string, sections: Array<{ name: string, criteria: Array<{ id: string, name: string, description: string, maxPoints: number, isFatal: boolean }> }> }, results: Array<{ revision: number, points: number, percent: number, isFatalFailed: boolean, scoredAt: string, scoredByName: string | null, scores: Array<{ criterionId: string, points: number, isFailed: boolean }>, comments: Array<{ atSeconds: number | null, criterionId: string | null, text: string }> }> } };

export type ResolveQaAppealMutationVariables = Exact<{
  id: string | number;
  input: QaAppealDecisionInput;
}>;


export type ResolveQaAppealMutation = { resolveQaAppeal: { inspection: { id: string, callId: string, callStartedAt: string | null, agentId: string, agentName: string | null, inspectorName: string | null, scorecardId: string, scorecardName: string, scorecardVersion: number, status: QaInspectionStatus, points: number | null, maxPoints: number, percent: number | null, isFatalFailed: boolean, createdAt: string, submittedAt: string | null, appealDeadline: string | null, recordingUrl: string | null, appeal: { status: QaAppealStatus, reason: string, appealedAt: string, resolution: string | null, resolvedAt: string | null } | null }, scorecard: { id: string, name: string, version: number, maxPoints: number, publishedAt: string, sections: Array<{ name: string, criteria: Array<{ id: string, name: string, description: string, maxPoints: number, isFatal: boolean }> }> }, results: Array<{ revision: number, points: number, percent: number, isFatalFailed: boolean, scoredAt: string, scoredByName: string | null, scores: Array<{ criterionId: string, points: number, isFailed: boolean }>, comments: Array<{ atSeconds: number | null, criterionId: string | null, text: string }> }> } };

export type QaReportQueryVariables = Exact<{
  input: QaReportInput;
}>;


export type QaReportQuery = { qaReport: Array<{ key: string, label: string, inspections: number, averagePercent: number | null, fatalFailures: number, appeals: number, appealRate: number }> };

export type SetQaInspectorMutationVariables = Exact<{
  userId: string | number;
  isInspector: boolean;
}>;


export type SetQaInspectorMutation = { setQaInspector: boolean };

export type QaInspectorIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type QaInspectorIdsQuery = { qaInspectorIds: Array<string> };

export type IsQaInspectorQueryVariables = Exact<{ [key: string]: never; }>;


export type IsQaInspectorQuery = { isQaInspector: boolean };

export type CallReportRowFragment = { bucket: string, key: string | null, name: string | null, inboundCalls: number, inboundAnswered: number, inboundMissed: number, outboundCalls: number, outboundAnswered: number, outboundMissed: number, talkSeconds: number, holdSeconds: number, afterCallWorkSeconds: number, kpis: { arrivals: number, answered: number, abandoned: number, callbacksRequested: number, serviceLevel: number | null, asaSeconds: number | null, abandonRate: number | null, handled: number, ahtSeconds: number | null, averageTalkSeconds: number | null, agentAnswerRate: number | null } };

export type CallReportQueryVariables = Exact<{
  input: CallReportInput;
}>;


export type CallReportQuery = { callReport: { from: string, to: string, timeZone: string, rows: Array<{ bucket: string, key: string | null, name: string | null, inboundCalls: number, inboundAnswered: number, inboundMissed: number, outboundCalls: number, outboundAnswered: number, outboundMissed: number, talkSeconds: number, holdSeconds: number, afterCallWorkSeconds: number, kpis: { arrivals: number, answered: number, abandoned: number, callbacksRequested: number, serviceLevel: number | null, asaSeconds: number | null, abandonRate: number | null, handled: number, ahtSeconds: number | null, averageTalkSeconds: number | null, agentAnswerRate: number | null } }>, buckets: Array<{ bucket: string, key: string | null, name: string | null, inboundCalls: number, inboundAnswered: number, inboundMissed: number, outboundCalls: number, outboundAnswered: number, outboundMissed: number, talkSeconds: number, holdSeconds: number, afterCallWorkSeconds: number, kpis: { arrivals: number, answered: number, abandoned: number, callbacksRequested: number, serviceLevel: number | null, asaSeconds: number | null, abandonRate: number | null, handled: number, ahtSeconds: number | null, averageTalkSeconds: number | null, agentAnswerRate: number | null } }>, total: { bucket: string, key: string | null, name: string | null, inboundCalls: number, inboundAnswered: number, inboundMissed: number, outboundCalls: number, outboundAnswered: number, outboundMissed: number, talkSeconds: number, holdSeconds: number, afterCallWorkSeconds: number, kpis: { arrivals: number, answered: number, abandoned: number, callbacksRequested: number, serviceLevel: number | null, asaSeconds: number | null, abandonRate: number | null, handled: number, ahtSeconds: number | null, averageTalkSeconds: number | null, agentAnswerRate: number | null } } } };

export type SummaryReportCategoryRowFragment = { id: string | null, parentId: string | null, depth: number, labelZh: string | null, labelEn: string | null, isEnabled: boolean, count: number, share: number, bySkillGroup: Array<{ key: string | null, count: number }>, byAgent: Array<{ key: string | null, count: number }> };

export type ServiceSummaryReportQueryVariables = Exact<{
  input: ServiceSummaryReportInput;
}>;


export type ServiceSummaryReportQuery = { serviceSummaryReport: { from: string, to: string, timeZone: string, total: number, categories: Array<{ id: string | null, parentId: string | null, depth: number, labelZh: string | null, labelEn: string | null, isEnabled: boolean, count: number, share: number, bySkillGroup: Array<{ key: string | null, count: number }>, byAgent: Array<{ key: string | null, count: number }> }>, skillGroups: Array<{ key: string | null, name: string | null, count: number }>, agents: Array<{ key: string | null, name: string | null, count: number }>, days: Array<{ day: string, count: number }> } };

export type SatisfactionRecordRowFragment = { callId: string, answeredAt: string, outcome: SurveyOutcome, score: number | null, scale: number | null, direction: CallDirection, customerNumber: string | null, agentName: string | null, skillGroupName: string | null, label: { zh: string, en: string } | null };

export type SatisfactionFiguresRowFragment = { periodStart: string | null, key: string | null, name: string | null, responses: number, averageScore: number | null, averagePercent: number | null, satisfiedRate: number | null, answeredCalls: number, answeredResponses: number, responseRate: number | null, surveysOffered: number, surveysNoAnswer: number, surveysAbandoned: number, surveyResponseRate: number | null, byScale: Array<{ scale: number, scoreCounts: Array<number>, labels: Array<{ zh: string, en: string }> | null }> };

export type SatisfactionRecordsQueryVariables = Exact<{
  filter?: SatisfactionRecordFilter | null | undefined;
  after?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type SatisfactionRecordsQuery = { satisfactionRecords: { totalCount: number, nextCursor: string | null, items: Array<{ callId: string, answeredAt: string, outcome: SurveyOutcome, score: number | null, scale: number | null, direction: CallDirection, customerNumber: string | null, agentName: string | null, skillGroupName: string | null, label: { zh: string, en: string } | null }> } };

export type SatisfactionReportQueryVariables = Exact<{
  input: SatisfactionReportInput;
}>;


export type SatisfactionReportQuery = { satisfactionReport: { timeZone: string, rows: Array<{ periodStart: string | null, key: string | null, name: string | null, responses: number, averageScore: number | null, averagePercent: number | null, satisfiedRate: number | null, answeredCalls: number, answeredResponses: number, responseRate: number | null, surveysOffered: number, surveysNoAnswer: number, surveysAbandoned: number, surveyResponseRate: number | null, byScale: Array<{ scale: number, scoreCounts: Array<number>, labels: Array<{ zh: string, en: string }> | null }> }>, total: { periodStart: string | null, key: string | null, name: string | null, responses: number, averageScore: number | null, averagePercent: number | null, satisfiedRate: number | null, answeredCalls: number, answeredResponses: number, responseRate: number | null, surveysOffered: number, surveysNoAnswer: number, surveysAbandoned: number, surveyResponseRate: number | null, byScale: Array<{ scale: number, scoreCounts: Array<number>, labels: Array<{ zh: string, en: string }> | null }> } } };

export type SurveyScaleQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyScaleQuery = { acdSettings: { surveyScale: number, surveyLabels: Array<{ zh: string, en: string }> } };

export type CompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyQuery = { myTenant: { id: string, name: string, timeZone: string, createdAt: string, sipDomain: string | null }, acdSettings: { homeRegion: string } };

export type UpdateCompanyMutationVariables = Exact<{
  input: UpdateTenantInput;
}>;


export type UpdateCompanyMutation = { updateMyTenant: { id: string, name: string, timeZone: string, createdAt: string } };

export type UpdateHomeRegionMutationVariables = Exact<{
  homeRegion: string;
}>;


export type UpdateHomeRegionMutation = { updateAcdSettings: { homeRegion: string } };

export type MySessionRowFragment = { id: string, kind: SessionKind, address: string | null, userAgent: string | null, createdAt: string, lastSeenAt: string, isCurrent: boolean };

export type MySessionsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type MySessionsQuery = { mySessions: { totalCount: number, items: Array<{ id: string, kind: SessionKind, address: string | null, userAgent: string | null, createdAt: string, lastSeenAt: string, isCurrent: boolean }> } };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type RevokeOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeOtherSessionsMutation = { revokeOtherSessions: number };

export type SignupMutationVariables = Exact<{
  input: SignupInput;
}>;


export type SignupMutation = { signup: { user: { id: string, name: string, email: string, role: Role, organization: Organization | null, status: UserStatus, mustChangePassword: boolean } } };

export type SummaryCategoryRowFragment = { id: string, parentId: string | null, depth: number, labelZh: string, labelEn: string, position: number, isEnabled: boolean };

export type SummaryCategoryListQueryVariables = Exact<{ [key: string]: never; }>;


export type SummaryCategoryListQuery = { serviceSummaryCategories: Array<{ id: string, parentId: string | null, depth: number, labelZh: string, labelEn: string, position: number, isEnabled: boolean }> };

export type CreateSummaryCategoryMutationVariables = Exact<{
  input: CreateServiceSummaryCategoryInput;
}>;


export type CreateSummaryCategoryMutation = { createServiceSummaryCategory: { id: string, parentId: string | null, depth: number, labelZh: string, labelEn: string, position: number, isEnabled: boolean } };

export type UpdateSummaryCategoryMutationVariables = Exact<{
  id: string | number;
  input: UpdateServiceSummaryCategoryInput;
}>;


export type UpdateSummaryCategoryMutation = { updateServiceSummaryCategory: { id: string, parentId: string | null, depth: number, labelZh: string, labelEn: string, position: number, isEnabled: boolean } };

export type DeleteSummaryCategoryMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSummaryCategoryMutation = { deleteServiceSummaryCategory: boolean };

export type TestCallFieldsFragment = { id: string, phoneNumberId: string, number: string, callerNumber: string, startedAt: string, endedAt: string | null, isLive: boolean, endedBy: TestCallEnd | null, connectedAgent: { id: string, name: string } | null, timeline: Array<{ at: string, kind: TestCallEventKind, endedAt: string | null, isInterrupted: boolean, key: string | null, number: string | null, cause: string | null, agent: { id: string, name: string, agentNumber: string | null } | null, prompt: { kind: HeardPromptKind, systemPrompt: SystemPromptKind | null, name: string | null, position: number | null, key: string | null, menu: string | null, media: string } | null }> };

export type TestCallNumberFragment = { id: string, number: string, description: string, scheduleId: string | null, skillGroup: { id: string, name: string } | null };

export type TestCallStartQueryVariables = Exact<{ [key: string]: never; }>;


export type TestCallStartQuery = { isSwitchSimulated: boolean, phoneNumbers: { totalCount: number, items: Array<{ id: string, number: string, description: string, scheduleId: string | null, skillGroup: { id: string, name: string } | null }> } };

export type TestCallsQueryVariables = Exact<{ [key: string]: never; }>;


export type TestCallsQuery = { testCalls: Array<{ id: string, phoneNumberId: string, number: string, callerNumber: string, startedAt: string, endedAt: string | null, isLive: boolean, endedBy: TestCallEnd | null, connectedAgent: { id: string, name: string } | null, timeline: Array<{ at: string, kind: TestCallEventKind, endedAt: string | null, isInterrupted: boolean, key: string | null, number: string | null, cause: string | null, agent: { id: string, name: string, agentNumber: string | null } | null, prompt: { kind: HeardPromptKind, systemPrompt: SystemPromptKind | null, name: string | null, position: number | null, key: string | null, menu: string | null, media: string } | null }> }> };

export type PlaceTestCallMutationVariables = Exact<{
  input: PlaceTestCallInput;
}>;


export type PlaceTestCallMutation = { placeTestCall: { id: string, phoneNumberId: string, number: string, callerNumber: string, startedAt: string, endedAt: string | null, isLive: boolean, endedBy: TestCallEnd | null, connectedAgent: { id: string, name: string } | null, timeline: Array<{ at: string, kind: TestCallEventKind, endedAt: string | null, isInterrupted: boolean, key: string | null, number: string | null, cause: string | null, agent: { id: string, name: string, agentNumber: string | null } | null, prompt: { kind: HeardPromptKind, systemPrompt: SystemPromptKind | null, name: string | null, position: number | null, key: string | null, menu: string | null, media: string } | null }> } };

export type PressTestCallKeysMutationVariables = Exact<{
  id: string | number;
  keys: string;
}>;


export type PressTestCallKeysMutation = { pressTestCallKeys: { id: string } };

export type HangUpTestCallMutationVariables = Exact<{
  id: string | number;
}>;


export type HangUpTestCallMutation = { hangUpTestCall: { id: string, phoneNumberId: string, number: string, callerNumber: string, startedAt: string, endedAt: string | null, isLive: boolean, endedBy: TestCallEnd | null, connectedAgent: { id: string, name: string } | null, timeline: Array<{ at: string, kind: TestCallEventKind, endedAt: string | null, isInterrupted: boolean, key: string | null, number: string | null, cause: string | null, agent: { id: string, name: string, agentNumber: string | null } | null, prompt: { kind: HeardPromptKind, systemPrompt: SystemPromptKind | null, name: string | null, position: number | null, key: string | null, menu: string | null, media: string } | null }> } };

export type TestCallChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TestCallChangedSubscription = { testCallChanged: { id: string, phoneNumberId: string, number: string, callerNumber: string, startedAt: string, endedAt: string | null, isLive: boolean, endedBy: TestCallEnd | null, connectedAgent: { id: string, name: string } | null, timeline: Array<{ at: string, kind: TestCallEventKind, endedAt: string | null, isInterrupted: boolean, key: string | null, number: string | null, cause: string | null, agent: { id: string, name: string, agentNumber: string | null } | null, prompt: { kind: HeardPromptKind, systemPrompt: SystemPromptKind | null, name: string | null, position: number | null, key: string | null, menu: string | null, media: string } | null }> } };

export type VoicePromptRowFragment = { id: string, name: string, source: PromptSource, status: PromptStatus, rejectReason: string | null, ttsText: string | null, durationMs: number, peaks: Array<number>, isUsable: boolean, audioUrl: string, approvedAudioUrl: string | null, reviewedByName: string | null, reviewedAt: string | null, updatedAt: string };

export type SystemPromptRowFragment = { kind: SystemPromptKind, choice: SystemPromptChoice, audioUrl: string | null, updatedAt: string | null, prompt: { id: string, name: string } | null };

export type VoicePromptsQueryVariables = Exact<{
  filter?: VoicePromptFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type VoicePromptsQuery = { voicePrompts: { totalCount: number, items: Array<{ id: string, name: string, source: PromptSource, status: PromptStatus, rejectReason: string | null, ttsText: string | null, durationMs: number, peaks: Array<number>, isUsable: boolean, audioUrl: string, approvedAudioUrl: string | null, reviewedByName: string | null, reviewedAt: string | null, updatedAt: string }> } };

export type DeleteVoicePromptMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteVoicePromptMutation = { deleteVoicePrompt: boolean };

export type CanReviewPromptsQueryVariables = Exact<{ [key: string]: never; }>;


export type CanReviewPromptsQuery = { canReviewPrompts: boolean };

export type PromptReviewQueueQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type PromptReviewQueueQuery = { promptReviewQueue: { totalCount: number, items: Array<{ companyName: string, prompt: { id: string, name: string, source: PromptSource, status: PromptStatus, rejectReason: string | null, ttsText: string | null, durationMs: number, peaks: Array<number>, isUsable: boolean, audioUrl: string, approvedAudioUrl: string | null, reviewedByName: string | null, reviewedAt: string | null, updatedAt: string } }> } };

export type ReviewVoicePromptMutationVariables = Exact<{
  id: string | number;
  input: ReviewPromptInput;
}>;


export type ReviewVoicePromptMutation = { reviewVoicePrompt: { id: string, name: string, source: PromptSource, status: PromptStatus, rejectReason: string | null, ttsText: string | null, durationMs: number, peaks: Array<number>, isUsable: boolean, audioUrl: string, approvedAudioUrl: string | null, reviewedByName: string | null, reviewedAt: string | null, updatedAt: string } };

export type PreviewSpeechMutationVariables = Exact<{
  input: TtsInput;
}>;


export type PreviewSpeechMutation = { previewSpeech: { audioUrl: string, durationMs: number, peaks: Array<number> } };

export type SynthesizePromptMutationVariables = Exact<{
  input: SynthesizePromptInput;
}>;


export type SynthesizePromptMutation = { synthesizePrompt: { id: string, name: string, source: PromptSource, status: PromptStatus, rejectReason: string | null, ttsText: string | null, durationMs: number, peaks: Array<number>, isUsable: boolean, audioUrl: string, approvedAudioUrl: string | null, reviewedByName: string | null, reviewedAt: string | null, updatedAt: string } };

export type SystemPromptsQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemPromptsQuery = { systemPrompts: Array<{ kind: SystemPromptKind, choice: SystemPromptChoice, audioUrl: string | null, updatedAt: string | null, prompt: { id: string, name: string } | null }> };

export type UpdateSystemPromptMutationVariables = Exact<{
  input: UpdateSystemPromptInput;
}>;


export type UpdateSystemPromptMutation = { updateSystemPrompt: { kind: SystemPromptKind, choice: SystemPromptChoice, audioUrl: string | null, updatedAt: string | null, prompt: { id: string, name: string } | null } };

export type UsablePromptsQueryVariables = Exact<{ [key: string]: never; }>;


export type UsablePromptsQuery = { voicePrompts: { totalCount: number, items: Array<{ id: string, name: string, durationMs: number, approvedAudioUrl: string | null }> } };

export type WallboardQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type WallboardQueuesQuery = { myTenant: { name: string, timeZone: string }, skillGroupMonitor: Array<{ skillGroupId: string, name: string, waiting: number, offering: number, callbacksWaiting: number, longestWaitSeconds: number, agentsByStatus: Array<{ status: AgentStatus, count: number }>, today: { serviceLevel: number | null, serviceLevelTarget: number }, staffing: { agentsNeeded: number } | null }> };

export type WallboardKpisQueryVariables = Exact<{
  scope: KpiScopeInput;
}>;


export type WallboardKpisQuery = { kpis: { serviceLevel: number | null, serviceLevelSeconds: number, serviceLevelTarget: number, asaSeconds: number | null, abandonRate: number | null, ahtSeconds: number | null, occupancy: number | null, agentAnswerRate: number | null, longestWaitSeconds: number | null, arrivals: number, answered: number, abandoned: number }, hourlyCalls: Array<{ hour: string, inbound: number, answered: number, abandoned: number, callbacksRequested: number, outbound: number }> };

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
export const AcdSettingsFormFragmentDoc = new TypedDocumentString(`
    fragment AcdSettingsForm on AcdSettings {
  afterCallWorkSeconds
  ringTimeoutSeconds
  maxMissedOffers
  heartbeatTimeoutSeconds
  announcePosition
  announceIntervalSeconds
  callbackEnabled
  callbackKey
  recordingEnabled
  outboundRecordingEnabled
  recordingRetentionDays
  isRecordingStereo
  appealWindowDays
  outboundSurveyEnabled
  surveyScale
  surveyLabels {
    zh
    en
  }
  requireSummaryBeforeReady
  outboundCallerId
  homeRegion
  allowInternational
  allowPremiumRate
  maxConcurrentOutbound
  maxOutboundPerSecond
  updatedAt
}
    `, {"fragmentName":"AcdSettingsForm"}) as unknown as TypedDocumentString<AcdSettingsFormFragment, unknown>;
export const NotReadyReasonRowFragmentDoc = new TypedDocumentString(`
    fragment NotReadyReasonRow on NotReadyReason {
  id
  name
  kind
  code
  sortOrder
}
    `, {"fragmentName":"NotReadyReasonRow"}) as unknown as TypedDocumentString<NotReadyReasonRowFragment, unknown>;
export const PhoneNumberRowFragmentDoc = new TypedDocumentString(`
    fragment PhoneNumberRow on PhoneNumber {
  id
  number
  description
  skillGroupId
  skillGroup {
    id
    name
  }
  scheduleId
  createdAt
}
    `, {"fragmentName":"PhoneNumberRow"}) as unknown as TypedDocumentString<PhoneNumberRowFragment, unknown>;
export const PhoneNumberRouteFragmentDoc = new TypedDocumentString(`
    fragment PhoneNumberRoute on PhoneNumber {
  ...PhoneNumberRow
  schedule {
    name
    flow {
      name
    }
    holidayToday {
      name
      flow {
        name
      }
    }
  }
}
    fragment PhoneNumberRow on PhoneNumber {
  id
  number
  description
  skillGroupId
  skillGroup {
    id
    name
  }
  scheduleId
  createdAt
}`, {"fragmentName":"PhoneNumberRoute"}) as unknown as TypedDocumentString<PhoneNumberRouteFragment, unknown>;
export const AgentRowFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"AgentRow"}) as unknown as TypedDocumentString<AgentRowFragment, unknown>;
export const CallRecordRowFragmentDoc = new TypedDocumentString(`
    fragment CallRecordRow on CallRecordRowView {
  id
  startedAt
  endedAt
  direction
  customerNumber
  dialledNumber
  agentId
  agentName
  skillGroupName
  outcome
  waitSeconds
  talkSeconds
  hangupSide
  hangupCause
  satisfactionScore
  satisfactionScale
  satisfactionLabel {
    zh
    en
  }
  hasRecording
  customerId
  customerName
}
    `, {"fragmentName":"CallRecordRow"}) as unknown as TypedDocumentString<CallRecordRowFragment, unknown>;
export const CustomFieldRowFragmentDoc = new TypedDocumentString(`
    fragment CustomFieldRow on CustomFieldDefinition {
  id
  entity
  key
  labelZh
  labelEn
  type
  isRequired
  options {
    value
    labelZh
    labelEn
  }
  position
  isHidden
}
    `, {"fragmentName":"CustomFieldRow"}) as unknown as TypedDocumentString<CustomFieldRowFragment, unknown>;
export const CustomerRowFragmentDoc = new TypedDocumentString(`
    fragment CustomerRow on Customer {
  id
  name
  organization
  phoneNumbers
  customFields
  createdAt
  updatedAt
}
    `, {"fragmentName":"CustomerRow"}) as unknown as TypedDocumentString<CustomerRowFragment, unknown>;
export const CallCountsRowFragmentDoc = new TypedDocumentString(`
    fragment CallCountsRow on CallCounts {
  inbound
  answered
  abandoned
  unansweredLive
  outbound
  outboundAnswered
}
    `, {"fragmentName":"CallCountsRow"}) as unknown as TypedDocumentString<CallCountsRowFragment, unknown>;
export const GroupRowFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"GroupRow"}) as unknown as TypedDocumentString<GroupRowFragment, unknown>;
export const SkillGroupRoutingFragmentDoc = new TypedDocumentString(`
    fragment SkillGroupRouting on SkillGroup {
  strategy
  maxWaitSeconds
  maxQueueLength
  overflowAction
  overflowSkillGroupId
  isPostCallSurveyEnabled
  isRecordingEnabled
}
    `, {"fragmentName":"SkillGroupRouting"}) as unknown as TypedDocumentString<SkillGroupRoutingFragment, unknown>;
export const SkillGroupRowFragmentDoc = new TypedDocumentString(`
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
    fragment SkillGroupRouting on SkillGroup {
  strategy
  maxWaitSeconds
  maxQueueLength
  overflowAction
  overflowSkillGroupId
  isPostCallSurveyEnabled
  isRecordingEnabled
}`, {"fragmentName":"SkillGroupRow"}) as unknown as TypedDocumentString<SkillGroupRowFragment, unknown>;
export const ApiKeyRowFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ApiKeyRow"}) as unknown as TypedDocumentString<ApiKeyRowFragment, unknown>;
export const WebhookEndpointRowFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"WebhookEndpointRow"}) as unknown as TypedDocumentString<WebhookEndpointRowFragment, unknown>;
export const WebhookDeliveryRowFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"WebhookDeliveryRow"}) as unknown as TypedDocumentString<WebhookDeliveryRowFragment, unknown>;
export const IvrFlowRowFragmentDoc = new TypedDocumentString(`
    fragment IvrFlowRow on IvrFlow {
  id
  name
  description
  updatedAt
  usedBy {
    kind
    id
    name
  }
  liveVersion {
    id
    version
    publishedAt
  }
  draft {
    id
    version
    savedAt
  }
}
    `, {"fragmentName":"IvrFlowRow"}) as unknown as TypedDocumentString<IvrFlowRowFragment, unknown>;
export const IvrFlowVersionRowFragmentDoc = new TypedDocumentString(`
    fragment IvrFlowVersionRow on IvrFlowVersion {
  id
  version
  status
  savedAt
  savedBy
  publishedAt
  publishedBy
}
    `, {"fragmentName":"IvrFlowVersionRow"}) as unknown as TypedDocumentString<IvrFlowVersionRowFragment, unknown>;
export const IvrFlowVersionDetailFragmentDoc = new TypedDocumentString(`
    fragment IvrFlowVersionDetail on IvrFlowVersion {
  ...IvrFlowVersionRow
  definition {
    rootMenuId
    menus {
      id
      name
      promptId
      digitTimeoutSeconds
      maxRetries
      wrongKeyPromptId
      keys {
        key
        action
        subMenuId
        skillGroupId
        agentId
        number
        promptId
      }
    }
  }
}
    fragment IvrFlowVersionRow on IvrFlowVersion {
  id
  version
  status
  savedAt
  savedBy
  publishedAt
  publishedBy
}`, {"fragmentName":"IvrFlowVersionDetail"}) as unknown as TypedDocumentString<IvrFlowVersionDetailFragment, unknown>;
export const IvrScheduleRowFragmentDoc = new TypedDocumentString(`
    fragment IvrScheduleRow on IvrSchedule {
  id
  name
  flowId
  flow {
    id
    name
    liveVersion {
      id
      version
    }
  }
  days {
    weekday
    ranges {
      start
      end
    }
  }
  phoneNumbers {
    id
    number
  }
  updatedAt
}
    `, {"fragmentName":"IvrScheduleRow"}) as unknown as TypedDocumentString<IvrScheduleRowFragment, unknown>;
export const IvrHolidayRowFragmentDoc = new TypedDocumentString(`
    fragment IvrHolidayRow on IvrHoliday {
  id
  name
  startDate
  endDate
  scheduleId
  action
  flowId
  closedPromptId
}
    `, {"fragmentName":"IvrHolidayRow"}) as unknown as TypedDocumentString<IvrHolidayRowFragment, unknown>;
export const CallRoutingAnswerFragmentDoc = new TypedDocumentString(`
    fragment CallRoutingAnswer on CallRoutingPreview {
  at
  timeZone
  localTime
  rule
  reason
  number {
    id
    number
  }
  schedule {
    id
    name
  }
  holiday {
    id
    name
    startDate
    endDate
  }
  serviceHours {
    weekday
    range {
      start
      end
    }
  }
  flow {
    id
    name
  }
  flowVersion {
    id
    version
    publishedAt
  }
  skillGroupId
  closedPromptId
}
    `, {"fragmentName":"CallRoutingAnswer"}) as unknown as TypedDocumentString<CallRoutingAnswerFragment, unknown>;
export const ListImportProgressFragmentDoc = new TypedDocumentString(`
    fragment ListImportProgress on ListImport {
  id
  kind
  status
  fileName
  encoding
  columns
  rowsRead
  rowsImported
  rowsRejected
  failureCode
}
    `, {"fragmentName":"ListImportProgress"}) as unknown as TypedDocumentString<ListImportProgressFragment, unknown>;
export const LiveAgentStateFragmentDoc = new TypedDocumentString(`
    fragment LiveAgentState on AgentState {
  userId
  status
  reasonId
  since
  cause
}
    `, {"fragmentName":"LiveAgentState"}) as unknown as TypedDocumentString<LiveAgentStateFragment, unknown>;
export const LiveQueueStateFragmentDoc = new TypedDocumentString(`
    fragment LiveQueueState on QueueState {
  skillGroupId
  name
  waiting
  offering
  callbacks
  longestWaitSeconds
  idleAgents
}
    `, {"fragmentName":"LiveQueueState"}) as unknown as TypedDocumentString<LiveQueueStateFragment, unknown>;
export const StatusHistoryRowFragmentDoc = new TypedDocumentString(`
    fragment StatusHistoryRow on AgentStatusChange {
  status
  previousStatus
  reasonId
  cause
  detail
  at
}
    `, {"fragmentName":"StatusHistoryRow"}) as unknown as TypedDocumentString<StatusHistoryRowFragment, unknown>;
export const LiveCallsSnapshotFragmentDoc = new TypedDocumentString(`
    fragment LiveCallsSnapshot on LiveCalls {
  readAt
  calls {
    callId
    direction
    callerNumber
    dialledNumber
    stage
    startedAt
    stageSince
    skillGroupId
    skillGroupName
    agentId
    agentName
    agentNumber
    organization
  }
}
    `, {"fragmentName":"LiveCallsSnapshot"}) as unknown as TypedDocumentString<LiveCallsSnapshotFragment, unknown>;
export const KpiCardsFragmentDoc = new TypedDocumentString(`
    fragment KpiCards on Kpis {
  serviceLevel
  serviceLevelSeconds
  serviceLevelTarget
  asaSeconds
  abandonRate
  ahtSeconds
  occupancy
  agentAnswerRate
  longestWaitSeconds
  arrivals
  answered
  abandoned
}
    `, {"fragmentName":"KpiCards"}) as unknown as TypedDocumentString<KpiCardsFragment, unknown>;
export const HourlyCallsRowFragmentDoc = new TypedDocumentString(`
    fragment HourlyCallsRow on HourlyCalls {
  hour
  inbound
  answered
  abandoned
  callbacksRequested
  outbound
}
    `, {"fragmentName":"HourlyCallsRow"}) as unknown as TypedDocumentString<HourlyCallsRowFragment, unknown>;
export const SkillGroupMonitorRowFragmentDoc = new TypedDocumentString(`
    fragment SkillGroupMonitorRow on SkillGroupMonitor {
  skillGroupId
  name
  waiting
  offering
  callbacksWaiting
  longestWaitSeconds
  agentsByStatus {
    status
    count
  }
  today {
    serviceLevel
    serviceLevelTarget
  }
  staffing {
    agentsNeeded
  }
}
    `, {"fragmentName":"SkillGroupMonitorRow"}) as unknown as TypedDocumentString<SkillGroupMonitorRowFragment, unknown>;
export const AgentMonitorRowFragmentDoc = new TypedDocumentString(`
    fragment AgentMonitorRow on AgentMonitor {
  agentId
  name
  status
  secondsInStatus
  callsToday
  talkSeconds
  answerRate
  notReady {
    reasonId
    reasonName
    seconds
  }
}
    `, {"fragmentName":"AgentMonitorRow"}) as unknown as TypedDocumentString<AgentMonitorRowFragment, unknown>;
export const OutboundTaskRowFragmentDoc = new TypedDocumentString(`
    fragment OutboundTaskRow on OutboundTask {
  id
  name
  description
  startsOn
  endsOn
  callerIdNumberId
  callerIdNumber
  customFieldIds
  script
  followUpResults {
    value
    labelZh
    labelEn
    isSuccess
  }
  agentIds
  skillGroupIds
  status
  dialing {
    mode
    callingWindows {
      start
      end
    }
    holidays
    retryAfterMinutes
    maxRetries
    dailyAttemptCap
  }
  createdAt
  itemCount
  dialledCount
  resultCount
}
    `, {"fragmentName":"OutboundTaskRow"}) as unknown as TypedDocumentString<OutboundTaskRowFragment, unknown>;
export const TaskItemRowFragmentDoc = new TypedDocumentString(`
    fragment TaskItemRow on TaskItem {
  id
  phoneNumber
  customFields
  assigneeAgentId
  assigneeSkillGroupId
  status
  followUpResult
  notes
  nextContactAt
  lockedBy
  dialRefusal
}
    `, {"fragmentName":"TaskItemRow"}) as unknown as TypedDocumentString<TaskItemRowFragment, unknown>;
export const DoNotCallRowFragmentDoc = new TypedDocumentString(`
    fragment DoNotCallRow on DoNotCallEntry {
  id
  phoneNumber
  reason
  source
  createdByName
  createdAt
}
    `, {"fragmentName":"DoNotCallRow"}) as unknown as TypedDocumentString<DoNotCallRowFragment, unknown>;
export const QaInspectionRowFragmentDoc = new TypedDocumentString(`
    fragment QaInspectionRow on QaInspection {
  id
  callId
  callStartedAt
  agentId
  agentName
  inspectorName
  scorecardId
  scorecardName
  scorecardVersion
  status
  points
  maxPoints
  percent
  isFatalFailed
  createdAt
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
    `, {"fragmentName":"QaInspectionRow"}) as unknown as TypedDocumentString<QaInspectionRowFragment, unknown>;
export const QaScorecardFieldsFragmentDoc = new TypedDocumentString(`
    fragment QaScorecardFields on QaScorecard {
  id
  name
  version
  maxPoints
  publishedAt
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
    `, {"fragmentName":"QaScorecardFields"}) as unknown as TypedDocumentString<QaScorecardFieldsFragment, unknown>;
export const QaInspectionFullFragmentDoc = new TypedDocumentString(`
    fragment QaInspectionFull on QaInspectionDetails {
  inspection {
    ...QaInspectionRow
  }
  scorecard {
    ...QaScorecardFields
  }
  results {
    revision
    points
    percent
    isFatalFailed
    scoredAt
    scoredByName
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
    fragment QaScorecardFields on QaScorecard {
  id
  name
  version
  maxPoints
  publishedAt
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
fragment QaInspectionRow on QaInspection {
  id
  callId
  callStartedAt
  agentId
  agentName
  inspectorName
  scorecardId
  scorecardName
  scorecardVersion
  status
  points
  maxPoints
  percent
  isFatalFailed
  createdAt
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
}`, {"fragmentName":"QaInspectionFull"}) as unknown as TypedDocumentString<QaInspectionFullFragment, unknown>;
export const CallReportRowFragmentDoc = new TypedDocumentString(`
    fragment CallReportRow on CallReportRow {
  bucket
  key
  name
  inboundCalls
  inboundAnswered
  inboundMissed
  outboundCalls
  outboundAnswered
  outboundMissed
  talkSeconds
  holdSeconds
  afterCallWorkSeconds
  kpis {
    arrivals
    answered
    abandoned
    callbacksRequested
    serviceLevel
    asaSeconds
    abandonRate
    handled
    ahtSeconds
    averageTalkSeconds
    agentAnswerRate
  }
}
    `, {"fragmentName":"CallReportRow"}) as unknown as TypedDocumentString<CallReportRowFragment, unknown>;
export const SummaryReportCategoryRowFragmentDoc = new TypedDocumentString(`
    fragment SummaryReportCategoryRow on SummaryReportCategory {
  id
  parentId
  depth
  labelZh
  labelEn
  isEnabled
  count
  share
  bySkillGroup {
    key
    count
  }
  byAgent {
    key
    count
  }
}
    `, {"fragmentName":"SummaryReportCategoryRow"}) as unknown as TypedDocumentString<SummaryReportCategoryRowFragment, unknown>;
export const SatisfactionRecordRowFragmentDoc = new TypedDocumentString(`
    fragment SatisfactionRecordRow on SatisfactionRecord {
  callId
  answeredAt
  outcome
  score
  scale
  label {
    zh
    en
  }
  direction
  customerNumber
  agentName
  skillGroupName
}
    `, {"fragmentName":"SatisfactionRecordRow"}) as unknown as TypedDocumentString<SatisfactionRecordRowFragment, unknown>;
export const SatisfactionFiguresRowFragmentDoc = new TypedDocumentString(`
    fragment SatisfactionFiguresRow on SatisfactionFigures {
  periodStart
  key
  name
  responses
  byScale {
    scale
    scoreCounts
    labels {
      zh
      en
    }
  }
  averageScore
  averagePercent
  satisfiedRate
  answeredCalls
  answeredResponses
  responseRate
  surveysOffered
  surveysNoAnswer
  surveysAbandoned
  surveyResponseRate
}
    `, {"fragmentName":"SatisfactionFiguresRow"}) as unknown as TypedDocumentString<SatisfactionFiguresRowFragment, unknown>;
export const MySessionRowFragmentDoc = new TypedDocumentString(`
    fragment MySessionRow on Session {
  id
  kind
  address
  userAgent
  createdAt
  lastSeenAt
  isCurrent
}
    `, {"fragmentName":"MySessionRow"}) as unknown as TypedDocumentString<MySessionRowFragment, unknown>;
export const SummaryCategoryRowFragmentDoc = new TypedDocumentString(`
    fragment SummaryCategoryRow on ServiceSummaryCategory {
  id
  parentId
  depth
  labelZh
  labelEn
  position
  isEnabled
}
    `, {"fragmentName":"SummaryCategoryRow"}) as unknown as TypedDocumentString<SummaryCategoryRowFragment, unknown>;
export const TestCallFieldsFragmentDoc = new TypedDocumentString(`
    fragment TestCallFields on TestCall {
  id
  phoneNumberId
  number
  callerNumber
  startedAt
  endedAt
  isLive
  endedBy
  connectedAgent {
    id
    name
  }
  timeline {
    at
    kind
    endedAt
    isInterrupted
    key
    number
    cause
    agent {
      id
      name
      agentNumber
    }
    prompt {
      kind
      systemPrompt
      name
      position
      key
      menu
      media
    }
  }
}
    `, {"fragmentName":"TestCallFields"}) as unknown as TypedDocumentString<TestCallFieldsFragment, unknown>;
export const TestCallNumberFragmentDoc = new TypedDocumentString(`
    fragment TestCallNumber on PhoneNumber {
  id
  number
  description
  scheduleId
  skillGroup {
    id
    name
  }
}
    `, {"fragmentName":"TestCallNumber"}) as unknown as TypedDocumentString<TestCallNumberFragment, unknown>;
export const VoicePromptRowFragmentDoc = new TypedDocumentString(`
    fragment VoicePromptRow on VoicePrompt {
  id
  name
  source
  status
  rejectReason
  ttsText
  durationMs
  peaks
  isUsable
  audioUrl
  approvedAudioUrl
  reviewedByName
  reviewedAt
  updatedAt
}
    `, {"fragmentName":"VoicePromptRow"}) as unknown as TypedDocumentString<VoicePromptRowFragment, unknown>;
export const SystemPromptRowFragmentDoc = new TypedDocumentString(`
    fragment SystemPromptRow on SystemPrompt {
  kind
  choice
  audioUrl
  updatedAt
  prompt {
    id
    name
  }
}
    `, {"fragmentName":"SystemPromptRow"}) as unknown as TypedDocumentString<SystemPromptRowFragment, unknown>;
export const AcdSettingsDocument = new TypedDocumentString(`
    query AcdSettings {
  acdSettings {
    ...AcdSettingsForm
  }
}
    fragment AcdSettingsForm on AcdSettings {
  afterCallWorkSeconds
  ringTimeoutSeconds
  maxMissedOffers
  heartbeatTimeoutSeconds
  announcePosition
  announceIntervalSeconds
  callbackEnabled
  callbackKey
  recordingEnabled
  outboundRecordingEnabled
  recordingRetentionDays
  isRecordingStereo
  appealWindowDays
  outboundSurveyEnabled
  surveyScale
  surveyLabels {
    zh
    en
  }
  requireSummaryBeforeReady
  outboundCallerId
  homeRegion
  allowInternational
  allowPremiumRate
  maxConcurrentOutbound
  maxOutboundPerSecond
  updatedAt
}`) as unknown as TypedDocumentString<AcdSettingsQuery, AcdSettingsQueryVariables>;
export const UpdateAcdSettingsDocument = new TypedDocumentString(`
    mutation UpdateAcdSettings($input: UpdateAcdSettingsInput!) {
  updateAcdSettings(input: $input) {
    ...AcdSettingsForm
  }
}
    fragment AcdSettingsForm on AcdSettings {
  afterCallWorkSeconds
  ringTimeoutSeconds
  maxMissedOffers
  heartbeatTimeoutSeconds
  announcePosition
  announceIntervalSeconds
  callbackEnabled
  callbackKey
  recordingEnabled
  outboundRecordingEnabled
  recordingRetentionDays
  isRecordingStereo
  appealWindowDays
  outboundSurveyEnabled
  surveyScale
  surveyLabels {
    zh
    en
  }
  requireSummaryBeforeReady
  outboundCallerId
  homeRegion
  allowInternational
  allowPremiumRate
  maxConcurrentOutbound
  maxOutboundPerSecond
  updatedAt
}`) as unknown as TypedDocumentString<UpdateAcdSettingsMutation, UpdateAcdSettingsMutationVariables>;
export const NotReadyReasonsDocument = new TypedDocumentString(`
    query NotReadyReasons {
  notReadyReasons {
    ...NotReadyReasonRow
  }
}
    fragment NotReadyReasonRow on NotReadyReason {
  id
  name
  kind
  code
  sortOrder
}`) as unknown as TypedDocumentString<NotReadyReasonsQuery, NotReadyReasonsQueryVariables>;
export const CreateNotReadyReasonDocument = new TypedDocumentString(`
    mutation CreateNotReadyReason($input: CreateNotReadyReasonInput!) {
  createNotReadyReason(input: $input) {
    ...NotReadyReasonRow
  }
}
    fragment NotReadyReasonRow on NotReadyReason {
  id
  name
  kind
  code
  sortOrder
}`) as unknown as TypedDocumentString<CreateNotReadyReasonMutation, CreateNotReadyReasonMutationVariables>;
export const UpdateNotReadyReasonDocument = new TypedDocumentString(`
    mutation UpdateNotReadyReason($id: ID!, $input: UpdateNotReadyReasonInput!) {
  updateNotReadyReason(id: $id, input: $input) {
    ...NotReadyReasonRow
  }
}
    fragment NotReadyReasonRow on NotReadyReason {
  id
  name
  kind
  code
  sortOrder
}`) as unknown as TypedDocumentString<UpdateNotReadyReasonMutation, UpdateNotReadyReasonMutationVariables>;
export const DeleteNotReadyReasonDocument = new TypedDocumentString(`
    mutation DeleteNotReadyReason($id: ID!) {
  deleteNotReadyReason(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteNotReadyReasonMutation, DeleteNotReadyReasonMutationVariables>;
export const PhoneNumbersDocument = new TypedDocumentString(`
    query PhoneNumbers($page: PageInput) {
  phoneNumbers(page: $page) {
    totalCount
    items {
      ...PhoneNumberRow
    }
  }
}
    fragment PhoneNumberRow on PhoneNumber {
  id
  number
  description
  skillGroupId
  skillGroup {
    id
    name
  }
  scheduleId
  createdAt
}`) as unknown as TypedDocumentString<PhoneNumbersQuery, PhoneNumbersQueryVariables>;
export const PhoneNumberListDocument = new TypedDocumentString(`
    query PhoneNumberList($page: PageInput) {
  phoneNumbers(page: $page) {
    totalCount
    items {
      ...PhoneNumberRoute
    }
  }
}
    fragment PhoneNumberRow on PhoneNumber {
  id
  number
  description
  skillGroupId
  skillGroup {
    id
    name
  }
  scheduleId
  createdAt
}
fragment PhoneNumberRoute on PhoneNumber {
  ...PhoneNumberRow
  schedule {
    name
    flow {
      name
    }
    holidayToday {
      name
      flow {
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<PhoneNumberListQuery, PhoneNumberListQueryVariables>;
export const AddPhoneNumberDocument = new TypedDocumentString(`
    mutation AddPhoneNumber($input: AddPhoneNumberInput!) {
  addPhoneNumber(input: $input) {
    ...PhoneNumberRow
  }
}
    fragment PhoneNumberRow on PhoneNumber {
  id
  number
  description
  skillGroupId
  skillGroup {
    id
    name
  }
  scheduleId
  createdAt
}`) as unknown as TypedDocumentString<AddPhoneNumberMutation, AddPhoneNumberMutationVariables>;
export const UpdatePhoneNumberDocument = new TypedDocumentString(`
    mutation UpdatePhoneNumber($id: ID!, $input: UpdatePhoneNumberInput!) {
  updatePhoneNumber(id: $id, input: $input) {
    ...PhoneNumberRow
  }
}
    fragment PhoneNumberRow on PhoneNumber {
  id
  number
  description
  skillGroupId
  skillGroup {
    id
    name
  }
  scheduleId
  createdAt
}`) as unknown as TypedDocumentString<UpdatePhoneNumberMutation, UpdatePhoneNumberMutationVariables>;
export const RemovePhoneNumberDocument = new TypedDocumentString(`
    mutation RemovePhoneNumber($id: ID!) {
  removePhoneNumber(id: $id)
}
    `) as unknown as TypedDocumentString<RemovePhoneNumberMutation, RemovePhoneNumberMutationVariables>;
export const SkillGroupOptionsDocument = new TypedDocumentString(`
    query SkillGroupOptions {
  skillGroups(page: {offset: 0, limit: 100}) {
    items {
      id
      name
      organization
    }
  }
}
    `) as unknown as TypedDocumentString<SkillGroupOptionsQuery, SkillGroupOptionsQueryVariables>;
export const UpdateSkillGroupRoutingDocument = new TypedDocumentString(`
    mutation UpdateSkillGroupRouting($id: ID!, $input: UpdateSkillGroupRoutingInput!) {
  updateSkillGroupRouting(id: $id, input: $input) {
    ...SkillGroupRow
  }
}
    fragment SkillGroupRouting on SkillGroup {
  strategy
  maxWaitSeconds
  maxQueueLength
  overflowAction
  overflowSkillGroupId
  isPostCallSurveyEnabled
  isRecordingEnabled
}
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
}`) as unknown as TypedDocumentString<UpdateSkillGroupRoutingMutation, UpdateSkillGroupRoutingMutationVariables>;
export const AgentsDocument = new TypedDocumentString(`
    query Agents($filter: AgentFilter, $page: PageInput) {
  agents(filter: $filter, page: $page) {
    totalCount
    items {
      ...AgentRow
    }
  }
}
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
}`) as unknown as TypedDocumentString<AgentsQuery, AgentsQueryVariables>;
export const CreateAgentDocument = new TypedDocumentString(`
    mutation CreateAgent($input: CreateAgentInput!) {
  createAgent(input: $input) {
    emailDelivery
    outboxFolder
    agent {
      ...AgentRow
    }
  }
}
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
}`) as unknown as TypedDocumentString<CreateAgentMutation, CreateAgentMutationVariables>;
export const UpdateAgentDocument = new TypedDocumentString(`
    mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) {
  updateAgent(id: $id, input: $input) {
    ...AgentRow
  }
}
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
}`) as unknown as TypedDocumentString<UpdateAgentMutation, UpdateAgentMutationVariables>;
export const UpdateAgentPhoneDocument = new TypedDocumentString(`
    mutation UpdateAgentPhone($id: ID!, $input: AgentPhoneInput!) {
  updateAgentPhone(id: $id, input: $input) {
    ...AgentRow
  }
}
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
}`) as unknown as TypedDocumentString<UpdateAgentPhoneMutation, UpdateAgentPhoneMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    emailDelivery
    outboxFolder
  }
}
    `) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const ResetAgentPasswordDocument = new TypedDocumentString(`
    mutation ResetAgentPassword($id: ID!) {
  resetAgentPassword(id: $id) {
    emailDelivery
    outboxFolder
  }
}
    `) as unknown as TypedDocumentString<ResetAgentPasswordMutation, ResetAgentPasswordMutationVariables>;
export const DisableAgentDocument = new TypedDocumentString(`
    mutation DisableAgent($id: ID!) {
  disableAgent(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DisableAgentMutation, DisableAgentMutationVariables>;
export const EnableAgentDocument = new TypedDocumentString(`
    mutation EnableAgent($id: ID!) {
  enableAgent(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnableAgentMutation, EnableAgentMutationVariables>;
export const UnlockAgentDocument = new TypedDocumentString(`
    mutation UnlockAgent($id: ID!) {
  unlockAgent(id: $id) {
    id
    signInLockedUntil
  }
}
    `) as unknown as TypedDocumentString<UnlockAgentMutation, UnlockAgentMutationVariables>;
export const DeleteAgentDocument = new TypedDocumentString(`
    mutation DeleteAgent($id: ID!) {
  deleteAgent(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteAgentMutation, DeleteAgentMutationVariables>;
export const AgentSipCredentialsDocument = new TypedDocumentString(`
    query AgentSipCredentials($id: ID!) {
  agentSipCredentials(id: $id) {
    user
    password
    domain
  }
}
    `) as unknown as TypedDocumentString<AgentSipCredentialsQuery, AgentSipCredentialsQueryVariables>;
export const ImportAgentsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ImportAgentsMutation, ImportAgentsMutationVariables>;
export const CallRecordSearchDocument = new TypedDocumentString(`
    query CallRecordSearch($filter: CallRecordSearchFilter, $after: String, $limit: Int) {
  callRecordSearch(filter: $filter, after: $after, limit: $limit) {
    nextCursor
    items {
      ...CallRecordRow
    }
  }
}
    fragment CallRecordRow on CallRecordRowView {
  id
  startedAt
  endedAt
  direction
  customerNumber
  dialledNumber
  agentId
  agentName
  skillGroupName
  outcome
  waitSeconds
  talkSeconds
  hangupSide
  hangupCause
  satisfactionScore
  satisfactionScale
  satisfactionLabel {
    zh
    en
  }
  hasRecording
  customerId
  customerName
}`) as unknown as TypedDocumentString<CallRecordSearchQuery, CallRecordSearchQueryVariables>;
export const CallRecordCountDocument = new TypedDocumentString(`
    query CallRecordCount($filter: CallRecordSearchFilter) {
  callRecordCount(filter: $filter) {
    count
    isCapped
  }
}
    `) as unknown as TypedDocumentString<CallRecordCountQuery, CallRecordCountQueryVariables>;
export const CallRecordDetailsDocument = new TypedDocumentString(`
    query CallRecordDetails($id: ID!) {
  callRecordDetails(id: $id) {
    id
    recordingUrl
    row {
      ...CallRecordRow
    }
    call {
      id
      answeredAt
      recordingRemovedAt
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
      serviceSummaries {
        id
        categoryId
        notes
        createdAt
      }
    }
  }
}
    fragment CallRecordRow on CallRecordRowView {
  id
  startedAt
  endedAt
  direction
  customerNumber
  dialledNumber
  agentId
  agentName
  skillGroupName
  outcome
  waitSeconds
  talkSeconds
  hangupSide
  hangupCause
  satisfactionScore
  satisfactionScale
  satisfactionLabel {
    zh
    en
  }
  hasRecording
  customerId
  customerName
}`) as unknown as TypedDocumentString<CallRecordDetailsQuery, CallRecordDetailsQueryVariables>;
export const CustomFieldListDocument = new TypedDocumentString(`
    query CustomFieldList($entity: CustomFieldEntity!) {
  customFieldDefinitions(entity: $entity) {
    ...CustomFieldRow
  }
}
    fragment CustomFieldRow on CustomFieldDefinition {
  id
  entity
  key
  labelZh
  labelEn
  type
  isRequired
  options {
    value
    labelZh
    labelEn
  }
  position
  isHidden
}`) as unknown as TypedDocumentString<CustomFieldListQuery, CustomFieldListQueryVariables>;
export const CreateCustomFieldDocument = new TypedDocumentString(`
    mutation CreateCustomField($input: CreateCustomFieldDefinitionInput!) {
  createCustomFieldDefinition(input: $input) {
    ...CustomFieldRow
  }
}
    fragment CustomFieldRow on CustomFieldDefinition {
  id
  entity
  key
  labelZh
  labelEn
  type
  isRequired
  options {
    value
    labelZh
    labelEn
  }
  position
  isHidden
}`) as unknown as TypedDocumentString<CreateCustomFieldMutation, CreateCustomFieldMutationVariables>;
export const UpdateCustomFieldDocument = new TypedDocumentString(`
    mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldDefinitionInput!) {
  updateCustomFieldDefinition(id: $id, input: $input) {
    ...CustomFieldRow
  }
}
    fragment CustomFieldRow on CustomFieldDefinition {
  id
  entity
  key
  labelZh
  labelEn
  type
  isRequired
  options {
    value
    labelZh
    labelEn
  }
  position
  isHidden
}`) as unknown as TypedDocumentString<UpdateCustomFieldMutation, UpdateCustomFieldMutationVariables>;
export const DeleteCustomFieldDocument = new TypedDocumentString(`
    mutation DeleteCustomField($id: ID!) {
  deleteCustomFieldDefinition(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCustomFieldMutation, DeleteCustomFieldMutationVariables>;
export const CustomerListDocument = new TypedDocumentString(`
    query CustomerList($filter: CustomerFilter, $page: PageInput) {
  customers(filter: $filter, page: $page) {
    totalCount
    items {
      ...CustomerRow
    }
  }
}
    fragment CustomerRow on Customer {
  id
  name
  organization
  phoneNumbers
  customFields
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CustomerListQuery, CustomerListQueryVariables>;
export const CreateCustomerDocument = new TypedDocumentString(`
    mutation CreateCustomer($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    ...CustomerRow
  }
}
    fragment CustomerRow on Customer {
  id
  name
  organization
  phoneNumbers
  customFields
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = new TypedDocumentString(`
    mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, input: $input) {
    ...CustomerRow
  }
}
    fragment CustomerRow on Customer {
  id
  name
  organization
  phoneNumbers
  customFields
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const DeleteCustomerDocument = new TypedDocumentString(`
    mutation DeleteCustomer($id: ID!) {
  deleteCustomer(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCustomerMutation, DeleteCustomerMutationVariables>;
export const ScreenPopSettingsDocument = new TypedDocumentString(`
    query ScreenPopSettings {
  screenPopSettings {
    urlTemplate
    allowedOrigins
    variables
  }
}
    `) as unknown as TypedDocumentString<ScreenPopSettingsQuery, ScreenPopSettingsQueryVariables>;
export const UpdateScreenPopSettingsDocument = new TypedDocumentString(`
    mutation UpdateScreenPopSettings($input: ScreenPopSettingsInput!) {
  updateScreenPopSettings(input: $input) {
    urlTemplate
    allowedOrigins
    variables
  }
}
    `) as unknown as TypedDocumentString<UpdateScreenPopSettingsMutation, UpdateScreenPopSettingsMutationVariables>;
export const MergeCustomersDocument = new TypedDocumentString(`
    mutation MergeCustomers($survivorId: ID!, $mergedId: ID!) {
  mergeCustomers(survivorId: $survivorId, mergedId: $mergedId) {
    ...CustomerRow
  }
}
    fragment CustomerRow on Customer {
  id
  name
  organization
  phoneNumbers
  customFields
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<MergeCustomersMutation, MergeCustomersMutationVariables>;
export const DashboardLiveDocument = new TypedDocumentString(`
    query DashboardLive {
  agentStates {
    ...LiveAgentState
  }
  queueStates {
    ...LiveQueueState
  }
}
    fragment LiveAgentState on AgentState {
  userId
  status
  reasonId
  since
  cause
}
fragment LiveQueueState on QueueState {
  skillGroupId
  name
  waiting
  offering
  callbacks
  longestWaitSeconds
  idleAgents
}`) as unknown as TypedDocumentString<DashboardLiveQuery, DashboardLiveQueryVariables>;
export const TodayCallsDocument = new TypedDocumentString(`
    query TodayCalls($from: DateTimeISO!) {
  callCounts(from: $from) {
    ...CallCountsRow
  }
  kpis(scope: {kind: TENANT}, window: {kind: TODAY}) {
    answered
    abandoned
    abandonRate
    callbacksRequested
  }
}
    fragment CallCountsRow on CallCounts {
  inbound
  answered
  abandoned
  unansweredLive
  outbound
  outboundAnswered
}`) as unknown as TypedDocumentString<TodayCallsQuery, TodayCallsQueryVariables>;
export const SetupProgressDocument = new TypedDocumentString(`
    query SetupProgress {
  skillGroups(page: {offset: 0, limit: 100}) {
    totalCount
    items {
      id
      members {
        userId
      }
    }
  }
  phoneNumbers(page: {offset: 0, limit: 100}) {
    totalCount
    items {
      id
      skillGroupId
      scheduleId
    }
  }
}
    `) as unknown as TypedDocumentString<SetupProgressQuery, SetupProgressQueryVariables>;
export const GroupsDocument = new TypedDocumentString(`
    query Groups($filter: GroupFilter, $page: PageInput) {
  groups(filter: $filter, page: $page) {
    totalCount
    items {
      ...GroupRow
    }
  }
}
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
}`) as unknown as TypedDocumentString<GroupsQuery, GroupsQueryVariables>;
export const CreateGroupDocument = new TypedDocumentString(`
    mutation CreateGroup($input: CreateGroupInput!) {
  createGroup(input: $input) {
    ...GroupRow
  }
}
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
}`) as unknown as TypedDocumentString<CreateGroupMutation, CreateGroupMutationVariables>;
export const UpdateGroupDocument = new TypedDocumentString(`
    mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {
  updateGroup(id: $id, input: $input) {
    ...GroupRow
  }
}
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
}`) as unknown as TypedDocumentString<UpdateGroupMutation, UpdateGroupMutationVariables>;
export const AddGroupMembersDocument = new TypedDocumentString(`
    mutation AddGroupMembers($id: ID!, $userIds: [ID!]!) {
  addGroupMembers(id: $id, userIds: $userIds) {
    ...GroupRow
  }
}
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
}`) as unknown as TypedDocumentString<AddGroupMembersMutation, AddGroupMembersMutationVariables>;
export const RemoveGroupMembersDocument = new TypedDocumentString(`
    mutation RemoveGroupMembers($id: ID!, $userIds: [ID!]!) {
  removeGroupMembers(id: $id, userIds: $userIds) {
    ...GroupRow
  }
}
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
}`) as unknown as TypedDocumentString<RemoveGroupMembersMutation, RemoveGroupMembersMutationVariables>;
export const DeleteGroupDocument = new TypedDocumentString(`
    mutation DeleteGroup($id: ID!) {
  deleteGroup(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteGroupMutation, DeleteGroupMutationVariables>;
export const SkillGroupsDocument = new TypedDocumentString(`
    query SkillGroups($filter: GroupFilter, $page: PageInput) {
  skillGroups(filter: $filter, page: $page) {
    totalCount
    items {
      ...SkillGroupRow
    }
  }
}
    fragment SkillGroupRouting on SkillGroup {
  strategy
  maxWaitSeconds
  maxQueueLength
  overflowAction
  overflowSkillGroupId
  isPostCallSurveyEnabled
  isRecordingEnabled
}
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
}`) as unknown as TypedDocumentString<SkillGroupsQuery, SkillGroupsQueryVariables>;
export const CreateSkillGroupDocument = new TypedDocumentString(`
    mutation CreateSkillGroup($input: CreateSkillGroupInput!) {
  createSkillGroup(input: $input) {
    ...SkillGroupRow
  }
}
    fragment SkillGroupRouting on SkillGroup {
  strategy
  maxWaitSeconds
  maxQueueLength
  overflowAction
  overflowSkillGroupId
  isPostCallSurveyEnabled
  isRecordingEnabled
}
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
}`) as unknown as TypedDocumentString<CreateSkillGroupMutation, CreateSkillGroupMutationVariables>;
export const UpdateSkillGroupDocument = new TypedDocumentString(`
    mutation UpdateSkillGroup($id: ID!, $input: UpdateSkillGroupInput!) {
  updateSkillGroup(id: $id, input: $input) {
    ...SkillGroupRow
  }
}
    fragment SkillGroupRouting on SkillGroup {
  strategy
  maxWaitSeconds
  maxQueueLength
  overflowAction
  overflowSkillGroupId
  isPostCallSurveyEnabled
  isRecordingEnabled
}
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
}`) as unknown as TypedDocumentString<UpdateSkillGroupMutation, UpdateSkillGroupMutationVariables>;
export const DeleteSkillGroupDocument = new TypedDocumentString(`
    mutation DeleteSkillGroup($id: ID!) {
  deleteSkillGroup(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSkillGroupMutation, DeleteSkillGroupMutationVariables>;
export const SetSkillGroupMemberDocument = new TypedDocumentString(`
    mutation SetSkillGroupMember($id: ID!, $userId: ID!, $priority: Int!) {
  setSkillGroupMember(id: $id, userId: $userId, priority: $priority) {
    ...SkillGroupRow
  }
}
    fragment SkillGroupRouting on SkillGroup {
  strategy
  maxWaitSeconds
  maxQueueLength
  overflowAction
  overflowSkillGroupId
  isPostCallSurveyEnabled
  isRecordingEnabled
}
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
}`) as unknown as TypedDocumentString<SetSkillGroupMemberMutation, SetSkillGroupMemberMutationVariables>;
export const RemoveSkillGroupMemberDocument = new TypedDocumentString(`
    mutation RemoveSkillGroupMember($id: ID!, $userId: ID!) {
  removeSkillGroupMember(id: $id, userId: $userId) {
    ...SkillGroupRow
  }
}
    fragment SkillGroupRouting on SkillGroup {
  strategy
  maxWaitSeconds
  maxQueueLength
  overflowAction
  overflowSkillGroupId
  isPostCallSurveyEnabled
  isRecordingEnabled
}
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
}`) as unknown as TypedDocumentString<RemoveSkillGroupMemberMutation, RemoveSkillGroupMemberMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys($page: PageInput) {
  apiKeys(page: $page) {
    totalCount
    items {
      ...ApiKeyRow
    }
  }
}
    fragment ApiKeyRow on ApiKey {
  id
  name
  role
  organization
  keyPrefix
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey {
      ...ApiKeyRow
    }
  }
}
    fragment ApiKeyRow on ApiKey {
  id
  name
  role
  organization
  keyPrefix
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    ...ApiKeyRow
  }
}
    fragment ApiKeyRow on ApiKey {
  id
  name
  role
  organization
  keyPrefix
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints {
  webhookEndpoints {
    ...WebhookEndpointRow
  }
}
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
}`) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint {
      ...WebhookEndpointRow
    }
  }
}
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
}`) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(id: $id, input: $input) {
    ...WebhookEndpointRow
  }
}
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
}`) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($id: ID!) {
  rotateWebhookSecret(id: $id) {
    secret
  }
}
    `) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const PingWebhookEndpointDocument = new TypedDocumentString(`
    mutation PingWebhookEndpoint($id: ID!) {
  pingWebhookEndpoint(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PingWebhookEndpointMutation, PingWebhookEndpointMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($filter: WebhookDeliveryFilterInput!, $page: PageInput) {
  webhookDeliveries(filter: $filter, page: $page) {
    totalCount
    items {
      ...WebhookDeliveryRow
    }
  }
}
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
}`) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const ReplayWebhookDeliveryDocument = new TypedDocumentString(`
    mutation ReplayWebhookDelivery($id: ID!) {
  replayWebhookDelivery(id: $id) {
    ...WebhookDeliveryRow
  }
}
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
}`) as unknown as TypedDocumentString<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const IvrFlowsDocument = new TypedDocumentString(`
    query IvrFlows($page: PageInput) {
  ivrFlows(page: $page) {
    totalCount
    items {
      ...IvrFlowRow
    }
  }
}
    fragment IvrFlowRow on IvrFlow {
  id
  name
  description
  updatedAt
  usedBy {
    kind
    id
    name
  }
  liveVersion {
    id
    version
    publishedAt
  }
  draft {
    id
    version
    savedAt
  }
}`) as unknown as TypedDocumentString<IvrFlowsQuery, IvrFlowsQueryVariables>;
export const IvrFlowOptionsDocument = new TypedDocumentString(`
    query IvrFlowOptions {
  ivrFlows(page: {offset: 0, limit: 100}) {
    items {
      id
      name
      liveVersion {
        id
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IvrFlowOptionsQuery, IvrFlowOptionsQueryVariables>;
export const IvrFlowEditorDocument = new TypedDocumentString(`
    query IvrFlowEditor($id: ID!) {
  ivrFlow(id: $id) {
    ...IvrFlowRow
    liveVersion {
      ...IvrFlowVersionDetail
    }
    draft {
      ...IvrFlowVersionDetail
    }
  }
}
    fragment IvrFlowRow on IvrFlow {
  id
  name
  description
  updatedAt
  usedBy {
    kind
    id
    name
  }
  liveVersion {
    id
    version
    publishedAt
  }
  draft {
    id
    version
    savedAt
  }
}
fragment IvrFlowVersionRow on IvrFlowVersion {
  id
  version
  status
  savedAt
  savedBy
  publishedAt
  publishedBy
}
fragment IvrFlowVersionDetail on IvrFlowVersion {
  ...IvrFlowVersionRow
  definition {
    rootMenuId
    menus {
      id
      name
      promptId
      digitTimeoutSeconds
      maxRetries
      wrongKeyPromptId
      keys {
        key
        action
        subMenuId
        skillGroupId
        agentId
        number
        promptId
      }
    }
  }
}`) as unknown as TypedDocumentString<IvrFlowEditorQuery, IvrFlowEditorQueryVariables>;
export const IvrFlowVersionsDocument = new TypedDocumentString(`
    query IvrFlowVersions($id: ID!, $page: PageInput) {
  ivrFlow(id: $id) {
    id
    versions(page: $page) {
      totalCount
      items {
        ...IvrFlowVersionRow
      }
    }
  }
}
    fragment IvrFlowVersionRow on IvrFlowVersion {
  id
  version
  status
  savedAt
  savedBy
  publishedAt
  publishedBy
}`) as unknown as TypedDocumentString<IvrFlowVersionsQuery, IvrFlowVersionsQueryVariables>;
export const IvrFlowVersionDocument = new TypedDocumentString(`
    query IvrFlowVersion($id: ID!) {
  ivrFlowVersion(id: $id) {
    ...IvrFlowVersionDetail
  }
}
    fragment IvrFlowVersionRow on IvrFlowVersion {
  id
  version
  status
  savedAt
  savedBy
  publishedAt
  publishedBy
}
fragment IvrFlowVersionDetail on IvrFlowVersion {
  ...IvrFlowVersionRow
  definition {
    rootMenuId
    menus {
      id
      name
      promptId
      digitTimeoutSeconds
      maxRetries
      wrongKeyPromptId
      keys {
        key
        action
        subMenuId
        skillGroupId
        agentId
        number
        promptId
      }
    }
  }
}`) as unknown as TypedDocumentString<IvrFlowVersionQuery, IvrFlowVersionQueryVariables>;
export const CreateIvrFlowDocument = new TypedDocumentString(`
    mutation CreateIvrFlow($input: CreateIvrFlowInput!) {
  createIvrFlow(input: $input) {
    ...IvrFlowRow
  }
}
    fragment IvrFlowRow on IvrFlow {
  id
  name
  description
  updatedAt
  usedBy {
    kind
    id
    name
  }
  liveVersion {
    id
    version
    publishedAt
  }
  draft {
    id
    version
    savedAt
  }
}`) as unknown as TypedDocumentString<CreateIvrFlowMutation, CreateIvrFlowMutationVariables>;
export const UpdateIvrFlowDocument = new TypedDocumentString(`
    mutation UpdateIvrFlow($id: ID!, $input: UpdateIvrFlowInput!) {
  updateIvrFlow(id: $id, input: $input) {
    ...IvrFlowRow
  }
}
    fragment IvrFlowRow on IvrFlow {
  id
  name
  description
  updatedAt
  usedBy {
    kind
    id
    name
  }
  liveVersion {
    id
    version
    publishedAt
  }
  draft {
    id
    version
    savedAt
  }
}`) as unknown as TypedDocumentString<UpdateIvrFlowMutation, UpdateIvrFlowMutationVariables>;
export const DeleteIvrFlowDocument = new TypedDocumentString(`
    mutation DeleteIvrFlow($id: ID!) {
  deleteIvrFlow(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteIvrFlowMutation, DeleteIvrFlowMutationVariables>;
export const SaveIvrFlowDraftDocument = new TypedDocumentString(`
    mutation SaveIvrFlowDraft($id: ID!, $definition: IvrFlowDefinitionInput!) {
  saveIvrFlowDraft(id: $id, definition: $definition) {
    ...IvrFlowVersionDetail
  }
}
    fragment IvrFlowVersionRow on IvrFlowVersion {
  id
  version
  status
  savedAt
  savedBy
  publishedAt
  publishedBy
}
fragment IvrFlowVersionDetail on IvrFlowVersion {
  ...IvrFlowVersionRow
  definition {
    rootMenuId
    menus {
      id
      name
      promptId
      digitTimeoutSeconds
      maxRetries
      wrongKeyPromptId
      keys {
        key
        action
        subMenuId
        skillGroupId
        agentId
        number
        promptId
      }
    }
  }
}`) as unknown as TypedDocumentString<SaveIvrFlowDraftMutation, SaveIvrFlowDraftMutationVariables>;
export const PublishIvrFlowDocument = new TypedDocumentString(`
    mutation PublishIvrFlow($id: ID!) {
  publishIvrFlow(id: $id) {
    ...IvrFlowVersionRow
  }
}
    fragment IvrFlowVersionRow on IvrFlowVersion {
  id
  version
  status
  savedAt
  savedBy
  publishedAt
  publishedBy
}`) as unknown as TypedDocumentString<PublishIvrFlowMutation, PublishIvrFlowMutationVariables>;
export const RestoreIvrFlowVersionDocument = new TypedDocumentString(`
    mutation RestoreIvrFlowVersion($versionId: ID!) {
  restoreIvrFlowVersion(versionId: $versionId) {
    ...IvrFlowVersionDetail
  }
}
    fragment IvrFlowVersionRow on IvrFlowVersion {
  id
  version
  status
  savedAt
  savedBy
  publishedAt
  publishedBy
}
fragment IvrFlowVersionDetail on IvrFlowVersion {
  ...IvrFlowVersionRow
  definition {
    rootMenuId
    menus {
      id
      name
      promptId
      digitTimeoutSeconds
      maxRetries
      wrongKeyPromptId
      keys {
        key
        action
        subMenuId
        skillGroupId
        agentId
        number
        promptId
      }
    }
  }
}`) as unknown as TypedDocumentString<RestoreIvrFlowVersionMutation, RestoreIvrFlowVersionMutationVariables>;
export const DiscardIvrFlowDraftDocument = new TypedDocumentString(`
    mutation DiscardIvrFlowDraft($id: ID!) {
  discardIvrFlowDraft(id: $id)
}
    `) as unknown as TypedDocumentString<DiscardIvrFlowDraftMutation, DiscardIvrFlowDraftMutationVariables>;
export const IvrPromptOptionsDocument = new TypedDocumentString(`
    query IvrPromptOptions {
  voicePrompts(filter: {isUsable: true}, page: {offset: 0, limit: 100}) {
    items {
      id
      name
      approvedAudioUrl
      approvedDurationMs
    }
  }
}
    `) as unknown as TypedDocumentString<IvrPromptOptionsQuery, IvrPromptOptionsQueryVariables>;
export const IvrPeopleDocument = new TypedDocumentString(`
    query IvrPeople {
  agents(page: {offset: 0, limit: 100}) {
    items {
      id
      name
      agentNumber
      status
    }
  }
}
    `) as unknown as TypedDocumentString<IvrPeopleQuery, IvrPeopleQueryVariables>;
export const IvrSchedulesDocument = new TypedDocumentString(`
    query IvrSchedules($page: PageInput) {
  ivrSchedules(page: $page) {
    totalCount
    items {
      ...IvrScheduleRow
    }
  }
}
    fragment IvrScheduleRow on IvrSchedule {
  id
  name
  flowId
  flow {
    id
    name
    liveVersion {
      id
      version
    }
  }
  days {
    weekday
    ranges {
      start
      end
    }
  }
  phoneNumbers {
    id
    number
  }
  updatedAt
}`) as unknown as TypedDocumentString<IvrSchedulesQuery, IvrSchedulesQueryVariables>;
export const IvrScheduleOptionsDocument = new TypedDocumentString(`
    query IvrScheduleOptions {
  ivrSchedules(page: {offset: 0, limit: 100}) {
    items {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<IvrScheduleOptionsQuery, IvrScheduleOptionsQueryVariables>;
export const CreateIvrScheduleDocument = new TypedDocumentString(`
    mutation CreateIvrSchedule($input: IvrScheduleInput!) {
  createIvrSchedule(input: $input) {
    ...IvrScheduleRow
  }
}
    fragment IvrScheduleRow on IvrSchedule {
  id
  name
  flowId
  flow {
    id
    name
    liveVersion {
      id
      version
    }
  }
  days {
    weekday
    ranges {
      start
      end
    }
  }
  phoneNumbers {
    id
    number
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateIvrScheduleMutation, CreateIvrScheduleMutationVariables>;
export const UpdateIvrScheduleDocument = new TypedDocumentString(`
    mutation UpdateIvrSchedule($id: ID!, $input: UpdateIvrScheduleInput!) {
  updateIvrSchedule(id: $id, input: $input) {
    ...IvrScheduleRow
  }
}
    fragment IvrScheduleRow on IvrSchedule {
  id
  name
  flowId
  flow {
    id
    name
    liveVersion {
      id
      version
    }
  }
  days {
    weekday
    ranges {
      start
      end
    }
  }
  phoneNumbers {
    id
    number
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateIvrScheduleMutation, UpdateIvrScheduleMutationVariables>;
export const DeleteIvrScheduleDocument = new TypedDocumentString(`
    mutation DeleteIvrSchedule($id: ID!) {
  deleteIvrSchedule(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteIvrScheduleMutation, DeleteIvrScheduleMutationVariables>;
export const IvrHolidaysDocument = new TypedDocumentString(`
    query IvrHolidays($filter: IvrHolidayFilter, $page: PageInput) {
  ivrHolidays(filter: $filter, page: $page) {
    totalCount
    items {
      ...IvrHolidayRow
    }
  }
}
    fragment IvrHolidayRow on IvrHoliday {
  id
  name
  startDate
  endDate
  scheduleId
  action
  flowId
  closedPromptId
}`) as unknown as TypedDocumentString<IvrHolidaysQuery, IvrHolidaysQueryVariables>;
export const CreateIvrHolidayDocument = new TypedDocumentString(`
    mutation CreateIvrHoliday($input: IvrHolidayInput!) {
  createIvrHoliday(input: $input) {
    ...IvrHolidayRow
  }
}
    fragment IvrHolidayRow on IvrHoliday {
  id
  name
  startDate
  endDate
  scheduleId
  action
  flowId
  closedPromptId
}`) as unknown as TypedDocumentString<CreateIvrHolidayMutation, CreateIvrHolidayMutationVariables>;
export const UpdateIvrHolidayDocument = new TypedDocumentString(`
    mutation UpdateIvrHoliday($id: ID!, $input: UpdateIvrHolidayInput!) {
  updateIvrHoliday(id: $id, input: $input) {
    ...IvrHolidayRow
  }
}
    fragment IvrHolidayRow on IvrHoliday {
  id
  name
  startDate
  endDate
  scheduleId
  action
  flowId
  closedPromptId
}`) as unknown as TypedDocumentString<UpdateIvrHolidayMutation, UpdateIvrHolidayMutationVariables>;
export const DeleteIvrHolidayDocument = new TypedDocumentString(`
    mutation DeleteIvrHoliday($id: ID!) {
  deleteIvrHoliday(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteIvrHolidayMutation, DeleteIvrHolidayMutationVariables>;
export const CallRoutingPreviewDocument = new TypedDocumentString(`
    query CallRoutingPreview($number: String!, $at: DateTimeISO) {
  callRoutingPreview(number: $number, at: $at) {
    ...CallRoutingAnswer
  }
}
    fragment CallRoutingAnswer on CallRoutingPreview {
  at
  timeZone
  localTime
  rule
  reason
  number {
    id
    number
  }
  schedule {
    id
    name
  }
  holiday {
    id
    name
    startDate
    endDate
  }
  serviceHours {
    weekday
    range {
      start
      end
    }
  }
  flow {
    id
    name
  }
  flowVersion {
    id
    version
    publishedAt
  }
  skillGroupId
  closedPromptId
}`) as unknown as TypedDocumentString<CallRoutingPreviewQuery, CallRoutingPreviewQueryVariables>;
export const TaskImportSetupDocument = new TypedDocumentString(`
    query TaskImportSetup($taskId: ID!) {
  outboundTask(id: $taskId) {
    id
    customFieldIds
    agentIds
    skillGroupIds
  }
  customFieldDefinitions(entity: OUTBOUND_TASK) {
    id
    labelZh
    labelEn
    isRequired
  }
  agents(filter: {organization: TELESALES}, page: {limit: 100}) {
    items {
      id
      name
    }
  }
  skillGroups(page: {limit: 100}) {
    items {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TaskImportSetupQuery, TaskImportSetupQueryVariables>;
export const ListImportDocument = new TypedDocumentString(`
    query ListImport($id: ID!) {
  listImport(id: $id) {
    ...ListImportProgress
  }
}
    fragment ListImportProgress on ListImport {
  id
  kind
  status
  fileName
  encoding
  columns
  rowsRead
  rowsImported
  rowsRejected
  failureCode
}`) as unknown as TypedDocumentString<ListImportQuery, ListImportQueryVariables>;
export const StartTaskItemImportDocument = new TypedDocumentString(`
    mutation StartTaskItemImport($input: StartTaskItemImportInput!) {
  startTaskItemImport(input: $input) {
    ...ListImportProgress
  }
}
    fragment ListImportProgress on ListImport {
  id
  kind
  status
  fileName
  encoding
  columns
  rowsRead
  rowsImported
  rowsRejected
  failureCode
}`) as unknown as TypedDocumentString<StartTaskItemImportMutation, StartTaskItemImportMutationVariables>;
export const StartDoNotCallImportDocument = new TypedDocumentString(`
    mutation StartDoNotCallImport($input: StartDoNotCallImportInput!) {
  startDoNotCallImport(input: $input) {
    ...ListImportProgress
  }
}
    fragment ListImportProgress on ListImport {
  id
  kind
  status
  fileName
  encoding
  columns
  rowsRead
  rowsImported
  rowsRejected
  failureCode
}`) as unknown as TypedDocumentString<StartDoNotCallImportMutation, StartDoNotCallImportMutationVariables>;
export const CancelListImportDocument = new TypedDocumentString(`
    mutation CancelListImport($id: ID!) {
  cancelListImport(id: $id) {
    ...ListImportProgress
  }
}
    fragment ListImportProgress on ListImport {
  id
  kind
  status
  fileName
  encoding
  columns
  rowsRead
  rowsImported
  rowsRejected
  failureCode
}`) as unknown as TypedDocumentString<CancelListImportMutation, CancelListImportMutationVariables>;
export const ImportProgressDocument = new TypedDocumentString(`
    subscription ImportProgress($id: ID!) {
  importProgress(id: $id) {
    ...ListImportProgress
  }
}
    fragment ListImportProgress on ListImport {
  id
  kind
  status
  fileName
  encoding
  columns
  rowsRead
  rowsImported
  rowsRejected
  failureCode
}`) as unknown as TypedDocumentString<ImportProgressSubscription, ImportProgressSubscriptionVariables>;
export const LiveBoardDocument = new TypedDocumentString(`
    query LiveBoard {
  agentStates {
    ...LiveAgentState
  }
  queueStates {
    ...LiveQueueState
  }
  notReadyReasons {
    id
    name
  }
  liveCalls {
    ...LiveCallsSnapshot
  }
}
    fragment LiveAgentState on AgentState {
  userId
  status
  reasonId
  since
  cause
}
fragment LiveQueueState on QueueState {
  skillGroupId
  name
  waiting
  offering
  callbacks
  longestWaitSeconds
  idleAgents
}
fragment LiveCallsSnapshot on LiveCalls {
  readAt
  calls {
    callId
    direction
    callerNumber
    dialledNumber
    stage
    startedAt
    stageSince
    skillGroupId
    skillGroupName
    agentId
    agentName
    agentNumber
    organization
  }
}`) as unknown as TypedDocumentString<LiveBoardQuery, LiveBoardQueryVariables>;
export const LiveBoardAgentsDocument = new TypedDocumentString(`
    query LiveBoardAgents($page: PageInput) {
  agents(page: $page) {
    totalCount
    items {
      id
      name
      agentNumber
    }
  }
}
    `) as unknown as TypedDocumentString<LiveBoardAgentsQuery, LiveBoardAgentsQueryVariables>;
export const AgentStateChangedDocument = new TypedDocumentString(`
    subscription AgentStateChanged {
  agentStateChanged {
    ...LiveAgentState
  }
}
    fragment LiveAgentState on AgentState {
  userId
  status
  reasonId
  since
  cause
}`) as unknown as TypedDocumentString<AgentStateChangedSubscription, AgentStateChangedSubscriptionVariables>;
export const QueueStatesChangedDocument = new TypedDocumentString(`
    subscription QueueStatesChanged {
  queueStatesChanged {
    ...LiveQueueState
  }
}
    fragment LiveQueueState on QueueState {
  skillGroupId
  name
  waiting
  offering
  callbacks
  longestWaitSeconds
  idleAgents
}`) as unknown as TypedDocumentString<QueueStatesChangedSubscription, QueueStatesChangedSubscriptionVariables>;
export const LiveCallsChangedDocument = new TypedDocumentString(`
    subscription LiveCallsChanged {
  liveCallsChanged {
    ...LiveCallsSnapshot
  }
}
    fragment LiveCallsSnapshot on LiveCalls {
  readAt
  calls {
    callId
    direction
    callerNumber
    dialledNumber
    stage
    startedAt
    stageSince
    skillGroupId
    skillGroupName
    agentId
    agentName
    agentNumber
    organization
  }
}`) as unknown as TypedDocumentString<LiveCallsChangedSubscription, LiveCallsChangedSubscriptionVariables>;
export const ForceHangUpCallDocument = new TypedDocumentString(`
    mutation ForceHangUpCall($callId: ID!) {
  forceHangUpCall(callId: $callId) {
    callId
  }
}
    `) as unknown as TypedDocumentString<ForceHangUpCallMutation, ForceHangUpCallMutationVariables>;
export const MonitorCallDocument = new TypedDocumentString(`
    mutation MonitorCall($agentId: ID!, $mode: MonitorMode!, $idempotencyKey: String!) {
  monitorCall(agentId: $agentId, mode: $mode, idempotencyKey: $idempotencyKey) {
    callId
  }
}
    `) as unknown as TypedDocumentString<MonitorCallMutation, MonitorCallMutationVariables>;
export const ForceSignOutDocument = new TypedDocumentString(`
    mutation ForceSignOut($agentId: ID!) {
  forceSignOut(agentId: $agentId) {
    ...LiveAgentState
  }
}
    fragment LiveAgentState on AgentState {
  userId
  status
  reasonId
  since
  cause
}`) as unknown as TypedDocumentString<ForceSignOutMutation, ForceSignOutMutationVariables>;
export const AgentStatusHistoryDocument = new TypedDocumentString(`
    query AgentStatusHistory($agentId: ID!, $page: PageInput) {
  agentStatusHistory(agentId: $agentId, page: $page) {
    totalCount
    items {
      ...StatusHistoryRow
    }
  }
}
    fragment StatusHistoryRow on AgentStatusChange {
  status
  previousStatus
  reasonId
  cause
  detail
  at
}`) as unknown as TypedDocumentString<AgentStatusHistoryQuery, AgentStatusHistoryQueryVariables>;
export const KpiMonitorDocument = new TypedDocumentString(`
    query KpiMonitor($scope: KpiScopeInput!) {
  myTenant {
    timeZone
  }
  kpis(scope: $scope, window: {kind: TODAY}) {
    ...KpiCards
  }
  hourlyCalls(scope: $scope) {
    ...HourlyCallsRow
  }
  skillGroupMonitor {
    ...SkillGroupMonitorRow
  }
  agentMonitor {
    ...AgentMonitorRow
  }
}
    fragment KpiCards on Kpis {
  serviceLevel
  serviceLevelSeconds
  serviceLevelTarget
  asaSeconds
  abandonRate
  ahtSeconds
  occupancy
  agentAnswerRate
  longestWaitSeconds
  arrivals
  answered
  abandoned
}
fragment HourlyCallsRow on HourlyCalls {
  hour
  inbound
  answered
  abandoned
  callbacksRequested
  outbound
}
fragment SkillGroupMonitorRow on SkillGroupMonitor {
  skillGroupId
  name
  waiting
  offering
  callbacksWaiting
  longestWaitSeconds
  agentsByStatus {
    status
    count
  }
  today {
    serviceLevel
    serviceLevelTarget
  }
  staffing {
    agentsNeeded
  }
}
fragment AgentMonitorRow on AgentMonitor {
  agentId
  name
  status
  secondsInStatus
  callsToday
  talkSeconds
  answerRate
  notReady {
    reasonId
    reasonName
    seconds
  }
}`) as unknown as TypedDocumentString<KpiMonitorQuery, KpiMonitorQueryVariables>;
export const OutboundTasksDocument = new TypedDocumentString(`
    query OutboundTasks($page: PageInput) {
  outboundTasks(page: $page) {
    totalCount
    items {
      ...OutboundTaskRow
    }
  }
}
    fragment OutboundTaskRow on OutboundTask {
  id
  name
  description
  startsOn
  endsOn
  callerIdNumberId
  callerIdNumber
  customFieldIds
  script
  followUpResults {
    value
    labelZh
    labelEn
    isSuccess
  }
  agentIds
  skillGroupIds
  status
  dialing {
    mode
    callingWindows {
      start
      end
    }
    holidays
    retryAfterMinutes
    maxRetries
    dailyAttemptCap
  }
  createdAt
  itemCount
  dialledCount
  resultCount
}`) as unknown as TypedDocumentString<OutboundTasksQuery, OutboundTasksQueryVariables>;
export const OutboundTaskDocument = new TypedDocumentString(`
    query OutboundTask($id: ID!) {
  outboundTask(id: $id) {
    ...OutboundTaskRow
  }
}
    fragment OutboundTaskRow on OutboundTask {
  id
  name
  description
  startsOn
  endsOn
  callerIdNumberId
  callerIdNumber
  customFieldIds
  script
  followUpResults {
    value
    labelZh
    labelEn
    isSuccess
  }
  agentIds
  skillGroupIds
  status
  dialing {
    mode
    callingWindows {
      start
      end
    }
    holidays
    retryAfterMinutes
    maxRetries
    dailyAttemptCap
  }
  createdAt
  itemCount
  dialledCount
  resultCount
}`) as unknown as TypedDocumentString<OutboundTaskQuery, OutboundTaskQueryVariables>;
export const CreateOutboundTaskDocument = new TypedDocumentString(`
    mutation CreateOutboundTask($input: CreateOutboundTaskInput!) {
  createOutboundTask(input: $input) {
    ...OutboundTaskRow
  }
}
    fragment OutboundTaskRow on OutboundTask {
  id
  name
  description
  startsOn
  endsOn
  callerIdNumberId
  callerIdNumber
  customFieldIds
  script
  followUpResults {
    value
    labelZh
    labelEn
    isSuccess
  }
  agentIds
  skillGroupIds
  status
  dialing {
    mode
    callingWindows {
      start
      end
    }
    holidays
    retryAfterMinutes
    maxRetries
    dailyAttemptCap
  }
  createdAt
  itemCount
  dialledCount
  resultCount
}`) as unknown as TypedDocumentString<CreateOutboundTaskMutation, CreateOutboundTaskMutationVariables>;
export const UpdateOutboundTaskDocument = new TypedDocumentString(`
    mutation UpdateOutboundTask($id: ID!, $input: UpdateOutboundTaskInput!) {
  updateOutboundTask(id: $id, input: $input) {
    ...OutboundTaskRow
  }
}
    fragment OutboundTaskRow on OutboundTask {
  id
  name
  description
  startsOn
  endsOn
  callerIdNumberId
  callerIdNumber
  customFieldIds
  script
  followUpResults {
    value
    labelZh
    labelEn
    isSuccess
  }
  agentIds
  skillGroupIds
  status
  dialing {
    mode
    callingWindows {
      start
      end
    }
    holidays
    retryAfterMinutes
    maxRetries
    dailyAttemptCap
  }
  createdAt
  itemCount
  dialledCount
  resultCount
}`) as unknown as TypedDocumentString<UpdateOutboundTaskMutation, UpdateOutboundTaskMutationVariables>;
export const ActivateOutboundTaskDocument = new TypedDocumentString(`
    mutation ActivateOutboundTask($id: ID!) {
  activateOutboundTask(id: $id) {
    ...OutboundTaskRow
  }
}
    fragment OutboundTaskRow on OutboundTask {
  id
  name
  description
  startsOn
  endsOn
  callerIdNumberId
  callerIdNumber
  customFieldIds
  script
  followUpResults {
    value
    labelZh
    labelEn
    isSuccess
  }
  agentIds
  skillGroupIds
  status
  dialing {
    mode
    callingWindows {
      start
      end
    }
    holidays
    retryAfterMinutes
    maxRetries
    dailyAttemptCap
  }
  createdAt
  itemCount
  dialledCount
  resultCount
}`) as unknown as TypedDocumentString<ActivateOutboundTaskMutation, ActivateOutboundTaskMutationVariables>;
export const PauseOutboundTaskDocument = new TypedDocumentString(`
    mutation PauseOutboundTask($id: ID!) {
  pauseOutboundTask(id: $id) {
    ...OutboundTaskRow
  }
}
    fragment OutboundTaskRow on OutboundTask {
  id
  name
  description
  startsOn
  endsOn
  callerIdNumberId
  callerIdNumber
  customFieldIds
  script
  followUpResults {
    value
    labelZh
    labelEn
    isSuccess
  }
  agentIds
  skillGroupIds
  status
  dialing {
    mode
    callingWindows {
      start
      end
    }
    holidays
    retryAfterMinutes
    maxRetries
    dailyAttemptCap
  }
  createdAt
  itemCount
  dialledCount
  resultCount
}`) as unknown as TypedDocumentString<PauseOutboundTaskMutation, PauseOutboundTaskMutationVariables>;
export const ResumeOutboundTaskDocument = new TypedDocumentString(`
    mutation ResumeOutboundTask($id: ID!) {
  resumeOutboundTask(id: $id) {
    ...OutboundTaskRow
  }
}
    fragment OutboundTaskRow on OutboundTask {
  id
  name
  description
  startsOn
  endsOn
  callerIdNumberId
  callerIdNumber
  customFieldIds
  script
  followUpResults {
    value
    labelZh
    labelEn
    isSuccess
  }
  agentIds
  skillGroupIds
  status
  dialing {
    mode
    callingWindows {
      start
      end
    }
    holidays
    retryAfterMinutes
    maxRetries
    dailyAttemptCap
  }
  createdAt
  itemCount
  dialledCount
  resultCount
}`) as unknown as TypedDocumentString<ResumeOutboundTaskMutation, ResumeOutboundTaskMutationVariables>;
export const CloseOutboundTaskDocument = new TypedDocumentString(`
    mutation CloseOutboundTask($id: ID!) {
  closeOutboundTask(id: $id) {
    ...OutboundTaskRow
  }
}
    fragment OutboundTaskRow on OutboundTask {
  id
  name
  description
  startsOn
  endsOn
  callerIdNumberId
  callerIdNumber
  customFieldIds
  script
  followUpResults {
    value
    labelZh
    labelEn
    isSuccess
  }
  agentIds
  skillGroupIds
  status
  dialing {
    mode
    callingWindows {
      start
      end
    }
    holidays
    retryAfterMinutes
    maxRetries
    dailyAttemptCap
  }
  createdAt
  itemCount
  dialledCount
  resultCount
}`) as unknown as TypedDocumentString<CloseOutboundTaskMutation, CloseOutboundTaskMutationVariables>;
export const TaskItemsDocument = new TypedDocumentString(`
    query TaskItems($taskId: ID!, $filter: TaskItemFilter, $page: PageInput) {
  taskItems(taskId: $taskId, filter: $filter, page: $page) {
    totalCount
    items {
      ...TaskItemRow
    }
  }
}
    fragment TaskItemRow on TaskItem {
  id
  phoneNumber
  customFields
  assigneeAgentId
  assigneeSkillGroupId
  status
  followUpResult
  notes
  nextContactAt
  lockedBy
  dialRefusal
}`) as unknown as TypedDocumentString<TaskItemsQuery, TaskItemsQueryVariables>;
export const AddTaskItemDocument = new TypedDocumentString(`
    mutation AddTaskItem($taskId: ID!, $input: AddTaskItemInput!) {
  addTaskItem(taskId: $taskId, input: $input) {
    ...TaskItemRow
  }
}
    fragment TaskItemRow on TaskItem {
  id
  phoneNumber
  customFields
  assigneeAgentId
  assigneeSkillGroupId
  status
  followUpResult
  notes
  nextContactAt
  lockedBy
  dialRefusal
}`) as unknown as TypedDocumentString<AddTaskItemMutation, AddTaskItemMutationVariables>;
export const DistributeTaskItemsDocument = new TypedDocumentString(`
    mutation DistributeTaskItems($input: DistributeTaskItemsInput!) {
  distributeTaskItems(input: $input)
}
    `) as unknown as TypedDocumentString<DistributeTaskItemsMutation, DistributeTaskItemsMutationVariables>;
export const TakeBackTaskItemsDocument = new TypedDocumentString(`
    mutation TakeBackTaskItems($taskId: ID!, $skillGroupId: ID!, $itemIds: [ID!]!) {
  takeBackTaskItems(
    taskId: $taskId
    skillGroupId: $skillGroupId
    itemIds: $itemIds
  )
}
    `) as unknown as TypedDocumentString<TakeBackTaskItemsMutation, TakeBackTaskItemsMutationVariables>;
export const DoNotCallListDocument = new TypedDocumentString(`
    query DoNotCallList($search: String, $page: PageInput) {
  doNotCallList(search: $search, page: $page) {
    totalCount
    items {
      ...DoNotCallRow
    }
  }
}
    fragment DoNotCallRow on DoNotCallEntry {
  id
  phoneNumber
  reason
  source
  createdByName
  createdAt
}`) as unknown as TypedDocumentString<DoNotCallListQuery, DoNotCallListQueryVariables>;
export const AddDoNotCallDocument = new TypedDocumentString(`
    mutation AddDoNotCall($input: AddDoNotCallInput!) {
  addDoNotCall(input: $input) {
    ...DoNotCallRow
  }
}
    fragment DoNotCallRow on DoNotCallEntry {
  id
  phoneNumber
  reason
  source
  createdByName
  createdAt
}`) as unknown as TypedDocumentString<AddDoNotCallMutation, AddDoNotCallMutationVariables>;
export const RemoveDoNotCallDocument = new TypedDocumentString(`
    mutation RemoveDoNotCall($id: ID!, $reason: String!) {
  removeDoNotCall(id: $id, reason: $reason)
}
    `) as unknown as TypedDocumentString<RemoveDoNotCallMutation, RemoveDoNotCallMutationVariables>;
export const TaskSkillGroupOptionsDocument = new TypedDocumentString(`
    query TaskSkillGroupOptions {
  skillGroups(filter: {organization: TELESALES}, page: {offset: 0, limit: 100}) {
    items {
      id
      name
      members {
        userId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TaskSkillGroupOptionsQuery, TaskSkillGroupOptionsQueryVariables>;
export const OutboundStatisticsDocument = new TypedDocumentString(`
    query OutboundStatistics($input: OutboundStatisticsInput!) {
  outboundStatistics(input: $input) {
    from
    to
    timeZone
    tasks {
      taskId
      taskName
      status
      itemCount
      dialledItems
      connectedItems
      calls
      connectedCalls
      talkSeconds
      successItems
      connectRate
      conversionRate
      results {
        value
        labelZh
        labelEn
        isSuccess
        itemCount
      }
    }
    workload {
      day
      agentId
      agentName
      calls
      connectedCalls
      talkSeconds
      results
      successes
    }
  }
}
    `) as unknown as TypedDocumentString<OutboundStatisticsQuery, OutboundStatisticsQueryVariables>;
export const QaScorecardsDocument = new TypedDocumentString(`
    query QaScorecards {
  qaScorecards {
    ...QaScorecardFields
  }
}
    fragment QaScorecardFields on QaScorecard {
  id
  name
  version
  maxPoints
  publishedAt
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
}`) as unknown as TypedDocumentString<QaScorecardsQuery, QaScorecardsQueryVariables>;
export const QaScorecardVersionDocument = new TypedDocumentString(`
    query QaScorecardVersion($id: ID!, $version: Int) {
  qaScorecard(id: $id, version: $version) {
    ...QaScorecardFields
  }
}
    fragment QaScorecardFields on QaScorecard {
  id
  name
  version
  maxPoints
  publishedAt
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
}`) as unknown as TypedDocumentString<QaScorecardVersionQuery, QaScorecardVersionQueryVariables>;
export const CreateQaScorecardDocument = new TypedDocumentString(`
    mutation CreateQaScorecard($input: QaScorecardInput!) {
  createQaScorecard(input: $input) {
    ...QaScorecardFields
  }
}
    fragment QaScorecardFields on QaScorecard {
  id
  name
  version
  maxPoints
  publishedAt
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
}`) as unknown as TypedDocumentString<CreateQaScorecardMutation, CreateQaScorecardMutationVariables>;
export const UpdateQaScorecardDocument = new TypedDocumentString(`
    mutation UpdateQaScorecard($id: ID!, $input: QaScorecardInput!) {
  updateQaScorecard(id: $id, input: $input) {
    ...QaScorecardFields
  }
}
    fragment QaScorecardFields on QaScorecard {
  id
  name
  version
  maxPoints
  publishedAt
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
}`) as unknown as TypedDocumentString<UpdateQaScorecardMutation, UpdateQaScorecardMutationVariables>;
export const SampleQaCallsDocument = new TypedDocumentString(`
    mutation SampleQaCalls($filter: CallRecordSearchFilter, $input: QaSampleInput!) {
  sampleQaCalls(filter: $filter, input: $input) {
    callIds
    inspectionIds
    seed
    skipped {
      callId
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<SampleQaCallsMutation, SampleQaCallsMutationVariables>;
export const QaInspectionsDocument = new TypedDocumentString(`
    query QaInspections($filter: QaInspectionFilter, $page: PageInput) {
  qaInspections(filter: $filter, page: $page) {
    totalCount
    items {
      ...QaInspectionRow
    }
  }
}
    fragment QaInspectionRow on QaInspection {
  id
  callId
  callStartedAt
  agentId
  agentName
  inspectorName
  scorecardId
  scorecardName
  scorecardVersion
  status
  points
  maxPoints
  percent
  isFatalFailed
  createdAt
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
}`) as unknown as TypedDocumentString<QaInspectionsQuery, QaInspectionsQueryVariables>;
export const QaInspectionDocument = new TypedDocumentString(`
    query QaInspection($id: ID!) {
  qaInspection(id: $id) {
    ...QaInspectionFull
  }
}
    fragment QaScorecardFields on QaScorecard {
  id
  name
  version
  maxPoints
  publishedAt
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
fragment QaInspectionRow on QaInspection {
  id
  callId
  callStartedAt
  agentId
  agentName
  inspectorName
  scorecardId
  scorecardName
  scorecardVersion
  status
  points
  maxPoints
  percent
  isFatalFailed
  createdAt
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
fragment QaInspectionFull on QaInspectionDetails {
  inspection {
    ...QaInspectionRow
  }
  scorecard {
    ...QaScorecardFields
  }
  results {
    revision
    points
    percent
    isFatalFailed
    scoredAt
    scoredByName
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
}`) as unknown as TypedDocumentString<QaInspectionQuery, QaInspectionQueryVariables>;
export const SubmitQaInspectionDocument = new TypedDocumentString(`
    mutation SubmitQaInspection($id: ID!, $input: QaScoresInput!) {
  submitQaInspection(id: $id, input: $input) {
    ...QaInspectionFull
  }
}
    fragment QaScorecardFields on QaScorecard {
  id
  name
  version
  maxPoints
  publishedAt
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
fragment QaInspectionRow on QaInspection {
  id
  callId
  callStartedAt
  agentId
  agentName
  inspectorName
  scorecardId
  scorecardName
  scorecardVersion
  status
  points
  maxPoints
  percent
  isFatalFailed
  createdAt
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
fragment QaInspectionFull on QaInspectionDetails {
  inspection {
    ...QaInspectionRow
  }
  scorecard {
    ...QaScorecardFields
  }
  results {
    revision
    points
    percent
    isFatalFailed
    scoredAt
    scoredByName
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
}`) as unknown as TypedDocumentString<SubmitQaInspectionMutation, SubmitQaInspectionMutationVariables>;
export const ResolveQaAppealDocument = new TypedDocumentString(`
    mutation ResolveQaAppeal($id: ID!, $input: QaAppealDecisionInput!) {
  resolveQaAppeal(id: $id, input: $input) {
    ...QaInspectionFull
  }
}
    fragment QaScorecardFields on QaScorecard {
  id
  name
  version
  maxPoints
  publishedAt
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
fragment QaInspectionRow on QaInspection {
  id
  callId
  callStartedAt
  agentId
  agentName
  inspectorName
  scorecardId
  scorecardName
  scorecardVersion
  status
  points
  maxPoints
  percent
  isFatalFailed
  createdAt
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
fragment QaInspectionFull on QaInspectionDetails {
  inspection {
    ...QaInspectionRow
  }
  scorecard {
    ...QaScorecardFields
  }
  results {
    revision
    points
    percent
    isFatalFailed
    scoredAt
    scoredByName
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
}`) as unknown as TypedDocumentString<ResolveQaAppealMutation, ResolveQaAppealMutationVariables>;
export const QaReportDocument = new TypedDocumentString(`
    query QaReport($input: QaReportInput!) {
  qaReport(input: $input) {
    key
    label
    inspections
    averagePercent
    fatalFailures
    appeals
    appealRate
  }
}
    `) as unknown as TypedDocumentString<QaReportQuery, QaReportQueryVariables>;
export const SetQaInspectorDocument = new TypedDocumentString(`
    mutation SetQaInspector($userId: ID!, $isInspector: Boolean!) {
  setQaInspector(userId: $userId, isInspector: $isInspector)
}
    `) as unknown as TypedDocumentString<SetQaInspectorMutation, SetQaInspectorMutationVariables>;
export const QaInspectorIdsDocument = new TypedDocumentString(`
    query QaInspectorIds {
  qaInspectorIds
}
    `) as unknown as TypedDocumentString<QaInspectorIdsQuery, QaInspectorIdsQueryVariables>;
export const IsQaInspectorDocument = new TypedDocumentString(`
    query IsQaInspector {
  isQaInspector
}
    `) as unknown as TypedDocumentString<IsQaInspectorQuery, IsQaInspectorQueryVariables>;
export const CallReportDocument = new TypedDocumentString(`
    query CallReport($input: CallReportInput!) {
  callReport(input: $input) {
    from
    to
    timeZone
    rows {
      ...CallReportRow
    }
    buckets {
      ...CallReportRow
    }
    total {
      ...CallReportRow
    }
  }
}
    fragment CallReportRow on CallReportRow {
  bucket
  key
  name
  inboundCalls
  inboundAnswered
  inboundMissed
  outboundCalls
  outboundAnswered
  outboundMissed
  talkSeconds
  holdSeconds
  afterCallWorkSeconds
  kpis {
    arrivals
    answered
    abandoned
    callbacksRequested
    serviceLevel
    asaSeconds
    abandonRate
    handled
    ahtSeconds
    averageTalkSeconds
    agentAnswerRate
  }
}`) as unknown as TypedDocumentString<CallReportQuery, CallReportQueryVariables>;
export const ServiceSummaryReportDocument = new TypedDocumentString(`
    query ServiceSummaryReport($input: ServiceSummaryReportInput!) {
  serviceSummaryReport(input: $input) {
    from
    to
    timeZone
    total
    categories {
      ...SummaryReportCategoryRow
    }
    skillGroups {
      key
      name
      count
    }
    agents {
      key
      name
      count
    }
    days {
      day
      count
    }
  }
}
    fragment SummaryReportCategoryRow on SummaryReportCategory {
  id
  parentId
  depth
  labelZh
  labelEn
  isEnabled
  count
  share
  bySkillGroup {
    key
    count
  }
  byAgent {
    key
    count
  }
}`) as unknown as TypedDocumentString<ServiceSummaryReportQuery, ServiceSummaryReportQueryVariables>;
export const SatisfactionRecordsDocument = new TypedDocumentString(`
    query SatisfactionRecords($filter: SatisfactionRecordFilter, $after: String, $limit: Int) {
  satisfactionRecords(filter: $filter, after: $after, limit: $limit) {
    totalCount
    nextCursor
    items {
      ...SatisfactionRecordRow
    }
  }
}
    fragment SatisfactionRecordRow on SatisfactionRecord {
  callId
  answeredAt
  outcome
  score
  scale
  label {
    zh
    en
  }
  direction
  customerNumber
  agentName
  skillGroupName
}`) as unknown as TypedDocumentString<SatisfactionRecordsQuery, SatisfactionRecordsQueryVariables>;
export const SatisfactionReportDocument = new TypedDocumentString(`
    query SatisfactionReport($input: SatisfactionReportInput!) {
  satisfactionReport(input: $input) {
    timeZone
    rows {
      ...SatisfactionFiguresRow
    }
    total {
      ...SatisfactionFiguresRow
    }
  }
}
    fragment SatisfactionFiguresRow on SatisfactionFigures {
  periodStart
  key
  name
  responses
  byScale {
    scale
    scoreCounts
    labels {
      zh
      en
    }
  }
  averageScore
  averagePercent
  satisfiedRate
  answeredCalls
  answeredResponses
  responseRate
  surveysOffered
  surveysNoAnswer
  surveysAbandoned
  surveyResponseRate
}`) as unknown as TypedDocumentString<SatisfactionReportQuery, SatisfactionReportQueryVariables>;
export const SurveyScaleDocument = new TypedDocumentString(`
    query SurveyScale {
  acdSettings {
    surveyScale
    surveyLabels {
      zh
      en
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyScaleQuery, SurveyScaleQueryVariables>;
export const CompanyDocument = new TypedDocumentString(`
    query Company {
  myTenant {
    id
    name
    timeZone
    createdAt
    sipDomain
  }
  acdSettings {
    homeRegion
  }
}
    `) as unknown as TypedDocumentString<CompanyQuery, CompanyQueryVariables>;
export const UpdateCompanyDocument = new TypedDocumentString(`
    mutation UpdateCompany($input: UpdateTenantInput!) {
  updateMyTenant(input: $input) {
    id
    name
    timeZone
    createdAt
  }
}
    `) as unknown as TypedDocumentString<UpdateCompanyMutation, UpdateCompanyMutationVariables>;
export const UpdateHomeRegionDocument = new TypedDocumentString(`
    mutation UpdateHomeRegion($homeRegion: String!) {
  updateAcdSettings(input: {homeRegion: $homeRegion}) {
    homeRegion
  }
}
    `) as unknown as TypedDocumentString<UpdateHomeRegionMutation, UpdateHomeRegionMutationVariables>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions($page: PageInput) {
  mySessions(page: $page) {
    totalCount
    items {
      ...MySessionRow
    }
  }
}
    fragment MySessionRow on Session {
  id
  kind
  address
  userAgent
  createdAt
  lastSeenAt
  isCurrent
}`) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const RevokeOtherSessionsDocument = new TypedDocumentString(`
    mutation RevokeOtherSessions {
  revokeOtherSessions
}
    `) as unknown as TypedDocumentString<RevokeOtherSessionsMutation, RevokeOtherSessionsMutationVariables>;
export const SignupDocument = new TypedDocumentString(`
    mutation Signup($input: SignupInput!) {
  signup(input: $input) {
    user {
      id
      name
      email
      role
      organization
      status
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<SignupMutation, SignupMutationVariables>;
export const SummaryCategoryListDocument = new TypedDocumentString(`
    query SummaryCategoryList {
  serviceSummaryCategories {
    ...SummaryCategoryRow
  }
}
    fragment SummaryCategoryRow on ServiceSummaryCategory {
  id
  parentId
  depth
  labelZh
  labelEn
  position
  isEnabled
}`) as unknown as TypedDocumentString<SummaryCategoryListQuery, SummaryCategoryListQueryVariables>;
export const CreateSummaryCategoryDocument = new TypedDocumentString(`
    mutation CreateSummaryCategory($input: CreateServiceSummaryCategoryInput!) {
  createServiceSummaryCategory(input: $input) {
    ...SummaryCategoryRow
  }
}
    fragment SummaryCategoryRow on ServiceSummaryCategory {
  id
  parentId
  depth
  labelZh
  labelEn
  position
  isEnabled
}`) as unknown as TypedDocumentString<CreateSummaryCategoryMutation, CreateSummaryCategoryMutationVariables>;
export const UpdateSummaryCategoryDocument = new TypedDocumentString(`
    mutation UpdateSummaryCategory($id: ID!, $input: UpdateServiceSummaryCategoryInput!) {
  updateServiceSummaryCategory(id: $id, input: $input) {
    ...SummaryCategoryRow
  }
}
    fragment SummaryCategoryRow on ServiceSummaryCategory {
  id
  parentId
  depth
  labelZh
  labelEn
  position
  isEnabled
}`) as unknown as TypedDocumentString<UpdateSummaryCategoryMutation, UpdateSummaryCategoryMutationVariables>;
export const DeleteSummaryCategoryDocument = new TypedDocumentString(`
    mutation DeleteSummaryCategory($id: ID!) {
  deleteServiceSummaryCategory(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSummaryCategoryMutation, DeleteSummaryCategoryMutationVariables>;
export const TestCallStartDocument = new TypedDocumentString(`
    query TestCallStart {
  isSwitchSimulated
  phoneNumbers(page: {limit: 100}) {
    totalCount
    items {
      ...TestCallNumber
    }
  }
}
    fragment TestCallNumber on PhoneNumber {
  id
  number
  description
  scheduleId
  skillGroup {
    id
    name
  }
}`) as unknown as TypedDocumentString<TestCallStartQuery, TestCallStartQueryVariables>;
export const TestCallsDocument = new TypedDocumentString(`
    query TestCalls {
  testCalls {
    ...TestCallFields
  }
}
    fragment TestCallFields on TestCall {
  id
  phoneNumberId
  number
  callerNumber
  startedAt
  endedAt
  isLive
  endedBy
  connectedAgent {
    id
    name
  }
  timeline {
    at
    kind
    endedAt
    isInterrupted
    key
    number
    cause
    agent {
      id
      name
      agentNumber
    }
    prompt {
      kind
      systemPrompt
      name
      position
      key
      menu
      media
    }
  }
}`) as unknown as TypedDocumentString<TestCallsQuery, TestCallsQueryVariables>;
export const PlaceTestCallDocument = new TypedDocumentString(`
    mutation PlaceTestCall($input: PlaceTestCallInput!) {
  placeTestCall(input: $input) {
    ...TestCallFields
  }
}
    fragment TestCallFields on TestCall {
  id
  phoneNumberId
  number
  callerNumber
  startedAt
  endedAt
  isLive
  endedBy
  connectedAgent {
    id
    name
  }
  timeline {
    at
    kind
    endedAt
    isInterrupted
    key
    number
    cause
    agent {
      id
      name
      agentNumber
    }
    prompt {
      kind
      systemPrompt
      name
      position
      key
      menu
      media
    }
  }
}`) as unknown as TypedDocumentString<PlaceTestCallMutation, PlaceTestCallMutationVariables>;
export const PressTestCallKeysDocument = new TypedDocumentString(`
    mutation PressTestCallKeys($id: ID!, $keys: String!) {
  pressTestCallKeys(id: $id, keys: $keys) {
    id
  }
}
    `) as unknown as TypedDocumentString<PressTestCallKeysMutation, PressTestCallKeysMutationVariables>;
export const HangUpTestCallDocument = new TypedDocumentString(`
    mutation HangUpTestCall($id: ID!) {
  hangUpTestCall(id: $id) {
    ...TestCallFields
  }
}
    fragment TestCallFields on TestCall {
  id
  phoneNumberId
  number
  callerNumber
  startedAt
  endedAt
  isLive
  endedBy
  connectedAgent {
    id
    name
  }
  timeline {
    at
    kind
    endedAt
    isInterrupted
    key
    number
    cause
    agent {
      id
      name
      agentNumber
    }
    prompt {
      kind
      systemPrompt
      name
      position
      key
      menu
      media
    }
  }
}`) as unknown as TypedDocumentString<HangUpTestCallMutation, HangUpTestCallMutationVariables>;
export const TestCallChangedDocument = new TypedDocumentString(`
    subscription TestCallChanged($id: ID!) {
  testCallChanged(id: $id) {
    ...TestCallFields
  }
}
    fragment TestCallFields on TestCall {
  id
  phoneNumberId
  number
  callerNumber
  startedAt
  endedAt
  isLive
  endedBy
  connectedAgent {
    id
    name
  }
  timeline {
    at
    kind
    endedAt
    isInterrupted
    key
    number
    cause
    agent {
      id
      name
      agentNumber
    }
    prompt {
      kind
      systemPrompt
      name
      position
      key
      menu
      media
    }
  }
}`) as unknown as TypedDocumentString<TestCallChangedSubscription, TestCallChangedSubscriptionVariables>;
export const VoicePromptsDocument = new TypedDocumentString(`
    query VoicePrompts($filter: VoicePromptFilter, $page: PageInput) {
  voicePrompts(filter: $filter, page: $page) {
    totalCount
    items {
      ...VoicePromptRow
    }
  }
}
    fragment VoicePromptRow on VoicePrompt {
  id
  name
  source
  status
  rejectReason
  ttsText
  durationMs
  peaks
  isUsable
  audioUrl
  approvedAudioUrl
  reviewedByName
  reviewedAt
  updatedAt
}`) as unknown as TypedDocumentString<VoicePromptsQuery, VoicePromptsQueryVariables>;
export const DeleteVoicePromptDocument = new TypedDocumentString(`
    mutation DeleteVoicePrompt($id: ID!) {
  deleteVoicePrompt(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteVoicePromptMutation, DeleteVoicePromptMutationVariables>;
export const CanReviewPromptsDocument = new TypedDocumentString(`
    query CanReviewPrompts {
  canReviewPrompts
}
    `) as unknown as TypedDocumentString<CanReviewPromptsQuery, CanReviewPromptsQueryVariables>;
export const PromptReviewQueueDocument = new TypedDocumentString(`
    query PromptReviewQueue($page: PageInput) {
  promptReviewQueue(page: $page) {
    totalCount
    items {
      companyName
      prompt {
        ...VoicePromptRow
      }
    }
  }
}
    fragment VoicePromptRow on VoicePrompt {
  id
  name
  source
  status
  rejectReason
  ttsText
  durationMs
  peaks
  isUsable
  audioUrl
  approvedAudioUrl
  reviewedByName
  reviewedAt
  updatedAt
}`) as unknown as TypedDocumentString<PromptReviewQueueQuery, PromptReviewQueueQueryVariables>;
export const ReviewVoicePromptDocument = new TypedDocumentString(`
    mutation ReviewVoicePrompt($id: ID!, $input: ReviewPromptInput!) {
  reviewVoicePrompt(id: $id, input: $input) {
    ...VoicePromptRow
  }
}
    fragment VoicePromptRow on VoicePrompt {
  id
  name
  source
  status
  rejectReason
  ttsText
  durationMs
  peaks
  isUsable
  audioUrl
  approvedAudioUrl
  reviewedByName
  reviewedAt
  updatedAt
}`) as unknown as TypedDocumentString<ReviewVoicePromptMutation, ReviewVoicePromptMutationVariables>;
export const PreviewSpeechDocument = new TypedDocumentString(`
    mutation PreviewSpeech($input: TtsInput!) {
  previewSpeech(input: $input) {
    audioUrl
    durationMs
    peaks
  }
}
    `) as unknown as TypedDocumentString<PreviewSpeechMutation, PreviewSpeechMutationVariables>;
export const SynthesizePromptDocument = new TypedDocumentString(`
    mutation SynthesizePrompt($input: SynthesizePromptInput!) {
  synthesizePrompt(input: $input) {
    ...VoicePromptRow
  }
}
    fragment VoicePromptRow on VoicePrompt {
  id
  name
  source
  status
  rejectReason
  ttsText
  durationMs
  peaks
  isUsable
  audioUrl
  approvedAudioUrl
  reviewedByName
  reviewedAt
  updatedAt
}`) as unknown as TypedDocumentString<SynthesizePromptMutation, SynthesizePromptMutationVariables>;
export const SystemPromptsDocument = new TypedDocumentString(`
    query SystemPrompts {
  systemPrompts {
    ...SystemPromptRow
  }
}
    fragment SystemPromptRow on SystemPrompt {
  kind
  choice
  audioUrl
  updatedAt
  prompt {
    id
    name
  }
}`) as unknown as TypedDocumentString<SystemPromptsQuery, SystemPromptsQueryVariables>;
export const UpdateSystemPromptDocument = new TypedDocumentString(`
    mutation UpdateSystemPrompt($input: UpdateSystemPromptInput!) {
  updateSystemPrompt(input: $input) {
    ...SystemPromptRow
  }
}
    fragment SystemPromptRow on SystemPrompt {
  kind
  choice
  audioUrl
  updatedAt
  prompt {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateSystemPromptMutation, UpdateSystemPromptMutationVariables>;
export const UsablePromptsDocument = new TypedDocumentString(`
    query UsablePrompts {
  voicePrompts(filter: {isUsable: true}, page: {offset: 0, limit: 100}) {
    totalCount
    items {
      id
      name
      durationMs
      approvedAudioUrl
    }
  }
}
    `) as unknown as TypedDocumentString<UsablePromptsQuery, UsablePromptsQueryVariables>;
export const WallboardQueuesDocument = new TypedDocumentString(`
    query WallboardQueues {
  myTenant {
    name
    timeZone
  }
  skillGroupMonitor {
    ...SkillGroupMonitorRow
  }
}
    fragment SkillGroupMonitorRow on SkillGroupMonitor {
  skillGroupId
  name
  waiting
  offering
  callbacksWaiting
  longestWaitSeconds
  agentsByStatus {
    status
    count
  }
  today {
    serviceLevel
    serviceLevelTarget
  }
  staffing {
    agentsNeeded
  }
}`) as unknown as TypedDocumentString<WallboardQueuesQuery, WallboardQueuesQueryVariables>;
export const WallboardKpisDocument = new TypedDocumentString(`
    query WallboardKpis($scope: KpiScopeInput!) {
  kpis(scope: $scope, window: {kind: TODAY}) {
    ...KpiCards
  }
  hourlyCalls(scope: $scope) {
    ...HourlyCallsRow
  }
}
    fragment KpiCards on Kpis {
  serviceLevel
  serviceLevelSeconds
  serviceLevelTarget
  asaSeconds
  abandonRate
  ahtSeconds
  occupancy
  agentAnswerRate
  longestWaitSeconds
  arrivals
  answered
  abandoned
}
fragment HourlyCallsRow on HourlyCalls {
  hour
  inbound
  answered
  abandoned
  callbacksRequested
  outbound
}`) as unknown as TypedDocumentString<WallboardKpisQuery, WallboardKpisQueryVariables>;