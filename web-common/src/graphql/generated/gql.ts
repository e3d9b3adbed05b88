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
    "\n  fragment ContactPlanRow on ContactPlan {\n    id\n    customerId\n    customerName\n    phoneNumber\n    dueAt\n    purpose\n    notes\n    status\n    ownerId\n    ownerName\n    calls {\n      callId\n      startedAt\n      talkSeconds\n      recordingUrl\n    }\n  }\n": typeof types.ContactPlanRowFragmentDoc,
    "\n  query ContactPlans($filter: ContactPlanFilter, $page: PageInput) {\n    contactPlans(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ContactPlanRow\n      }\n    }\n  }\n": typeof types.ContactPlansDocument,
    "\n  mutation RescheduleContactPlan($id: ID!, $dueAt: DateTimeISO!) {\n    rescheduleContactPlan(id: $id, dueAt: $dueAt) {\n      ...ContactPlanRow\n    }\n  }\n": typeof types.RescheduleContactPlanDocument,
    "\n  mutation CompleteContactPlan($id: ID!) {\n    completeContactPlan(id: $id) {\n      ...ContactPlanRow\n    }\n  }\n": typeof types.CompleteContactPlanDocument,
    "\n  mutation CancelContactPlan($id: ID!) {\n    cancelContactPlan(id: $id) {\n      ...ContactPlanRow\n    }\n  }\n": typeof types.CancelContactPlanDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    organization\n    status\n    mustChangePassword\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionUser\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  subscription ViewerUpdated {\n    viewerUpdated {\n      ...SessionUser\n    }\n  }\n": typeof types.ViewerUpdatedDocument,
    "\n  query MyTenant {\n    myTenant {\n      id\n      name\n      timeZone\n      createdAt\n    }\n  }\n": typeof types.MyTenantDocument,
};
const documents: Documents = {
    "\n  fragment ContactPlanRow on ContactPlan {\n    id\n    customerId\n    customerName\n    phoneNumber\n    dueAt\n    purpose\n    notes\n    status\n    ownerId\n    ownerName\n    calls {\n      callId\n      startedAt\n      talkSeconds\n      recordingUrl\n    }\n  }\n": types.ContactPlanRowFragmentDoc,
    "\n  query ContactPlans($filter: ContactPlanFilter, $page: PageInput) {\n    contactPlans(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ContactPlanRow\n      }\n    }\n  }\n": types.ContactPlansDocument,
    "\n  mutation RescheduleContactPlan($id: ID!, $dueAt: DateTimeISO!) {\n    rescheduleContactPlan(id: $id, dueAt: $dueAt) {\n      ...ContactPlanRow\n    }\n  }\n": types.RescheduleContactPlanDocument,
    "\n  mutation CompleteContactPlan($id: ID!) {\n    completeContactPlan(id: $id) {\n      ...ContactPlanRow\n    }\n  }\n": types.CompleteContactPlanDocument,
    "\n  mutation CancelContactPlan($id: ID!) {\n    cancelContactPlan(id: $id) {\n      ...ContactPlanRow\n    }\n  }\n": types.CancelContactPlanDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    organization\n    status\n    mustChangePassword\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionUser\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  subscription ViewerUpdated {\n    viewerUpdated {\n      ...SessionUser\n    }\n  }\n": types.ViewerUpdatedDocument,
    "\n  query MyTenant {\n    myTenant {\n      id\n      name\n      timeZone\n      createdAt\n    }\n  }\n": types.MyTenantDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactPlanRow on ContactPlan {\n    id\n    customerId\n    customerName\n    phoneNumber\n    dueAt\n    purpose\n    notes\n    status\n    ownerId\n    ownerName\n    calls {\n      callId\n      startedAt\n      talkSeconds\n      recordingUrl\n    }\n  }\n"): typeof import('./graphql').ContactPlanRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPlans($filter: ContactPlanFilter, $page: PageInput) {\n    contactPlans(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ContactPlanRow\n      }\n    }\n  }\n"): typeof import('./graphql').ContactPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleContactPlan($id: ID!, $dueAt: DateTimeISO!) {\n    rescheduleContactPlan(id: $id, dueAt: $dueAt) {\n      ...ContactPlanRow\n    }\n  }\n"): typeof import('./graphql').RescheduleContactPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteContactPlan($id: ID!) {\n    completeContactPlan(id: $id) {\n      ...ContactPlanRow\n    }\n  }\n"): typeof import('./graphql').CompleteContactPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelContactPlan($id: ID!) {\n    cancelContactPlan(id: $id) {\n      ...ContactPlanRow\n    }\n  }\n"): typeof import('./graphql').CancelContactPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    organization\n    status\n    mustChangePassword\n  }\n"): typeof import('./graphql').SessionUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ViewerUpdated {\n    viewerUpdated {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').ViewerUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTenant {\n    myTenant {\n      id\n      name\n      timeZone\n      createdAt\n    }\n  }\n"): typeof import('./graphql').MyTenantDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
