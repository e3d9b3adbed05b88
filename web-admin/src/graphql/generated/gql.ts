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
    "\n  fragment AcdSettingsForm on AcdSettings {\n    afterCallWorkSeconds\n    ringTimeoutSeconds\n    maxMissedOffers\n    heartbeatTimeoutSeconds\n    announcePosition\n    announceIntervalSeconds\n    callbackEnabled\n    callbackKey\n    recordingEnabled\n    outboundRecordingEnabled\n    recordingRetentionDays\n    isRecordingStereo\n    appealWindowDays\n    outboundSurveyEnabled\n    surveyScale\n    surveyLabels {\n      zh\n      en\n    }\n    requireSummaryBeforeReady\n    outboundCallerId\n    homeRegion\n    allowInternational\n    allowPremiumRate\n    maxConcurrentOutbound\n    maxOutboundPerSecond\n    updatedAt\n  }\n": typeof types.AcdSettingsFormFragmentDoc,
    "\n  fragment NotReadyReasonRow on NotReadyReason {\n    id\n    name\n    kind\n    code\n    sortOrder\n  }\n": typeof types.NotReadyReasonRowFragmentDoc,
    "\n  fragment PhoneNumberRow on PhoneNumber {\n    id\n    number\n    description\n    skillGroupId\n    skillGroup {\n      id\n      name\n    }\n    scheduleId\n    createdAt\n  }\n": typeof types.PhoneNumberRowFragmentDoc,
    "\n  fragment PhoneNumberRoute on PhoneNumber {\n    ...PhoneNumberRow\n    schedule {\n      name\n      flow {\n        name\n      }\n      holidayToday {\n        name\n        flow {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PhoneNumberRouteFragmentDoc,
    "\n  fragment SkillGroupRouting on SkillGroup {\n    strategy\n    maxWaitSeconds\n    maxQueueLength\n    overflowAction\n    overflowSkillGroupId\n    isPostCallSurveyEnabled\n    isRecordingEnabled\n  }\n": typeof types.SkillGroupRoutingFragmentDoc,
    "\n  query AcdSettings {\n    acdSettings {\n      ...AcdSettingsForm\n    }\n  }\n": typeof types.AcdSettingsDocument,
    "\n  mutation UpdateAcdSettings($input: UpdateAcdSettingsInput!) {\n    updateAcdSettings(input: $input) {\n      ...AcdSettingsForm\n    }\n  }\n": typeof types.UpdateAcdSettingsDocument,
    "\n  query NotReadyReasons {\n    notReadyReasons {\n      ...NotReadyReasonRow\n    }\n  }\n": typeof types.NotReadyReasonsDocument,
    "\n  mutation CreateNotReadyReason($input: CreateNotReadyReasonInput!) {\n    createNotReadyReason(input: $input) {\n      ...NotReadyReasonRow\n    }\n  }\n": typeof types.CreateNotReadyReasonDocument,
    "\n  mutation UpdateNotReadyReason($id: ID!, $input: UpdateNotReadyReasonInput!) {\n    updateNotReadyReason(id: $id, input: $input) {\n      ...NotReadyReasonRow\n    }\n  }\n": typeof types.UpdateNotReadyReasonDocument,
    "\n  mutation DeleteNotReadyReason($id: ID!) {\n    deleteNotReadyReason(id: $id)\n  }\n": typeof types.DeleteNotReadyReasonDocument,
    "\n  query PhoneNumbers($page: PageInput) {\n    phoneNumbers(page: $page) {\n      totalCount\n      items {\n        ...PhoneNumberRow\n      }\n    }\n  }\n": typeof types.PhoneNumbersDocument,
    "\n  query PhoneNumberList($page: PageInput) {\n    phoneNumbers(page: $page) {\n      totalCount\n      items {\n        ...PhoneNumberRoute\n      }\n    }\n  }\n": typeof types.PhoneNumberListDocument,
    "\n  mutation AddPhoneNumber($input: AddPhoneNumberInput!) {\n    addPhoneNumber(input: $input) {\n      ...PhoneNumberRow\n    }\n  }\n": typeof types.AddPhoneNumberDocument,
    "\n  mutation UpdatePhoneNumber($id: ID!, $input: UpdatePhoneNumberInput!) {\n    updatePhoneNumber(id: $id, input: $input) {\n      ...PhoneNumberRow\n    }\n  }\n": typeof types.UpdatePhoneNumberDocument,
    "\n  mutation RemovePhoneNumber($id: ID!) {\n    removePhoneNumber(id: $id)\n  }\n": typeof types.RemovePhoneNumberDocument,
    "\n  query SkillGroupOptions {\n    skillGroups(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        organization\n      }\n    }\n  }\n": typeof types.SkillGroupOptionsDocument,
    "\n  mutation UpdateSkillGroupRouting($id: ID!, $input: UpdateSkillGroupRoutingInput!) {\n    updateSkillGroupRouting(id: $id, input: $input) {\n      ...SkillGroupRow\n    }\n  }\n": typeof types.UpdateSkillGroupRoutingDocument,
    "\n  fragment AgentRow on User {\n    id\n    name\n    email\n    agentNumber\n    role\n    organization\n    status\n    mobile\n    answeringMode\n    mustChangePassword\n    signInLockedUntil\n    createdAt\n    groups {\n      id\n      name\n    }\n  }\n": typeof types.AgentRowFragmentDoc,
    "\n  query Agents($filter: AgentFilter, $page: PageInput) {\n    agents(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...AgentRow\n      }\n    }\n  }\n": typeof types.AgentsDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      emailDelivery\n      outboxFolder\n      agent {\n        ...AgentRow\n      }\n    }\n  }\n": typeof types.CreateAgentDocument,
    "\n  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentRow\n    }\n  }\n": typeof types.UpdateAgentDocument,
    "\n  mutation UpdateAgentPhone($id: ID!, $input: AgentPhoneInput!) {\n    updateAgentPhone(id: $id, input: $input) {\n      ...AgentRow\n    }\n  }\n": typeof types.UpdateAgentPhoneDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      emailDelivery\n      outboxFolder\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation ResetAgentPassword($id: ID!) {\n    resetAgentPassword(id: $id) {\n      emailDelivery\n      outboxFolder\n    }\n  }\n": typeof types.ResetAgentPasswordDocument,
    "\n  mutation DisableAgent($id: ID!) {\n    disableAgent(id: $id) {\n      id\n    }\n  }\n": typeof types.DisableAgentDocument,
    "\n  mutation EnableAgent($id: ID!) {\n    enableAgent(id: $id) {\n      id\n    }\n  }\n": typeof types.EnableAgentDocument,
    "\n  mutation UnlockAgent($id: ID!) {\n    unlockAgent(id: $id) {\n      id\n      signInLockedUntil\n    }\n  }\n": typeof types.UnlockAgentDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": typeof types.DeleteAgentDocument,
    "\n  query AgentSipCredentials($id: ID!) {\n    agentSipCredentials(id: $id) {\n      user\n      password\n      domain\n    }\n  }\n": typeof types.AgentSipCredentialsDocument,
    "\n  mutation ImportAgents($input: ImportAgentsInput!) {\n    importAgents(input: $input) {\n      isImported\n      importedCount\n      totalRows\n      validRows\n      emailDelivery\n      outboxFolder\n      problems {\n        row\n        column\n        field\n        code\n        params\n      }\n    }\n  }\n": typeof types.ImportAgentsDocument,
    "\n  fragment CallRecordRow on CallRecordRowView {\n    id\n    startedAt\n    endedAt\n    direction\n    customerNumber\n    dialledNumber\n    agentId\n    agentName\n    skillGroupName\n    outcome\n    waitSeconds\n    talkSeconds\n    hangupSide\n    hangupCause\n    satisfactionScore\n    satisfactionScale\n    satisfactionLabel {\n      zh\n      en\n    }\n    hasRecording\n    customerId\n    customerName\n  }\n": typeof types.CallRecordRowFragmentDoc,
    "\n  query CallRecordSearch($filter: CallRecordSearchFilter, $after: String, $limit: Int) {\n    callRecordSearch(filter: $filter, after: $after, limit: $limit) {\n      nextCursor\n      items {\n        ...CallRecordRow\n      }\n    }\n  }\n": typeof types.CallRecordSearchDocument,
    "\n  query CallRecordCount($filter: CallRecordSearchFilter) {\n    callRecordCount(filter: $filter) {\n      count\n      isCapped\n    }\n  }\n": typeof types.CallRecordCountDocument,
    "\n  query CallRecordDetails($id: ID!) {\n    callRecordDetails(id: $id) {\n      id\n      recordingUrl\n      row {\n        ...CallRecordRow\n      }\n      call {\n        id\n        answeredAt\n        recordingRemovedAt\n        legs {\n          id\n          role\n        }\n        timeline {\n          at\n          event\n          legId\n          detail\n          agentName\n          skillGroupName\n          outcome\n          seconds\n        }\n        serviceSummaries {\n          id\n          categoryId\n          notes\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.CallRecordDetailsDocument,
    "\n  fragment CustomFieldRow on CustomFieldDefinition {\n    id\n    entity\n    key\n    labelZh\n    labelEn\n    type\n    isRequired\n    options {\n      value\n      labelZh\n      labelEn\n    }\n    position\n    isHidden\n  }\n": typeof types.CustomFieldRowFragmentDoc,
    "\n  query CustomFieldList($entity: CustomFieldEntity!) {\n    customFieldDefinitions(entity: $entity) {\n      ...CustomFieldRow\n    }\n  }\n": typeof types.CustomFieldListDocument,
    "\n  mutation CreateCustomField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) {\n      ...CustomFieldRow\n    }\n  }\n": typeof types.CreateCustomFieldDocument,
    "\n  mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldDefinitionInput!) {\n    updateCustomFieldDefinition(id: $id, input: $input) {\n      ...CustomFieldRow\n    }\n  }\n": typeof types.UpdateCustomFieldDocument,
    "\n  mutation DeleteCustomField($id: ID!) {\n    deleteCustomFieldDefinition(id: $id)\n  }\n": typeof types.DeleteCustomFieldDocument,
    "\n  fragment CustomerRow on Customer {\n    id\n    name\n    organization\n    phoneNumbers\n    customFields\n    createdAt\n    updatedAt\n  }\n": typeof types.CustomerRowFragmentDoc,
    "\n  query CustomerList($filter: CustomerFilter, $page: PageInput) {\n    customers(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...CustomerRow\n      }\n    }\n  }\n": typeof types.CustomerListDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerRow\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerRow\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": typeof types.DeleteCustomerDocument,
    "\n  query ScreenPopSettings {\n    screenPopSettings {\n      urlTemplate\n      allowedOrigins\n      variables\n    }\n  }\n": typeof types.ScreenPopSettingsDocument,
    "\n  mutation UpdateScreenPopSettings($input: ScreenPopSettingsInput!) {\n    updateScreenPopSettings(input: $input) {\n      urlTemplate\n      allowedOrigins\n      variables\n    }\n  }\n": typeof types.UpdateScreenPopSettingsDocument,
    "\n  mutation MergeCustomers($survivorId: ID!, $mergedId: ID!) {\n    mergeCustomers(survivorId: $survivorId, mergedId: $mergedId) {\n      ...CustomerRow\n    }\n  }\n": typeof types.MergeCustomersDocument,
    "\n  query DashboardLive {\n    agentStates {\n      ...LiveAgentState\n    }\n    queueStates {\n      ...LiveQueueState\n    }\n  }\n": typeof types.DashboardLiveDocument,
    "\n  fragment CallCountsRow on CallCounts {\n    inbound\n    answered\n    abandoned\n    unansweredLive\n    outbound\n    outboundAnswered\n  }\n": typeof types.CallCountsRowFragmentDoc,
    "\n  query TodayCalls($from: DateTimeISO!) {\n    callCounts(from: $from) {\n      ...CallCountsRow\n    }\n    kpis(scope: { kind: TENANT }, window: { kind: TODAY }) {\n      answered\n      abandoned\n      abandonRate\n      callbacksRequested\n    }\n  }\n": typeof types.TodayCallsDocument,
    "\n  query SetupProgress {\n    skillGroups(page: { offset: 0, limit: 100 }) {\n      totalCount\n      items {\n        id\n        members {\n          userId\n        }\n      }\n    }\n    phoneNumbers(page: { offset: 0, limit: 100 }) {\n      totalCount\n      items {\n        id\n        skillGroupId\n        scheduleId\n      }\n    }\n  }\n": typeof types.SetupProgressDocument,
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
    "\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    disabledReason\n    disabledAt\n    failingSince\n    createdAt\n  }\n": typeof types.WebhookEndpointRowFragmentDoc,
    "\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    eventType\n    occurredAt\n    status\n    attemptCount\n    lastStatusCode\n    nextAttemptDue\n    deliveredAt\n    body\n    attempts {\n      at\n      statusCode\n      error\n      durationMs\n    }\n  }\n": typeof types.WebhookDeliveryRowFragmentDoc,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointRow\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...WebhookEndpointRow\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation PingWebhookEndpoint($id: ID!) {\n    pingWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n": typeof types.PingWebhookEndpointDocument,
    "\n  query WebhookDeliveries($filter: WebhookDeliveryFilterInput!, $page: PageInput) {\n    webhookDeliveries(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...WebhookDeliveryRow\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryRow\n    }\n  }\n": typeof types.ReplayWebhookDeliveryDocument,
    "\n  fragment IvrFlowRow on IvrFlow {\n    id\n    name\n    description\n    updatedAt\n    usedBy {\n      kind\n      id\n      name\n    }\n    liveVersion {\n      id\n      version\n      publishedAt\n    }\n    draft {\n      id\n      version\n      savedAt\n    }\n  }\n": typeof types.IvrFlowRowFragmentDoc,
    "\n  fragment IvrFlowVersionRow on IvrFlowVersion {\n    id\n    version\n    status\n    savedAt\n    savedBy\n    publishedAt\n    publishedBy\n  }\n": typeof types.IvrFlowVersionRowFragmentDoc,
    "\n  fragment IvrFlowVersionDetail on IvrFlowVersion {\n    ...IvrFlowVersionRow\n    definition {\n      rootMenuId\n      menus {\n        id\n        name\n        promptId\n        digitTimeoutSeconds\n        maxRetries\n        wrongKeyPromptId\n        keys {\n          key\n          action\n          subMenuId\n          skillGroupId\n          agentId\n          number\n          promptId\n        }\n      }\n    }\n  }\n": typeof types.IvrFlowVersionDetailFragmentDoc,
    "\n  fragment IvrScheduleRow on IvrSchedule {\n    id\n    name\n    flowId\n    flow {\n      id\n      name\n      liveVersion {\n        id\n        version\n      }\n    }\n    days {\n      weekday\n      ranges {\n        start\n        end\n      }\n    }\n    phoneNumbers {\n      id\n      number\n    }\n    updatedAt\n  }\n": typeof types.IvrScheduleRowFragmentDoc,
    "\n  fragment IvrHolidayRow on IvrHoliday {\n    id\n    name\n    startDate\n    endDate\n    scheduleId\n    action\n    flowId\n    closedPromptId\n  }\n": typeof types.IvrHolidayRowFragmentDoc,
    "\n  fragment CallRoutingAnswer on CallRoutingPreview {\n    at\n    timeZone\n    localTime\n    rule\n    reason\n    number {\n      id\n      number\n    }\n    schedule {\n      id\n      name\n    }\n    holiday {\n      id\n      name\n      startDate\n      endDate\n    }\n    serviceHours {\n      weekday\n      range {\n        start\n        end\n      }\n    }\n    flow {\n      id\n      name\n    }\n    flowVersion {\n      id\n      version\n      publishedAt\n    }\n    skillGroupId\n    closedPromptId\n  }\n": typeof types.CallRoutingAnswerFragmentDoc,
    "\n  query IvrFlows($page: PageInput) {\n    ivrFlows(page: $page) {\n      totalCount\n      items {\n        ...IvrFlowRow\n      }\n    }\n  }\n": typeof types.IvrFlowsDocument,
    "\n  query IvrFlowOptions {\n    ivrFlows(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        liveVersion {\n          id\n          version\n        }\n      }\n    }\n  }\n": typeof types.IvrFlowOptionsDocument,
    "\n  query IvrFlowEditor($id: ID!) {\n    ivrFlow(id: $id) {\n      ...IvrFlowRow\n      liveVersion {\n        ...IvrFlowVersionDetail\n      }\n      draft {\n        ...IvrFlowVersionDetail\n      }\n    }\n  }\n": typeof types.IvrFlowEditorDocument,
    "\n  query IvrFlowVersions($id: ID!, $page: PageInput) {\n    ivrFlow(id: $id) {\n      id\n      versions(page: $page) {\n        totalCount\n        items {\n          ...IvrFlowVersionRow\n        }\n      }\n    }\n  }\n": typeof types.IvrFlowVersionsDocument,
    "\n  query IvrFlowVersion($id: ID!) {\n    ivrFlowVersion(id: $id) {\n      ...IvrFlowVersionDetail\n    }\n  }\n": typeof types.IvrFlowVersionDocument,
    "\n  mutation CreateIvrFlow($input: CreateIvrFlowInput!) {\n    createIvrFlow(input: $input) {\n      ...IvrFlowRow\n    }\n  }\n": typeof types.CreateIvrFlowDocument,
    "\n  mutation UpdateIvrFlow($id: ID!, $input: UpdateIvrFlowInput!) {\n    updateIvrFlow(id: $id, input: $input) {\n      ...IvrFlowRow\n    }\n  }\n": typeof types.UpdateIvrFlowDocument,
    "\n  mutation DeleteIvrFlow($id: ID!) {\n    deleteIvrFlow(id: $id)\n  }\n": typeof types.DeleteIvrFlowDocument,
    "\n  mutation SaveIvrFlowDraft($id: ID!, $definition: IvrFlowDefinitionInput!) {\n    saveIvrFlowDraft(id: $id, definition: $definition) {\n      ...IvrFlowVersionDetail\n    }\n  }\n": typeof types.SaveIvrFlowDraftDocument,
    "\n  mutation PublishIvrFlow($id: ID!) {\n    publishIvrFlow(id: $id) {\n      ...IvrFlowVersionRow\n    }\n  }\n": typeof types.PublishIvrFlowDocument,
    "\n  mutation RestoreIvrFlowVersion($versionId: ID!) {\n    restoreIvrFlowVersion(versionId: $versionId) {\n      ...IvrFlowVersionDetail\n    }\n  }\n": typeof types.RestoreIvrFlowVersionDocument,
    "\n  mutation DiscardIvrFlowDraft($id: ID!) {\n    discardIvrFlowDraft(id: $id)\n  }\n": typeof types.DiscardIvrFlowDraftDocument,
    "\n  query IvrPromptOptions {\n    voicePrompts(filter: { isUsable: true }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        approvedAudioUrl\n        approvedDurationMs\n      }\n    }\n  }\n": typeof types.IvrPromptOptionsDocument,
    "\n  query IvrPeople {\n    agents(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        agentNumber\n        status\n      }\n    }\n  }\n": typeof types.IvrPeopleDocument,
    "\n  query IvrSchedules($page: PageInput) {\n    ivrSchedules(page: $page) {\n      totalCount\n      items {\n        ...IvrScheduleRow\n      }\n    }\n  }\n": typeof types.IvrSchedulesDocument,
    "\n  query IvrScheduleOptions {\n    ivrSchedules(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.IvrScheduleOptionsDocument,
    "\n  mutation CreateIvrSchedule($input: IvrScheduleInput!) {\n    createIvrSchedule(input: $input) {\n      ...IvrScheduleRow\n    }\n  }\n": typeof types.CreateIvrScheduleDocument,
    "\n  mutation UpdateIvrSchedule($id: ID!, $input: UpdateIvrScheduleInput!) {\n    updateIvrSchedule(id: $id, input: $input) {\n      ...IvrScheduleRow\n    }\n  }\n": typeof types.UpdateIvrScheduleDocument,
    "\n  mutation DeleteIvrSchedule($id: ID!) {\n    deleteIvrSchedule(id: $id)\n  }\n": typeof types.DeleteIvrScheduleDocument,
    "\n  query IvrHolidays($filter: IvrHolidayFilter, $page: PageInput) {\n    ivrHolidays(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...IvrHolidayRow\n      }\n    }\n  }\n": typeof types.IvrHolidaysDocument,
    "\n  mutation CreateIvrHoliday($input: IvrHolidayInput!) {\n    createIvrHoliday(input: $input) {\n      ...IvrHolidayRow\n    }\n  }\n": typeof types.CreateIvrHolidayDocument,
    "\n  mutation UpdateIvrHoliday($id: ID!, $input: UpdateIvrHolidayInput!) {\n    updateIvrHoliday(id: $id, input: $input) {\n      ...IvrHolidayRow\n    }\n  }\n": typeof types.UpdateIvrHolidayDocument,
    "\n  mutation DeleteIvrHoliday($id: ID!) {\n    deleteIvrHoliday(id: $id)\n  }\n": typeof types.DeleteIvrHolidayDocument,
    "\n  query CallRoutingPreview($number: String!, $at: DateTimeISO) {\n    callRoutingPreview(number: $number, at: $at) {\n      ...CallRoutingAnswer\n    }\n  }\n": typeof types.CallRoutingPreviewDocument,
    "\n  fragment ListImportProgress on ListImport {\n    id\n    kind\n    status\n    fileName\n    encoding\n    columns\n    rowsRead\n    rowsImported\n    rowsRejected\n    failureCode\n  }\n": typeof types.ListImportProgressFragmentDoc,
    "\n  query TaskImportSetup($taskId: ID!) {\n    outboundTask(id: $taskId) {\n      id\n      customFieldIds\n      agentIds\n      skillGroupIds\n    }\n    customFieldDefinitions(entity: OUTBOUND_TASK) {\n      id\n      labelZh\n      labelEn\n      isRequired\n    }\n    agents(filter: { organization: TELESALES }, page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n    skillGroups(page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TaskImportSetupDocument,
    "\n  query ListImport($id: ID!) {\n    listImport(id: $id) {\n      ...ListImportProgress\n    }\n  }\n": typeof types.ListImportDocument,
    "\n  mutation StartTaskItemImport($input: StartTaskItemImportInput!) {\n    startTaskItemImport(input: $input) {\n      ...ListImportProgress\n    }\n  }\n": typeof types.StartTaskItemImportDocument,
    "\n  mutation StartDoNotCallImport($input: StartDoNotCallImportInput!) {\n    startDoNotCallImport(input: $input) {\n      ...ListImportProgress\n    }\n  }\n": typeof types.StartDoNotCallImportDocument,
    "\n  mutation CancelListImport($id: ID!) {\n    cancelListImport(id: $id) {\n      ...ListImportProgress\n    }\n  }\n": typeof types.CancelListImportDocument,
    "\n  subscription ImportProgress($id: ID!) {\n    importProgress(id: $id) {\n      ...ListImportProgress\n    }\n  }\n": typeof types.ImportProgressDocument,
    "\n  fragment LiveAgentState on AgentState {\n    userId\n    status\n    reasonId\n    since\n    cause\n  }\n": typeof types.LiveAgentStateFragmentDoc,
    "\n  fragment LiveQueueState on QueueState {\n    skillGroupId\n    name\n    waiting\n    offering\n    callbacks\n    longestWaitSeconds\n    idleAgents\n  }\n": typeof types.LiveQueueStateFragmentDoc,
    "\n  fragment StatusHistoryRow on AgentStatusChange {\n    status\n    previousStatus\n    reasonId\n    cause\n    detail\n    at\n  }\n": typeof types.StatusHistoryRowFragmentDoc,
    "\n  fragment LiveCallsSnapshot on LiveCalls {\n    readAt\n    calls {\n      callId\n      direction\n      callerNumber\n      dialledNumber\n      stage\n      startedAt\n      stageSince\n      skillGroupId\n      skillGroupName\n      agentId\n      agentName\n      agentNumber\n      organization\n    }\n  }\n": typeof types.LiveCallsSnapshotFragmentDoc,
    "\n  query LiveBoard {\n    agentStates {\n      ...LiveAgentState\n    }\n    queueStates {\n      ...LiveQueueState\n    }\n    notReadyReasons {\n      id\n      name\n    }\n    liveCalls {\n      ...LiveCallsSnapshot\n    }\n  }\n": typeof types.LiveBoardDocument,
    "\n  query LiveBoardAgents($page: PageInput) {\n    agents(page: $page) {\n      totalCount\n      items {\n        id\n        name\n        agentNumber\n      }\n    }\n  }\n": typeof types.LiveBoardAgentsDocument,
    "\n  subscription AgentStateChanged {\n    agentStateChanged {\n      ...LiveAgentState\n    }\n  }\n": typeof types.AgentStateChangedDocument,
    "\n  subscription QueueStatesChanged {\n    queueStatesChanged {\n      ...LiveQueueState\n    }\n  }\n": typeof types.QueueStatesChangedDocument,
    "\n  subscription LiveCallsChanged {\n    liveCallsChanged {\n      ...LiveCallsSnapshot\n    }\n  }\n": typeof types.LiveCallsChangedDocument,
    "\n  mutation ForceHangUpCall($callId: ID!) {\n    forceHangUpCall(callId: $callId) {\n      callId\n    }\n  }\n": typeof types.ForceHangUpCallDocument,
    "\n  mutation MonitorCall($agentId: ID!, $mode: MonitorMode!, $idempotencyKey: String!) {\n    monitorCall(agentId: $agentId, mode: $mode, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": typeof types.MonitorCallDocument,
    "\n  mutation ForceSignOut($agentId: ID!) {\n    forceSignOut(agentId: $agentId) {\n      ...LiveAgentState\n    }\n  }\n": typeof types.ForceSignOutDocument,
    "\n  query AgentStatusHistory($agentId: ID!, $page: PageInput) {\n    agentStatusHistory(agentId: $agentId, page: $page) {\n      totalCount\n      items {\n        ...StatusHistoryRow\n      }\n    }\n  }\n": typeof types.AgentStatusHistoryDocument,
    "\n  fragment KpiCards on Kpis {\n    serviceLevel\n    serviceLevelSeconds\n    serviceLevelTarget\n    asaSeconds\n    abandonRate\n    ahtSeconds\n    occupancy\n    agentAnswerRate\n    longestWaitSeconds\n    arrivals\n    answered\n    abandoned\n  }\n": typeof types.KpiCardsFragmentDoc,
    "\n  fragment HourlyCallsRow on HourlyCalls {\n    hour\n    inbound\n    answered\n    abandoned\n    callbacksRequested\n    outbound\n  }\n": typeof types.HourlyCallsRowFragmentDoc,
    "\n  fragment SkillGroupMonitorRow on SkillGroupMonitor {\n    skillGroupId\n    name\n    waiting\n    offering\n    callbacksWaiting\n    longestWaitSeconds\n    agentsByStatus {\n      status\n      count\n    }\n    today {\n      serviceLevel\n      serviceLevelTarget\n    }\n    staffing {\n      agentsNeeded\n    }\n  }\n": typeof types.SkillGroupMonitorRowFragmentDoc,
    "\n  fragment AgentMonitorRow on AgentMonitor {\n    agentId\n    name\n    status\n    secondsInStatus\n    callsToday\n    talkSeconds\n    answerRate\n    notReady {\n      reasonId\n      reasonName\n      seconds\n    }\n  }\n": typeof types.AgentMonitorRowFragmentDoc,
    "\n  query KpiMonitor($scope: KpiScopeInput!) {\n    myTenant {\n      timeZone\n    }\n    kpis(scope: $scope, window: { kind: TODAY }) {\n      ...KpiCards\n    }\n    hourlyCalls(scope: $scope) {\n      ...HourlyCallsRow\n    }\n    skillGroupMonitor {\n      ...SkillGroupMonitorRow\n    }\n    agentMonitor {\n      ...AgentMonitorRow\n    }\n  }\n": typeof types.KpiMonitorDocument,
    "\n  fragment OutboundTaskRow on OutboundTask {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    callerIdNumberId\n    callerIdNumber\n    customFieldIds\n    script\n    followUpResults {\n      value\n      labelZh\n      labelEn\n      isSuccess\n    }\n    agentIds\n    skillGroupIds\n    status\n    dialing {\n      mode\n      callingWindows {\n        start\n        end\n      }\n      holidays\n      retryAfterMinutes\n      maxRetries\n      dailyAttemptCap\n    }\n    createdAt\n    itemCount\n    dialledCount\n    resultCount\n  }\n": typeof types.OutboundTaskRowFragmentDoc,
    "\n  fragment TaskItemRow on TaskItem {\n    id\n    phoneNumber\n    customFields\n    assigneeAgentId\n    assigneeSkillGroupId\n    status\n    followUpResult\n    notes\n    nextContactAt\n    lockedBy\n    dialRefusal\n  }\n": typeof types.TaskItemRowFragmentDoc,
    "\n  query OutboundTasks($page: PageInput) {\n    outboundTasks(page: $page) {\n      totalCount\n      items {\n        ...OutboundTaskRow\n      }\n    }\n  }\n": typeof types.OutboundTasksDocument,
    "\n  query OutboundTask($id: ID!) {\n    outboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n": typeof types.OutboundTaskDocument,
    "\n  mutation CreateOutboundTask($input: CreateOutboundTaskInput!) {\n    createOutboundTask(input: $input) {\n      ...OutboundTaskRow\n    }\n  }\n": typeof types.CreateOutboundTaskDocument,
    "\n  mutation UpdateOutboundTask($id: ID!, $input: UpdateOutboundTaskInput!) {\n    updateOutboundTask(id: $id, input: $input) {\n      ...OutboundTaskRow\n    }\n  }\n": typeof types.UpdateOutboundTaskDocument,
    "\n  mutation ActivateOutboundTask($id: ID!) {\n    activateOutboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n": typeof types.ActivateOutboundTaskDocument,
    "\n  mutation PauseOutboundTask($id: ID!) {\n    pauseOutboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n": typeof types.PauseOutboundTaskDocument,
    "\n  mutation ResumeOutboundTask($id: ID!) {\n    resumeOutboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n": typeof types.ResumeOutboundTaskDocument,
    "\n  mutation CloseOutboundTask($id: ID!) {\n    closeOutboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n": typeof types.CloseOutboundTaskDocument,
    "\n  query TaskItems($taskId: ID!, $filter: TaskItemFilter, $page: PageInput) {\n    taskItems(taskId: $taskId, filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...TaskItemRow\n      }\n    }\n  }\n": typeof types.TaskItemsDocument,
    "\n  mutation AddTaskItem($taskId: ID!, $input: AddTaskItemInput!) {\n    addTaskItem(taskId: $taskId, input: $input) {\n      ...TaskItemRow\n    }\n  }\n": typeof types.AddTaskItemDocument,
    "\n  mutation DistributeTaskItems($input: DistributeTaskItemsInput!) {\n    distributeTaskItems(input: $input)\n  }\n": typeof types.DistributeTaskItemsDocument,
    "\n  mutation TakeBackTaskItems($taskId: ID!, $skillGroupId: ID!, $itemIds: [ID!]!) {\n    takeBackTaskItems(taskId: $taskId, skillGroupId: $skillGroupId, itemIds: $itemIds)\n  }\n": typeof types.TakeBackTaskItemsDocument,
    "\n  fragment DoNotCallRow on DoNotCallEntry {\n    id\n    phoneNumber\n    reason\n    source\n    createdByName\n    createdAt\n  }\n": typeof types.DoNotCallRowFragmentDoc,
    "\n  query DoNotCallList($search: String, $page: PageInput) {\n    doNotCallList(search: $search, page: $page) {\n      totalCount\n      items {\n        ...DoNotCallRow\n      }\n    }\n  }\n": typeof types.DoNotCallListDocument,
    "\n  mutation AddDoNotCall($input: AddDoNotCallInput!) {\n    addDoNotCall(input: $input) {\n      ...DoNotCallRow\n    }\n  }\n": typeof types.AddDoNotCallDocument,
    "\n  mutation RemoveDoNotCall($id: ID!, $reason: String!) {\n    removeDoNotCall(id: $id, reason: $reason)\n  }\n": typeof types.RemoveDoNotCallDocument,
    "\n  query TaskSkillGroupOptions {\n    skillGroups(filter: { organization: TELESALES }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        members {\n          userId\n        }\n      }\n    }\n  }\n": typeof types.TaskSkillGroupOptionsDocument,
    "\n  query OutboundStatistics($input: OutboundStatisticsInput!) {\n    outboundStatistics(input: $input) {\n      from\n      to\n      timeZone\n      tasks {\n        taskId\n        taskName\n        status\n        itemCount\n        dialledItems\n        connectedItems\n        calls\n        connectedCalls\n        talkSeconds\n        successItems\n        connectRate\n        conversionRate\n        results {\n          value\n          labelZh\n          labelEn\n          isSuccess\n          itemCount\n        }\n      }\n      workload {\n        day\n        agentId\n        agentName\n        calls\n        connectedCalls\n        talkSeconds\n        results\n        successes\n      }\n    }\n  }\n": typeof types.OutboundStatisticsDocument,
    "\n  fragment QaScorecardFields on QaScorecard {\n    id\n    name\n    version\n    maxPoints\n    publishedAt\n    sections {\n      name\n      criteria {\n        id\n        name\n        description\n        maxPoints\n        isFatal\n      }\n    }\n  }\n": typeof types.QaScorecardFieldsFragmentDoc,
    "\n  fragment QaInspectionRow on QaInspection {\n    id\n    callId\n    callStartedAt\n    agentId\n    agentName\n    inspectorName\n    scorecardId\n    scorecardName\n    scorecardVersion\n    status\n    points\n    maxPoints\n    percent\n    isFatalFailed\n    createdAt\n    submittedAt\n    appealDeadline\n    recordingUrl\n    appeal {\n      status\n      reason\n      appealedAt\n      resolution\n      resolvedAt\n    }\n  }\n": typeof types.QaInspectionRowFragmentDoc,
    "\n  fragment QaInspectionFull on QaInspectionDetails {\n    inspection {\n      ...QaInspectionRow\n    }\n    scorecard {\n      ...QaScorecardFields\n    }\n    results {\n      revision\n      points\n      percent\n      isFatalFailed\n      scoredAt\n      scoredByName\n      scores {\n        criterionId\n        points\n        isFailed\n      }\n      comments {\n        atSeconds\n        criterionId\n        text\n      }\n    }\n  }\n": typeof types.QaInspectionFullFragmentDoc,
    "\n  query QaScorecards {\n    qaScorecards {\n      ...QaScorecardFields\n    }\n  }\n": typeof types.QaScorecardsDocument,
    "\n  query QaScorecardVersion($id: ID!, $version: Int) {\n    qaScorecard(id: $id, version: $version) {\n      ...QaScorecardFields\n    }\n  }\n": typeof types.QaScorecardVersionDocument,
    "\n  mutation CreateQaScorecard($input: QaScorecardInput!) {\n    createQaScorecard(input: $input) {\n      ...QaScorecardFields\n    }\n  }\n": typeof types.CreateQaScorecardDocument,
    "\n  mutation UpdateQaScorecard($id: ID!, $input: QaScorecardInput!) {\n    updateQaScorecard(id: $id, input: $input) {\n      ...QaScorecardFields\n    }\n  }\n": typeof types.UpdateQaScorecardDocument,
    "\n  mutation SampleQaCalls($filter: CallRecordSearchFilter, $input: QaSampleInput!) {\n    sampleQaCalls(filter: $filter, input: $input) {\n      callIds\n      inspectionIds\n      seed\n      skipped {\n        callId\n        reason\n      }\n    }\n  }\n": typeof types.SampleQaCallsDocument,
    "\n  query QaInspections($filter: QaInspectionFilter, $page: PageInput) {\n    qaInspections(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...QaInspectionRow\n      }\n    }\n  }\n": typeof types.QaInspectionsDocument,
    "\n  query QaInspection($id: ID!) {\n    qaInspection(id: $id) {\n      ...QaInspectionFull\n    }\n  }\n": typeof types.QaInspectionDocument,
    "\n  mutation SubmitQaInspection($id: ID!, $input: QaScoresInput!) {\n    submitQaInspection(id: $id, input: $input) {\n      ...QaInspectionFull\n    }\n  }\n": typeof types.SubmitQaInspectionDocument,
    "\n  mutation ResolveQaAppeal($id: ID!, $input: QaAppealDecisionInput!) {\n    resolveQaAppeal(id: $id, input: $input) {\n      ...QaInspectionFull\n    }\n  }\n": typeof types.ResolveQaAppealDocument,
    "\n  query QaReport($input: QaReportInput!) {\n    qaReport(input: $input) {\n      key\n      label\n      inspections\n      averagePercent\n      fatalFailures\n      appeals\n      appealRate\n    }\n  }\n": typeof types.QaReportDocument,
    "\n  mutation SetQaInspector($userId: ID!, $isInspector: Boolean!) {\n    setQaInspector(userId: $userId, isInspector: $isInspector)\n  }\n": typeof types.SetQaInspectorDocument,
    "\n  query QaInspectorIds {\n    qaInspectorIds\n  }\n": typeof types.QaInspectorIdsDocument,
    "\n  query IsQaInspector {\n    isQaInspector\n  }\n": typeof types.IsQaInspectorDocument,
    "\n  fragment CallReportRow on CallReportRow {\n    bucket\n    key\n    name\n    inboundCalls\n    inboundAnswered\n    inboundMissed\n    outboundCalls\n    outboundAnswered\n    outboundMissed\n    talkSeconds\n    holdSeconds\n    afterCallWorkSeconds\n    kpis {\n      arrivals\n      answered\n      abandoned\n      callbacksRequested\n      serviceLevel\n      asaSeconds\n      abandonRate\n      handled\n      ahtSeconds\n      averageTalkSeconds\n      agentAnswerRate\n    }\n  }\n": typeof types.CallReportRowFragmentDoc,
    "\n  query CallReport($input: CallReportInput!) {\n    callReport(input: $input) {\n      from\n      to\n      timeZone\n      rows {\n        ...CallReportRow\n      }\n      buckets {\n        ...CallReportRow\n      }\n      total {\n        ...CallReportRow\n      }\n    }\n  }\n": typeof types.CallReportDocument,
    "\n  fragment SummaryReportCategoryRow on SummaryReportCategory {\n    id\n    parentId\n    depth\n    labelZh\n    labelEn\n    isEnabled\n    count\n    share\n    bySkillGroup {\n      key\n      count\n    }\n    byAgent {\n      key\n      count\n    }\n  }\n": typeof types.SummaryReportCategoryRowFragmentDoc,
    "\n  query ServiceSummaryReport($input: ServiceSummaryReportInput!) {\n    serviceSummaryReport(input: $input) {\n      from\n      to\n      timeZone\n      total\n      categories {\n        ...SummaryReportCategoryRow\n      }\n      skillGroups {\n        key\n        name\n        count\n      }\n      agents {\n        key\n        name\n        count\n      }\n      days {\n        day\n        count\n      }\n    }\n  }\n": typeof types.ServiceSummaryReportDocument,
    "\n  fragment SatisfactionRecordRow on SatisfactionRecord {\n    callId\n    answeredAt\n    outcome\n    score\n    scale\n    label {\n      zh\n      en\n    }\n    direction\n    customerNumber\n    agentName\n    skillGroupName\n  }\n": typeof types.SatisfactionRecordRowFragmentDoc,
    "\n  fragment SatisfactionFiguresRow on SatisfactionFigures {\n    periodStart\n    key\n    name\n    responses\n    byScale {\n      scale\n      scoreCounts\n      labels {\n        zh\n        en\n      }\n    }\n    averageScore\n    averagePercent\n    satisfiedRate\n    answeredCalls\n    answeredResponses\n    responseRate\n    surveysOffered\n    surveysNoAnswer\n    surveysAbandoned\n    surveyResponseRate\n  }\n": typeof types.SatisfactionFiguresRowFragmentDoc,
    "\n  query SatisfactionRecords($filter: SatisfactionRecordFilter, $after: String, $limit: Int) {\n    satisfactionRecords(filter: $filter, after: $after, limit: $limit) {\n      totalCount\n      nextCursor\n      items {\n        ...SatisfactionRecordRow\n      }\n    }\n  }\n": typeof types.SatisfactionRecordsDocument,
    "\n  query SatisfactionReport($input: SatisfactionReportInput!) {\n    satisfactionReport(input: $input) {\n      timeZone\n      rows {\n        ...SatisfactionFiguresRow\n      }\n      total {\n        ...SatisfactionFiguresRow\n      }\n    }\n  }\n": typeof types.SatisfactionReportDocument,
    "\n  query SurveyScale {\n    acdSettings {\n      surveyScale\n      surveyLabels {\n        zh\n        en\n      }\n    }\n  }\n": typeof types.SurveyScaleDocument,
    "\n  query Company {\n    myTenant {\n      id\n      name\n      timeZone\n      createdAt\n      sipDomain\n    }\n    acdSettings {\n      homeRegion\n    }\n  }\n": typeof types.CompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateTenantInput!) {\n    updateMyTenant(input: $input) {\n      id\n      name\n      timeZone\n      createdAt\n    }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  mutation UpdateHomeRegion($homeRegion: String!) {\n    updateAcdSettings(input: { homeRegion: $homeRegion }) {\n      homeRegion\n    }\n  }\n": typeof types.UpdateHomeRegionDocument,
    "\n  fragment MySessionRow on Session {\n    id\n    kind\n    address\n    userAgent\n    createdAt\n    lastSeenAt\n    isCurrent\n  }\n": typeof types.MySessionRowFragmentDoc,
    "\n  query MySessions($page: PageInput) {\n    mySessions(page: $page) {\n      totalCount\n      items {\n        ...MySessionRow\n      }\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": typeof types.RevokeOtherSessionsDocument,
    "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) {\n      user {\n        id\n        name\n        email\n        role\n        organization\n        status\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.SignupDocument,
    "\n  fragment SummaryCategoryRow on ServiceSummaryCategory {\n    id\n    parentId\n    depth\n    labelZh\n    labelEn\n    position\n    isEnabled\n  }\n": typeof types.SummaryCategoryRowFragmentDoc,
    "\n  query SummaryCategoryList {\n    serviceSummaryCategories {\n      ...SummaryCategoryRow\n    }\n  }\n": typeof types.SummaryCategoryListDocument,
    "\n  mutation CreateSummaryCategory($input: CreateServiceSummaryCategoryInput!) {\n    createServiceSummaryCategory(input: $input) {\n      ...SummaryCategoryRow\n    }\n  }\n": typeof types.CreateSummaryCategoryDocument,
    "\n  mutation UpdateSummaryCategory($id: ID!, $input: UpdateServiceSummaryCategoryInput!) {\n    updateServiceSummaryCategory(id: $id, input: $input) {\n      ...SummaryCategoryRow\n    }\n  }\n": typeof types.UpdateSummaryCategoryDocument,
    "\n  mutation DeleteSummaryCategory($id: ID!) {\n    deleteServiceSummaryCategory(id: $id)\n  }\n": typeof types.DeleteSummaryCategoryDocument,
    "\n  fragment TestCallFields on TestCall {\n    id\n    phoneNumberId\n    number\n    callerNumber\n    startedAt\n    endedAt\n    isLive\n    endedBy\n    connectedAgent {\n      id\n      name\n    }\n    timeline {\n      at\n      kind\n      endedAt\n      isInterrupted\n      key\n      number\n      cause\n      agent {\n        id\n        name\n        agentNumber\n      }\n      prompt {\n        kind\n        systemPrompt\n        name\n        position\n        key\n        menu\n        media\n      }\n    }\n  }\n": typeof types.TestCallFieldsFragmentDoc,
    "\n  fragment TestCallNumber on PhoneNumber {\n    id\n    number\n    description\n    scheduleId\n    skillGroup {\n      id\n      name\n    }\n  }\n": typeof types.TestCallNumberFragmentDoc,
    "\n  query TestCallStart {\n    isSwitchSimulated\n    phoneNumbers(page: { limit: 100 }) {\n      totalCount\n      items {\n        ...TestCallNumber\n      }\n    }\n  }\n": typeof types.TestCallStartDocument,
    "\n  query TestCalls {\n    testCalls {\n      ...TestCallFields\n    }\n  }\n": typeof types.TestCallsDocument,
    "\n  mutation PlaceTestCall($input: PlaceTestCallInput!) {\n    placeTestCall(input: $input) {\n      ...TestCallFields\n    }\n  }\n": typeof types.PlaceTestCallDocument,
    "\n  mutation PressTestCallKeys($id: ID!, $keys: String!) {\n    pressTestCallKeys(id: $id, keys: $keys) {\n      id\n    }\n  }\n": typeof types.PressTestCallKeysDocument,
    "\n  mutation HangUpTestCall($id: ID!) {\n    hangUpTestCall(id: $id) {\n      ...TestCallFields\n    }\n  }\n": typeof types.HangUpTestCallDocument,
    "\n  subscription TestCallChanged($id: ID!) {\n    testCallChanged(id: $id) {\n      ...TestCallFields\n    }\n  }\n": typeof types.TestCallChangedDocument,
    "\n  fragment VoicePromptRow on VoicePrompt {\n    id\n    name\n    source\n    status\n    rejectReason\n    ttsText\n    durationMs\n    peaks\n    isUsable\n    audioUrl\n    approvedAudioUrl\n    reviewedByName\n    reviewedAt\n    updatedAt\n  }\n": typeof types.VoicePromptRowFragmentDoc,
    "\n  fragment SystemPromptRow on SystemPrompt {\n    kind\n    choice\n    audioUrl\n    updatedAt\n    prompt {\n      id\n      name\n    }\n  }\n": typeof types.SystemPromptRowFragmentDoc,
    "\n  query VoicePrompts($filter: VoicePromptFilter, $page: PageInput) {\n    voicePrompts(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...VoicePromptRow\n      }\n    }\n  }\n": typeof types.VoicePromptsDocument,
    "\n  mutation DeleteVoicePrompt($id: ID!) {\n    deleteVoicePrompt(id: $id)\n  }\n": typeof types.DeleteVoicePromptDocument,
    "\n  query CanReviewPrompts {\n    canReviewPrompts\n  }\n": typeof types.CanReviewPromptsDocument,
    "\n  query PromptReviewQueue($page: PageInput) {\n    promptReviewQueue(page: $page) {\n      totalCount\n      items {\n        companyName\n        prompt {\n          ...VoicePromptRow\n        }\n      }\n    }\n  }\n": typeof types.PromptReviewQueueDocument,
    "\n  mutation ReviewVoicePrompt($id: ID!, $input: ReviewPromptInput!) {\n    reviewVoicePrompt(id: $id, input: $input) {\n      ...VoicePromptRow\n    }\n  }\n": typeof types.ReviewVoicePromptDocument,
    "\n  mutation PreviewSpeech($input: TtsInput!) {\n    previewSpeech(input: $input) {\n      audioUrl\n      durationMs\n      peaks\n    }\n  }\n": typeof types.PreviewSpeechDocument,
    "\n  mutation SynthesizePrompt($input: SynthesizePromptInput!) {\n    synthesizePrompt(input: $input) {\n      ...VoicePromptRow\n    }\n  }\n": typeof types.SynthesizePromptDocument,
    "\n  query SystemPrompts {\n    systemPrompts {\n      ...SystemPromptRow\n    }\n  }\n": typeof types.SystemPromptsDocument,
    "\n  mutation UpdateSystemPrompt($input: UpdateSystemPromptInput!) {\n    updateSystemPrompt(input: $input) {\n      ...SystemPromptRow\n    }\n  }\n": typeof types.UpdateSystemPromptDocument,
    "\n  query UsablePrompts {\n    voicePrompts(filter: { isUsable: true }, page: { offset: 0, limit: 100 }) {\n      totalCount\n      items {\n        id\n        name\n        durationMs\n        approvedAudioUrl\n      }\n    }\n  }\n": typeof types.UsablePromptsDocument,
    "\n  query WallboardQueues {\n    myTenant {\n      name\n      timeZone\n    }\n    skillGroupMonitor {\n      ...SkillGroupMonitorRow\n    }\n  }\n": typeof types.WallboardQueuesDocument,
    "\n  query WallboardKpis($scope: KpiScopeInput!) {\n    kpis(scope: $scope, window: { kind: TODAY }) {\n      ...KpiCards\n    }\n    hourlyCalls(scope: $scope) {\n      ...HourlyCallsRow\n    }\n  }\n": typeof types.WallboardKpisDocument,
};
const documents: Documents = {
    "\n  fragment AcdSettingsForm on AcdSettings {\n    afterCallWorkSeconds\n    ringTimeoutSeconds\n    maxMissedOffers\n    heartbeatTimeoutSeconds\n    announcePosition\n    announceIntervalSeconds\n    callbackEnabled\n    callbackKey\n    recordingEnabled\n    outboundRecordingEnabled\n    recordingRetentionDays\n    isRecordingStereo\n    appealWindowDays\n    outboundSurveyEnabled\n    surveyScale\n    surveyLabels {\n      zh\n      en\n    }\n    requireSummaryBeforeReady\n    outboundCallerId\n    homeRegion\n    allowInternational\n    allowPremiumRate\n    maxConcurrentOutbound\n    maxOutboundPerSecond\n    updatedAt\n  }\n": types.AcdSettingsFormFragmentDoc,
    "\n  fragment NotReadyReasonRow on NotReadyReason {\n    id\n    name\n    kind\n    code\n    sortOrder\n  }\n": types.NotReadyReasonRowFragmentDoc,
    "\n  fragment PhoneNumberRow on PhoneNumber {\n    id\n    number\n    description\n    skillGroupId\n    skillGroup {\n      id\n      name\n    }\n    scheduleId\n    createdAt\n  }\n": types.PhoneNumberRowFragmentDoc,
    "\n  fragment PhoneNumberRoute on PhoneNumber {\n    ...PhoneNumberRow\n    schedule {\n      name\n      flow {\n        name\n      }\n      holidayToday {\n        name\n        flow {\n          name\n        }\n      }\n    }\n  }\n": types.PhoneNumberRouteFragmentDoc,
    "\n  fragment SkillGroupRouting on SkillGroup {\n    strategy\n    maxWaitSeconds\n    maxQueueLength\n    overflowAction\n    overflowSkillGroupId\n    isPostCallSurveyEnabled\n    isRecordingEnabled\n  }\n": types.SkillGroupRoutingFragmentDoc,
    "\n  query AcdSettings {\n    acdSettings {\n      ...AcdSettingsForm\n    }\n  }\n": types.AcdSettingsDocument,
    "\n  mutation UpdateAcdSettings($input: UpdateAcdSettingsInput!) {\n    updateAcdSettings(input: $input) {\n      ...AcdSettingsForm\n    }\n  }\n": types.UpdateAcdSettingsDocument,
    "\n  query NotReadyReasons {\n    notReadyReasons {\n      ...NotReadyReasonRow\n    }\n  }\n": types.NotReadyReasonsDocument,
    "\n  mutation CreateNotReadyReason($input: CreateNotReadyReasonInput!) {\n    createNotReadyReason(input: $input) {\n      ...NotReadyReasonRow\n    }\n  }\n": types.CreateNotReadyReasonDocument,
    "\n  mutation UpdateNotReadyReason($id: ID!, $input: UpdateNotReadyReasonInput!) {\n    updateNotReadyReason(id: $id, input: $input) {\n      ...NotReadyReasonRow\n    }\n  }\n": types.UpdateNotReadyReasonDocument,
    "\n  mutation DeleteNotReadyReason($id: ID!) {\n    deleteNotReadyReason(id: $id)\n  }\n": types.DeleteNotReadyReasonDocument,
    "\n  query PhoneNumbers($page: PageInput) {\n    phoneNumbers(page: $page) {\n      totalCount\n      items {\n        ...PhoneNumberRow\n      }\n    }\n  }\n": types.PhoneNumbersDocument,
    "\n  query PhoneNumberList($page: PageInput) {\n    phoneNumbers(page: $page) {\n      totalCount\n      items {\n        ...PhoneNumberRoute\n      }\n    }\n  }\n": types.PhoneNumberListDocument,
    "\n  mutation AddPhoneNumber($input: AddPhoneNumberInput!) {\n    addPhoneNumber(input: $input) {\n      ...PhoneNumberRow\n    }\n  }\n": types.AddPhoneNumberDocument,
    "\n  mutation UpdatePhoneNumber($id: ID!, $input: UpdatePhoneNumberInput!) {\n    updatePhoneNumber(id: $id, input: $input) {\n      ...PhoneNumberRow\n    }\n  }\n": types.UpdatePhoneNumberDocument,
    "\n  mutation RemovePhoneNumber($id: ID!) {\n    removePhoneNumber(id: $id)\n  }\n": types.RemovePhoneNumberDocument,
    "\n  query SkillGroupOptions {\n    skillGroups(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        organization\n      }\n    }\n  }\n": types.SkillGroupOptionsDocument,
    "\n  mutation UpdateSkillGroupRouting($id: ID!, $input: UpdateSkillGroupRoutingInput!) {\n    updateSkillGroupRouting(id: $id, input: $input) {\n      ...SkillGroupRow\n    }\n  }\n": types.UpdateSkillGroupRoutingDocument,
    "\n  fragment AgentRow on User {\n    id\n    name\n    email\n    agentNumber\n    role\n    organization\n    status\n    mobile\n    answeringMode\n    mustChangePassword\n    signInLockedUntil\n    createdAt\n    groups {\n      id\n      name\n    }\n  }\n": types.AgentRowFragmentDoc,
    "\n  query Agents($filter: AgentFilter, $page: PageInput) {\n    agents(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...AgentRow\n      }\n    }\n  }\n": types.AgentsDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      emailDelivery\n      outboxFolder\n      agent {\n        ...AgentRow\n      }\n    }\n  }\n": types.CreateAgentDocument,
    "\n  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentRow\n    }\n  }\n": types.UpdateAgentDocument,
    "\n  mutation UpdateAgentPhone($id: ID!, $input: AgentPhoneInput!) {\n    updateAgentPhone(id: $id, input: $input) {\n      ...AgentRow\n    }\n  }\n": types.UpdateAgentPhoneDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      emailDelivery\n      outboxFolder\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation ResetAgentPassword($id: ID!) {\n    resetAgentPassword(id: $id) {\n      emailDelivery\n      outboxFolder\n    }\n  }\n": types.ResetAgentPasswordDocument,
    "\n  mutation DisableAgent($id: ID!) {\n    disableAgent(id: $id) {\n      id\n    }\n  }\n": types.DisableAgentDocument,
    "\n  mutation EnableAgent($id: ID!) {\n    enableAgent(id: $id) {\n      id\n    }\n  }\n": types.EnableAgentDocument,
    "\n  mutation UnlockAgent($id: ID!) {\n    unlockAgent(id: $id) {\n      id\n      signInLockedUntil\n    }\n  }\n": types.UnlockAgentDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": types.DeleteAgentDocument,
    "\n  query AgentSipCredentials($id: ID!) {\n    agentSipCredentials(id: $id) {\n      user\n      password\n      domain\n    }\n  }\n": types.AgentSipCredentialsDocument,
    "\n  mutation ImportAgents($input: ImportAgentsInput!) {\n    importAgents(input: $input) {\n      isImported\n      importedCount\n      totalRows\n      validRows\n      emailDelivery\n      outboxFolder\n      problems {\n        row\n        column\n        field\n        code\n        params\n      }\n    }\n  }\n": types.ImportAgentsDocument,
    "\n  fragment CallRecordRow on CallRecordRowView {\n    id\n    startedAt\n    endedAt\n    direction\n    customerNumber\n    dialledNumber\n    agentId\n    agentName\n    skillGroupName\n    outcome\n    waitSeconds\n    talkSeconds\n    hangupSide\n    hangupCause\n    satisfactionScore\n    satisfactionScale\n    satisfactionLabel {\n      zh\n      en\n    }\n    hasRecording\n    customerId\n    customerName\n  }\n": types.CallRecordRowFragmentDoc,
    "\n  query CallRecordSearch($filter: CallRecordSearchFilter, $after: String, $limit: Int) {\n    callRecordSearch(filter: $filter, after: $after, limit: $limit) {\n      nextCursor\n      items {\n        ...CallRecordRow\n      }\n    }\n  }\n": types.CallRecordSearchDocument,
    "\n  query CallRecordCount($filter: CallRecordSearchFilter) {\n    callRecordCount(filter: $filter) {\n      count\n      isCapped\n    }\n  }\n": types.CallRecordCountDocument,
    "\n  query CallRecordDetails($id: ID!) {\n    callRecordDetails(id: $id) {\n      id\n      recordingUrl\n      row {\n        ...CallRecordRow\n      }\n      call {\n        id\n        answeredAt\n        recordingRemovedAt\n        legs {\n          id\n          role\n        }\n        timeline {\n          at\n          event\n          legId\n          detail\n          agentName\n          skillGroupName\n          outcome\n          seconds\n        }\n        serviceSummaries {\n          id\n          categoryId\n          notes\n          createdAt\n        }\n      }\n    }\n  }\n": types.CallRecordDetailsDocument,
    "\n  fragment CustomFieldRow on CustomFieldDefinition {\n    id\n    entity\n    key\n    labelZh\n    labelEn\n    type\n    isRequired\n    options {\n      value\n      labelZh\n      labelEn\n    }\n    position\n    isHidden\n  }\n": types.CustomFieldRowFragmentDoc,
    "\n  query CustomFieldList($entity: CustomFieldEntity!) {\n    customFieldDefinitions(entity: $entity) {\n      ...CustomFieldRow\n    }\n  }\n": types.CustomFieldListDocument,
    "\n  mutation CreateCustomField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) {\n      ...CustomFieldRow\n    }\n  }\n": types.CreateCustomFieldDocument,
    "\n  mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldDefinitionInput!) {\n    updateCustomFieldDefinition(id: $id, input: $input) {\n      ...CustomFieldRow\n    }\n  }\n": types.UpdateCustomFieldDocument,
    "\n  mutation DeleteCustomField($id: ID!) {\n    deleteCustomFieldDefinition(id: $id)\n  }\n": types.DeleteCustomFieldDocument,
    "\n  fragment CustomerRow on Customer {\n    id\n    name\n    organization\n    phoneNumbers\n    customFields\n    createdAt\n    updatedAt\n  }\n": types.CustomerRowFragmentDoc,
    "\n  query CustomerList($filter: CustomerFilter, $page: PageInput) {\n    customers(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...CustomerRow\n      }\n    }\n  }\n": types.CustomerListDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerRow\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerRow\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": types.DeleteCustomerDocument,
    "\n  query ScreenPopSettings {\n    screenPopSettings {\n      urlTemplate\n      allowedOrigins\n      variables\n    }\n  }\n": types.ScreenPopSettingsDocument,
    "\n  mutation UpdateScreenPopSettings($input: ScreenPopSettingsInput!) {\n    updateScreenPopSettings(input: $input) {\n      urlTemplate\n      allowedOrigins\n      variables\n    }\n  }\n": types.UpdateScreenPopSettingsDocument,
    "\n  mutation MergeCustomers($survivorId: ID!, $mergedId: ID!) {\n    mergeCustomers(survivorId: $survivorId, mergedId: $mergedId) {\n      ...CustomerRow\n    }\n  }\n": types.MergeCustomersDocument,
    "\n  query DashboardLive {\n    agentStates {\n      ...LiveAgentState\n    }\n    queueStates {\n      ...LiveQueueState\n    }\n  }\n": types.DashboardLiveDocument,
    "\n  fragment CallCountsRow on CallCounts {\n    inbound\n    answered\n    abandoned\n    unansweredLive\n    outbound\n    outboundAnswered\n  }\n": types.CallCountsRowFragmentDoc,
    "\n  query TodayCalls($from: DateTimeISO!) {\n    callCounts(from: $from) {\n      ...CallCountsRow\n    }\n    kpis(scope: { kind: TENANT }, window: { kind: TODAY }) {\n      answered\n      abandoned\n      abandonRate\n      callbacksRequested\n    }\n  }\n": types.TodayCallsDocument,
    "\n  query SetupProgress {\n    skillGroups(page: { offset: 0, limit: 100 }) {\n      totalCount\n      items {\n        id\n        members {\n          userId\n        }\n      }\n    }\n    phoneNumbers(page: { offset: 0, limit: 100 }) {\n      totalCount\n      items {\n        id\n        skillGroupId\n        scheduleId\n      }\n    }\n  }\n": types.SetupProgressDocument,
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
    "\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    disabledReason\n    disabledAt\n    failingSince\n    createdAt\n  }\n": types.WebhookEndpointRowFragmentDoc,
    "\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    eventType\n    occurredAt\n    status\n    attemptCount\n    lastStatusCode\n    nextAttemptDue\n    deliveredAt\n    body\n    attempts {\n      at\n      statusCode\n      error\n      durationMs\n    }\n  }\n": types.WebhookDeliveryRowFragmentDoc,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointRow\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...WebhookEndpointRow\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation PingWebhookEndpoint($id: ID!) {\n    pingWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n": types.PingWebhookEndpointDocument,
    "\n  query WebhookDeliveries($filter: WebhookDeliveryFilterInput!, $page: PageInput) {\n    webhookDeliveries(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...WebhookDeliveryRow\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryRow\n    }\n  }\n": types.ReplayWebhookDeliveryDocument,
    "\n  fragment IvrFlowRow on IvrFlow {\n    id\n    name\n    description\n    updatedAt\n    usedBy {\n      kind\n      id\n      name\n    }\n    liveVersion {\n      id\n      version\n      publishedAt\n    }\n    draft {\n      id\n      version\n      savedAt\n    }\n  }\n": types.IvrFlowRowFragmentDoc,
    "\n  fragment IvrFlowVersionRow on IvrFlowVersion {\n    id\n    version\n    status\n    savedAt\n    savedBy\n    publishedAt\n    publishedBy\n  }\n": types.IvrFlowVersionRowFragmentDoc,
    "\n  fragment IvrFlowVersionDetail on IvrFlowVersion {\n    ...IvrFlowVersionRow\n    definition {\n      rootMenuId\n      menus {\n        id\n        name\n        promptId\n        digitTimeoutSeconds\n        maxRetries\n        wrongKeyPromptId\n        keys {\n          key\n          action\n          subMenuId\n          skillGroupId\n          agentId\n          number\n          promptId\n        }\n      }\n    }\n  }\n": types.IvrFlowVersionDetailFragmentDoc,
    "\n  fragment IvrScheduleRow on IvrSchedule {\n    id\n    name\n    flowId\n    flow {\n      id\n      name\n      liveVersion {\n        id\n        version\n      }\n    }\n    days {\n      weekday\n      ranges {\n        start\n        end\n      }\n    }\n    phoneNumbers {\n      id\n      number\n    }\n    updatedAt\n  }\n": types.IvrScheduleRowFragmentDoc,
    "\n  fragment IvrHolidayRow on IvrHoliday {\n    id\n    name\n    startDate\n    endDate\n    scheduleId\n    action\n    flowId\n    closedPromptId\n  }\n": types.IvrHolidayRowFragmentDoc,
    "\n  fragment CallRoutingAnswer on CallRoutingPreview {\n    at\n    timeZone\n    localTime\n    rule\n    reason\n    number {\n      id\n      number\n    }\n    schedule {\n      id\n      name\n    }\n    holiday {\n      id\n      name\n      startDate\n      endDate\n    }\n    serviceHours {\n      weekday\n      range {\n        start\n        end\n      }\n    }\n    flow {\n      id\n      name\n    }\n    flowVersion {\n      id\n      version\n      publishedAt\n    }\n    skillGroupId\n    closedPromptId\n  }\n": types.CallRoutingAnswerFragmentDoc,
    "\n  query IvrFlows($page: PageInput) {\n    ivrFlows(page: $page) {\n      totalCount\n      items {\n        ...IvrFlowRow\n      }\n    }\n  }\n": types.IvrFlowsDocument,
    "\n  query IvrFlowOptions {\n    ivrFlows(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        liveVersion {\n          id\n          version\n        }\n      }\n    }\n  }\n": types.IvrFlowOptionsDocument,
    "\n  query IvrFlowEditor($id: ID!) {\n    ivrFlow(id: $id) {\n      ...IvrFlowRow\n      liveVersion {\n        ...IvrFlowVersionDetail\n      }\n      draft {\n        ...IvrFlowVersionDetail\n      }\n    }\n  }\n": types.IvrFlowEditorDocument,
    "\n  query IvrFlowVersions($id: ID!, $page: PageInput) {\n    ivrFlow(id: $id) {\n      id\n      versions(page: $page) {\n        totalCount\n        items {\n          ...IvrFlowVersionRow\n        }\n      }\n    }\n  }\n": types.IvrFlowVersionsDocument,
    "\n  query IvrFlowVersion($id: ID!) {\n    ivrFlowVersion(id: $id) {\n      ...IvrFlowVersionDetail\n    }\n  }\n": types.IvrFlowVersionDocument,
    "\n  mutation CreateIvrFlow($input: CreateIvrFlowInput!) {\n    createIvrFlow(input: $input) {\n      ...IvrFlowRow\n    }\n  }\n": types.CreateIvrFlowDocument,
    "\n  mutation UpdateIvrFlow($id: ID!, $input: UpdateIvrFlowInput!) {\n    updateIvrFlow(id: $id, input: $input) {\n      ...IvrFlowRow\n    }\n  }\n": types.UpdateIvrFlowDocument,
    "\n  mutation DeleteIvrFlow($id: ID!) {\n    deleteIvrFlow(id: $id)\n  }\n": types.DeleteIvrFlowDocument,
    "\n  mutation SaveIvrFlowDraft($id: ID!, $definition: IvrFlowDefinitionInput!) {\n    saveIvrFlowDraft(id: $id, definition: $definition) {\n      ...IvrFlowVersionDetail\n    }\n  }\n": types.SaveIvrFlowDraftDocument,
    "\n  mutation PublishIvrFlow($id: ID!) {\n    publishIvrFlow(id: $id) {\n      ...IvrFlowVersionRow\n    }\n  }\n": types.PublishIvrFlowDocument,
    "\n  mutation RestoreIvrFlowVersion($versionId: ID!) {\n    restoreIvrFlowVersion(versionId: $versionId) {\n      ...IvrFlowVersionDetail\n    }\n  }\n": types.RestoreIvrFlowVersionDocument,
    "\n  mutation DiscardIvrFlowDraft($id: ID!) {\n    discardIvrFlowDraft(id: $id)\n  }\n": types.DiscardIvrFlowDraftDocument,
    "\n  query IvrPromptOptions {\n    voicePrompts(filter: { isUsable: true }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        approvedAudioUrl\n        approvedDurationMs\n      }\n    }\n  }\n": types.IvrPromptOptionsDocument,
    "\n  query IvrPeople {\n    agents(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        agentNumber\n        status\n      }\n    }\n  }\n": types.IvrPeopleDocument,
    "\n  query IvrSchedules($page: PageInput) {\n    ivrSchedules(page: $page) {\n      totalCount\n      items {\n        ...IvrScheduleRow\n      }\n    }\n  }\n": types.IvrSchedulesDocument,
    "\n  query IvrScheduleOptions {\n    ivrSchedules(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.IvrScheduleOptionsDocument,
    "\n  mutation CreateIvrSchedule($input: IvrScheduleInput!) {\n    createIvrSchedule(input: $input) {\n      ...IvrScheduleRow\n    }\n  }\n": types.CreateIvrScheduleDocument,
    "\n  mutation UpdateIvrSchedule($id: ID!, $input: UpdateIvrScheduleInput!) {\n    updateIvrSchedule(id: $id, input: $input) {\n      ...IvrScheduleRow\n    }\n  }\n": types.UpdateIvrScheduleDocument,
    "\n  mutation DeleteIvrSchedule($id: ID!) {\n    deleteIvrSchedule(id: $id)\n  }\n": types.DeleteIvrScheduleDocument,
    "\n  query IvrHolidays($filter: IvrHolidayFilter, $page: PageInput) {\n    ivrHolidays(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...IvrHolidayRow\n      }\n    }\n  }\n": types.IvrHolidaysDocument,
    "\n  mutation CreateIvrHoliday($input: IvrHolidayInput!) {\n    createIvrHoliday(input: $input) {\n      ...IvrHolidayRow\n    }\n  }\n": types.CreateIvrHolidayDocument,
    "\n  mutation UpdateIvrHoliday($id: ID!, $input: UpdateIvrHolidayInput!) {\n    updateIvrHoliday(id: $id, input: $input) {\n      ...IvrHolidayRow\n    }\n  }\n": types.UpdateIvrHolidayDocument,
    "\n  mutation DeleteIvrHoliday($id: ID!) {\n    deleteIvrHoliday(id: $id)\n  }\n": types.DeleteIvrHolidayDocument,
    "\n  query CallRoutingPreview($number: String!, $at: DateTimeISO) {\n    callRoutingPreview(number: $number, at: $at) {\n      ...CallRoutingAnswer\n    }\n  }\n": types.CallRoutingPreviewDocument,
    "\n  fragment ListImportProgress on ListImport {\n    id\n    kind\n    status\n    fileName\n    encoding\n    columns\n    rowsRead\n    rowsImported\n    rowsRejected\n    failureCode\n  }\n": types.ListImportProgressFragmentDoc,
    "\n  query TaskImportSetup($taskId: ID!) {\n    outboundTask(id: $taskId) {\n      id\n      customFieldIds\n      agentIds\n      skillGroupIds\n    }\n    customFieldDefinitions(entity: OUTBOUND_TASK) {\n      id\n      labelZh\n      labelEn\n      isRequired\n    }\n    agents(filter: { organization: TELESALES }, page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n    skillGroups(page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.TaskImportSetupDocument,
    "\n  query ListImport($id: ID!) {\n    listImport(id: $id) {\n      ...ListImportProgress\n    }\n  }\n": types.ListImportDocument,
    "\n  mutation StartTaskItemImport($input: StartTaskItemImportInput!) {\n    startTaskItemImport(input: $input) {\n      ...ListImportProgress\n    }\n  }\n": types.StartTaskItemImportDocument,
    "\n  mutation StartDoNotCallImport($input: StartDoNotCallImportInput!) {\n    startDoNotCallImport(input: $input) {\n      ...ListImportProgress\n    }\n  }\n": types.StartDoNotCallImportDocument,
    "\n  mutation CancelListImport($id: ID!) {\n    cancelListImport(id: $id) {\n      ...ListImportProgress\n    }\n  }\n": types.CancelListImportDocument,
    "\n  subscription ImportProgress($id: ID!) {\n    importProgress(id: $id) {\n      ...ListImportProgress\n    }\n  }\n": types.ImportProgressDocument,
    "\n  fragment LiveAgentState on AgentState {\n    userId\n    status\n    reasonId\n    since\n    cause\n  }\n": types.LiveAgentStateFragmentDoc,
    "\n  fragment LiveQueueState on QueueState {\n    skillGroupId\n    name\n    waiting\n    offering\n    callbacks\n    longestWaitSeconds\n    idleAgents\n  }\n": types.LiveQueueStateFragmentDoc,
    "\n  fragment StatusHistoryRow on AgentStatusChange {\n    status\n    previousStatus\n    reasonId\n    cause\n    detail\n    at\n  }\n": types.StatusHistoryRowFragmentDoc,
    "\n  fragment LiveCallsSnapshot on LiveCalls {\n    readAt\n    calls {\n      callId\n      direction\n      callerNumber\n      dialledNumber\n      stage\n      startedAt\n      stageSince\n      skillGroupId\n      skillGroupName\n      agentId\n      agentName\n      agentNumber\n      organization\n    }\n  }\n": types.LiveCallsSnapshotFragmentDoc,
    "\n  query LiveBoard {\n    agentStates {\n      ...LiveAgentState\n    }\n    queueStates {\n      ...LiveQueueState\n    }\n    notReadyReasons {\n      id\n      name\n    }\n    liveCalls {\n      ...LiveCallsSnapshot\n    }\n  }\n": types.LiveBoardDocument,
    "\n  query LiveBoardAgents($page: PageInput) {\n    agents(page: $page) {\n      totalCount\n      items {\n        id\n        name\n        agentNumber\n      }\n    }\n  }\n": types.LiveBoardAgentsDocument,
    "\n  subscription AgentStateChanged {\n    agentStateChanged {\n      ...LiveAgentState\n    }\n  }\n": types.AgentStateChangedDocument,
    "\n  subscription QueueStatesChanged {\n    queueStatesChanged {\n      ...LiveQueueState\n    }\n  }\n": types.QueueStatesChangedDocument,
    "\n  subscription LiveCallsChanged {\n    liveCallsChanged {\n      ...LiveCallsSnapshot\n    }\n  }\n": types.LiveCallsChangedDocument,
    "\n  mutation ForceHangUpCall($callId: ID!) {\n    forceHangUpCall(callId: $callId) {\n      callId\n    }\n  }\n": types.ForceHangUpCallDocument,
    "\n  mutation MonitorCall($agentId: ID!, $mode: MonitorMode!, $idempotencyKey: String!) {\n    monitorCall(agentId: $agentId, mode: $mode, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": types.MonitorCallDocument,
    "\n  mutation ForceSignOut($agentId: ID!) {\n    forceSignOut(agentId: $agentId) {\n      ...LiveAgentState\n    }\n  }\n": types.ForceSignOutDocument,
    "\n  query AgentStatusHistory($agentId: ID!, $page: PageInput) {\n    agentStatusHistory(agentId: $agentId, page: $page) {\n      totalCount\n      items {\n        ...StatusHistoryRow\n      }\n    }\n  }\n": types.AgentStatusHistoryDocument,
    "\n  fragment KpiCards on Kpis {\n    serviceLevel\n    serviceLevelSeconds\n    serviceLevelTarget\n    asaSeconds\n    abandonRate\n    ahtSeconds\n    occupancy\n    agentAnswerRate\n    longestWaitSeconds\n    arrivals\n    answered\n    abandoned\n  }\n": types.KpiCardsFragmentDoc,
    "\n  fragment HourlyCallsRow on HourlyCalls {\n    hour\n    inbound\n    answered\n    abandoned\n    callbacksRequested\n    outbound\n  }\n": types.HourlyCallsRowFragmentDoc,
    "\n  fragment SkillGroupMonitorRow on SkillGroupMonitor {\n    skillGroupId\n    name\n    waiting\n    offering\n    callbacksWaiting\n    longestWaitSeconds\n    agentsByStatus {\n      status\n      count\n    }\n    today {\n      serviceLevel\n      serviceLevelTarget\n    }\n    staffing {\n      agentsNeeded\n    }\n  }\n": types.SkillGroupMonitorRowFragmentDoc,
    "\n  fragment AgentMonitorRow on AgentMonitor {\n    agentId\n    name\n    status\n    secondsInStatus\n    callsToday\n    talkSeconds\n    answerRate\n    notReady {\n      reasonId\n      reasonName\n      seconds\n    }\n  }\n": types.AgentMonitorRowFragmentDoc,
    "\n  query KpiMonitor($scope: KpiScopeInput!) {\n    myTenant {\n      timeZone\n    }\n    kpis(scope: $scope, window: { kind: TODAY }) {\n      ...KpiCards\n    }\n    hourlyCalls(scope: $scope) {\n      ...HourlyCallsRow\n    }\n    skillGroupMonitor {\n      ...SkillGroupMonitorRow\n    }\n    agentMonitor {\n      ...AgentMonitorRow\n    }\n  }\n": types.KpiMonitorDocument,
    "\n  fragment OutboundTaskRow on OutboundTask {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    callerIdNumberId\n    callerIdNumber\n    customFieldIds\n    script\n    followUpResults {\n      value\n      labelZh\n      labelEn\n      isSuccess\n    }\n    agentIds\n    skillGroupIds\n    status\n    dialing {\n      mode\n      callingWindows {\n        start\n        end\n      }\n      holidays\n      retryAfterMinutes\n      maxRetries\n      dailyAttemptCap\n    }\n    createdAt\n    itemCount\n    dialledCount\n    resultCount\n  }\n": types.OutboundTaskRowFragmentDoc,
    "\n  fragment TaskItemRow on TaskItem {\n    id\n    phoneNumber\n    customFields\n    assigneeAgentId\n    assigneeSkillGroupId\n    status\n    followUpResult\n    notes\n    nextContactAt\n    lockedBy\n    dialRefusal\n  }\n": types.TaskItemRowFragmentDoc,
    "\n  query OutboundTasks($page: PageInput) {\n    outboundTasks(page: $page) {\n      totalCount\n      items {\n        ...OutboundTaskRow\n      }\n    }\n  }\n": types.OutboundTasksDocument,
    "\n  query OutboundTask($id: ID!) {\n    outboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n": types.OutboundTaskDocument,
    "\n  mutation CreateOutboundTask($input: CreateOutboundTaskInput!) {\n    createOutboundTask(input: $input) {\n      ...OutboundTaskRow\n    }\n  }\n": types.CreateOutboundTaskDocument,
    "\n  mutation UpdateOutboundTask($id: ID!, $input: UpdateOutboundTaskInput!) {\n    updateOutboundTask(id: $id, input: $input) {\n      ...OutboundTaskRow\n    }\n  }\n": types.UpdateOutboundTaskDocument,
    "\n  mutation ActivateOutboundTask($id: ID!) {\n    activateOutboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n": types.ActivateOutboundTaskDocument,
    "\n  mutation PauseOutboundTask($id: ID!) {\n    pauseOutboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n": types.PauseOutboundTaskDocument,
    "\n  mutation ResumeOutboundTask($id: ID!) {\n    resumeOutboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n": types.ResumeOutboundTaskDocument,
    "\n  mutation CloseOutboundTask($id: ID!) {\n    closeOutboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n": types.CloseOutboundTaskDocument,
    "\n  query TaskItems($taskId: ID!, $filter: TaskItemFilter, $page: PageInput) {\n    taskItems(taskId: $taskId, filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...TaskItemRow\n      }\n    }\n  }\n": types.TaskItemsDocument,
    "\n  mutation AddTaskItem($taskId: ID!, $input: AddTaskItemInput!) {\n    addTaskItem(taskId: $taskId, input: $input) {\n      ...TaskItemRow\n    }\n  }\n": types.AddTaskItemDocument,
    "\n  mutation DistributeTaskItems($input: DistributeTaskItemsInput!) {\n    distributeTaskItems(input: $input)\n  }\n": types.DistributeTaskItemsDocument,
    "\n  mutation TakeBackTaskItems($taskId: ID!, $skillGroupId: ID!, $itemIds: [ID!]!) {\n    takeBackTaskItems(taskId: $taskId, skillGroupId: $skillGroupId, itemIds: $itemIds)\n  }\n": types.TakeBackTaskItemsDocument,
    "\n  fragment DoNotCallRow on DoNotCallEntry {\n    id\n    phoneNumber\n    reason\n    source\n    createdByName\n    createdAt\n  }\n": types.DoNotCallRowFragmentDoc,
    "\n  query DoNotCallList($search: String, $page: PageInput) {\n    doNotCallList(search: $search, page: $page) {\n      totalCount\n      items {\n        ...DoNotCallRow\n      }\n    }\n  }\n": types.DoNotCallListDocument,
    "\n  mutation AddDoNotCall($input: AddDoNotCallInput!) {\n    addDoNotCall(input: $input) {\n      ...DoNotCallRow\n    }\n  }\n": types.AddDoNotCallDocument,
    "\n  mutation RemoveDoNotCall($id: ID!, $reason: String!) {\n    removeDoNotCall(id: $id, reason: $reason)\n  }\n": types.RemoveDoNotCallDocument,
    "\n  query TaskSkillGroupOptions {\n    skillGroups(filter: { organization: TELESALES }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        members {\n          userId\n        }\n      }\n    }\n  }\n": types.TaskSkillGroupOptionsDocument,
    "\n  query OutboundStatistics($input: OutboundStatisticsInput!) {\n    outboundStatistics(input: $input) {\n      from\n      to\n      timeZone\n      tasks {\n        taskId\n        taskName\n        status\n        itemCount\n        dialledItems\n        connectedItems\n        calls\n        connectedCalls\n        talkSeconds\n        successItems\n        connectRate\n        conversionRate\n        results {\n          value\n          labelZh\n          labelEn\n          isSuccess\n          itemCount\n        }\n      }\n      workload {\n        day\n        agentId\n        agentName\n        calls\n        connectedCalls\n        talkSeconds\n        results\n        successes\n      }\n    }\n  }\n": types.OutboundStatisticsDocument,
    "\n  fragment QaScorecardFields on QaScorecard {\n    id\n    name\n    version\n    maxPoints\n    publishedAt\n    sections {\n      name\n      criteria {\n        id\n        name\n        description\n        maxPoints\n        isFatal\n      }\n    }\n  }\n": types.QaScorecardFieldsFragmentDoc,
    "\n  fragment QaInspectionRow on QaInspection {\n    id\n    callId\n    callStartedAt\n    agentId\n    agentName\n    inspectorName\n    scorecardId\n    scorecardName\n    scorecardVersion\n    status\n    points\n    maxPoints\n    percent\n    isFatalFailed\n    createdAt\n    submittedAt\n    appealDeadline\n    recordingUrl\n    appeal {\n      status\n      reason\n      appealedAt\n      resolution\n      resolvedAt\n    }\n  }\n": types.QaInspectionRowFragmentDoc,
    "\n  fragment QaInspectionFull on QaInspectionDetails {\n    inspection {\n      ...QaInspectionRow\n    }\n    scorecard {\n      ...QaScorecardFields\n    }\n    results {\n      revision\n      points\n      percent\n      isFatalFailed\n      scoredAt\n      scoredByName\n      scores {\n        criterionId\n        points\n        isFailed\n      }\n      comments {\n        atSeconds\n        criterionId\n        text\n      }\n    }\n  }\n": types.QaInspectionFullFragmentDoc,
    "\n  query QaScorecards {\n    qaScorecards {\n      ...QaScorecardFields\n    }\n  }\n": types.QaScorecardsDocument,
    "\n  query QaScorecardVersion($id: ID!, $version: Int) {\n    qaScorecard(id: $id, version: $version) {\n      ...QaScorecardFields\n    }\n  }\n": types.QaScorecardVersionDocument,
    "\n  mutation CreateQaScorecard($input: QaScorecardInput!) {\n    createQaScorecard(input: $input) {\n      ...QaScorecardFields\n    }\n  }\n": types.CreateQaScorecardDocument,
    "\n  mutation UpdateQaScorecard($id: ID!, $input: QaScorecardInput!) {\n    updateQaScorecard(id: $id, input: $input) {\n      ...QaScorecardFields\n    }\n  }\n": types.UpdateQaScorecardDocument,
    "\n  mutation SampleQaCalls($filter: CallRecordSearchFilter, $input: QaSampleInput!) {\n    sampleQaCalls(filter: $filter, input: $input) {\n      callIds\n      inspectionIds\n      seed\n      skipped {\n        callId\n        reason\n      }\n    }\n  }\n": types.SampleQaCallsDocument,
    "\n  query QaInspections($filter: QaInspectionFilter, $page: PageInput) {\n    qaInspections(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...QaInspectionRow\n      }\n    }\n  }\n": types.QaInspectionsDocument,
    "\n  query QaInspection($id: ID!) {\n    qaInspection(id: $id) {\n      ...QaInspectionFull\n    }\n  }\n": types.QaInspectionDocument,
    "\n  mutation SubmitQaInspection($id: ID!, $input: QaScoresInput!) {\n    submitQaInspection(id: $id, input: $input) {\n      ...QaInspectionFull\n    }\n  }\n": types.SubmitQaInspectionDocument,
    "\n  mutation ResolveQaAppeal($id: ID!, $input: QaAppealDecisionInput!) {\n    resolveQaAppeal(id: $id, input: $input) {\n      ...QaInspectionFull\n    }\n  }\n": types.ResolveQaAppealDocument,
    "\n  query QaReport($input: QaReportInput!) {\n    qaReport(input: $input) {\n      key\n      label\n      inspections\n      averagePercent\n      fatalFailures\n      appeals\n      appealRate\n    }\n  }\n": types.QaReportDocument,
    "\n  mutation SetQaInspector($userId: ID!, $isInspector: Boolean!) {\n    setQaInspector(userId: $userId, isInspector: $isInspector)\n  }\n": types.SetQaInspectorDocument,
    "\n  query QaInspectorIds {\n    qaInspectorIds\n  }\n": types.QaInspectorIdsDocument,
    "\n  query IsQaInspector {\n    isQaInspector\n  }\n": types.IsQaInspectorDocument,
    "\n  fragment CallReportRow on CallReportRow {\n    bucket\n    key\n    name\n    inboundCalls\n    inboundAnswered\n    inboundMissed\n    outboundCalls\n    outboundAnswered\n    outboundMissed\n    talkSeconds\n    holdSeconds\n    afterCallWorkSeconds\n    kpis {\n      arrivals\n      answered\n      abandoned\n      callbacksRequested\n      serviceLevel\n      asaSeconds\n      abandonRate\n      handled\n      ahtSeconds\n      averageTalkSeconds\n      agentAnswerRate\n    }\n  }\n": types.CallReportRowFragmentDoc,
    "\n  query CallReport($input: CallReportInput!) {\n    callReport(input: $input) {\n      from\n      to\n      timeZone\n      rows {\n        ...CallReportRow\n      }\n      buckets {\n        ...CallReportRow\n      }\n      total {\n        ...CallReportRow\n      }\n    }\n  }\n": types.CallReportDocument,
    "\n  fragment SummaryReportCategoryRow on SummaryReportCategory {\n    id\n    parentId\n    depth\n    labelZh\n    labelEn\n    isEnabled\n    count\n    share\n    bySkillGroup {\n      key\n      count\n    }\n    byAgent {\n      key\n      count\n    }\n  }\n": types.SummaryReportCategoryRowFragmentDoc,
    "\n  query ServiceSummaryReport($input: ServiceSummaryReportInput!) {\n    serviceSummaryReport(input: $input) {\n      from\n      to\n      timeZone\n      total\n      categories {\n        ...SummaryReportCategoryRow\n      }\n      skillGroups {\n        key\n        name\n        count\n      }\n      agents {\n        key\n        name\n        count\n      }\n      days {\n        day\n        count\n      }\n    }\n  }\n": types.ServiceSummaryReportDocument,
    "\n  fragment SatisfactionRecordRow on SatisfactionRecord {\n    callId\n    answeredAt\n    outcome\n    score\n    scale\n    label {\n      zh\n      en\n    }\n    direction\n    customerNumber\n    agentName\n    skillGroupName\n  }\n": types.SatisfactionRecordRowFragmentDoc,
    "\n  fragment SatisfactionFiguresRow on SatisfactionFigures {\n    periodStart\n    key\n    name\n    responses\n    byScale {\n      scale\n      scoreCounts\n      labels {\n        zh\n        en\n      }\n    }\n    averageScore\n    averagePercent\n    satisfiedRate\n    answeredCalls\n    answeredResponses\n    responseRate\n    surveysOffered\n    surveysNoAnswer\n    surveysAbandoned\n    surveyResponseRate\n  }\n": types.SatisfactionFiguresRowFragmentDoc,
    "\n  query SatisfactionRecords($filter: SatisfactionRecordFilter, $after: String, $limit: Int) {\n    satisfactionRecords(filter: $filter, after: $after, limit: $limit) {\n      totalCount\n      nextCursor\n      items {\n        ...SatisfactionRecordRow\n      }\n    }\n  }\n": types.SatisfactionRecordsDocument,
    "\n  query SatisfactionReport($input: SatisfactionReportInput!) {\n    satisfactionReport(input: $input) {\n      timeZone\n      rows {\n        ...SatisfactionFiguresRow\n      }\n      total {\n        ...SatisfactionFiguresRow\n      }\n    }\n  }\n": types.SatisfactionReportDocument,
    "\n  query SurveyScale {\n    acdSettings {\n      surveyScale\n      surveyLabels {\n        zh\n        en\n      }\n    }\n  }\n": types.SurveyScaleDocument,
    "\n  query Company {\n    myTenant {\n      id\n      name\n      timeZone\n      createdAt\n      sipDomain\n    }\n    acdSettings {\n      homeRegion\n    }\n  }\n": types.CompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateTenantInput!) {\n    updateMyTenant(input: $input) {\n      id\n      name\n      timeZone\n      createdAt\n    }\n  }\n": types.UpdateCompanyDocument,
    "\n  mutation UpdateHomeRegion($homeRegion: String!) {\n    updateAcdSettings(input: { homeRegion: $homeRegion }) {\n      homeRegion\n    }\n  }\n": types.UpdateHomeRegionDocument,
    "\n  fragment MySessionRow on Session {\n    id\n    kind\n    address\n    userAgent\n    createdAt\n    lastSeenAt\n    isCurrent\n  }\n": types.MySessionRowFragmentDoc,
    "\n  query MySessions($page: PageInput) {\n    mySessions(page: $page) {\n      totalCount\n      items {\n        ...MySessionRow\n      }\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": types.RevokeOtherSessionsDocument,
    "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) {\n      user {\n        id\n        name\n        email\n        role\n        organization\n        status\n        mustChangePassword\n      }\n    }\n  }\n": types.SignupDocument,
    "\n  fragment SummaryCategoryRow on ServiceSummaryCategory {\n    id\n    parentId\n    depth\n    labelZh\n    labelEn\n    position\n    isEnabled\n  }\n": types.SummaryCategoryRowFragmentDoc,
    "\n  query SummaryCategoryList {\n    serviceSummaryCategories {\n      ...SummaryCategoryRow\n    }\n  }\n": types.SummaryCategoryListDocument,
    "\n  mutation CreateSummaryCategory($input: CreateServiceSummaryCategoryInput!) {\n    createServiceSummaryCategory(input: $input) {\n      ...SummaryCategoryRow\n    }\n  }\n": types.CreateSummaryCategoryDocument,
    "\n  mutation UpdateSummaryCategory($id: ID!, $input: UpdateServiceSummaryCategoryInput!) {\n    updateServiceSummaryCategory(id: $id, input: $input) {\n      ...SummaryCategoryRow\n    }\n  }\n": types.UpdateSummaryCategoryDocument,
    "\n  mutation DeleteSummaryCategory($id: ID!) {\n    deleteServiceSummaryCategory(id: $id)\n  }\n": types.DeleteSummaryCategoryDocument,
    "\n  fragment TestCallFields on TestCall {\n    id\n    phoneNumberId\n    number\n    callerNumber\n    startedAt\n    endedAt\n    isLive\n    endedBy\n    connectedAgent {\n      id\n      name\n    }\n    timeline {\n      at\n      kind\n      endedAt\n      isInterrupted\n      key\n      number\n      cause\n      agent {\n        id\n        name\n        agentNumber\n      }\n      prompt {\n        kind\n        systemPrompt\n        name\n        position\n        key\n        menu\n        media\n      }\n    }\n  }\n": types.TestCallFieldsFragmentDoc,
    "\n  fragment TestCallNumber on PhoneNumber {\n    id\n    number\n    description\n    scheduleId\n    skillGroup {\n      id\n      name\n    }\n  }\n": types.TestCallNumberFragmentDoc,
    "\n  query TestCallStart {\n    isSwitchSimulated\n    phoneNumbers(page: { limit: 100 }) {\n      totalCount\n      items {\n        ...TestCallNumber\n      }\n    }\n  }\n": types.TestCallStartDocument,
    "\n  query TestCalls {\n    testCalls {\n      ...TestCallFields\n    }\n  }\n": types.TestCallsDocument,
    "\n  mutation PlaceTestCall($input: PlaceTestCallInput!) {\n    placeTestCall(input: $input) {\n      ...TestCallFields\n    }\n  }\n": types.PlaceTestCallDocument,
    "\n  mutation PressTestCallKeys($id: ID!, $keys: String!) {\n    pressTestCallKeys(id: $id, keys: $keys) {\n      id\n    }\n  }\n": types.PressTestCallKeysDocument,
    "\n  mutation HangUpTestCall($id: ID!) {\n    hangUpTestCall(id: $id) {\n      ...TestCallFields\n    }\n  }\n": types.HangUpTestCallDocument,
    "\n  subscription TestCallChanged($id: ID!) {\n    testCallChanged(id: $id) {\n      ...TestCallFields\n    }\n  }\n": types.TestCallChangedDocument,
    "\n  fragment VoicePromptRow on VoicePrompt {\n    id\n    name\n    source\n    status\n    rejectReason\n    ttsText\n    durationMs\n    peaks\n    isUsable\n    audioUrl\n    approvedAudioUrl\n    reviewedByName\n    reviewedAt\n    updatedAt\n  }\n": types.VoicePromptRowFragmentDoc,
    "\n  fragment SystemPromptRow on SystemPrompt {\n    kind\n    choice\n    audioUrl\n    updatedAt\n    prompt {\n      id\n      name\n    }\n  }\n": types.SystemPromptRowFragmentDoc,
    "\n  query VoicePrompts($filter: VoicePromptFilter, $page: PageInput) {\n    voicePrompts(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...VoicePromptRow\n      }\n    }\n  }\n": types.VoicePromptsDocument,
    "\n  mutation DeleteVoicePrompt($id: ID!) {\n    deleteVoicePrompt(id: $id)\n  }\n": types.DeleteVoicePromptDocument,
    "\n  query CanReviewPrompts {\n    canReviewPrompts\n  }\n": types.CanReviewPromptsDocument,
    "\n  query PromptReviewQueue($page: PageInput) {\n    promptReviewQueue(page: $page) {\n      totalCount\n      items {\n        companyName\n        prompt {\n          ...VoicePromptRow\n        }\n      }\n    }\n  }\n": types.PromptReviewQueueDocument,
    "\n  mutation ReviewVoicePrompt($id: ID!, $input: ReviewPromptInput!) {\n    reviewVoicePrompt(id: $id, input: $input) {\n      ...VoicePromptRow\n    }\n  }\n": types.ReviewVoicePromptDocument,
    "\n  mutation PreviewSpeech($input: TtsInput!) {\n    previewSpeech(input: $input) {\n      audioUrl\n      durationMs\n      peaks\n    }\n  }\n": types.PreviewSpeechDocument,
    "\n  mutation SynthesizePrompt($input: SynthesizePromptInput!) {\n    synthesizePrompt(input: $input) {\n      ...VoicePromptRow\n    }\n  }\n": types.SynthesizePromptDocument,
    "\n  query SystemPrompts {\n    systemPrompts {\n      ...SystemPromptRow\n    }\n  }\n": types.SystemPromptsDocument,
    "\n  mutation UpdateSystemPrompt($input: UpdateSystemPromptInput!) {\n    updateSystemPrompt(input: $input) {\n      ...SystemPromptRow\n    }\n  }\n": types.UpdateSystemPromptDocument,
    "\n  query UsablePrompts {\n    voicePrompts(filter: { isUsable: true }, page: { offset: 0, limit: 100 }) {\n      totalCount\n      items {\n        id\n        name\n        durationMs\n        approvedAudioUrl\n      }\n    }\n  }\n": types.UsablePromptsDocument,
    "\n  query WallboardQueues {\n    myTenant {\n      name\n      timeZone\n    }\n    skillGroupMonitor {\n      ...SkillGroupMonitorRow\n    }\n  }\n": types.WallboardQueuesDocument,
    "\n  query WallboardKpis($scope: KpiScopeInput!) {\n    kpis(scope: $scope, window: { kind: TODAY }) {\n      ...KpiCards\n    }\n    hourlyCalls(scope: $scope) {\n      ...HourlyCallsRow\n    }\n  }\n": types.WallboardKpisDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AcdSettingsForm on AcdSettings {\n    afterCallWorkSeconds\n    ringTimeoutSeconds\n    maxMissedOffers\n    heartbeatTimeoutSeconds\n    announcePosition\n    announceIntervalSeconds\n    callbackEnabled\n    callbackKey\n    recordingEnabled\n    outboundRecordingEnabled\n    recordingRetentionDays\n    isRecordingStereo\n    appealWindowDays\n    outboundSurveyEnabled\n    surveyScale\n    surveyLabels {\n      zh\n      en\n    }\n    requireSummaryBeforeReady\n    outboundCallerId\n    homeRegion\n    allowInternational\n    allowPremiumRate\n    maxConcurrentOutbound\n    maxOutboundPerSecond\n    updatedAt\n  }\n"): typeof import('./graphql').AcdSettingsFormFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotReadyReasonRow on NotReadyReason {\n    id\n    name\n    kind\n    code\n    sortOrder\n  }\n"): typeof import('./graphql').NotReadyReasonRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PhoneNumberRow on PhoneNumber {\n    id\n    number\n    description\n    skillGroupId\n    skillGroup {\n      id\n      name\n    }\n    scheduleId\n    createdAt\n  }\n"): typeof import('./graphql').PhoneNumberRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PhoneNumberRoute on PhoneNumber {\n    ...PhoneNumberRow\n    schedule {\n      name\n      flow {\n        name\n      }\n      holidayToday {\n        name\n        flow {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PhoneNumberRouteFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillGroupRouting on SkillGroup {\n    strategy\n    maxWaitSeconds\n    maxQueueLength\n    overflowAction\n    overflowSkillGroupId\n    isPostCallSurveyEnabled\n    isRecordingEnabled\n  }\n"): typeof import('./graphql').SkillGroupRoutingFragmentDoc;
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
export function graphql(source: "\n  query PhoneNumberList($page: PageInput) {\n    phoneNumbers(page: $page) {\n      totalCount\n      items {\n        ...PhoneNumberRoute\n      }\n    }\n  }\n"): typeof import('./graphql').PhoneNumberListDocument;
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
export function graphql(source: "\n  fragment AgentRow on User {\n    id\n    name\n    email\n    agentNumber\n    role\n    organization\n    status\n    mobile\n    answeringMode\n    mustChangePassword\n    signInLockedUntil\n    createdAt\n    groups {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AgentRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agents($filter: AgentFilter, $page: PageInput) {\n    agents(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...AgentRow\n      }\n    }\n  }\n"): typeof import('./graphql').AgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      emailDelivery\n      outboxFolder\n      agent {\n        ...AgentRow\n      }\n    }\n  }\n"): typeof import('./graphql').CreateAgentDocument;
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
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      emailDelivery\n      outboxFolder\n    }\n  }\n"): typeof import('./graphql').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAgentPassword($id: ID!) {\n    resetAgentPassword(id: $id) {\n      emailDelivery\n      outboxFolder\n    }\n  }\n"): typeof import('./graphql').ResetAgentPasswordDocument;
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
export function graphql(source: "\n  mutation UnlockAgent($id: ID!) {\n    unlockAgent(id: $id) {\n      id\n      signInLockedUntil\n    }\n  }\n"): typeof import('./graphql').UnlockAgentDocument;
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
export function graphql(source: "\n  mutation ImportAgents($input: ImportAgentsInput!) {\n    importAgents(input: $input) {\n      isImported\n      importedCount\n      totalRows\n      validRows\n      emailDelivery\n      outboxFolder\n      problems {\n        row\n        column\n        field\n        code\n        params\n      }\n    }\n  }\n"): typeof import('./graphql').ImportAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallRecordRow on CallRecordRowView {\n    id\n    startedAt\n    endedAt\n    direction\n    customerNumber\n    dialledNumber\n    agentId\n    agentName\n    skillGroupName\n    outcome\n    waitSeconds\n    talkSeconds\n    hangupSide\n    hangupCause\n    satisfactionScore\n    satisfactionScale\n    satisfactionLabel {\n      zh\n      en\n    }\n    hasRecording\n    customerId\n    customerName\n  }\n"): typeof import('./graphql').CallRecordRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallRecordSearch($filter: CallRecordSearchFilter, $after: String, $limit: Int) {\n    callRecordSearch(filter: $filter, after: $after, limit: $limit) {\n      nextCursor\n      items {\n        ...CallRecordRow\n      }\n    }\n  }\n"): typeof import('./graphql').CallRecordSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallRecordCount($filter: CallRecordSearchFilter) {\n    callRecordCount(filter: $filter) {\n      count\n      isCapped\n    }\n  }\n"): typeof import('./graphql').CallRecordCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallRecordDetails($id: ID!) {\n    callRecordDetails(id: $id) {\n      id\n      recordingUrl\n      row {\n        ...CallRecordRow\n      }\n      call {\n        id\n        answeredAt\n        recordingRemovedAt\n        legs {\n          id\n          role\n        }\n        timeline {\n          at\n          event\n          legId\n          detail\n          agentName\n          skillGroupName\n          outcome\n          seconds\n        }\n        serviceSummaries {\n          id\n          categoryId\n          notes\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CallRecordDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomFieldRow on CustomFieldDefinition {\n    id\n    entity\n    key\n    labelZh\n    labelEn\n    type\n    isRequired\n    options {\n      value\n      labelZh\n      labelEn\n    }\n    position\n    isHidden\n  }\n"): typeof import('./graphql').CustomFieldRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomFieldList($entity: CustomFieldEntity!) {\n    customFieldDefinitions(entity: $entity) {\n      ...CustomFieldRow\n    }\n  }\n"): typeof import('./graphql').CustomFieldListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) {\n      ...CustomFieldRow\n    }\n  }\n"): typeof import('./graphql').CreateCustomFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldDefinitionInput!) {\n    updateCustomFieldDefinition(id: $id, input: $input) {\n      ...CustomFieldRow\n    }\n  }\n"): typeof import('./graphql').UpdateCustomFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomField($id: ID!) {\n    deleteCustomFieldDefinition(id: $id)\n  }\n"): typeof import('./graphql').DeleteCustomFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRow on Customer {\n    id\n    name\n    organization\n    phoneNumbers\n    customFields\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').CustomerRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerList($filter: CustomerFilter, $page: PageInput) {\n    customers(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...CustomerRow\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerRow\n    }\n  }\n"): typeof import('./graphql').CreateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerRow\n    }\n  }\n"): typeof import('./graphql').UpdateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"): typeof import('./graphql').DeleteCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreenPopSettings {\n    screenPopSettings {\n      urlTemplate\n      allowedOrigins\n      variables\n    }\n  }\n"): typeof import('./graphql').ScreenPopSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateScreenPopSettings($input: ScreenPopSettingsInput!) {\n    updateScreenPopSettings(input: $input) {\n      urlTemplate\n      allowedOrigins\n      variables\n    }\n  }\n"): typeof import('./graphql').UpdateScreenPopSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCustomers($survivorId: ID!, $mergedId: ID!) {\n    mergeCustomers(survivorId: $survivorId, mergedId: $mergedId) {\n      ...CustomerRow\n    }\n  }\n"): typeof import('./graphql').MergeCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardLive {\n    agentStates {\n      ...LiveAgentState\n    }\n    queueStates {\n      ...LiveQueueState\n    }\n  }\n"): typeof import('./graphql').DashboardLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallCountsRow on CallCounts {\n    inbound\n    answered\n    abandoned\n    unansweredLive\n    outbound\n    outboundAnswered\n  }\n"): typeof import('./graphql').CallCountsRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayCalls($from: DateTimeISO!) {\n    callCounts(from: $from) {\n      ...CallCountsRow\n    }\n    kpis(scope: { kind: TENANT }, window: { kind: TODAY }) {\n      answered\n      abandoned\n      abandonRate\n      callbacksRequested\n    }\n  }\n"): typeof import('./graphql').TodayCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupProgress {\n    skillGroups(page: { offset: 0, limit: 100 }) {\n      totalCount\n      items {\n        id\n        members {\n          userId\n        }\n      }\n    }\n    phoneNumbers(page: { offset: 0, limit: 100 }) {\n      totalCount\n      items {\n        id\n        skillGroupId\n        scheduleId\n      }\n    }\n  }\n"): typeof import('./graphql').SetupProgressDocument;
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
export function graphql(source: "\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    disabledReason\n    disabledAt\n    failingSince\n    createdAt\n  }\n"): typeof import('./graphql').WebhookEndpointRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    eventType\n    occurredAt\n    status\n    attemptCount\n    lastStatusCode\n    nextAttemptDue\n    deliveredAt\n    body\n    attempts {\n      at\n      statusCode\n      error\n      durationMs\n    }\n  }\n"): typeof import('./graphql').WebhookDeliveryRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointRow\n    }\n  }\n"): typeof import('./graphql').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...WebhookEndpointRow\n    }\n  }\n"): typeof import('./graphql').UpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n"): typeof import('./graphql').RotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): typeof import('./graphql').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PingWebhookEndpoint($id: ID!) {\n    pingWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PingWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($filter: WebhookDeliveryFilterInput!, $page: PageInput) {\n    webhookDeliveries(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...WebhookDeliveryRow\n      }\n    }\n  }\n"): typeof import('./graphql').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryRow\n    }\n  }\n"): typeof import('./graphql').ReplayWebhookDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IvrFlowRow on IvrFlow {\n    id\n    name\n    description\n    updatedAt\n    usedBy {\n      kind\n      id\n      name\n    }\n    liveVersion {\n      id\n      version\n      publishedAt\n    }\n    draft {\n      id\n      version\n      savedAt\n    }\n  }\n"): typeof import('./graphql').IvrFlowRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IvrFlowVersionRow on IvrFlowVersion {\n    id\n    version\n    status\n    savedAt\n    savedBy\n    publishedAt\n    publishedBy\n  }\n"): typeof import('./graphql').IvrFlowVersionRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IvrFlowVersionDetail on IvrFlowVersion {\n    ...IvrFlowVersionRow\n    definition {\n      rootMenuId\n      menus {\n        id\n        name\n        promptId\n        digitTimeoutSeconds\n        maxRetries\n        wrongKeyPromptId\n        keys {\n          key\n          action\n          subMenuId\n          skillGroupId\n          agentId\n          number\n          promptId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IvrFlowVersionDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IvrScheduleRow on IvrSchedule {\n    id\n    name\n    flowId\n    flow {\n      id\n      name\n      liveVersion {\n        id\n        version\n      }\n    }\n    days {\n      weekday\n      ranges {\n        start\n        end\n      }\n    }\n    phoneNumbers {\n      id\n      number\n    }\n    updatedAt\n  }\n"): typeof import('./graphql').IvrScheduleRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IvrHolidayRow on IvrHoliday {\n    id\n    name\n    startDate\n    endDate\n    scheduleId\n    action\n    flowId\n    closedPromptId\n  }\n"): typeof import('./graphql').IvrHolidayRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallRoutingAnswer on CallRoutingPreview {\n    at\n    timeZone\n    localTime\n    rule\n    reason\n    number {\n      id\n      number\n    }\n    schedule {\n      id\n      name\n    }\n    holiday {\n      id\n      name\n      startDate\n      endDate\n    }\n    serviceHours {\n      weekday\n      range {\n        start\n        end\n      }\n    }\n    flow {\n      id\n      name\n    }\n    flowVersion {\n      id\n      version\n      publishedAt\n    }\n    skillGroupId\n    closedPromptId\n  }\n"): typeof import('./graphql').CallRoutingAnswerFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IvrFlows($page: PageInput) {\n    ivrFlows(page: $page) {\n      totalCount\n      items {\n        ...IvrFlowRow\n      }\n    }\n  }\n"): typeof import('./graphql').IvrFlowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IvrFlowOptions {\n    ivrFlows(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        liveVersion {\n          id\n          version\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IvrFlowOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IvrFlowEditor($id: ID!) {\n    ivrFlow(id: $id) {\n      ...IvrFlowRow\n      liveVersion {\n        ...IvrFlowVersionDetail\n      }\n      draft {\n        ...IvrFlowVersionDetail\n      }\n    }\n  }\n"): typeof import('./graphql').IvrFlowEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IvrFlowVersions($id: ID!, $page: PageInput) {\n    ivrFlow(id: $id) {\n      id\n      versions(page: $page) {\n        totalCount\n        items {\n          ...IvrFlowVersionRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IvrFlowVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IvrFlowVersion($id: ID!) {\n    ivrFlowVersion(id: $id) {\n      ...IvrFlowVersionDetail\n    }\n  }\n"): typeof import('./graphql').IvrFlowVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIvrFlow($input: CreateIvrFlowInput!) {\n    createIvrFlow(input: $input) {\n      ...IvrFlowRow\n    }\n  }\n"): typeof import('./graphql').CreateIvrFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIvrFlow($id: ID!, $input: UpdateIvrFlowInput!) {\n    updateIvrFlow(id: $id, input: $input) {\n      ...IvrFlowRow\n    }\n  }\n"): typeof import('./graphql').UpdateIvrFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIvrFlow($id: ID!) {\n    deleteIvrFlow(id: $id)\n  }\n"): typeof import('./graphql').DeleteIvrFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveIvrFlowDraft($id: ID!, $definition: IvrFlowDefinitionInput!) {\n    saveIvrFlowDraft(id: $id, definition: $definition) {\n      ...IvrFlowVersionDetail\n    }\n  }\n"): typeof import('./graphql').SaveIvrFlowDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishIvrFlow($id: ID!) {\n    publishIvrFlow(id: $id) {\n      ...IvrFlowVersionRow\n    }\n  }\n"): typeof import('./graphql').PublishIvrFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreIvrFlowVersion($versionId: ID!) {\n    restoreIvrFlowVersion(versionId: $versionId) {\n      ...IvrFlowVersionDetail\n    }\n  }\n"): typeof import('./graphql').RestoreIvrFlowVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardIvrFlowDraft($id: ID!) {\n    discardIvrFlowDraft(id: $id)\n  }\n"): typeof import('./graphql').DiscardIvrFlowDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IvrPromptOptions {\n    voicePrompts(filter: { isUsable: true }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        approvedAudioUrl\n        approvedDurationMs\n      }\n    }\n  }\n"): typeof import('./graphql').IvrPromptOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IvrPeople {\n    agents(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        agentNumber\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').IvrPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IvrSchedules($page: PageInput) {\n    ivrSchedules(page: $page) {\n      totalCount\n      items {\n        ...IvrScheduleRow\n      }\n    }\n  }\n"): typeof import('./graphql').IvrSchedulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IvrScheduleOptions {\n    ivrSchedules(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').IvrScheduleOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIvrSchedule($input: IvrScheduleInput!) {\n    createIvrSchedule(input: $input) {\n      ...IvrScheduleRow\n    }\n  }\n"): typeof import('./graphql').CreateIvrScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIvrSchedule($id: ID!, $input: UpdateIvrScheduleInput!) {\n    updateIvrSchedule(id: $id, input: $input) {\n      ...IvrScheduleRow\n    }\n  }\n"): typeof import('./graphql').UpdateIvrScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIvrSchedule($id: ID!) {\n    deleteIvrSchedule(id: $id)\n  }\n"): typeof import('./graphql').DeleteIvrScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IvrHolidays($filter: IvrHolidayFilter, $page: PageInput) {\n    ivrHolidays(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...IvrHolidayRow\n      }\n    }\n  }\n"): typeof import('./graphql').IvrHolidaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIvrHoliday($input: IvrHolidayInput!) {\n    createIvrHoliday(input: $input) {\n      ...IvrHolidayRow\n    }\n  }\n"): typeof import('./graphql').CreateIvrHolidayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIvrHoliday($id: ID!, $input: UpdateIvrHolidayInput!) {\n    updateIvrHoliday(id: $id, input: $input) {\n      ...IvrHolidayRow\n    }\n  }\n"): typeof import('./graphql').UpdateIvrHolidayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIvrHoliday($id: ID!) {\n    deleteIvrHoliday(id: $id)\n  }\n"): typeof import('./graphql').DeleteIvrHolidayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallRoutingPreview($number: String!, $at: DateTimeISO) {\n    callRoutingPreview(number: $number, at: $at) {\n      ...CallRoutingAnswer\n    }\n  }\n"): typeof import('./graphql').CallRoutingPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListImportProgress on ListImport {\n    id\n    kind\n    status\n    fileName\n    encoding\n    columns\n    rowsRead\n    rowsImported\n    rowsRejected\n    failureCode\n  }\n"): typeof import('./graphql').ListImportProgressFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskImportSetup($taskId: ID!) {\n    outboundTask(id: $taskId) {\n      id\n      customFieldIds\n      agentIds\n      skillGroupIds\n    }\n    customFieldDefinitions(entity: OUTBOUND_TASK) {\n      id\n      labelZh\n      labelEn\n      isRequired\n    }\n    agents(filter: { organization: TELESALES }, page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n    skillGroups(page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').TaskImportSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListImport($id: ID!) {\n    listImport(id: $id) {\n      ...ListImportProgress\n    }\n  }\n"): typeof import('./graphql').ListImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTaskItemImport($input: StartTaskItemImportInput!) {\n    startTaskItemImport(input: $input) {\n      ...ListImportProgress\n    }\n  }\n"): typeof import('./graphql').StartTaskItemImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartDoNotCallImport($input: StartDoNotCallImportInput!) {\n    startDoNotCallImport(input: $input) {\n      ...ListImportProgress\n    }\n  }\n"): typeof import('./graphql').StartDoNotCallImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelListImport($id: ID!) {\n    cancelListImport(id: $id) {\n      ...ListImportProgress\n    }\n  }\n"): typeof import('./graphql').CancelListImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ImportProgress($id: ID!) {\n    importProgress(id: $id) {\n      ...ListImportProgress\n    }\n  }\n"): typeof import('./graphql').ImportProgressDocument;
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
export function graphql(source: "\n  fragment LiveCallsSnapshot on LiveCalls {\n    readAt\n    calls {\n      callId\n      direction\n      callerNumber\n      dialledNumber\n      stage\n      startedAt\n      stageSince\n      skillGroupId\n      skillGroupName\n      agentId\n      agentName\n      agentNumber\n      organization\n    }\n  }\n"): typeof import('./graphql').LiveCallsSnapshotFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveBoard {\n    agentStates {\n      ...LiveAgentState\n    }\n    queueStates {\n      ...LiveQueueState\n    }\n    notReadyReasons {\n      id\n      name\n    }\n    liveCalls {\n      ...LiveCallsSnapshot\n    }\n  }\n"): typeof import('./graphql').LiveBoardDocument;
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
export function graphql(source: "\n  subscription QueueStatesChanged {\n    queueStatesChanged {\n      ...LiveQueueState\n    }\n  }\n"): typeof import('./graphql').QueueStatesChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveCallsChanged {\n    liveCallsChanged {\n      ...LiveCallsSnapshot\n    }\n  }\n"): typeof import('./graphql').LiveCallsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForceHangUpCall($callId: ID!) {\n    forceHangUpCall(callId: $callId) {\n      callId\n    }\n  }\n"): typeof import('./graphql').ForceHangUpCallDocument;
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
export function graphql(source: "\n  fragment KpiCards on Kpis {\n    serviceLevel\n    serviceLevelSeconds\n    serviceLevelTarget\n    asaSeconds\n    abandonRate\n    ahtSeconds\n    occupancy\n    agentAnswerRate\n    longestWaitSeconds\n    arrivals\n    answered\n    abandoned\n  }\n"): typeof import('./graphql').KpiCardsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HourlyCallsRow on HourlyCalls {\n    hour\n    inbound\n    answered\n    abandoned\n    callbacksRequested\n    outbound\n  }\n"): typeof import('./graphql').HourlyCallsRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillGroupMonitorRow on SkillGroupMonitor {\n    skillGroupId\n    name\n    waiting\n    offering\n    callbacksWaiting\n    longestWaitSeconds\n    agentsByStatus {\n      status\n      count\n    }\n    today {\n      serviceLevel\n      serviceLevelTarget\n    }\n    staffing {\n      agentsNeeded\n    }\n  }\n"): typeof import('./graphql').SkillGroupMonitorRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentMonitorRow on AgentMonitor {\n    agentId\n    name\n    status\n    secondsInStatus\n    callsToday\n    talkSeconds\n    answerRate\n    notReady {\n      reasonId\n      reasonName\n      seconds\n    }\n  }\n"): typeof import('./graphql').AgentMonitorRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiMonitor($scope: KpiScopeInput!) {\n    myTenant {\n      timeZone\n    }\n    kpis(scope: $scope, window: { kind: TODAY }) {\n      ...KpiCards\n    }\n    hourlyCalls(scope: $scope) {\n      ...HourlyCallsRow\n    }\n    skillGroupMonitor {\n      ...SkillGroupMonitorRow\n    }\n    agentMonitor {\n      ...AgentMonitorRow\n    }\n  }\n"): typeof import('./graphql').KpiMonitorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutboundTaskRow on OutboundTask {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    callerIdNumberId\n    callerIdNumber\n    customFieldIds\n    script\n    followUpResults {\n      value\n      labelZh\n      labelEn\n      isSuccess\n    }\n    agentIds\n    skillGroupIds\n    status\n    dialing {\n      mode\n      callingWindows {\n        start\n        end\n      }\n      holidays\n      retryAfterMinutes\n      maxRetries\n      dailyAttemptCap\n    }\n    createdAt\n    itemCount\n    dialledCount\n    resultCount\n  }\n"): typeof import('./graphql').OutboundTaskRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskItemRow on TaskItem {\n    id\n    phoneNumber\n    customFields\n    assigneeAgentId\n    assigneeSkillGroupId\n    status\n    followUpResult\n    notes\n    nextContactAt\n    lockedBy\n    dialRefusal\n  }\n"): typeof import('./graphql').TaskItemRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboundTasks($page: PageInput) {\n    outboundTasks(page: $page) {\n      totalCount\n      items {\n        ...OutboundTaskRow\n      }\n    }\n  }\n"): typeof import('./graphql').OutboundTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboundTask($id: ID!) {\n    outboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n"): typeof import('./graphql').OutboundTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOutboundTask($input: CreateOutboundTaskInput!) {\n    createOutboundTask(input: $input) {\n      ...OutboundTaskRow\n    }\n  }\n"): typeof import('./graphql').CreateOutboundTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOutboundTask($id: ID!, $input: UpdateOutboundTaskInput!) {\n    updateOutboundTask(id: $id, input: $input) {\n      ...OutboundTaskRow\n    }\n  }\n"): typeof import('./graphql').UpdateOutboundTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateOutboundTask($id: ID!) {\n    activateOutboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n"): typeof import('./graphql').ActivateOutboundTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseOutboundTask($id: ID!) {\n    pauseOutboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n"): typeof import('./graphql').PauseOutboundTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeOutboundTask($id: ID!) {\n    resumeOutboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n"): typeof import('./graphql').ResumeOutboundTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOutboundTask($id: ID!) {\n    closeOutboundTask(id: $id) {\n      ...OutboundTaskRow\n    }\n  }\n"): typeof import('./graphql').CloseOutboundTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskItems($taskId: ID!, $filter: TaskItemFilter, $page: PageInput) {\n    taskItems(taskId: $taskId, filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...TaskItemRow\n      }\n    }\n  }\n"): typeof import('./graphql').TaskItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTaskItem($taskId: ID!, $input: AddTaskItemInput!) {\n    addTaskItem(taskId: $taskId, input: $input) {\n      ...TaskItemRow\n    }\n  }\n"): typeof import('./graphql').AddTaskItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistributeTaskItems($input: DistributeTaskItemsInput!) {\n    distributeTaskItems(input: $input)\n  }\n"): typeof import('./graphql').DistributeTaskItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeBackTaskItems($taskId: ID!, $skillGroupId: ID!, $itemIds: [ID!]!) {\n    takeBackTaskItems(taskId: $taskId, skillGroupId: $skillGroupId, itemIds: $itemIds)\n  }\n"): typeof import('./graphql').TakeBackTaskItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DoNotCallRow on DoNotCallEntry {\n    id\n    phoneNumber\n    reason\n    source\n    createdByName\n    createdAt\n  }\n"): typeof import('./graphql').DoNotCallRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DoNotCallList($search: String, $page: PageInput) {\n    doNotCallList(search: $search, page: $page) {\n      totalCount\n      items {\n        ...DoNotCallRow\n      }\n    }\n  }\n"): typeof import('./graphql').DoNotCallListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDoNotCall($input: AddDoNotCallInput!) {\n    addDoNotCall(input: $input) {\n      ...DoNotCallRow\n    }\n  }\n"): typeof import('./graphql').AddDoNotCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDoNotCall($id: ID!, $reason: String!) {\n    removeDoNotCall(id: $id, reason: $reason)\n  }\n"): typeof import('./graphql').RemoveDoNotCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskSkillGroupOptions {\n    skillGroups(filter: { organization: TELESALES }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        members {\n          userId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TaskSkillGroupOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboundStatistics($input: OutboundStatisticsInput!) {\n    outboundStatistics(input: $input) {\n      from\n      to\n      timeZone\n      tasks {\n        taskId\n        taskName\n        status\n        itemCount\n        dialledItems\n        connectedItems\n        calls\n        connectedCalls\n        talkSeconds\n        successItems\n        connectRate\n        conversionRate\n        results {\n          value\n          labelZh\n          labelEn\n          isSuccess\n          itemCount\n        }\n      }\n      workload {\n        day\n        agentId\n        agentName\n        calls\n        connectedCalls\n        talkSeconds\n        results\n        successes\n      }\n    }\n  }\n"): typeof import('./graphql').OutboundStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QaScorecardFields on QaScorecard {\n    id\n    name\n    version\n    maxPoints\n    publishedAt\n    sections {\n      name\n      criteria {\n        id\n        name\n        description\n        maxPoints\n        isFatal\n      }\n    }\n  }\n"): typeof import('./graphql').QaScorecardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QaInspectionRow on QaInspection {\n    id\n    callId\n    callStartedAt\n    agentId\n    agentName\n    inspectorName\n    scorecardId\n    scorecardName\n    scorecardVersion\n    status\n    points\n    maxPoints\n    percent\n    isFatalFailed\n    createdAt\n    submittedAt\n    appealDeadline\n    recordingUrl\n    appeal {\n      status\n      reason\n      appealedAt\n      resolution\n      resolvedAt\n    }\n  }\n"): typeof import('./graphql').QaInspectionRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QaInspectionFull on QaInspectionDetails {\n    inspection {\n      ...QaInspectionRow\n    }\n    scorecard {\n      ...QaScorecardFields\n    }\n    results {\n      revision\n      points\n      percent\n      isFatalFailed\n      scoredAt\n      scoredByName\n      scores {\n        criterionId\n        points\n        isFailed\n      }\n      comments {\n        atSeconds\n        criterionId\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').QaInspectionFullFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QaScorecards {\n    qaScorecards {\n      ...QaScorecardFields\n    }\n  }\n"): typeof import('./graphql').QaScorecardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QaScorecardVersion($id: ID!, $version: Int) {\n    qaScorecard(id: $id, version: $version) {\n      ...QaScorecardFields\n    }\n  }\n"): typeof import('./graphql').QaScorecardVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQaScorecard($input: QaScorecardInput!) {\n    createQaScorecard(input: $input) {\n      ...QaScorecardFields\n    }\n  }\n"): typeof import('./graphql').CreateQaScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQaScorecard($id: ID!, $input: QaScorecardInput!) {\n    updateQaScorecard(id: $id, input: $input) {\n      ...QaScorecardFields\n    }\n  }\n"): typeof import('./graphql').UpdateQaScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SampleQaCalls($filter: CallRecordSearchFilter, $input: QaSampleInput!) {\n    sampleQaCalls(filter: $filter, input: $input) {\n      callIds\n      inspectionIds\n      seed\n      skipped {\n        callId\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').SampleQaCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QaInspections($filter: QaInspectionFilter, $page: PageInput) {\n    qaInspections(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...QaInspectionRow\n      }\n    }\n  }\n"): typeof import('./graphql').QaInspectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QaInspection($id: ID!) {\n    qaInspection(id: $id) {\n      ...QaInspectionFull\n    }\n  }\n"): typeof import('./graphql').QaInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQaInspection($id: ID!, $input: QaScoresInput!) {\n    submitQaInspection(id: $id, input: $input) {\n      ...QaInspectionFull\n    }\n  }\n"): typeof import('./graphql').SubmitQaInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveQaAppeal($id: ID!, $input: QaAppealDecisionInput!) {\n    resolveQaAppeal(id: $id, input: $input) {\n      ...QaInspectionFull\n    }\n  }\n"): typeof import('./graphql').ResolveQaAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QaReport($input: QaReportInput!) {\n    qaReport(input: $input) {\n      key\n      label\n      inspections\n      averagePercent\n      fatalFailures\n      appeals\n      appealRate\n    }\n  }\n"): typeof import('./graphql').QaReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetQaInspector($userId: ID!, $isInspector: Boolean!) {\n    setQaInspector(userId: $userId, isInspector: $isInspector)\n  }\n"): typeof import('./graphql').SetQaInspectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QaInspectorIds {\n    qaInspectorIds\n  }\n"): typeof import('./graphql').QaInspectorIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsQaInspector {\n    isQaInspector\n  }\n"): typeof import('./graphql').IsQaInspectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallReportRow on CallReportRow {\n    bucket\n    key\n    name\n    inboundCalls\n    inboundAnswered\n    inboundMissed\n    outboundCalls\n    outboundAnswered\n    outboundMissed\n    talkSeconds\n    holdSeconds\n    afterCallWorkSeconds\n    kpis {\n      arrivals\n      answered\n      abandoned\n      callbacksRequested\n      serviceLevel\n      asaSeconds\n      abandonRate\n      handled\n      ahtSeconds\n      averageTalkSeconds\n      agentAnswerRate\n    }\n  }\n"): typeof import('./graphql').CallReportRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallReport($input: CallReportInput!) {\n    callReport(input: $input) {\n      from\n      to\n      timeZone\n      rows {\n        ...CallReportRow\n      }\n      buckets {\n        ...CallReportRow\n      }\n      total {\n        ...CallReportRow\n      }\n    }\n  }\n"): typeof import('./graphql').CallReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SummaryReportCategoryRow on SummaryReportCategory {\n    id\n    parentId\n    depth\n    labelZh\n    labelEn\n    isEnabled\n    count\n    share\n    bySkillGroup {\n      key\n      count\n    }\n    byAgent {\n      key\n      count\n    }\n  }\n"): typeof import('./graphql').SummaryReportCategoryRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceSummaryReport($input: ServiceSummaryReportInput!) {\n    serviceSummaryReport(input: $input) {\n      from\n      to\n      timeZone\n      total\n      categories {\n        ...SummaryReportCategoryRow\n      }\n      skillGroups {\n        key\n        name\n        count\n      }\n      agents {\n        key\n        name\n        count\n      }\n      days {\n        day\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceSummaryReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SatisfactionRecordRow on SatisfactionRecord {\n    callId\n    answeredAt\n    outcome\n    score\n    scale\n    label {\n      zh\n      en\n    }\n    direction\n    customerNumber\n    agentName\n    skillGroupName\n  }\n"): typeof import('./graphql').SatisfactionRecordRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SatisfactionFiguresRow on SatisfactionFigures {\n    periodStart\n    key\n    name\n    responses\n    byScale {\n      scale\n      scoreCounts\n      labels {\n        zh\n        en\n      }\n    }\n    averageScore\n    averagePercent\n    satisfiedRate\n    answeredCalls\n    answeredResponses\n    responseRate\n    surveysOffered\n    surveysNoAnswer\n    surveysAbandoned\n    surveyResponseRate\n  }\n"): typeof import('./graphql').SatisfactionFiguresRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SatisfactionRecords($filter: SatisfactionRecordFilter, $after: String, $limit: Int) {\n    satisfactionRecords(filter: $filter, after: $after, limit: $limit) {\n      totalCount\n      nextCursor\n      items {\n        ...SatisfactionRecordRow\n      }\n    }\n  }\n"): typeof import('./graphql').SatisfactionRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SatisfactionReport($input: SatisfactionReportInput!) {\n    satisfactionReport(input: $input) {\n      timeZone\n      rows {\n        ...SatisfactionFiguresRow\n      }\n      total {\n        ...SatisfactionFiguresRow\n      }\n    }\n  }\n"): typeof import('./graphql').SatisfactionReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyScale {\n    acdSettings {\n      surveyScale\n      surveyLabels {\n        zh\n        en\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyScaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Company {\n    myTenant {\n      id\n      name\n      timeZone\n      createdAt\n      sipDomain\n    }\n    acdSettings {\n      homeRegion\n    }\n  }\n"): typeof import('./graphql').CompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($input: UpdateTenantInput!) {\n    updateMyTenant(input: $input) {\n      id\n      name\n      timeZone\n      createdAt\n    }\n  }\n"): typeof import('./graphql').UpdateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHomeRegion($homeRegion: String!) {\n    updateAcdSettings(input: { homeRegion: $homeRegion }) {\n      homeRegion\n    }\n  }\n"): typeof import('./graphql').UpdateHomeRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MySessionRow on Session {\n    id\n    kind\n    address\n    userAgent\n    createdAt\n    lastSeenAt\n    isCurrent\n  }\n"): typeof import('./graphql').MySessionRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions($page: PageInput) {\n    mySessions(page: $page) {\n      totalCount\n      items {\n        ...MySessionRow\n      }\n    }\n  }\n"): typeof import('./graphql').MySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"): typeof import('./graphql').RevokeOtherSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) {\n      user {\n        id\n        name\n        email\n        role\n        organization\n        status\n        mustChangePassword\n      }\n    }\n  }\n"): typeof import('./graphql').SignupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SummaryCategoryRow on ServiceSummaryCategory {\n    id\n    parentId\n    depth\n    labelZh\n    labelEn\n    position\n    isEnabled\n  }\n"): typeof import('./graphql').SummaryCategoryRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SummaryCategoryList {\n    serviceSummaryCategories {\n      ...SummaryCategoryRow\n    }\n  }\n"): typeof import('./graphql').SummaryCategoryListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSummaryCategory($input: CreateServiceSummaryCategoryInput!) {\n    createServiceSummaryCategory(input: $input) {\n      ...SummaryCategoryRow\n    }\n  }\n"): typeof import('./graphql').CreateSummaryCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSummaryCategory($id: ID!, $input: UpdateServiceSummaryCategoryInput!) {\n    updateServiceSummaryCategory(id: $id, input: $input) {\n      ...SummaryCategoryRow\n    }\n  }\n"): typeof import('./graphql').UpdateSummaryCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSummaryCategory($id: ID!) {\n    deleteServiceSummaryCategory(id: $id)\n  }\n"): typeof import('./graphql').DeleteSummaryCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestCallFields on TestCall {\n    id\n    phoneNumberId\n    number\n    callerNumber\n    startedAt\n    endedAt\n    isLive\n    endedBy\n    connectedAgent {\n      id\n      name\n    }\n    timeline {\n      at\n      kind\n      endedAt\n      isInterrupted\n      key\n      number\n      cause\n      agent {\n        id\n        name\n        agentNumber\n      }\n      prompt {\n        kind\n        systemPrompt\n        name\n        position\n        key\n        menu\n        media\n      }\n    }\n  }\n"): typeof import('./graphql').TestCallFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestCallNumber on PhoneNumber {\n    id\n    number\n    description\n    scheduleId\n    skillGroup {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').TestCallNumberFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestCallStart {\n    isSwitchSimulated\n    phoneNumbers(page: { limit: 100 }) {\n      totalCount\n      items {\n        ...TestCallNumber\n      }\n    }\n  }\n"): typeof import('./graphql').TestCallStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestCalls {\n    testCalls {\n      ...TestCallFields\n    }\n  }\n"): typeof import('./graphql').TestCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceTestCall($input: PlaceTestCallInput!) {\n    placeTestCall(input: $input) {\n      ...TestCallFields\n    }\n  }\n"): typeof import('./graphql').PlaceTestCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PressTestCallKeys($id: ID!, $keys: String!) {\n    pressTestCallKeys(id: $id, keys: $keys) {\n      id\n    }\n  }\n"): typeof import('./graphql').PressTestCallKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HangUpTestCall($id: ID!) {\n    hangUpTestCall(id: $id) {\n      ...TestCallFields\n    }\n  }\n"): typeof import('./graphql').HangUpTestCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TestCallChanged($id: ID!) {\n    testCallChanged(id: $id) {\n      ...TestCallFields\n    }\n  }\n"): typeof import('./graphql').TestCallChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoicePromptRow on VoicePrompt {\n    id\n    name\n    source\n    status\n    rejectReason\n    ttsText\n    durationMs\n    peaks\n    isUsable\n    audioUrl\n    approvedAudioUrl\n    reviewedByName\n    reviewedAt\n    updatedAt\n  }\n"): typeof import('./graphql').VoicePromptRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SystemPromptRow on SystemPrompt {\n    kind\n    choice\n    audioUrl\n    updatedAt\n    prompt {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SystemPromptRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoicePrompts($filter: VoicePromptFilter, $page: PageInput) {\n    voicePrompts(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...VoicePromptRow\n      }\n    }\n  }\n"): typeof import('./graphql').VoicePromptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVoicePrompt($id: ID!) {\n    deleteVoicePrompt(id: $id)\n  }\n"): typeof import('./graphql').DeleteVoicePromptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanReviewPrompts {\n    canReviewPrompts\n  }\n"): typeof import('./graphql').CanReviewPromptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromptReviewQueue($page: PageInput) {\n    promptReviewQueue(page: $page) {\n      totalCount\n      items {\n        companyName\n        prompt {\n          ...VoicePromptRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PromptReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewVoicePrompt($id: ID!, $input: ReviewPromptInput!) {\n    reviewVoicePrompt(id: $id, input: $input) {\n      ...VoicePromptRow\n    }\n  }\n"): typeof import('./graphql').ReviewVoicePromptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewSpeech($input: TtsInput!) {\n    previewSpeech(input: $input) {\n      audioUrl\n      durationMs\n      peaks\n    }\n  }\n"): typeof import('./graphql').PreviewSpeechDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SynthesizePrompt($input: SynthesizePromptInput!) {\n    synthesizePrompt(input: $input) {\n      ...VoicePromptRow\n    }\n  }\n"): typeof import('./graphql').SynthesizePromptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemPrompts {\n    systemPrompts {\n      ...SystemPromptRow\n    }\n  }\n"): typeof import('./graphql').SystemPromptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSystemPrompt($input: UpdateSystemPromptInput!) {\n    updateSystemPrompt(input: $input) {\n      ...SystemPromptRow\n    }\n  }\n"): typeof import('./graphql').UpdateSystemPromptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsablePrompts {\n    voicePrompts(filter: { isUsable: true }, page: { offset: 0, limit: 100 }) {\n      totalCount\n      items {\n        id\n        name\n        durationMs\n        approvedAudioUrl\n      }\n    }\n  }\n"): typeof import('./graphql').UsablePromptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallboardQueues {\n    myTenant {\n      name\n      timeZone\n    }\n    skillGroupMonitor {\n      ...SkillGroupMonitorRow\n    }\n  }\n"): typeof import('./graphql').WallboardQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallboardKpis($scope: KpiScopeInput!) {\n    kpis(scope: $scope, window: { kind: TODAY }) {\n      ...KpiCards\n    }\n    hourlyCalls(scope: $scope) {\n      ...HourlyCallsRow\n    }\n  }\n"): typeof import('./graphql').WallboardKpisDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
