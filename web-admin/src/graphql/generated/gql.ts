/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AcdSettingsForm on AcdSettings {\n    afterCallWorkSeconds\n    ringTimeoutSeconds\n    maxMissedOffers\n    heartbeatTimeoutSeconds\n    announcePosition\n    announceIntervalSeconds\n    callbackEnabled\n    callbackKey\n    recordingEnabled\n    outboundCallerId\n    homeRegion\n    allowInternational\n    allowPremiumRate\n    maxConcurrentOutbound\n    maxOutboundPerSecond\n    updatedAt\n  }\n": typeof types.AcdSettingsFormFragmentDoc,
    "\n  fragment NotReadyReasonRow on NotReadyReason {\n    id\n    name\n    kind\n    code\n    sortOrder\n  }\n": typeof types.NotReadyReasonRowFragmentDoc,
    "\n  fragment PhoneNumberRow on PhoneNumber {\n    id\n    number\n    description\n    skillGroupId\n    skillGroup {\n      id\n      name\n    }\n    createdAt\n  }\n": typeof types.PhoneNumberRowFragmentDoc,
    "\n  fragment SkillGroupRouting on SkillGroup {\n    strategy\n    maxWaitSeconds\n    maxQueueLength\n    overflowAction\n    overflowSkillGroupId\n  }\n": typeof types.SkillGroupRoutingFragmentDoc,
    "\n  query AcdSettings {\n    acdSettings {\n      ...AcdSettingsForm\n    }\n  }\n": typeof types.AcdSettingsDocument,
    "\n  mutation UpdateAcdSettings($input: UpdateAcdSettingsInput!) {\n    updateAcdSettings(input: $input) {\n      ...AcdSettingsForm\n    }\n  }\n": typeof types.UpdateAcdSettingsDocument,
    "\n  query NotReadyReasons {\n    notReadyReasons {\n      ...NotReadyReasonRow\n    }\n  }\n": typeof types.NotReadyReasonsDocument,
    "\n  mutation CreateNotReadyReason($input: CreateNotReadyReasonInput!) {\n    createNotReadyReason(input: $input) {\n      ...NotReadyReasonRow\n    }\n  }\n": typeof types.CreateNotReadyReasonDocument,
    "\n  mutation UpdateNotReadyReason($id: ID!, $input: UpdateNotReadyReasonInput!) {\n    updateNotReadyReason(id: $id, input: $input) {\n      ...NotReadyReasonRow\n    }\n  }\n": typeof types.UpdateNotReadyReasonDocument,
    "\n  mutation DeleteNotReadyReason($id: ID!) {\n    deleteNotReadyReason(id: $id)\n  }\n": typeof types.DeleteNotReadyReasonDocument,
    "\n  query PhoneNumbers($page: PageInput) {\n    phoneNumbers(page: $page) {\n      totalCount\n      items {\n        ...PhoneNumberRow\n      }\n    }\n  }\n": typeof types.PhoneNumbersDocument,
    "\n  mutation AddPhoneNumber($input: AddPhoneNumberInput!) {\n    addPhoneNumber(input: $input) {\n      ...PhoneNumberRow\n    }\n  }\n": typeof types.AddPhoneNumberDocument,
    "\n  mutation UpdatePhoneNumber($id: ID!, $input: UpdatePhoneNumberInput!) {\n    updatePhoneNumber(id: $id, input: $input) {\n      ...PhoneNumberRow\n    }\n  }\n": typeof types.UpdatePhoneNumberDocument,
    "\n  mutation RemovePhoneNumber($id: ID!) {\n    removePhoneNumber(id: $id)\n  }\n": typeof types.RemovePhoneNumberDocument,
    "\n  query SkillGroupOptions {\n    skillGroups(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        organization\n      }\n    }\n  }\n": typeof types.SkillGroupOptionsDocument,
    "\n  mutation UpdateSkillGroupRouting($id: ID!, $input: UpdateSkillGroupRoutingInput!) {\n    updateSkillGroupRouting(id: $id, input: $input) {\n      ...SkillGroupRow\n    }\n  }\n": typeof types.UpdateSkillGroupRoutingDocument,
    "\n  fragment AgentRow on User {\n    id\n    name\n    email\n    agentNumber\n    role\n    organization\n    status\n    mobile\n    answeringMode\n    mustChangePassword\n    createdAt\n    groups {\n      id\n      name\n    }\n  }\n": typeof types.AgentRowFragmentDoc,
    "\n  query Agents($filter: AgentFilter, $page: PageInput) {\n    agents(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...AgentRow\n      }\n    }\n  }\n": typeof types.AgentsDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      isEmailSent\n      agent {\n        ...AgentRow\n      }\n    }\n  }\n": typeof types.CreateAgentDocument,
    "\n  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentRow\n    }\n  }\n": typeof types.UpdateAgentDocument,
    "\n  mutation UpdateAgentPhone($id: ID!, $input: AgentPhoneInput!) {\n    updateAgentPhone(id: $id, input: $input) {\n      ...AgentRow\n    }\n  }\n": typeof types.UpdateAgentPhoneDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      isEmailSent\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation ResetAgentPassword($id: ID!) {\n    resetAgentPassword(id: $id) {\n      isEmailSent\n    }\n  }\n": typeof types.ResetAgentPasswordDocument,
    "\n  mutation DisableAgent($id: ID!) {\n    disableAgent(id: $id) {\n      id\n    }\n  }\n": typeof types.DisableAgentDocument,
    "\n  mutation EnableAgent($id: ID!) {\n    enableAgent(id: $id) {\n      id\n    }\n  }\n": typeof types.EnableAgentDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": typeof types.DeleteAgentDocument,
    "\n  query AgentSipCredentials($id: ID!) {\n    agentSipCredentials(id: $id) {\n      user\n      password\n      domain\n    }\n  }\n": typeof types.AgentSipCredentialsDocument,
    "\n  mutation ImportAgents($input: ImportAgentsInput!) {\n    importAgents(input: $input) {\n      isImported\n      importedCount\n      totalRows\n      validRows\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportAgentsDocument,
    "\n  fragment GroupRow on AgentGroup {\n    id\n    name\n    organization\n    leaderId\n    leader {\n      id\n      name\n    }\n    members {\n      id\n      name\n      agentNumber\n    }\n  }\n": typeof types.GroupRowFragmentDoc,
    "\n  fragment SkillGroupRow on SkillGroup {\n    id\n    name\n    description\n    organization\n    ...SkillGroupRouting\n    members {\n      userId\n      priority\n      agent {\n        id\n        name\n        agentNumber\n      }\n    }\n  }\n": typeof types.SkillGroupRowFragmentDoc,
    "\n  query Groups($filter: GroupFilter, $page: PageInput) {\n    groups(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...GroupRow\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupRow\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...GroupRow\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation AddGroupMembers($id: ID!, $userIds: [ID!]!) {\n    addGroupMembers(id: $id, userIds: $userIds) {\n      ...GroupRow\n    }\n  }\n": typeof types.AddGroupMembersDocument,
    "\n  mutation RemoveGroupMembers($id: ID!, $userIds: [ID!]!) {\n    removeGroupMembers(id: $id, userIds: $userIds) {\n      ...GroupRow\n    }\n  }\n": typeof types.RemoveGroupMembersDocument,
    "\n  mutation DeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n": typeof types.DeleteGroupDocument,
    "\n  query SkillGroups($filter: GroupFilter, $page: PageInput) {\n    skillGroups(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...SkillGroupRow\n      }\n    }\n  }\n": typeof types.SkillGroupsDocument,
    "\n  mutation CreateSkillGroup($input: CreateSkillGroupInput!) {\n    createSkillGroup(input: $input) {\n      ...SkillGroupRow\n    }\n  }\n": typeof types.CreateSkillGroupDocument,
    "\n  mutation UpdateSkillGroup($id: ID!, $input: UpdateSkillGroupInput!) {\n    updateSkillGroup(id: $id, input: $input) {\n      ...SkillGroupRow\n    }\n  }\n": typeof types.UpdateSkillGroupDocument,
    "\n  mutation DeleteSkillGroup($id: ID!) {\n    deleteSkillGroup(id: $id)\n  }\n": typeof types.DeleteSkillGroupDocument,
    "\n  mutation SetSkillGroupMember($id: ID!, $userId: ID!, $priority: Int!) {\n    setSkillGroupMember(id: $id, userId: $userId, priority: $priority) {\n      ...SkillGroupRow\n    }\n  }\n": typeof types.SetSkillGroupMemberDocument,
    "\n  mutation RemoveSkillGroupMember($id: ID!, $userId: ID!) {\n    removeSkillGroupMember(id: $id, userId: $userId) {\n      ...SkillGroupRow\n    }\n  }\n": typeof types.RemoveSkillGroupMemberDocument,
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    role\n    organization\n    keyPrefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeys($page: PageInput) {\n    apiKeys(page: $page) {\n      totalCount\n      items {\n        ...ApiKeyRow\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        actorKind\n        actorId\n        actorName\n        organization\n        before\n        after\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment LiveAgentState on AgentState {\n    userId\n    status\n    reasonId\n    since\n    cause\n  }\n": typeof types.LiveAgentStateFragmentDoc,
    "\n  fragment LiveQueueState on QueueState {\n    skillGroupId\n    name\n    waiting\n    offering\n    callbacks\n    longestWaitSeconds\n    idleAgents\n  }\n": typeof types.LiveQueueStateFragmentDoc,
    "\n  fragment StatusHistoryRow on AgentStatusChange {\n    status\n    previousStatus\n    reasonId\n    cause\n    detail\n    at\n  }\n": typeof types.StatusHistoryRowFragmentDoc,
    "\n  query LiveBoard {\n    agentStates {\n      ...LiveAgentState\n    }\n    queueStates {\n      ...LiveQueueState\n    }\n    notReadyReasons {\n      id\n      name\n    }\n  }\n": typeof types.LiveBoardDocument,
    "\n  query LiveBoardAgents($page: PageInput) {\n    agents(page: $page) {\n      totalCount\n      items {\n        id\n        name\n        agentNumber\n      }\n    }\n  }\n": typeof types.LiveBoardAgentsDocument,
    "\n  subscription AgentStateChanged {\n    agentStateChanged {\n      ...LiveAgentState\n    }\n  }\n": typeof types.AgentStateChangedDocument,
    "\n  subscription QueueStateChanged {\n    queueStateChanged {\n      ...LiveQueueState\n    }\n  }\n": typeof types.QueueStateChangedDocument,
    "\n  mutation MonitorCall($agentId: ID!, $mode: MonitorMode!, $idempotencyKey: String!) {\n    monitorCall(agentId: $agentId, mode: $mode, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": typeof types.MonitorCallDocument,
    "\n  mutation ForceSignOut($agentId: ID!) {\n    forceSignOut(agentId: $agentId) {\n      ...LiveAgentState\n    }\n  }\n": typeof types.ForceSignOutDocument,
    "\n  query AgentStatusHistory($agentId: ID!, $page: PageInput) {\n    agentStatusHistory(agentId: $agentId, page: $page) {\n      totalCount\n      items {\n        ...StatusHistoryRow\n      }\n    }\n  }\n": typeof types.AgentStatusHistoryDocument,
    "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) {\n      user {\n        id\n        name\n        email\n        role\n        organization\n        status\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.SignupDocument,
};
const documents: Documents = {
    "\n  fragment AcdSettingsForm on AcdSettings {\n    afterCallWorkSeconds\n    ringTimeoutSeconds\n    maxMissedOffers\n    heartbeatTimeoutSeconds\n    announcePosition\n    announceIntervalSeconds\n    callbackEnabled\n    callbackKey\n    recordingEnabled\n    outboundCallerId\n    homeRegion\n    allowInternational\n    allowPremiumRate\n    maxConcurrentOutbound\n    maxOutboundPerSecond\n    updatedAt\n  }\n": types.AcdSettingsFormFragmentDoc,
    "\n  fragment NotReadyReasonRow on NotReadyReason {\n    id\n    name\n    kind\n    code\n    sortOrder\n  }\n": types.NotReadyReasonRowFragmentDoc,
    "\n  fragment PhoneNumberRow on PhoneNumber {\n    id\n    number\n    description\n    skillGroupId\n    skillGroup {\n      id\n      name\n    }\n    createdAt\n  }\n": types.PhoneNumberRowFragmentDoc,
    "\n  fragment SkillGroupRouting on SkillGroup {\n    strategy\n    maxWaitSeconds\n    maxQueueLength\n    overflowAction\n    overflowSkillGroupId\n  }\n": types.SkillGroupRoutingFragmentDoc,
    "\n  query AcdSettings {\n    acdSettings {\n      ...AcdSettingsForm\n    }\n  }\n": types.AcdSettingsDocument,
    "\n  mutation UpdateAcdSettings($input: UpdateAcdSettingsInput!) {\n    updateAcdSettings(input: $input) {\n      ...AcdSettingsForm\n    }\n  }\n": types.UpdateAcdSettingsDocument,
    "\n  query NotReadyReasons {\n    notReadyReasons {\n      ...NotReadyReasonRow\n    }\n  }\n": types.NotReadyReasonsDocument,
    "\n  mutation CreateNotReadyReason($input: CreateNotReadyReasonInput!) {\n    createNotReadyReason(input: $input) {\n      ...NotReadyReasonRow\n    }\n  }\n": types.CreateNotReadyReasonDocument,
    "\n  mutation UpdateNotReadyReason($id: ID!, $input: UpdateNotReadyReasonInput!) {\n    updateNotReadyReason(id: $id, input: $input) {\n      ...NotReadyReasonRow\n    }\n  }\n": types.UpdateNotReadyReasonDocument,
    "\n  mutation DeleteNotReadyReason($id: ID!) {\n    deleteNotReadyReason(id: $id)\n  }\n": types.DeleteNotReadyReasonDocument,
    "\n  query PhoneNumbers($page: PageInput) {\n    phoneNumbers(page: $page) {\n      totalCount\n      items {\n        ...PhoneNumberRow\n      }\n    }\n  }\n": types.PhoneNumbersDocument,
    "\n  mutation AddPhoneNumber($input: AddPhoneNumberInput!) {\n    addPhoneNumber(input: $input) {\n      ...PhoneNumberRow\n    }\n  }\n": types.AddPhoneNumberDocument,
    "\n  mutation UpdatePhoneNumber($id: ID!, $input: UpdatePhoneNumberInput!) {\n    updatePhoneNumber(id: $id, input: $input) {\n      ...PhoneNumberRow\n    }\n  }\n": types.UpdatePhoneNumberDocument,
    "\n  mutation RemovePhoneNumber($id: ID!) {\n    removePhoneNumber(id: $id)\n  }\n": types.RemovePhoneNumberDocument,
    "\n  query SkillGroupOptions {\n    skillGroups(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        organization\n      }\n    }\n  }\n": types.SkillGroupOptionsDocument,
    "\n  mutation UpdateSkillGroupRouting($id: ID!, $input: UpdateSkillGroupRoutingInput!) {\n    updateSkillGroupRouting(id: $id, input: $input) {\n      ...SkillGroupRow\n    }\n  }\n": types.UpdateSkillGroupRoutingDocument,
    "\n  fragment AgentRow on User {\n    id\n    name\n    email\n    agentNumber\n    role\n    organization\n    status\n    mobile\n    answeringMode\n    mustChangePassword\n    createdAt\n    groups {\n      id\n      name\n    }\n  }\n": types.AgentRowFragmentDoc,
    "\n  query Agents($filter: AgentFilter, $page: PageInput) {\n    agents(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...AgentRow\n      }\n    }\n  }\n": types.AgentsDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      isEmailSent\n      agent {\n        ...AgentRow\n      }\n    }\n  }\n": types.CreateAgentDocument,
    "\n  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentRow\n    }\n  }\n": types.UpdateAgentDocument,
    "\n  mutation UpdateAgentPhone($id: ID!, $input: AgentPhoneInput!) {\n    updateAgentPhone(id: $id, input: $input) {\n      ...AgentRow\n    }\n  }\n": types.UpdateAgentPhoneDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      isEmailSent\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation ResetAgentPassword($id: ID!) {\n    resetAgentPassword(id: $id) {\n      isEmailSent\n    }\n  }\n": types.ResetAgentPasswordDocument,
    "\n  mutation DisableAgent($id: ID!) {\n    disableAgent(id: $id) {\n      id\n    }\n  }\n": types.DisableAgentDocument,
    "\n  mutation EnableAgent($id: ID!) {\n    enableAgent(id: $id) {\n      id\n    }\n  }\n": types.EnableAgentDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": types.DeleteAgentDocument,
    "\n  query AgentSipCredentials($id: ID!) {\n    agentSipCredentials(id: $id) {\n      user\n      password\n      domain\n    }\n  }\n": types.AgentSipCredentialsDocument,
    "\n  mutation ImportAgents($input: ImportAgentsInput!) {\n    importAgents(input: $input) {\n      isImported\n      importedCount\n      totalRows\n      validRows\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ImportAgentsDocument,
    "\n  fragment GroupRow on AgentGroup {\n    id\n    name\n    organization\n    leaderId\n    leader {\n      id\n      name\n    }\n    members {\n      id\n      name\n      agentNumber\n    }\n  }\n": types.GroupRowFragmentDoc,
    "\n  fragment SkillGroupRow on SkillGroup {\n    id\n    name\n    description\n    organization\n    ...SkillGroupRouting\n    members {\n      userId\n      priority\n      agent {\n        id\n        name\n        agentNumber\n      }\n    }\n  }\n": types.SkillGroupRowFragmentDoc,
    "\n  query Groups($filter: GroupFilter, $page: PageInput) {\n    groups(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...GroupRow\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupRow\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...GroupRow\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation AddGroupMembers($id: ID!, $userIds: [ID!]!) {\n    addGroupMembers(id: $id, userIds: $userIds) {\n      ...GroupRow\n    }\n  }\n": types.AddGroupMembersDocument,
    "\n  mutation RemoveGroupMembers($id: ID!, $userIds: [ID!]!) {\n    removeGroupMembers(id: $id, userIds: $userIds) {\n      ...GroupRow\n    }\n  }\n": types.RemoveGroupMembersDocument,
    "\n  mutation DeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n": types.DeleteGroupDocument,
    "\n  query SkillGroups($filter: GroupFilter, $page: PageInput) {\n    skillGroups(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...SkillGroupRow\n      }\n    }\n  }\n": types.SkillGroupsDocument,
    "\n  mutation CreateSkillGroup($input: CreateSkillGroupInput!) {\n    createSkillGroup(input: $input) {\n      ...SkillGroupRow\n    }\n  }\n": types.CreateSkillGroupDocument,
    "\n  mutation UpdateSkillGroup($id: ID!, $input: UpdateSkillGroupInput!) {\n    updateSkillGroup(id: $id, input: $input) {\n      ...SkillGroupRow\n    }\n  }\n": types.UpdateSkillGroupDocument,
    "\n  mutation DeleteSkillGroup($id: ID!) {\n    deleteSkillGroup(id: $id)\n  }\n": types.DeleteSkillGroupDocument,
    "\n  mutation SetSkillGroupMember($id: ID!, $userId: ID!, $priority: Int!) {\n    setSkillGroupMember(id: $id, userId: $userId, priority: $priority) {\n      ...SkillGroupRow\n    }\n  }\n": types.SetSkillGroupMemberDocument,
    "\n  mutation RemoveSkillGroupMember($id: ID!, $userId: ID!) {\n    removeSkillGroupMember(id: $id, userId: $userId) {\n      ...SkillGroupRow\n    }\n  }\n": types.RemoveSkillGroupMemberDocument,
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    role\n    organization\n    keyPrefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeys($page: PageInput) {\n    apiKeys(page: $page) {\n      totalCount\n      items {\n        ...ApiKeyRow\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        actorKind\n        actorId\n        actorName\n        organization\n        before\n        after\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment LiveAgentState on AgentState {\n    userId\n    status\n    reasonId\n    since\n    cause\n  }\n": types.LiveAgentStateFragmentDoc,
    "\n  fragment LiveQueueState on QueueState {\n    skillGroupId\n    name\n    waiting\n    offering\n    callbacks\n    longestWaitSeconds\n    idleAgents\n  }\n": types.LiveQueueStateFragmentDoc,
    "\n  fragment StatusHistoryRow on AgentStatusChange {\n    status\n    previousStatus\n    reasonId\n    cause\n    detail\n    at\n  }\n": types.StatusHistoryRowFragmentDoc,
    "\n  query LiveBoard {\n    agentStates {\n      ...LiveAgentState\n    }\n    queueStates {\n      ...LiveQueueState\n    }\n    notReadyReasons {\n      id\n      name\n    }\n  }\n": types.LiveBoardDocument,
    "\n  query LiveBoardAgents($page: PageInput) {\n    agents(page: $page) {\n      totalCount\n      items {\n        id\n        name\n        agentNumber\n      }\n    }\n  }\n": types.LiveBoardAgentsDocument,
    "\n  subscription AgentStateChanged {\n    agentStateChanged {\n      ...LiveAgentState\n    }\n  }\n": types.AgentStateChangedDocument,
    "\n  subscription QueueStateChanged {\n    queueStateChanged {\n      ...LiveQueueState\n    }\n  }\n": types.QueueStateChangedDocument,
    "\n  mutation MonitorCall($agentId: ID!, $mode: MonitorMode!, $idempotencyKey: String!) {\n    monitorCall(agentId: $agentId, mode: $mode, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": types.MonitorCallDocument,
    "\n  mutation ForceSignOut($agentId: ID!) {\n    forceSignOut(agentId: $agentId) {\n      ...LiveAgentState\n    }\n  }\n": types.ForceSignOutDocument,
    "\n  query AgentStatusHistory($agentId: ID!, $page: PageInput) {\n    agentStatusHistory(agentId: $agentId, page: $page) {\n      totalCount\n      items {\n        ...StatusHistoryRow\n      }\n    }\n  }\n": types.AgentStatusHistoryDocument,
    "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) {\n      user {\n        id\n        name\n        email\n        role\n        organization\n        status\n        mustChangePassword\n      }\n    }\n  }\n": types.SignupDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AcdSettingsForm on AcdSettings {\n    afterCallWorkSeconds\n    ringTimeoutSeconds\n    maxMissedOffers\n    heartbeatTimeoutSeconds\n    announcePosition\n    announceIntervalSeconds\n    callbackEnabled\n    callbackKey\n    recordingEnabled\n    outboundCallerId\n    homeRegion\n    allowInternational\n    allowPremiumRate\n    maxConcurrentOutbound\n    maxOutboundPerSecond\n    updatedAt\n  }\n"): typeof import('./graphql').AcdSettingsFormFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotReadyReasonRow on NotReadyReason {\n    id\n    name\n    kind\n    code\n    sortOrder\n  }\n"): typeof import('./graphql').NotReadyReasonRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PhoneNumberRow on PhoneNumber {\n    id\n    number\n    description\n    skillGroupId\n    skillGroup {\n      id\n      name\n    }\n    createdAt\n  }\n"): typeof import('./graphql').PhoneNumberRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillGroupRouting on SkillGroup {\n    strategy\n    maxWaitSeconds\n    maxQueueLength\n    overflowAction\n    overflowSkillGroupId\n  }\n"): typeof import('./graphql').SkillGroupRoutingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcdSettings {\n    acdSettings {\n      ...AcdSettingsForm\n    }\n  }\n"): typeof import('./graphql').AcdSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAcdSettings($input: UpdateAcdSettingsInput!) {\n    updateAcdSettings(input: $input) {\n      ...AcdSettingsForm\n    }\n  }\n"): typeof import('./graphql').UpdateAcdSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotReadyReasons {\n    notReadyReasons {\n      ...NotReadyReasonRow\n    }\n  }\n"): typeof import('./graphql').NotReadyReasonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNotReadyReason($input: CreateNotReadyReasonInput!) {\n    createNotReadyReason(input: $input) {\n      ...NotReadyReasonRow\n    }\n  }\n"): typeof import('./graphql').CreateNotReadyReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotReadyReason($id: ID!, $input: UpdateNotReadyReasonInput!) {\n    updateNotReadyReason(id: $id, input: $input) {\n      ...NotReadyReasonRow\n    }\n  }\n"): typeof import('./graphql').UpdateNotReadyReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNotReadyReason($id: ID!) {\n    deleteNotReadyReason(id: $id)\n  }\n"): typeof import('./graphql').DeleteNotReadyReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhoneNumbers($page: PageInput) {\n    phoneNumbers(page: $page) {\n      totalCount\n      items {\n        ...PhoneNumberRow\n      }\n    }\n  }\n"): typeof import('./graphql').PhoneNumbersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPhoneNumber($input: AddPhoneNumberInput!) {\n    addPhoneNumber(input: $input) {\n      ...PhoneNumberRow\n    }\n  }\n"): typeof import('./graphql').AddPhoneNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePhoneNumber($id: ID!, $input: UpdatePhoneNumberInput!) {\n    updatePhoneNumber(id: $id, input: $input) {\n      ...PhoneNumberRow\n    }\n  }\n"): typeof import('./graphql').UpdatePhoneNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePhoneNumber($id: ID!) {\n    removePhoneNumber(id: $id)\n  }\n"): typeof import('./graphql').RemovePhoneNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillGroupOptions {\n    skillGroups(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        organization\n      }\n    }\n  }\n"): typeof import('./graphql').SkillGroupOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSkillGroupRouting($id: ID!, $input: UpdateSkillGroupRoutingInput!) {\n    updateSkillGroupRouting(id: $id, input: $input) {\n      ...SkillGroupRow\n    }\n  }\n"): typeof import('./graphql').UpdateSkillGroupRoutingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentRow on User {\n    id\n    name\n    email\n    agentNumber\n    role\n    organization\n    status\n    mobile\n    answeringMode\n    mustChangePassword\n    createdAt\n    groups {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AgentRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agents($filter: AgentFilter, $page: PageInput) {\n    agents(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...AgentRow\n      }\n    }\n  }\n"): typeof import('./graphql').AgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      isEmailSent\n      agent {\n        ...AgentRow\n      }\n    }\n  }\n"): typeof import('./graphql').CreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentRow\n    }\n  }\n"): typeof import('./graphql').UpdateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgentPhone($id: ID!, $input: AgentPhoneInput!) {\n    updateAgentPhone(id: $id, input: $input) {\n      ...AgentRow\n    }\n  }\n"): typeof import('./graphql').UpdateAgentPhoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      isEmailSent\n    }\n  }\n"): typeof import('./graphql').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAgentPassword($id: ID!) {\n    resetAgentPassword(id: $id) {\n      isEmailSent\n    }\n  }\n"): typeof import('./graphql').ResetAgentPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableAgent($id: ID!) {\n    disableAgent(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DisableAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableAgent($id: ID!) {\n    enableAgent(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnableAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n"): typeof import('./graphql').DeleteAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentSipCredentials($id: ID!) {\n    agentSipCredentials(id: $id) {\n      user\n      password\n      domain\n    }\n  }\n"): typeof import('./graphql').AgentSipCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAgents($input: ImportAgentsInput!) {\n    importAgents(input: $input) {\n      isImported\n      importedCount\n      totalRows\n      validRows\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ImportAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupRow on AgentGroup {\n    id\n    name\n    organization\n    leaderId\n    leader {\n      id\n      name\n    }\n    members {\n      id\n      name\n      agentNumber\n    }\n  }\n"): typeof import('./graphql').GroupRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillGroupRow on SkillGroup {\n    id\n    name\n    description\n    organization\n    ...SkillGroupRouting\n    members {\n      userId\n      priority\n      agent {\n        id\n        name\n        agentNumber\n      }\n    }\n  }\n"): typeof import('./graphql').SkillGroupRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($filter: GroupFilter, $page: PageInput) {\n    groups(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...GroupRow\n      }\n    }\n  }\n"): typeof import('./graphql').GroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupRow\n    }\n  }\n"): typeof import('./graphql').CreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...GroupRow\n    }\n  }\n"): typeof import('./graphql').UpdateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGroupMembers($id: ID!, $userIds: [ID!]!) {\n    addGroupMembers(id: $id, userIds: $userIds) {\n      ...GroupRow\n    }\n  }\n"): typeof import('./graphql').AddGroupMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGroupMembers($id: ID!, $userIds: [ID!]!) {\n    removeGroupMembers(id: $id, userIds: $userIds) {\n      ...GroupRow\n    }\n  }\n"): typeof import('./graphql').RemoveGroupMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n"): typeof import('./graphql').DeleteGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillGroups($filter: GroupFilter, $page: PageInput) {\n    skillGroups(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...SkillGroupRow\n      }\n    }\n  }\n"): typeof import('./graphql').SkillGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSkillGroup($input: CreateSkillGroupInput!) {\n    createSkillGroup(input: $input) {\n      ...SkillGroupRow\n    }\n  }\n"): typeof import('./graphql').CreateSkillGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSkillGroup($id: ID!, $input: UpdateSkillGroupInput!) {\n    updateSkillGroup(id: $id, input: $input) {\n      ...SkillGroupRow\n    }\n  }\n"): typeof import('./graphql').UpdateSkillGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSkillGroup($id: ID!) {\n    deleteSkillGroup(id: $id)\n  }\n"): typeof import('./graphql').DeleteSkillGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSkillGroupMember($id: ID!, $userId: ID!, $priority: Int!) {\n    setSkillGroupMember(id: $id, userId: $userId, priority: $priority) {\n      ...SkillGroupRow\n    }\n  }\n"): typeof import('./graphql').SetSkillGroupMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSkillGroupMember($id: ID!, $userId: ID!) {\n    removeSkillGroupMember(id: $id, userId: $userId) {\n      ...SkillGroupRow\n    }\n  }\n"): typeof import('./graphql').RemoveSkillGroupMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    role\n    organization\n    keyPrefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): typeof import('./graphql').ApiKeyRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($page: PageInput) {\n    apiKeys(page: $page) {\n      totalCount\n      items {\n        ...ApiKeyRow\n      }\n    }\n  }\n"): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        actorKind\n        actorId\n        actorName\n        organization\n        before\n        after\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveAgentState on AgentState {\n    userId\n    status\n    reasonId\n    since\n    cause\n  }\n"): typeof import('./graphql').LiveAgentStateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveQueueState on QueueState {\n    skillGroupId\n    name\n    waiting\n    offering\n    callbacks\n    longestWaitSeconds\n    idleAgents\n  }\n"): typeof import('./graphql').LiveQueueStateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusHistoryRow on AgentStatusChange {\n    status\n    previousStatus\n    reasonId\n    cause\n    detail\n    at\n  }\n"): typeof import('./graphql').StatusHistoryRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveBoard {\n    agentStates {\n      ...LiveAgentState\n    }\n    queueStates {\n      ...LiveQueueState\n    }\n    notReadyReasons {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').LiveBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveBoardAgents($page: PageInput) {\n    agents(page: $page) {\n      totalCount\n      items {\n        id\n        name\n        agentNumber\n      }\n    }\n  }\n"): typeof import('./graphql').LiveBoardAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgentStateChanged {\n    agentStateChanged {\n      ...LiveAgentState\n    }\n  }\n"): typeof import('./graphql').AgentStateChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueStateChanged {\n    queueStateChanged {\n      ...LiveQueueState\n    }\n  }\n"): typeof import('./graphql').QueueStateChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MonitorCall($agentId: ID!, $mode: MonitorMode!, $idempotencyKey: String!) {\n    monitorCall(agentId: $agentId, mode: $mode, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n"): typeof import('./graphql').MonitorCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForceSignOut($agentId: ID!) {\n    forceSignOut(agentId: $agentId) {\n      ...LiveAgentState\n    }\n  }\n"): typeof import('./graphql').ForceSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentStatusHistory($agentId: ID!, $page: PageInput) {\n    agentStatusHistory(agentId: $agentId, page: $page) {\n      totalCount\n      items {\n        ...StatusHistoryRow\n      }\n    }\n  }\n"): typeof import('./graphql').AgentStatusHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) {\n      user {\n        id\n        name\n        email\n        role\n        organization\n        status\n        mustChangePassword\n      }\n    }\n  }\n"): typeof import('./graphql').SignupDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
