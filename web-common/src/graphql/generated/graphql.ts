/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Replace the signed-in user’s password. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: string;
  /** The new password: at least 10 characters with letters and digits. */
  newPassword: string;
};

/** Which contact plans to list or export. */
export type ContactPlanFilter = {
  /** Digits the customer number contains. */
  customerNumber?: string | null | undefined;
  /** Due at or after this time. */
  dueFrom?: string | null | undefined;
  /** Due before this time. */
  dueTo?: string | null | undefined;
  /** Only this agent’s plans. */
  ownerId?: string | number | null | undefined;
  /** Only plans in this state. */
  status?: ContactPlanStatus | null | undefined;
};

/** Where a contact plan stands; OVERDUE is a pending plan whose time has passed. */
export type ContactPlanStatus =
  /** No longer to be done. */
  | 'CANCELLED'
  /** The customer was contacted. */
  | 'DONE'
  /** Its time has passed and it is neither done nor cancelled. */
  | 'OVERDUE'
  /** Waiting for its time. */
  | 'PENDING';

/** Email and password of an account. */
export type LoginInput = {
  /** Sign-in email address. */
  email: string;
  /** API clients set this to receive a bearer token in the response. Browsers leave it unset and get an httpOnly cookie instead. */
  issueBearerToken?: boolean;
  /** Password. */
  password: string;
};

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

/** Whether a user may sign in. */
export type UserStatus =
  /** May sign in. */
  | 'ACTIVE'
  /** Signed out everywhere and refused at sign-in. */
  | 'DISABLED';

export type ContactPlanRowFragment = { id: string, customerId: string, customerName: string, phoneNumber: string, dueAt: string, purpose: string, notes: string, status: ContactPlanStatus, ownerId: string, ownerName: string, calls: Array<{ callId: string, startedAt: string | null, talkSeconds: number | null, recordingUrl: string | null }> };

export type ContactPlansQueryVariables = Exact<{
  filter?: ContactPlanFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type ContactPlansQuery = { contactPlans: { totalCount: number, items: Array<{ id: string, customerId: string, customerName: string, phoneNumber: string, dueAt: string, purpose: string, notes: string, status: ContactPlanStatus, ownerId: string, ownerName: string, calls: Array<{ callId: string, startedAt: string | null, talkSeconds: number | null, recordingUrl: string | null }> }> } };

export type RescheduleContactPlanMutationVariables = Exact<{
  id: string | number;
  dueAt: string;
}>;


export type RescheduleContactPlanMutation = { rescheduleContactPlan: { id: string, customerId: string, customerName: string, phoneNumber: string, dueAt: string, purpose: string, notes: string, status: ContactPlanStatus, ownerId: string, ownerName: string, calls: Array<{ callId: string, startedAt: string | null, talkSeconds: number | null, recordingUrl: string | null }> } };

export type CompleteContactPlanMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteContactPlanMutation = { completeContactPlan: { id: string, customerId: string, customerName: string, phoneNumber: string, dueAt: string, purpose: string, notes: string, status: ContactPlanStatus, ownerId: string, ownerName: string, calls: Array<{ callId: string, startedAt: string | null, talkSeconds: number | null, recordingUrl: string | null }> } };

export type CancelContactPlanMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelContactPlanMutation = { cancelContactPlan: { id: string, customerId: string, customerName: string, phoneNumber: string, dueAt: string, purpose: string, notes: string, status: ContactPlanStatus, ownerId: string, ownerName: string, calls: Array<{ callId: string, startedAt: string | null, talkSeconds: number | null, recordingUrl: string | null }> } };

export type SessionUserFragment = { id: string, name: string, email: string, role: Role, organization: Organization | null, status: UserStatus, mustChangePassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string, role: Role, organization: Organization | null, status: UserStatus, mustChangePassword: boolean } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { user: { id: string, name: string, email: string, role: Role, organization: Organization | null, status: UserStatus, mustChangePassword: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { id: string, name: string, email: string, role: Role, organization: Organization | null, status: UserStatus, mustChangePassword: boolean } };

export type ViewerUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ViewerUpdatedSubscription = { viewerUpdated: { id: string, name: string, email: string, role: Role, organization: Organization | null, status: UserStatus, mustChangePassword: boolean } };

export type MyTenantQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTenantQuery = { myTenant: { id: string, name: string, timeZone: string, createdAt: string } };

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
export const ContactPlanRowFragmentDoc = new TypedDocumentString(`
    fragment ContactPlanRow on ContactPlan {
  id
  customerId
  customerName
  phoneNumber
  dueAt
  purpose
  notes
  status
  ownerId
  ownerName
  calls {
    callId
    startedAt
    talkSeconds
    recordingUrl
  }
}
    `, {"fragmentName":"ContactPlanRow"}) as unknown as TypedDocumentString<ContactPlanRowFragment, unknown>;
export const SessionUserFragmentDoc = new TypedDocumentString(`
    fragment SessionUser on User {
  id
  name
  email
  role
  organization
  status
  mustChangePassword
}
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const ContactPlansDocument = new TypedDocumentString(`
    query ContactPlans($filter: ContactPlanFilter, $page: PageInput) {
  contactPlans(filter: $filter, page: $page) {
    totalCount
    items {
      ...ContactPlanRow
    }
  }
}
    fragment ContactPlanRow on ContactPlan {
  id
  customerId
  customerName
  phoneNumber
  dueAt
  purpose
  notes
  status
  ownerId
  ownerName
  calls {
    callId
    startedAt
    talkSeconds
    recordingUrl
  }
}`) as unknown as TypedDocumentString<ContactPlansQuery, ContactPlansQueryVariables>;
export const RescheduleContactPlanDocument = new TypedDocumentString(`
    mutation RescheduleContactPlan($id: ID!, $dueAt: DateTimeISO!) {
  rescheduleContactPlan(id: $id, dueAt: $dueAt) {
    ...ContactPlanRow
  }
}
    fragment ContactPlanRow on ContactPlan {
  id
  customerId
  customerName
  phoneNumber
  dueAt
  purpose
  notes
  status
  ownerId
  ownerName
  calls {
    callId
    startedAt
    talkSeconds
    recordingUrl
  }
}`) as unknown as TypedDocumentString<RescheduleContactPlanMutation, RescheduleContactPlanMutationVariables>;
export const CompleteContactPlanDocument = new TypedDocumentString(`
    mutation CompleteContactPlan($id: ID!) {
  completeContactPlan(id: $id) {
    ...ContactPlanRow
  }
}
    fragment ContactPlanRow on ContactPlan {
  id
  customerId
  customerName
  phoneNumber
  dueAt
  purpose
  notes
  status
  ownerId
  ownerName
  calls {
    callId
    startedAt
    talkSeconds
    recordingUrl
  }
}`) as unknown as TypedDocumentString<CompleteContactPlanMutation, CompleteContactPlanMutationVariables>;
export const CancelContactPlanDocument = new TypedDocumentString(`
    mutation CancelContactPlan($id: ID!) {
  cancelContactPlan(id: $id) {
    ...ContactPlanRow
  }
}
    fragment ContactPlanRow on ContactPlan {
  id
  customerId
  customerName
  phoneNumber
  dueAt
  purpose
  notes
  status
  ownerId
  ownerName
  calls {
    callId
    startedAt
    talkSeconds
    recordingUrl
  }
}`) as unknown as TypedDocumentString<CancelContactPlanMutation, CancelContactPlanMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  name
  email
  role
  organization
  status
  mustChangePassword
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    user {
      ...SessionUser
    }
  }
}
    fragment SessionUser on User {
  id
  name
  email
  role
  organization
  status
  mustChangePassword
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  name
  email
  role
  organization
  status
  mustChangePassword
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ViewerUpdatedDocument = new TypedDocumentString(`
    subscription ViewerUpdated {
  viewerUpdated {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  name
  email
  role
  organization
  status
  mustChangePassword
}`) as unknown as TypedDocumentString<ViewerUpdatedSubscription, ViewerUpdatedSubscriptionVariables>;
export const MyTenantDocument = new TypedDocumentString(`
    query MyTenant {
  myTenant {
    id
    name
    timeZone
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MyTenantQuery, MyTenantQueryVariables>;