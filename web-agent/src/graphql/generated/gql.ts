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
    "\n  subscription MyContactPlanDue {\n    myContactPlanDue {\n      id\n      customerName\n      phoneNumber\n      dueAt\n      purpose\n    }\n  }\n": typeof types.MyContactPlanDueDocument,
    "\n  query OverdueContactPlans($ownerId: ID!) {\n    contactPlans(filter: { status: OVERDUE, ownerId: $ownerId }, page: { limit: 1 }) {\n      totalCount\n    }\n  }\n": typeof types.OverdueContactPlansDocument,
    "\n  mutation CreateContactPlan($input: CreateContactPlanInput!) {\n    createContactPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateContactPlanDocument,
    "\n  query CustomerByNumber($number: String!) {\n    customers(filter: { number: $number }, page: { limit: 1 }) {\n      items {\n        id\n        name\n        phoneNumbers\n      }\n    }\n  }\n": typeof types.CustomerByNumberDocument,
    "\n  fragment CustomerCardFields on Customer {\n    id\n    name\n    phoneNumbers\n    organization\n    customFields\n  }\n": typeof types.CustomerCardFieldsFragmentDoc,
    "\n  fragment CustomerFieldDefinitionFields on CustomFieldDefinition {\n    id\n    key\n    labelZh\n    labelEn\n    type\n    isRequired\n    isHidden\n    options {\n      value\n      labelZh\n      labelEn\n    }\n  }\n": typeof types.CustomerFieldDefinitionFieldsFragmentDoc,
    "\n  query WorkstationCustomerList($filter: CustomerFilter, $page: PageInput) {\n    customers(filter: $filter, page: $page) {\n      items {\n        ...CustomerCardFields\n        updatedAt\n      }\n      totalCount\n    }\n    customFieldDefinitions(entity: CUSTOMER) {\n      ...CustomerFieldDefinitionFields\n    }\n  }\n": typeof types.WorkstationCustomerListDocument,
    "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerCardFields\n    }\n    customFieldDefinitions(entity: CUSTOMER) {\n      ...CustomerFieldDefinitionFields\n    }\n  }\n": typeof types.CustomerDetailDocument,
    "\n  query CustomerCard($id: ID!) {\n    customer(id: $id) {\n      ...CustomerCardFields\n    }\n  }\n": typeof types.CustomerCardDocument,
    "\n  mutation WorkstationCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n    }\n  }\n": typeof types.WorkstationCreateCustomerDocument,
    "\n  fragment CustomerHistoryEntryFields on CustomerHistoryEntry {\n    id\n    kind\n    at\n    title\n    body\n    source\n    link\n    authorName\n    call {\n      direction\n      agentName\n      isAnswered\n      talkSeconds\n      recordingUrl\n    }\n  }\n": typeof types.CustomerHistoryEntryFieldsFragmentDoc,
    "\n  query CustomerHistory($customerId: ID!, $after: String, $limit: Int) {\n    customerHistory(customerId: $customerId, after: $after, limit: $limit) {\n      entries {\n        ...CustomerHistoryEntryFields\n      }\n      nextCursor\n    }\n  }\n": typeof types.CustomerHistoryDocument,
    "\n  mutation AddCustomerNote($customerId: ID!, $text: String!) {\n    addCustomerNote(customerId: $customerId, text: $text)\n  }\n": typeof types.AddCustomerNoteDocument,
    "\n  mutation UpdateCustomerCard($id: ID!, $name: String!, $customFields: JSONObject) {\n    updateCustomer(id: $id, input: { name: $name, customFields: $customFields }) {\n      ...CustomerCardFields\n    }\n  }\n": typeof types.UpdateCustomerCardDocument,
    "\n  subscription CustomerChanged($customerId: ID!) {\n    customerChanged(customerId: $customerId) {\n      customerId\n      part\n      mergedInto\n    }\n  }\n": typeof types.CustomerChangedDocument,
    "\n  fragment MyCallRow on MyCallRecord {\n    id\n    isAnswered\n    queueName\n    waitSeconds\n    talkSeconds\n    call {\n      id\n      direction\n      callerNumber\n      calleeNumber\n      dialledNumber\n      startedAt\n      endedAt\n    }\n  }\n": typeof types.MyCallRowFragmentDoc,
    "\n  query MyCallRecords($filter: MyCallRecordFilter, $page: PageInput) {\n    myCallRecords(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...MyCallRow\n      }\n    }\n  }\n": typeof types.MyCallRecordsDocument,
    "\n  query MyCallDetails($id: ID!) {\n    myCallRecord(id: $id) {\n      ...MyCallRow\n      recordingUrl\n      serviceSummary {\n        ...ServiceSummaryFields\n      }\n      call {\n        ringingAt\n        answeredAt\n        hangupCause\n        hangupSide\n        satisfactionScore\n        satisfactionScale\n        satisfactionLabel {\n          zh\n          en\n        }\n        legs {\n          id\n          role\n        }\n        timeline {\n          at\n          event\n          legId\n          detail\n          agentName\n          skillGroupName\n          outcome\n          seconds\n        }\n      }\n    }\n  }\n": typeof types.MyCallDetailsDocument,
    "\n  fragment MyInspectionRow on QaInspection {\n    id\n    callId\n    callStartedAt\n    scorecardName\n    scorecardVersion\n    inspectorName\n    points\n    maxPoints\n    percent\n    isFatalFailed\n    submittedAt\n    appealDeadline\n    recordingUrl\n    appeal {\n      status\n      reason\n      appealedAt\n      resolution\n      resolvedAt\n    }\n  }\n": typeof types.MyInspectionRowFragmentDoc,
    "\n  fragment MyInspectionDetails on QaInspectionDetails {\n    inspection {\n      ...MyInspectionRow\n    }\n    scorecard {\n      id\n      version\n      sections {\n        name\n        criteria {\n          id\n          name\n          description\n          maxPoints\n          isFatal\n        }\n      }\n    }\n    results {\n      revision\n      points\n      percent\n      isFatalFailed\n      scoredAt\n      scores {\n        criterionId\n        points\n        isFailed\n      }\n      comments {\n        atSeconds\n        criterionId\n        text\n      }\n    }\n  }\n": typeof types.MyInspectionDetailsFragmentDoc,
    "\n  query MyQaInspections($page: PageInput) {\n    myQaInspections(page: $page) {\n      totalCount\n      items {\n        ...MyInspectionRow\n      }\n    }\n  }\n": typeof types.MyQaInspectionsDocument,
    "\n  query MyQaInspection($id: ID!) {\n    qaInspection(id: $id) {\n      ...MyInspectionDetails\n    }\n  }\n": typeof types.MyQaInspectionDocument,
    "\n  mutation AppealQaInspection($id: ID!, $reason: String!) {\n    appealQaInspection(id: $id, reason: $reason) {\n      ...MyInspectionDetails\n    }\n  }\n": typeof types.AppealQaInspectionDocument,
    "\n  query ScreenPop($callId: ID!, $historyLimit: Int!) {\n    screenPop(callId: $callId) {\n      callId\n      direction\n      callerNumber\n      dialledNumber\n      customerNumber\n      skillGroupName\n      queueWaitSeconds\n      transfers\n      ivrPath {\n        menuName\n        key\n      }\n      embedUrl\n      customer {\n        ...CustomerCardFields\n      }\n      history(limit: $historyLimit) {\n        entries {\n          ...CustomerHistoryEntryFields\n        }\n        nextCursor\n      }\n    }\n    customFieldDefinitions(entity: CUSTOMER) {\n      ...CustomerFieldDefinitionFields\n    }\n  }\n": typeof types.ScreenPopDocument,
    "\n  query ScreenPopEmbedCheck($callId: ID!) {\n    screenPopEmbedCheck(callId: $callId) {\n      framing\n      reason\n    }\n  }\n": typeof types.ScreenPopEmbedCheckDocument,
    "\n  fragment ServiceSummaryFields on ServiceSummary {\n    id\n    callId\n    customerId\n    categoryId\n    customFields\n    notes\n    createdAt\n    updatedAt\n  }\n": typeof types.ServiceSummaryFieldsFragmentDoc,
    "\n  fragment SummaryCategoryFields on ServiceSummaryCategory {\n    id\n    parentId\n    depth\n    labelZh\n    labelEn\n    position\n    isEnabled\n  }\n": typeof types.SummaryCategoryFieldsFragmentDoc,
    "\n  fragment SummaryField on CustomFieldDefinition {\n    id\n    key\n    labelZh\n    labelEn\n    type\n    isRequired\n    isHidden\n    options {\n      value\n      labelZh\n      labelEn\n    }\n  }\n": typeof types.SummaryFieldFragmentDoc,
    "\n  query SummaryVocabulary {\n    serviceSummaryCategories {\n      ...SummaryCategoryFields\n    }\n    customFieldDefinitions(entity: SERVICE_SUMMARY) {\n      ...SummaryField\n    }\n  }\n": typeof types.SummaryVocabularyDocument,
    "\n  query ServiceSummary($callId: ID!) {\n    serviceSummary(callId: $callId) {\n      ...ServiceSummaryFields\n    }\n  }\n": typeof types.ServiceSummaryDocument,
    "\n  mutation SaveServiceSummary($input: SaveServiceSummaryInput!) {\n    saveServiceSummary(input: $input) {\n      ...ServiceSummaryFields\n    }\n  }\n": typeof types.SaveServiceSummaryDocument,
    "\n  fragment MyTaskItemFields on TaskItem {\n    id\n    taskId\n    taskName\n    phoneNumber\n    customFields\n    status\n    followUpResult\n    notes\n    nextContactAt\n  }\n": typeof types.MyTaskItemFieldsFragmentDoc,
    "\n  fragment TaskForAgentFields on OutboundTask {\n    id\n    name\n    script\n    customFieldIds\n    followUpResults {\n      value\n      labelZh\n      labelEn\n    }\n  }\n": typeof types.TaskForAgentFieldsFragmentDoc,
    "\n  query MyTaskItems($filter: TaskItemFilter, $page: PageInput) {\n    myTaskItems(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...MyTaskItemFields\n      }\n    }\n  }\n": typeof types.MyTaskItemsDocument,
    "\n  query TasksForAgent($page: PageInput) {\n    outboundTasks(page: $page) {\n      items {\n        ...TaskForAgentFields\n      }\n    }\n  }\n": typeof types.TasksForAgentDocument,
    "\n  query TaskFieldDefinitions {\n    customFieldDefinitions(entity: OUTBOUND_TASK) {\n      ...CustomerFieldDefinitionFields\n    }\n  }\n": typeof types.TaskFieldDefinitionsDocument,
    "\n  mutation OpenTaskItem($id: ID!) {\n    openTaskItem(id: $id) {\n      ...MyTaskItemFields\n    }\n  }\n": typeof types.OpenTaskItemDocument,
    "\n  mutation ReleaseTaskItem($id: ID!) {\n    releaseTaskItem(id: $id) {\n      id\n    }\n  }\n": typeof types.ReleaseTaskItemDocument,
    "\n  mutation DialTaskItem($id: ID!, $idempotencyKey: String!) {\n    dialTaskItem(id: $id, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": typeof types.DialTaskItemDocument,
    "\n  mutation RecordTaskItemResult($id: ID!, $input: RecordTaskItemResultInput!) {\n    recordTaskItemResult(id: $id, input: $input) {\n      ...MyTaskItemFields\n    }\n  }\n": typeof types.RecordTaskItemResultDocument,
    "\n  fragment AgentStateFields on AgentState {\n    status\n    reasonId\n    since\n    cause\n    notice\n    offer {\n      callId\n      callerNumber\n      skillGroupId\n    }\n    call {\n      callId\n      direction\n      remoteNumber\n    }\n    afterCallWorkCallId\n    isAwaitingSummary\n    answeringMode\n    phoneKind\n  }\n": typeof types.AgentStateFieldsFragmentDoc,
    "\n  fragment SoftphoneSettings on Softphone {\n    sipUri\n    authUser\n    password\n    domain\n    displayName\n    websocketUrl\n    iceServers {\n      urls\n      username\n      credential\n    }\n  }\n": typeof types.SoftphoneSettingsFragmentDoc,
    "\n  fragment SimulatedPhoneCallFields on SimulatedPhoneCall {\n    legId\n    state\n    remoteNumber\n    isAutoAnswer\n  }\n": typeof types.SimulatedPhoneCallFieldsFragmentDoc,
    "\n  query WorkstationStart {\n    isPhoneSimulated\n    myAgentState {\n      ...AgentStateFields\n    }\n    notReadyReasons {\n      id\n      code\n      name\n      kind\n    }\n    acdSettings {\n      afterCallWorkSeconds\n      heartbeatTimeoutSeconds\n    }\n  }\n": typeof types.WorkstationStartDocument,
    "\n  query MySoftphone {\n    mySoftphone {\n      ...SoftphoneSettings\n    }\n  }\n": typeof types.MySoftphoneDocument,
    "\n  query TransferTargets {\n    skillGroups(page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n    transferableAgents {\n      id\n      name\n      agentNumber\n      status\n    }\n  }\n": typeof types.TransferTargetsDocument,
    "\n  subscription MyAgentStateChanged {\n    myAgentStateChanged {\n      ...AgentStateFields\n    }\n  }\n": typeof types.MyAgentStateChangedDocument,
    "\n  mutation SignInWorkstation($input: WorkstationSignInInput!) {\n    signInWorkstation(input: $input) {\n      ...AgentStateFields\n    }\n  }\n": typeof types.SignInWorkstationDocument,
    "\n  mutation SignOutWorkstation {\n    signOutWorkstation {\n      ...AgentStateFields\n    }\n  }\n": typeof types.SignOutWorkstationDocument,
    "\n  mutation WorkstationHeartbeat {\n    workstationHeartbeat {\n      ...AgentStateFields\n    }\n  }\n": typeof types.WorkstationHeartbeatDocument,
    "\n  mutation SetMyStatus($status: ChosenStatus!, $reasonId: ID) {\n    setMyStatus(status: $status, reasonId: $reasonId) {\n      ...AgentStateFields\n    }\n  }\n": typeof types.SetMyStatusDocument,
    "\n  mutation DialOut($number: String!, $idempotencyKey: String!, $planId: ID) {\n    dialOut(number: $number, idempotencyKey: $idempotencyKey, planId: $planId) {\n      callId\n    }\n  }\n": typeof types.DialOutDocument,
    "\n  mutation AnswerCall($idempotencyKey: String!) {\n    answerCall(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": typeof types.AnswerCallDocument,
    "\n  mutation HoldCall($on: Boolean!, $idempotencyKey: String!) {\n    holdCall(on: $on, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": typeof types.HoldCallDocument,
    "\n  mutation MuteCall($on: Boolean!, $idempotencyKey: String!) {\n    muteCall(on: $on, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": typeof types.MuteCallDocument,
    "\n  mutation HangUpCall($idempotencyKey: String!) {\n    hangUpCall(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": typeof types.HangUpCallDocument,
    "\n  mutation TransferToSurvey($idempotencyKey: String!) {\n    transferToSurvey(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": typeof types.TransferToSurveyDocument,
    "\n  mutation ReconnectCall($idempotencyKey: String!) {\n    reconnectCall(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": typeof types.ReconnectCallDocument,
    "\n  mutation TransferCall($target: TransferTargetInput!, $idempotencyKey: String!) {\n    transferCall(target: $target, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": typeof types.TransferCallDocument,
    "\n  mutation ConsultCall($target: TransferTargetInput!, $idempotencyKey: String!) {\n    consultCall(target: $target, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": typeof types.ConsultCallDocument,
    "\n  mutation CompleteConsultation($idempotencyKey: String!) {\n    completeConsultation(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": typeof types.CompleteConsultationDocument,
    "\n  mutation CancelConsultation($idempotencyKey: String!) {\n    cancelConsultation(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": typeof types.CancelConsultationDocument,
    "\n  mutation RegisterSimulatedPhone {\n    registerSimulatedPhone {\n      expiresSeconds\n      ringing {\n        ...SimulatedPhoneCallFields\n      }\n    }\n  }\n": typeof types.RegisterSimulatedPhoneDocument,
    "\n  mutation UnregisterSimulatedPhone {\n    unregisterSimulatedPhone\n  }\n": typeof types.UnregisterSimulatedPhoneDocument,
    "\n  mutation AnswerSimulatedCall($legId: ID) {\n    answerSimulatedCall(legId: $legId) {\n      legId\n    }\n  }\n": typeof types.AnswerSimulatedCallDocument,
    "\n  mutation HangUpSimulatedCall($legId: ID) {\n    hangUpSimulatedCall(legId: $legId) {\n      legId\n    }\n  }\n": typeof types.HangUpSimulatedCallDocument,
    "\n  mutation PressSimulatedCallKeys($keys: String!, $legId: ID) {\n    pressSimulatedCallKeys(keys: $keys, legId: $legId) {\n      legId\n    }\n  }\n": typeof types.PressSimulatedCallKeysDocument,
    "\n  subscription MySimulatedPhoneCalls {\n    mySimulatedPhoneCalls {\n      ...SimulatedPhoneCallFields\n    }\n  }\n": typeof types.MySimulatedPhoneCallsDocument,
};
const documents: Documents = {
    "\n  subscription MyContactPlanDue {\n    myContactPlanDue {\n      id\n      customerName\n      phoneNumber\n      dueAt\n      purpose\n    }\n  }\n": types.MyContactPlanDueDocument,
    "\n  query OverdueContactPlans($ownerId: ID!) {\n    contactPlans(filter: { status: OVERDUE, ownerId: $ownerId }, page: { limit: 1 }) {\n      totalCount\n    }\n  }\n": types.OverdueContactPlansDocument,
    "\n  mutation CreateContactPlan($input: CreateContactPlanInput!) {\n    createContactPlan(input: $input) {\n      id\n    }\n  }\n": types.CreateContactPlanDocument,
    "\n  query CustomerByNumber($number: String!) {\n    customers(filter: { number: $number }, page: { limit: 1 }) {\n      items {\n        id\n        name\n        phoneNumbers\n      }\n    }\n  }\n": types.CustomerByNumberDocument,
    "\n  fragment CustomerCardFields on Customer {\n    id\n    name\n    phoneNumbers\n    organization\n    customFields\n  }\n": types.CustomerCardFieldsFragmentDoc,
    "\n  fragment CustomerFieldDefinitionFields on CustomFieldDefinition {\n    id\n    key\n    labelZh\n    labelEn\n    type\n    isRequired\n    isHidden\n    options {\n      value\n      labelZh\n      labelEn\n    }\n  }\n": types.CustomerFieldDefinitionFieldsFragmentDoc,
    "\n  query WorkstationCustomerList($filter: CustomerFilter, $page: PageInput) {\n    customers(filter: $filter, page: $page) {\n      items {\n        ...CustomerCardFields\n        updatedAt\n      }\n      totalCount\n    }\n    customFieldDefinitions(entity: CUSTOMER) {\n      ...CustomerFieldDefinitionFields\n    }\n  }\n": types.WorkstationCustomerListDocument,
    "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerCardFields\n    }\n    customFieldDefinitions(entity: CUSTOMER) {\n      ...CustomerFieldDefinitionFields\n    }\n  }\n": types.CustomerDetailDocument,
    "\n  query CustomerCard($id: ID!) {\n    customer(id: $id) {\n      ...CustomerCardFields\n    }\n  }\n": types.CustomerCardDocument,
    "\n  mutation WorkstationCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n    }\n  }\n": types.WorkstationCreateCustomerDocument,
    "\n  fragment CustomerHistoryEntryFields on CustomerHistoryEntry {\n    id\n    kind\n    at\n    title\n    body\n    source\n    link\n    authorName\n    call {\n      direction\n      agentName\n      isAnswered\n      talkSeconds\n      recordingUrl\n    }\n  }\n": types.CustomerHistoryEntryFieldsFragmentDoc,
    "\n  query CustomerHistory($customerId: ID!, $after: String, $limit: Int) {\n    customerHistory(customerId: $customerId, after: $after, limit: $limit) {\n      entries {\n        ...CustomerHistoryEntryFields\n      }\n      nextCursor\n    }\n  }\n": types.CustomerHistoryDocument,
    "\n  mutation AddCustomerNote($customerId: ID!, $text: String!) {\n    addCustomerNote(customerId: $customerId, text: $text)\n  }\n": types.AddCustomerNoteDocument,
    "\n  mutation UpdateCustomerCard($id: ID!, $name: String!, $customFields: JSONObject) {\n    updateCustomer(id: $id, input: { name: $name, customFields: $customFields }) {\n      ...CustomerCardFields\n    }\n  }\n": types.UpdateCustomerCardDocument,
    "\n  subscription CustomerChanged($customerId: ID!) {\n    customerChanged(customerId: $customerId) {\n      customerId\n      part\n      mergedInto\n    }\n  }\n": types.CustomerChangedDocument,
    "\n  fragment MyCallRow on MyCallRecord {\n    id\n    isAnswered\n    queueName\n    waitSeconds\n    talkSeconds\n    call {\n      id\n      direction\n      callerNumber\n      calleeNumber\n      dialledNumber\n      startedAt\n      endedAt\n    }\n  }\n": types.MyCallRowFragmentDoc,
    "\n  query MyCallRecords($filter: MyCallRecordFilter, $page: PageInput) {\n    myCallRecords(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...MyCallRow\n      }\n    }\n  }\n": types.MyCallRecordsDocument,
    "\n  query MyCallDetails($id: ID!) {\n    myCallRecord(id: $id) {\n      ...MyCallRow\n      recordingUrl\n      serviceSummary {\n        ...ServiceSummaryFields\n      }\n      call {\n        ringingAt\n        answeredAt\n        hangupCause\n        hangupSide\n        satisfactionScore\n        satisfactionScale\n        satisfactionLabel {\n          zh\n          en\n        }\n        legs {\n          id\n          role\n        }\n        timeline {\n          at\n          event\n          legId\n          detail\n          agentName\n          skillGroupName\n          outcome\n          seconds\n        }\n      }\n    }\n  }\n": types.MyCallDetailsDocument,
    "\n  fragment MyInspectionRow on QaInspection {\n    id\n    callId\n    callStartedAt\n    scorecardName\n    scorecardVersion\n    inspectorName\n    points\n    maxPoints\n    percent\n    isFatalFailed\n    submittedAt\n    appealDeadline\n    recordingUrl\n    appeal {\n      status\n      reason\n      appealedAt\n      resolution\n      resolvedAt\n    }\n  }\n": types.MyInspectionRowFragmentDoc,
    "\n  fragment MyInspectionDetails on QaInspectionDetails {\n    inspection {\n      ...MyInspectionRow\n    }\n    scorecard {\n      id\n      version\n      sections {\n        name\n        criteria {\n          id\n          name\n          description\n          maxPoints\n          isFatal\n        }\n      }\n    }\n    results {\n      revision\n      points\n      percent\n      isFatalFailed\n      scoredAt\n      scores {\n        criterionId\n        points\n        isFailed\n      }\n      comments {\n        atSeconds\n        criterionId\n        text\n      }\n    }\n  }\n": types.MyInspectionDetailsFragmentDoc,
    "\n  query MyQaInspections($page: PageInput) {\n    myQaInspections(page: $page) {\n      totalCount\n      items {\n        ...MyInspectionRow\n      }\n    }\n  }\n": types.MyQaInspectionsDocument,
    "\n  query MyQaInspection($id: ID!) {\n    qaInspection(id: $id) {\n      ...MyInspectionDetails\n    }\n  }\n": types.MyQaInspectionDocument,
    "\n  mutation AppealQaInspection($id: ID!, $reason: String!) {\n    appealQaInspection(id: $id, reason: $reason) {\n      ...MyInspectionDetails\n    }\n  }\n": types.AppealQaInspectionDocument,
    "\n  query ScreenPop($callId: ID!, $historyLimit: Int!) {\n    screenPop(callId: $callId) {\n      callId\n      direction\n      callerNumber\n      dialledNumber\n      customerNumber\n      skillGroupName\n      queueWaitSeconds\n      transfers\n      ivrPath {\n        menuName\n        key\n      }\n      embedUrl\n      customer {\n        ...CustomerCardFields\n      }\n      history(limit: $historyLimit) {\n        entries {\n          ...CustomerHistoryEntryFields\n        }\n        nextCursor\n      }\n    }\n    customFieldDefinitions(entity: CUSTOMER) {\n      ...CustomerFieldDefinitionFields\n    }\n  }\n": types.ScreenPopDocument,
    "\n  query ScreenPopEmbedCheck($callId: ID!) {\n    screenPopEmbedCheck(callId: $callId) {\n      framing\n      reason\n    }\n  }\n": types.ScreenPopEmbedCheckDocument,
    "\n  fragment ServiceSummaryFields on ServiceSummary {\n    id\n    callId\n    customerId\n    categoryId\n    customFields\n    notes\n    createdAt\n    updatedAt\n  }\n": types.ServiceSummaryFieldsFragmentDoc,
    "\n  fragment SummaryCategoryFields on ServiceSummaryCategory {\n    id\n    parentId\n    depth\n    labelZh\n    labelEn\n    position\n    isEnabled\n  }\n": types.SummaryCategoryFieldsFragmentDoc,
    "\n  fragment SummaryField on CustomFieldDefinition {\n    id\n    key\n    labelZh\n    labelEn\n    type\n    isRequired\n    isHidden\n    options {\n      value\n      labelZh\n      labelEn\n    }\n  }\n": types.SummaryFieldFragmentDoc,
    "\n  query SummaryVocabulary {\n    serviceSummaryCategories {\n      ...SummaryCategoryFields\n    }\n    customFieldDefinitions(entity: SERVICE_SUMMARY) {\n      ...SummaryField\n    }\n  }\n": types.SummaryVocabularyDocument,
    "\n  query ServiceSummary($callId: ID!) {\n    serviceSummary(callId: $callId) {\n      ...ServiceSummaryFields\n    }\n  }\n": types.ServiceSummaryDocument,
    "\n  mutation SaveServiceSummary($input: SaveServiceSummaryInput!) {\n    saveServiceSummary(input: $input) {\n      ...ServiceSummaryFields\n    }\n  }\n": types.SaveServiceSummaryDocument,
    "\n  fragment MyTaskItemFields on TaskItem {\n    id\n    taskId\n    taskName\n    phoneNumber\n    customFields\n    status\n    followUpResult\n    notes\n    nextContactAt\n  }\n": types.MyTaskItemFieldsFragmentDoc,
    "\n  fragment TaskForAgentFields on OutboundTask {\n    id\n    name\n    script\n    customFieldIds\n    followUpResults {\n      value\n      labelZh\n      labelEn\n    }\n  }\n": types.TaskForAgentFieldsFragmentDoc,
    "\n  query MyTaskItems($filter: TaskItemFilter, $page: PageInput) {\n    myTaskItems(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...MyTaskItemFields\n      }\n    }\n  }\n": types.MyTaskItemsDocument,
    "\n  query TasksForAgent($page: PageInput) {\n    outboundTasks(page: $page) {\n      items {\n        ...TaskForAgentFields\n      }\n    }\n  }\n": types.TasksForAgentDocument,
    "\n  query TaskFieldDefinitions {\n    customFieldDefinitions(entity: OUTBOUND_TASK) {\n      ...CustomerFieldDefinitionFields\n    }\n  }\n": types.TaskFieldDefinitionsDocument,
    "\n  mutation OpenTaskItem($id: ID!) {\n    openTaskItem(id: $id) {\n      ...MyTaskItemFields\n    }\n  }\n": types.OpenTaskItemDocument,
    "\n  mutation ReleaseTaskItem($id: ID!) {\n    releaseTaskItem(id: $id) {\n      id\n    }\n  }\n": types.ReleaseTaskItemDocument,
    "\n  mutation DialTaskItem($id: ID!, $idempotencyKey: String!) {\n    dialTaskItem(id: $id, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": types.DialTaskItemDocument,
    "\n  mutation RecordTaskItemResult($id: ID!, $input: RecordTaskItemResultInput!) {\n    recordTaskItemResult(id: $id, input: $input) {\n      ...MyTaskItemFields\n    }\n  }\n": types.RecordTaskItemResultDocument,
    "\n  fragment AgentStateFields on AgentState {\n    status\n    reasonId\n    since\n    cause\n    notice\n    offer {\n      callId\n      callerNumber\n      skillGroupId\n    }\n    call {\n      callId\n      direction\n      remoteNumber\n    }\n    afterCallWorkCallId\n    isAwaitingSummary\n    answeringMode\n    phoneKind\n  }\n": types.AgentStateFieldsFragmentDoc,
    "\n  fragment SoftphoneSettings on Softphone {\n    sipUri\n    authUser\n    password\n    domain\n    displayName\n    websocketUrl\n    iceServers {\n      urls\n      username\n      credential\n    }\n  }\n": types.SoftphoneSettingsFragmentDoc,
    "\n  fragment SimulatedPhoneCallFields on SimulatedPhoneCall {\n    legId\n    state\n    remoteNumber\n    isAutoAnswer\n  }\n": types.SimulatedPhoneCallFieldsFragmentDoc,
    "\n  query WorkstationStart {\n    isPhoneSimulated\n    myAgentState {\n      ...AgentStateFields\n    }\n    notReadyReasons {\n      id\n      code\n      name\n      kind\n    }\n    acdSettings {\n      afterCallWorkSeconds\n      heartbeatTimeoutSeconds\n    }\n  }\n": types.WorkstationStartDocument,
    "\n  query MySoftphone {\n    mySoftphone {\n      ...SoftphoneSettings\n    }\n  }\n": types.MySoftphoneDocument,
    "\n  query TransferTargets {\n    skillGroups(page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n    transferableAgents {\n      id\n      name\n      agentNumber\n      status\n    }\n  }\n": types.TransferTargetsDocument,
    "\n  subscription MyAgentStateChanged {\n    myAgentStateChanged {\n      ...AgentStateFields\n    }\n  }\n": types.MyAgentStateChangedDocument,
    "\n  mutation SignInWorkstation($input: WorkstationSignInInput!) {\n    signInWorkstation(input: $input) {\n      ...AgentStateFields\n    }\n  }\n": types.SignInWorkstationDocument,
    "\n  mutation SignOutWorkstation {\n    signOutWorkstation {\n      ...AgentStateFields\n    }\n  }\n": types.SignOutWorkstationDocument,
    "\n  mutation WorkstationHeartbeat {\n    workstationHeartbeat {\n      ...AgentStateFields\n    }\n  }\n": types.WorkstationHeartbeatDocument,
    "\n  mutation SetMyStatus($status: ChosenStatus!, $reasonId: ID) {\n    setMyStatus(status: $status, reasonId: $reasonId) {\n      ...AgentStateFields\n    }\n  }\n": types.SetMyStatusDocument,
    "\n  mutation DialOut($number: String!, $idempotencyKey: String!, $planId: ID) {\n    dialOut(number: $number, idempotencyKey: $idempotencyKey, planId: $planId) {\n      callId\n    }\n  }\n": types.DialOutDocument,
    "\n  mutation AnswerCall($idempotencyKey: String!) {\n    answerCall(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": types.AnswerCallDocument,
    "\n  mutation HoldCall($on: Boolean!, $idempotencyKey: String!) {\n    holdCall(on: $on, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": types.HoldCallDocument,
    "\n  mutation MuteCall($on: Boolean!, $idempotencyKey: String!) {\n    muteCall(on: $on, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": types.MuteCallDocument,
    "\n  mutation HangUpCall($idempotencyKey: String!) {\n    hangUpCall(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": types.HangUpCallDocument,
    "\n  mutation TransferToSurvey($idempotencyKey: String!) {\n    transferToSurvey(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": types.TransferToSurveyDocument,
    "\n  mutation ReconnectCall($idempotencyKey: String!) {\n    reconnectCall(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": types.ReconnectCallDocument,
    "\n  mutation TransferCall($target: TransferTargetInput!, $idempotencyKey: String!) {\n    transferCall(target: $target, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": types.TransferCallDocument,
    "\n  mutation ConsultCall($target: TransferTargetInput!, $idempotencyKey: String!) {\n    consultCall(target: $target, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": types.ConsultCallDocument,
    "\n  mutation CompleteConsultation($idempotencyKey: String!) {\n    completeConsultation(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": types.CompleteConsultationDocument,
    "\n  mutation CancelConsultation($idempotencyKey: String!) {\n    cancelConsultation(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n": types.CancelConsultationDocument,
    "\n  mutation RegisterSimulatedPhone {\n    registerSimulatedPhone {\n      expiresSeconds\n      ringing {\n        ...SimulatedPhoneCallFields\n      }\n    }\n  }\n": types.RegisterSimulatedPhoneDocument,
    "\n  mutation UnregisterSimulatedPhone {\n    unregisterSimulatedPhone\n  }\n": types.UnregisterSimulatedPhoneDocument,
    "\n  mutation AnswerSimulatedCall($legId: ID) {\n    answerSimulatedCall(legId: $legId) {\n      legId\n    }\n  }\n": types.AnswerSimulatedCallDocument,
    "\n  mutation HangUpSimulatedCall($legId: ID) {\n    hangUpSimulatedCall(legId: $legId) {\n      legId\n    }\n  }\n": types.HangUpSimulatedCallDocument,
    "\n  mutation PressSimulatedCallKeys($keys: String!, $legId: ID) {\n    pressSimulatedCallKeys(keys: $keys, legId: $legId) {\n      legId\n    }\n  }\n": types.PressSimulatedCallKeysDocument,
    "\n  subscription MySimulatedPhoneCalls {\n    mySimulatedPhoneCalls {\n      ...SimulatedPhoneCallFields\n    }\n  }\n": types.MySimulatedPhoneCallsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyContactPlanDue {\n    myContactPlanDue {\n      id\n      customerName\n      phoneNumber\n      dueAt\n      purpose\n    }\n  }\n"): typeof import('./graphql').MyContactPlanDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueContactPlans($ownerId: ID!) {\n    contactPlans(filter: { status: OVERDUE, ownerId: $ownerId }, page: { limit: 1 }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').OverdueContactPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContactPlan($input: CreateContactPlanInput!) {\n    createContactPlan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateContactPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerByNumber($number: String!) {\n    customers(filter: { number: $number }, page: { limit: 1 }) {\n      items {\n        id\n        name\n        phoneNumbers\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerByNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerCardFields on Customer {\n    id\n    name\n    phoneNumbers\n    organization\n    customFields\n  }\n"): typeof import('./graphql').CustomerCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerFieldDefinitionFields on CustomFieldDefinition {\n    id\n    key\n    labelZh\n    labelEn\n    type\n    isRequired\n    isHidden\n    options {\n      value\n      labelZh\n      labelEn\n    }\n  }\n"): typeof import('./graphql').CustomerFieldDefinitionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkstationCustomerList($filter: CustomerFilter, $page: PageInput) {\n    customers(filter: $filter, page: $page) {\n      items {\n        ...CustomerCardFields\n        updatedAt\n      }\n      totalCount\n    }\n    customFieldDefinitions(entity: CUSTOMER) {\n      ...CustomerFieldDefinitionFields\n    }\n  }\n"): typeof import('./graphql').WorkstationCustomerListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerCardFields\n    }\n    customFieldDefinitions(entity: CUSTOMER) {\n      ...CustomerFieldDefinitionFields\n    }\n  }\n"): typeof import('./graphql').CustomerDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCard($id: ID!) {\n    customer(id: $id) {\n      ...CustomerCardFields\n    }\n  }\n"): typeof import('./graphql').CustomerCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkstationCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').WorkstationCreateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerHistoryEntryFields on CustomerHistoryEntry {\n    id\n    kind\n    at\n    title\n    body\n    source\n    link\n    authorName\n    call {\n      direction\n      agentName\n      isAnswered\n      talkSeconds\n      recordingUrl\n    }\n  }\n"): typeof import('./graphql').CustomerHistoryEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerHistory($customerId: ID!, $after: String, $limit: Int) {\n    customerHistory(customerId: $customerId, after: $after, limit: $limit) {\n      entries {\n        ...CustomerHistoryEntryFields\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').CustomerHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCustomerNote($customerId: ID!, $text: String!) {\n    addCustomerNote(customerId: $customerId, text: $text)\n  }\n"): typeof import('./graphql').AddCustomerNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomerCard($id: ID!, $name: String!, $customFields: JSONObject) {\n    updateCustomer(id: $id, input: { name: $name, customFields: $customFields }) {\n      ...CustomerCardFields\n    }\n  }\n"): typeof import('./graphql').UpdateCustomerCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CustomerChanged($customerId: ID!) {\n    customerChanged(customerId: $customerId) {\n      customerId\n      part\n      mergedInto\n    }\n  }\n"): typeof import('./graphql').CustomerChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyCallRow on MyCallRecord {\n    id\n    isAnswered\n    queueName\n    waitSeconds\n    talkSeconds\n    call {\n      id\n      direction\n      callerNumber\n      calleeNumber\n      dialledNumber\n      startedAt\n      endedAt\n    }\n  }\n"): typeof import('./graphql').MyCallRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCallRecords($filter: MyCallRecordFilter, $page: PageInput) {\n    myCallRecords(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...MyCallRow\n      }\n    }\n  }\n"): typeof import('./graphql').MyCallRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCallDetails($id: ID!) {\n    myCallRecord(id: $id) {\n      ...MyCallRow\n      recordingUrl\n      serviceSummary {\n        ...ServiceSummaryFields\n      }\n      call {\n        ringingAt\n        answeredAt\n        hangupCause\n        hangupSide\n        satisfactionScore\n        satisfactionScale\n        satisfactionLabel {\n          zh\n          en\n        }\n        legs {\n          id\n          role\n        }\n        timeline {\n          at\n          event\n          legId\n          detail\n          agentName\n          skillGroupName\n          outcome\n          seconds\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyCallDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyInspectionRow on QaInspection {\n    id\n    callId\n    callStartedAt\n    scorecardName\n    scorecardVersion\n    inspectorName\n    points\n    maxPoints\n    percent\n    isFatalFailed\n    submittedAt\n    appealDeadline\n    recordingUrl\n    appeal {\n      status\n      reason\n      appealedAt\n      resolution\n      resolvedAt\n    }\n  }\n"): typeof import('./graphql').MyInspectionRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyInspectionDetails on QaInspectionDetails {\n    inspection {\n      ...MyInspectionRow\n    }\n    scorecard {\n      id\n      version\n      sections {\n        name\n        criteria {\n          id\n          name\n          description\n          maxPoints\n          isFatal\n        }\n      }\n    }\n    results {\n      revision\n      points\n      percent\n      isFatalFailed\n      scoredAt\n      scores {\n        criterionId\n        points\n        isFailed\n      }\n      comments {\n        atSeconds\n        criterionId\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').MyInspectionDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQaInspections($page: PageInput) {\n    myQaInspections(page: $page) {\n      totalCount\n      items {\n        ...MyInspectionRow\n      }\n    }\n  }\n"): typeof import('./graphql').MyQaInspectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQaInspection($id: ID!) {\n    qaInspection(id: $id) {\n      ...MyInspectionDetails\n    }\n  }\n"): typeof import('./graphql').MyQaInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppealQaInspection($id: ID!, $reason: String!) {\n    appealQaInspection(id: $id, reason: $reason) {\n      ...MyInspectionDetails\n    }\n  }\n"): typeof import('./graphql').AppealQaInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreenPop($callId: ID!, $historyLimit: Int!) {\n    screenPop(callId: $callId) {\n      callId\n      direction\n      callerNumber\n      dialledNumber\n      customerNumber\n      skillGroupName\n      queueWaitSeconds\n      transfers\n      ivrPath {\n        menuName\n        key\n      }\n      embedUrl\n      customer {\n        ...CustomerCardFields\n      }\n      history(limit: $historyLimit) {\n        entries {\n          ...CustomerHistoryEntryFields\n        }\n        nextCursor\n      }\n    }\n    customFieldDefinitions(entity: CUSTOMER) {\n      ...CustomerFieldDefinitionFields\n    }\n  }\n"): typeof import('./graphql').ScreenPopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreenPopEmbedCheck($callId: ID!) {\n    screenPopEmbedCheck(callId: $callId) {\n      framing\n      reason\n    }\n  }\n"): typeof import('./graphql').ScreenPopEmbedCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceSummaryFields on ServiceSummary {\n    id\n    callId\n    customerId\n    categoryId\n    customFields\n    notes\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').ServiceSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SummaryCategoryFields on ServiceSummaryCategory {\n    id\n    parentId\n    depth\n    labelZh\n    labelEn\n    position\n    isEnabled\n  }\n"): typeof import('./graphql').SummaryCategoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SummaryField on CustomFieldDefinition {\n    id\n    key\n    labelZh\n    labelEn\n    type\n    isRequired\n    isHidden\n    options {\n      value\n      labelZh\n      labelEn\n    }\n  }\n"): typeof import('./graphql').SummaryFieldFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SummaryVocabulary {\n    serviceSummaryCategories {\n      ...SummaryCategoryFields\n    }\n    customFieldDefinitions(entity: SERVICE_SUMMARY) {\n      ...SummaryField\n    }\n  }\n"): typeof import('./graphql').SummaryVocabularyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceSummary($callId: ID!) {\n    serviceSummary(callId: $callId) {\n      ...ServiceSummaryFields\n    }\n  }\n"): typeof import('./graphql').ServiceSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveServiceSummary($input: SaveServiceSummaryInput!) {\n    saveServiceSummary(input: $input) {\n      ...ServiceSummaryFields\n    }\n  }\n"): typeof import('./graphql').SaveServiceSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyTaskItemFields on TaskItem {\n    id\n    taskId\n    taskName\n    phoneNumber\n    customFields\n    status\n    followUpResult\n    notes\n    nextContactAt\n  }\n"): typeof import('./graphql').MyTaskItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskForAgentFields on OutboundTask {\n    id\n    name\n    script\n    customFieldIds\n    followUpResults {\n      value\n      labelZh\n      labelEn\n    }\n  }\n"): typeof import('./graphql').TaskForAgentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTaskItems($filter: TaskItemFilter, $page: PageInput) {\n    myTaskItems(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...MyTaskItemFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyTaskItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksForAgent($page: PageInput) {\n    outboundTasks(page: $page) {\n      items {\n        ...TaskForAgentFields\n      }\n    }\n  }\n"): typeof import('./graphql').TasksForAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskFieldDefinitions {\n    customFieldDefinitions(entity: OUTBOUND_TASK) {\n      ...CustomerFieldDefinitionFields\n    }\n  }\n"): typeof import('./graphql').TaskFieldDefinitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenTaskItem($id: ID!) {\n    openTaskItem(id: $id) {\n      ...MyTaskItemFields\n    }\n  }\n"): typeof import('./graphql').OpenTaskItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseTaskItem($id: ID!) {\n    releaseTaskItem(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReleaseTaskItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DialTaskItem($id: ID!, $idempotencyKey: String!) {\n    dialTaskItem(id: $id, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n"): typeof import('./graphql').DialTaskItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTaskItemResult($id: ID!, $input: RecordTaskItemResultInput!) {\n    recordTaskItemResult(id: $id, input: $input) {\n      ...MyTaskItemFields\n    }\n  }\n"): typeof import('./graphql').RecordTaskItemResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentStateFields on AgentState {\n    status\n    reasonId\n    since\n    cause\n    notice\n    offer {\n      callId\n      callerNumber\n      skillGroupId\n    }\n    call {\n      callId\n      direction\n      remoteNumber\n    }\n    afterCallWorkCallId\n    isAwaitingSummary\n    answeringMode\n    phoneKind\n  }\n"): typeof import('./graphql').AgentStateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SoftphoneSettings on Softphone {\n    sipUri\n    authUser\n    password\n    domain\n    displayName\n    websocketUrl\n    iceServers {\n      urls\n      username\n      credential\n    }\n  }\n"): typeof import('./graphql').SoftphoneSettingsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SimulatedPhoneCallFields on SimulatedPhoneCall {\n    legId\n    state\n    remoteNumber\n    isAutoAnswer\n  }\n"): typeof import('./graphql').SimulatedPhoneCallFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkstationStart {\n    isPhoneSimulated\n    myAgentState {\n      ...AgentStateFields\n    }\n    notReadyReasons {\n      id\n      code\n      name\n      kind\n    }\n    acdSettings {\n      afterCallWorkSeconds\n      heartbeatTimeoutSeconds\n    }\n  }\n"): typeof import('./graphql').WorkstationStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySoftphone {\n    mySoftphone {\n      ...SoftphoneSettings\n    }\n  }\n"): typeof import('./graphql').MySoftphoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferTargets {\n    skillGroups(page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n    transferableAgents {\n      id\n      name\n      agentNumber\n      status\n    }\n  }\n"): typeof import('./graphql').TransferTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyAgentStateChanged {\n    myAgentStateChanged {\n      ...AgentStateFields\n    }\n  }\n"): typeof import('./graphql').MyAgentStateChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWorkstation($input: WorkstationSignInInput!) {\n    signInWorkstation(input: $input) {\n      ...AgentStateFields\n    }\n  }\n"): typeof import('./graphql').SignInWorkstationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutWorkstation {\n    signOutWorkstation {\n      ...AgentStateFields\n    }\n  }\n"): typeof import('./graphql').SignOutWorkstationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkstationHeartbeat {\n    workstationHeartbeat {\n      ...AgentStateFields\n    }\n  }\n"): typeof import('./graphql').WorkstationHeartbeatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyStatus($status: ChosenStatus!, $reasonId: ID) {\n    setMyStatus(status: $status, reasonId: $reasonId) {\n      ...AgentStateFields\n    }\n  }\n"): typeof import('./graphql').SetMyStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DialOut($number: String!, $idempotencyKey: String!, $planId: ID) {\n    dialOut(number: $number, idempotencyKey: $idempotencyKey, planId: $planId) {\n      callId\n    }\n  }\n"): typeof import('./graphql').DialOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerCall($idempotencyKey: String!) {\n    answerCall(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n"): typeof import('./graphql').AnswerCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldCall($on: Boolean!, $idempotencyKey: String!) {\n    holdCall(on: $on, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n"): typeof import('./graphql').HoldCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteCall($on: Boolean!, $idempotencyKey: String!) {\n    muteCall(on: $on, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n"): typeof import('./graphql').MuteCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HangUpCall($idempotencyKey: String!) {\n    hangUpCall(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n"): typeof import('./graphql').HangUpCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferToSurvey($idempotencyKey: String!) {\n    transferToSurvey(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n"): typeof import('./graphql').TransferToSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReconnectCall($idempotencyKey: String!) {\n    reconnectCall(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n"): typeof import('./graphql').ReconnectCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferCall($target: TransferTargetInput!, $idempotencyKey: String!) {\n    transferCall(target: $target, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n"): typeof import('./graphql').TransferCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsultCall($target: TransferTargetInput!, $idempotencyKey: String!) {\n    consultCall(target: $target, idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n"): typeof import('./graphql').ConsultCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteConsultation($idempotencyKey: String!) {\n    completeConsultation(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n"): typeof import('./graphql').CompleteConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelConsultation($idempotencyKey: String!) {\n    cancelConsultation(idempotencyKey: $idempotencyKey) {\n      callId\n    }\n  }\n"): typeof import('./graphql').CancelConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterSimulatedPhone {\n    registerSimulatedPhone {\n      expiresSeconds\n      ringing {\n        ...SimulatedPhoneCallFields\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterSimulatedPhoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnregisterSimulatedPhone {\n    unregisterSimulatedPhone\n  }\n"): typeof import('./graphql').UnregisterSimulatedPhoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSimulatedCall($legId: ID) {\n    answerSimulatedCall(legId: $legId) {\n      legId\n    }\n  }\n"): typeof import('./graphql').AnswerSimulatedCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HangUpSimulatedCall($legId: ID) {\n    hangUpSimulatedCall(legId: $legId) {\n      legId\n    }\n  }\n"): typeof import('./graphql').HangUpSimulatedCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PressSimulatedCallKeys($keys: String!, $legId: ID) {\n    pressSimulatedCallKeys(keys: $keys, legId: $legId) {\n      legId\n    }\n  }\n"): typeof import('./graphql').PressSimulatedCallKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MySimulatedPhoneCalls {\n    mySimulatedPhoneCalls {\n      ...SimulatedPhoneCallFields\n    }\n  }\n"): typeof import('./graphql').MySimulatedPhoneCallsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
