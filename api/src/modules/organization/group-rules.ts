// What both kinds of group check: a name free in the tenant, and members within the viewer's reach and
// of the group's organisation (the two organisations never mix).
import { UniqueConstraintViolationException } from '@mikro-orm/core'
import { z } from 'zod'
import { ConflictError, NotFoundError, ValidationError } from '../../common/errors.js'
import type { EntityManager } from '../../db/database.js'
import type { Organization } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { AccessPolicy } from './access-policy.js'
import { AgentGroup } from './group.entity.js'
import { knownId } from './ids.js'
import type { SkillGroup } from './skill-group.entity.js'

export const nameSchema = z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters')

/** A unique index caught a name the pre-check let through (two admins at once). */
export function nameClash(error: unknown, what: string): unknown {
  if (error instanceof UniqueConstraintViolationException)
    return new ConflictError('NAME_TAKEN', `A ${what} with this name already exists.`, { field: 'name' })
  return error
}

/** Members must be visible and of the group's organisation: the two organisations never mix. */
export async function membersFor(
  em: EntityManager,
  policy: AccessPolicy,
  userIds: string[],
  organization: Organization,
  field: string,
): Promise<string[]> {
  const ids = [...new Set(userIds.map((id) => knownId(id, 'Agent')))]
  if (!ids.length) return []
  const users = await em.find(User, { $and: [{ id: { $in: ids } }, policy.userFilter()] })
  if (users.length !== ids.length) throw new NotFoundError('Agent')
  const foreign = users.filter((user) => user.organization !== organization)
  if (foreign.length)
    throw new ValidationError([
      {
        field,
        code: 'MEMBER_IN_OTHER_ORGANIZATION',
        params: { names: foreign.map((user) => `“${user.name}”`).join(', ') },
        message: `${foreign.map((user) => user.name).join(', ')} not in the ${organization} organisation`,
      },
    ])
  return ids
}

export async function assertNameFree(
  em: EntityManager,
  entity: typeof AgentGroup | typeof SkillGroup,
  name: string,
) {
  const what = entity === AgentGroup ? 'group' : 'skill group'
  if (await em.count(entity, { name: { $ilike: name.replace(/[\\%_]/g, (c) => `\\${c}`) } }))
    throw new ConflictError('NAME_TAKEN', `A ${what} named “${name}” already exists.`, { field: 'name' })
}
