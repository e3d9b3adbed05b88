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