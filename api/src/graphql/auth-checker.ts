// The one place that decides whether a viewer may reach a field: signed in, password settled, role high enough.
import type { GraphQLResolveInfo } from 'graphql'
import { Extensions, type AuthChecker } from 'type-graphql'
import { ForbiddenError, PasswordChangeRequiredError, UnauthenticatedError } from '../common/errors.js'
import { hasRoleAtLeast, type Role } from '../modules/identity/roles.js'
import type { GraphQLContext } from './context.js'

const ALLOWED_PENDING_PASSWORD_CHANGE = 'allowedPendingPasswordChange'

/** Marks the few fields a user who must change their password may still use. */
export const AllowedPendingPasswordChange = () => Extensions({ [ALLOWED_PENDING_PASSWORD_CHANGE]: true })

function isAllowedPendingPasswordChange(info: GraphQLResolveInfo): boolean {
  const field = info.parentType.getFields()[info.fieldName]
  return field?.extensions?.[ALLOWED_PENDING_PASSWORD_CHANGE] === true
}

/** `@Authorized(Role.ADMIN)` admits ADMIN and every role above it. */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context, info }, roles) => {
  const { viewer } = context
  if (!viewer) throw new UnauthenticatedError()
  if (viewer.mustChangePassword && !isAllowedPendingPasswordChange(info))
    throw new PasswordChangeRequiredError()
  if (roles.length > 0 && !roles.some((role) => hasRoleAtLeast(viewer.role, role))) throw new ForbiddenError()
  return true
}
