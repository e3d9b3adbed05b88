// What makes a valid agent, shared by the add/edit forms and the CSV import (A2, A4).
import { z } from 'zod'
import type { FieldProblem } from '../../common/errors.js'
import { issueOf, problem } from '../../common/validation.js'
import { emailSchema } from '../identity/identity.service.js'
import { AnsweringMode } from '../identity/answering-mode.js'
import { Organization, Role } from '../identity/roles.js'
import { mobileSchema } from './phone.js'

export const agentNumberSchema = z
  .string()
  .trim()
  .refine(
    (number) => /^[A-Za-z0-9]{1,20}$/.test(number),
    problem('INVALID_AGENT_NUMBER', 'must be 1–20 letters or digits'),
  )

export const agentNameSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(60, 'must be at most 60 characters')

/** Empty strings from forms and CSV cells mean "none". */
const blankAsNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value)

export const optionalMobileSchema = z.preprocess(blankAsNull, mobileSchema.nullish())

export const agentRoleSchema = z.enum([Role.ADMIN, Role.GROUP_LEADER, Role.AGENT], {
  message: 'must be ADMIN, GROUP_LEADER or AGENT',
})
export const organizationSchema = z.enum([Organization.INBOUND, Organization.TELESALES], {
  message: 'must be INBOUND or TELESALES',
})
export const answeringModeSchema = z.enum([AnsweringMode.SIP, AnsweringMode.MOBILE], {
  message: 'must be SIP or MOBILE',
})

export const newAgentSchema = z
  .object({
    name: agentNameSchema,
    email: emailSchema,
    agentNumber: z.preprocess(blankAsNull, agentNumberSchema.nullish()),
    role: agentRoleSchema,
    organization: z.preprocess(blankAsNull, organizationSchema.nullish()),
    groupIds: z.array(z.string()).max(50, 'at most 50 groups').nullish(),
    mobile: optionalMobileSchema,
    answeringMode: z.preprocess(blankAsNull, answeringModeSchema.nullish()),
  })
  .superRefine((agent, context) => {
    for (const found of assignmentProblems(agent)) context.addIssue(issueOf(found))
  })

export type NewAgentData = z.output<typeof newAgentSchema>

/** Agents and group leaders belong to an organisation and have a number; admins may have neither. */
export function assignmentProblems(agent: {
  role?: Role | null
  organization?: Organization | null
  agentNumber?: string | null
  mobile?: string | null
  answeringMode?: AnsweringMode | null
}): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (agent.role && agent.role !== Role.ADMIN) {
    const params = { role: agent.role }
    if (!agent.organization)
      problems.push({
        field: 'organization',
        code: 'REQUIRED_FOR_ROLE',
        params,
        message: `is required for ${agent.role}`,
      })
    if (!agent.agentNumber)
      problems.push({
        field: 'agentNumber',
        code: 'REQUIRED_FOR_ROLE',
        params,
        message: `is required for ${agent.role}`,
      })
  }
  if (agent.answeringMode === AnsweringMode.MOBILE && !agent.mobile)
    problems.push({
      field: 'mobile',
      code: 'MOBILE_REQUIRED',
      message: 'is required to answer on a mobile phone',
    })
  return problems
}
