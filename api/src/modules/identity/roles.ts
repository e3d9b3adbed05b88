import { registerEnumType } from 'type-graphql'

export enum Role {
  SUPER_ADMIN = 'SUPER_ADMIN',
  ADMIN = 'ADMIN',
  GROUP_LEADER = 'GROUP_LEADER',
  AGENT = 'AGENT',
}

/** Higher ranks include every right of the lower ones. */
const rank: Record<Role, number> = {
  [Role.AGENT]: 1,
  [Role.GROUP_LEADER]: 2,
  [Role.ADMIN]: 3,
  [Role.SUPER_ADMIN]: 4,
}

export function hasRoleAtLeast(role: Role, required: Role): boolean {
  return rank[role] >= rank[required]
}

export enum Organization {
  INBOUND = 'INBOUND',
  TELESALES = 'TELESALES',
}

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do; each role includes the rights of those below it.',
  valuesConfig: {
    SUPER_ADMIN: { description: 'Created at signup; everything in the tenant, including other admins.' },
    ADMIN: { description: 'Configures the call center; may be scoped to one organisation.' },
    GROUP_LEADER: { description: 'Manages the members and data of their own groups.' },
    AGENT: { description: 'Answers and places calls; sees only their own data.' },
  },
})
registerEnumType(Organization, {
  name: 'Organization',
  description: 'Inbound service and telesales are isolated from each other in permissions and data.',
  valuesConfig: {
    INBOUND: { description: 'Agents who answer calls.' },
    TELESALES: { description: 'Agents who place outbound sales calls.' },
  },
})
registerEnumType(UserStatus, {
  name: 'UserStatus',
  description: 'Whether a user may sign in.',
  valuesConfig: {
    ACTIVE: { description: 'May sign in.' },
    DISABLED: { description: 'Signed out everywhere and refused at sign-in.' },
  },
})
