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

/** A number of the company that customers call. */
export type AddPhoneNumberInput = {
  /** Free text, up to 100 characters, e.g. “Hotline”. */
  description?: string | null | undefined;
  /** The number: E.164 (+864001234567) or national in the home region; unique on the platform. */
  number: string;
  /** The skill group its calls go to. */
  skillGroupId?: string | number | null | undefined;
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
  /** Wrapping up after a call, for the time the company set. */
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

/** A new not-ready reason agents may choose. */
export type CreateNotReadyReasonInput = {
  /** Name, 1–20 characters, unique in the company. */
  name: string;
  /** Position, 0–999 (lower first); after the others when omitted. */
  sortOrder?: number | null | undefined;
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

/** Conditions on groups and skill groups. */
export type GroupFilter = {
  /** Only those of this organisation. */
  organization?: Organization | null | undefined;
};

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

/** How a supervisor joins an agent’s call (X3). */
export type MonitorMode =
  /** Join the call: everyone hears everyone. */
  | 'BARGE'
  /** Hear both sides; nobody hears the supervisor. */
  | 'LISTEN'
  /** Coach the agent: the agent hears the supervisor, the customer does not. */
  | 'WHISPER';

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
  /** The agent signed in to the workstation. */
  | 'SIGNED_IN'
  /** The agent signed out. */
  | 'SIGNED_OUT'
  /** The switch’s own view corrected a call the platform missed. */
  | 'SWITCH_RESYNC';

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
  /** Offer waiting callers a callback. */
  callbackEnabled?: boolean | null | undefined;
  /** The callback key: one of 0–9, * and #. */
  callbackKey?: string | null | undefined;
  /** Seconds without a workstation heartbeat before offline, 10–600. */
  heartbeatTimeoutSeconds?: number | null | undefined;
  /** ISO 3166 region of the company, e.g. CN. */
  homeRegion?: string | null | undefined;
  /** Most simultaneous outbound calls, 0–10000. */
  maxConcurrentOutbound?: number | null | undefined;
  /** Unanswered offers in a row before not ready, 1–20. */
  maxMissedOffers?: number | null | undefined;
  /** Most outbound calls started per second, 0–1000. */
  maxOutboundPerSecond?: number | null | undefined;
  /** Caller ID of outbound calls: E.164, or a national number of the home region; null or empty removes it. */
  outboundCallerId?: string | null | undefined;
  /** Record every answered call. */
  recordingEnabled?: boolean | null | undefined;
  /** Ring time at one agent in seconds, 5–120. */
  ringTimeoutSeconds?: number | null | undefined;
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

/** Changes to a group; its organisation is fixed. */
export type UpdateGroupInput = {
  /** New group leader; null removes the leader. */
  leaderId?: string | number | null | undefined;
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

/** Changes to a number; omitted fields stay as they are. */
export type UpdatePhoneNumberInput = {
  /** New description. */
  description?: string | null | undefined;
  /** The corrected number. */
  number?: string | null | undefined;
  /** The skill group its calls go to; null leaves it unrouted. */
  skillGroupId?: string | number | null | undefined;
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

/** Whether a user may sign in. */
export type UserStatus =
  /** May sign in. */
  | 'ACTIVE'
  /** Signed out everywhere and refused at sign-in. */
  | 'DISABLED';

export type AcdSettingsFormFragment = { afterCallWorkSeconds: number, ringTimeoutSeconds: number, maxMissedOffers: number, heartbeatTimeoutSeconds: number, announcePosition: boolean, announceIntervalSeconds: number, callbackEnabled: boolean, callbackKey: string, recordingEnabled: boolean, outboundCallerId: string | null, homeRegion: string, allowInternational: boolean, allowPremiumRate: boolean, maxConcurrentOutbound: number, maxOutboundPerSecond: number, updatedAt: string | null };

export type NotReadyReasonRowFragment = { id: string, name: string, kind: NotReadyReasonKind, code: string | null, sortOrder: number };

export type PhoneNumberRowFragment = { id: string, number: string, description: string, skillGroupId: string | null, createdAt: string, skillGroup: { id: string, name: string } | null };

export type SkillGroupRoutingFragment = { strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null };

export type AcdSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AcdSettingsQuery = { acdSettings: { afterCallWorkSeconds: number, ringTimeoutSeconds: number, maxMissedOffers: number, heartbeatTimeoutSeconds: number, announcePosition: boolean, announceIntervalSeconds: number, callbackEnabled: boolean, callbackKey: string, recordingEnabled: boolean, outboundCallerId: string | null, homeRegion: string, allowInternational: boolean, allowPremiumRate: boolean, maxConcurrentOutbound: number, maxOutboundPerSecond: number, updatedAt: string | null } };

export type UpdateAcdSettingsMutationVariables = Exact<{
  input: UpdateAcdSettingsInput;
}>;


export type UpdateAcdSettingsMutation = { updateAcdSettings: { afterCallWorkSeconds: number, ringTimeoutSeconds: number, maxMissedOffers: number, heartbeatTimeoutSeconds: number, announcePosition: boolean, announceIntervalSeconds: number, callbackEnabled: boolean, callbackKey: string, recordingEnabled: boolean, outboundCallerId: string | null, homeRegion: string, allowInternational: boolean, allowPremiumRate: boolean, maxConcurrentOutbound: number, maxOutboundPerSecond: number, updatedAt: string | null } };

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


export type PhoneNumbersQuery = { phoneNumbers: { totalCount: number, items: Array<{ id: string, number: string, description: string, skillGroupId: string | null, createdAt: string, skillGroup: { id: string, name: string } | null }> } };

export type AddPhoneNumberMutationVariables = Exact<{
  input: AddPhoneNumberInput;
}>;


export type AddPhoneNumberMutation = { addPhoneNumber: { id: string, number: string, description: string, skillGroupId: string | null, createdAt: string, skillGroup: { id: string, name: string } | null } };

export type UpdatePhoneNumberMutationVariables = Exact<{
  id: string | number;
  input: UpdatePhoneNumberInput;
}>;


export type UpdatePhoneNumberMutation = { updatePhoneNumber: { id: string, number: string, description: string, skillGroupId: string | null, createdAt: string, skillGroup: { id: string, name: string } | null } };

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


export type UpdateSkillGroupRoutingMutation = { updateSkillGroupRouting: { id: string, name: string, description: string, organization: Organization, strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, members: Array<{ userId: string, priority: number, agent: { id: string, name: string, agentNumber: string | null } | null }> } };

export type AgentRowFragment = { id: string, name: string, email: string, agentNumber: string | null, role: Role, organization: Organization | null, status: UserStatus, mobile: string | null, answeringMode: AnsweringMode, mustChangePassword: boolean, createdAt: string, groups: Array<{ id: string, name: string }> };

export type AgentsQueryVariables = Exact<{
  filter?: AgentFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AgentsQuery = { agents: { totalCount: number, items: Array<{ id: string, name: string, email: string, agentNumber: string | null, role: Role, organization: Organization | null, status: UserStatus, mobile: string | null, answeringMode: AnsweringMode, mustChangePassword: boolean, createdAt: string, groups: Array<{ id: string, name: string }> }> } };

export type CreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type CreateAgentMutation = { createAgent: { isEmailSent: boolean, agent: { id: string, name: string, email: string, agentNumber: string | null, role: Role, organization: Organization | null, status: UserStatus, mobile: string | null, answeringMode: AnsweringMode, mustChangePassword: boolean, createdAt: string, groups: Array<{ id: string, name: string }> } } };

export type UpdateAgentMutationVariables = Exact<{
  id: string | number;
  input: UpdateAgentInput;
}>;


export type UpdateAgentMutation = { updateAgent: { id: string, name: string, email: string, agentNumber: string | null, role: Role, organization: Organization | null, status: UserStatus, mobile: string | null, answeringMode: AnsweringMode, mustChangePassword: boolean, createdAt: string, groups: Array<{ id: string, name: string }> } };

export type UpdateAgentPhoneMutationVariables = Exact<{
  id: string | number;
  input: AgentPhoneInput;
}>;


export type UpdateAgentPhoneMutation = { updateAgentPhone: { id: string, name: string, email: string, agentNumber: string | null, role: Role, organization: Organization | null, status: UserStatus, mobile: string | null, answeringMode: AnsweringMode, mustChangePassword: boolean, createdAt: string, groups: Array<{ id: string, name: string }> } };

export type ResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendInvitationMutation = { resendInvitation: { isEmailSent: boolean } };

export type ResetAgentPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type ResetAgentPasswordMutation = { resetAgentPassword: { isEmailSent: boolean } };

export type DisableAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableAgentMutation = { disableAgent: { id: string } };

export type EnableAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableAgentMutation = { enableAgent: { id: string } };

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


export type ImportAgentsMutation = { importAgents: { isImported: boolean, importedCount: number, totalRows: number, validRows: number, problems: Array<{ row: number, column: string, message: string }> } };

export type GroupRowFragment = { id: string, name: string, organization: Organization, leaderId: string | null, leader: { id: string, name: string } | null, members: Array<{ id: string, name: string, agentNumber: string | null }> };

export type SkillGroupRowFragment = { id: string, name: string, description: string, organization: Organization, strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, members: Array<{ userId: string, priority: number, agent: { id: string, name: string, agentNumber: string | null } | null }> };

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


export type SkillGroupsQuery = { skillGroups: { totalCount: number, items: Array<{ id: string, name: string, description: string, organization: Organization, strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, members: Array<{ userId: string, priority: number, agent: { id: string, name: string, agentNumber: string | null } | null }> }> } };

export type CreateSkillGroupMutationVariables = Exact<{
  input: CreateSkillGroupInput;
}>;


export type CreateSkillGroupMutation = { createSkillGroup: { id: string, name: string, description: string, organization: Organization, strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, members: Array<{ userId: string, priority: number, agent: { id: string, name: string, agentNumber: string | null } | null }> } };

export type UpdateSkillGroupMutationVariables = Exact<{
  id: string | number;
  input: UpdateSkillGroupInput;
}>;


export type UpdateSkillGroupMutation = { updateSkillGroup: { id: string, name: string, description: string, organization: Organization, strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, members: Array<{ userId: string, priority: number, agent: { id: string, name: string, agentNumber: string | null } | null }> } };

export type DeleteSkillGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSkillGroupMutation = { deleteSkillGroup: boolean };

export type SetSkillGroupMemberMutationVariables = Exact<{
  id: string | number;
  userId: string | number;
  priority: number;
}>;


export type SetSkillGroupMemberMutation = { setSkillGroupMember: { id: string, name: string, description: string, organization: Organization, strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, members: Array<{ userId: string, priority: number, agent: { id: string, name: string, agentNumber: string | null } | null }> } };

export type RemoveSkillGroupMemberMutationVariables = Exact<{
  id: string | number;
  userId: string | number;
}>;


export type RemoveSkillGroupMemberMutation = { removeSkillGroupMember: { id: string, name: string, description: string, organization: Organization, strategy: RoutingStrategy, maxWaitSeconds: number, maxQueueLength: number, overflowAction: OverflowAction, overflowSkillGroupId: string | null, members: Array<{ userId: string, priority: number, agent: { id: string, name: string, agentNumber: string | null } | null }> } };

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

export type LiveAgentStateFragment = { userId: string, status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause };

export type LiveQueueStateFragment = { skillGroupId: string, name: string, waiting: number, offering: number, callbacks: number, longestWaitSeconds: number, idleAgents: number };

export type StatusHistoryRowFragment = { status: AgentStatus, previousStatus: AgentStatus | null, reasonId: string | null, cause: StatusCause, detail: string | null, at: string };

export type LiveBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveBoardQuery = { agentStates: Array<{ userId: string, status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause }>, queueStates: Array<{ skillGroupId: string, name: string, waiting: number, offering: number, callbacks: number, longestWaitSeconds: number, idleAgents: number }>, notReadyReasons: Array<{ id: string, name: string }> };

export type LiveBoardAgentsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type LiveBoardAgentsQuery = { agents: { totalCount: number, items: Array<{ id: string, name: string, agentNumber: string | null }> } };

export type AgentStateChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AgentStateChangedSubscription = { agentStateChanged: { userId: string, status: AgentStatus, reasonId: string | null, since: string, cause: StatusCause } };

export type QueueStateChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QueueStateChangedSubscription = { queueStateChanged: { skillGroupId: string, name: string, waiting: number, offering: number, callbacks: number, longestWaitSeconds: number, idleAgents: number } };

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

export type SignupMutationVariables = Exact<{
  input: SignupInput;
}>;


export type SignupMutation = { signup: { user: { id: string, name: string, email: string, role: Role, organization: Organization | null, status: UserStatus, mustChangePassword: boolean } } };

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
  createdAt
}
    `, {"fragmentName":"PhoneNumberRow"}) as unknown as TypedDocumentString<PhoneNumberRowFragment, unknown>;
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
  createdAt
  groups {
    id
    name
  }
}
    `, {"fragmentName":"AgentRow"}) as unknown as TypedDocumentString<AgentRowFragment, unknown>;
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
  createdAt
}`) as unknown as TypedDocumentString<PhoneNumbersQuery, PhoneNumbersQueryVariables>;
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
  createdAt
  groups {
    id
    name
  }
}`) as unknown as TypedDocumentString<AgentsQuery, AgentsQueryVariables>;
export const CreateAgentDocument = new TypedDocumentString(`
    mutation CreateAgent($input: CreateAgentInput!) {
  createAgent(input: $input) {
    isEmailSent
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
  createdAt
  groups {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateAgentPhoneMutation, UpdateAgentPhoneMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    isEmailSent
  }
}
    `) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const ResetAgentPasswordDocument = new TypedDocumentString(`
    mutation ResetAgentPassword($id: ID!) {
  resetAgentPassword(id: $id) {
    isEmailSent
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
    problems {
      row
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportAgentsMutation, ImportAgentsMutationVariables>;
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
export const QueueStateChangedDocument = new TypedDocumentString(`
    subscription QueueStateChanged {
  queueStateChanged {
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
}`) as unknown as TypedDocumentString<QueueStateChangedSubscription, QueueStateChangedSubscriptionVariables>;
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