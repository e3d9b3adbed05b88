// Bulk add (A2): checks every row of an agent CSV file (fields, the viewer's rights, groups, duplicates
// within the file and in the database) and says which rows may be imported and what is wrong with the others.
import type { FieldProblem, Problem } from '../../common/errors.js'
import { fieldProblemsOf } from '../../common/validation.js'
import type { EntityManager } from '../../db/database.js'
import type { AccessPolicy } from './access-policy.js'
import { groupNamesOf, type AgentCsv, type AgentCsvField } from './agent-csv.js'
import { newAgentSchema, type NewAgentData } from './agent-input.js'
import { AgentGroup } from './group.entity.js'

export type AgentImportProblem = Problem & {
  row: number
  column: string
  field: string
  message: string
}

/** A row fit to import: the member, and the groups it names. */
export interface ImportableAgent {
  data: NewAgentData
  groupIds: string[]
}

/**
 * Checks the rows of `file` in `em`'s tenant; `assertUnique` refuses an email or agent number that is
 * taken (the same check adding one member makes).
 */
export async function checkAgentRows(
  em: EntityManager,
  policy: AccessPolicy,
  file: AgentCsv,
  assertUnique: (email: string | undefined, agentNumber: string | undefined) => Promise<void>,
): Promise<{ problems: AgentImportProblem[]; valid: ImportableAgent[] }> {
  const columnName = (field: string) => file.columns[field as AgentCsvField] ?? field
  const groupsByName = new Map(
    (await em.find(AgentGroup, policy.groupFilter())).map((group) => [group.name.toLowerCase(), group]),
  )
  const problems: AgentImportProblem[] = []
  const valid: ImportableAgent[] = []
  const seenEmails = new Map<string, number>()
  const seenNumbers = new Map<string, number>()
  for (const { line, values } of file.rows) {
    const rowProblems: FieldProblem[] = []
    const parsed = newAgentSchema.safeParse({ ...values, groupIds: [] })
    if (!parsed.success) {
      rowProblems.push(...fieldProblemsOf(parsed.error, 'row'))
    } else {
      const data = parsed.data
      try {
        policy.assertCanAssign(data.role, data.organization ?? null)
      } catch (error) {
        rowProblems.push({
          field: 'role',
          code: 'ROLE_NOT_ASSIGNABLE',
          message: (error as Error).message,
        })
      }
      const groupIds: string[] = []
      for (const name of groupNamesOf(values.groups)) {
        const group = groupsByName.get(name.toLowerCase())
        if (!group)
          rowProblems.push({
            field: 'groups',
            code: 'NO_SUCH_GROUP',
            params: { name },
            message: `no group named “${name}”`,
          })
        else if (group.organization !== data.organization)
          rowProblems.push({
            field: 'groups',
            code: 'GROUP_IN_OTHER_ORGANIZATION',
            params: { names: `“${name}”` },
            message: `“${name}” belongs to another organisation`,
          })
        else groupIds.push(group.id)
      }
      const emailLine = seenEmails.get(data.email)
      if (emailLine)
        rowProblems.push({
          field: 'email',
          code: 'REPEATS_ROW',
          params: { row: emailLine },
          message: `repeats row ${emailLine}`,
        })
      else seenEmails.set(data.email, line)
      const numberKey = data.agentNumber?.toLowerCase()
      const numberLine = numberKey ? seenNumbers.get(numberKey) : undefined
      if (numberLine)
        rowProblems.push({
          field: 'agentNumber',
          code: 'REPEATS_ROW',
          params: { row: numberLine },
          message: `repeats row ${numberLine}`,
        })
      else if (numberKey) seenNumbers.set(numberKey, line)
      if (!emailLine) {
        try {
          await assertUnique(data.email, undefined)
        } catch {
          rowProblems.push({ field: 'email', code: 'EMAIL_TAKEN', message: 'is already registered' })
        }
      }
      if (data.agentNumber && !numberLine) {
        try {
          await assertUnique(undefined, data.agentNumber)
        } catch {
          rowProblems.push({
            field: 'agentNumber',
            code: 'AGENT_NUMBER_TAKEN',
            message: 'is already in use in your company',
          })
        }
      }
      if (!rowProblems.length) valid.push({ data, groupIds })
    }
    problems.push(...rowProblems.map((found) => ({ row: line, column: columnName(found.field), ...found })))
  }
  return { problems, valid }
}
