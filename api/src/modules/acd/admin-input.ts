// What the call-distribution settings services share: the administrator check and whole-number ranges.
import { z } from 'zod'
import { ForbiddenError } from '../../common/errors.js'
import { hasRoleAtLeast, Role } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'

export function range(min: number, max: number, unit = '') {
  const message = `must be ${min} to ${max}${unit}`
  return z
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(min, message)
    .max(max, message)
}

export function assertAdmin(viewer: Viewer, what: string): void {
  if (!hasRoleAtLeast(viewer.role, Role.ADMIN)) throw new ForbiddenError(`Only administrators ${what}.`)
}
