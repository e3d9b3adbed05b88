/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Whether a user may sign in. */
export type UserStatus =
  /** May sign in. */
  | 'ACTIVE'
  /** Signed out everywhere and refused at sign-in. */
  | 'DISABLED';

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