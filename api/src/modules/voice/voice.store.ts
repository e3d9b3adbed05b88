// SQL for voice prompts past the ORM: the system prompt a queue plays (asked on every call), the prompt
// a played file belongs to, and the platform reviewers' look across companies, through the platform functions of the voice migration.
import { prepared, sqlIn, type Database, type EntityManager, type TenantSql } from '../../db/database.js'
import type { SystemPromptKind } from './prompt-catalog.js'
import type { SystemPromptChoice } from './voice.entity.js'

const SYSTEM_PROMPT = prepared(`select s.choice, p.approved_file from voice_system_prompt s
    left join voice_prompt p on p.id = s.prompt_id and p.tenant_id = $1
   where s.tenant_id = $1 and s.kind = $2`)

/** A tenant's choice for one system prompt and its approved file, if the tenant chose at all. */
export async function systemPromptChoice(
  source: EntityManager | TenantSql,
  kind: SystemPromptKind,
): Promise<{ choice: SystemPromptChoice; approvedFile: string | null } | undefined> {
  const sql = sqlIn(source)
  const [row] = await sql.query<{ choice: SystemPromptChoice; approved_file: string | null }>(SYSTEM_PROMPT, [
    sql.tenantId,
    kind,
  ])
  return row && { choice: row.choice, approvedFile: row.approved_file }
}

/** One page of every company's pending prompts, oldest first, with the company's name and the total. */
export async function pendingPromptsPage(
  db: Database,
  limit: number,
  offset: number,
): Promise<{ rows: { id: string; tenantId: string; companyName: string }[]; totalCount: number }> {
  const rows = await db.platformQuery<{
    id: string
    tenant_id: string
    company_name: string
    total_count: string
  }>('select * from voice_pending_prompts(?, ?)', [limit, offset])
  return {
    rows: rows.map((row) => ({ id: row.id, tenantId: row.tenant_id, companyName: row.company_name })),
    totalCount: Number(rows[0]?.total_count ?? 0),
  }
}

/** The company a prompt belongs to, whichever it is. */
export async function tenantOfPrompt(db: Database, promptId: string): Promise<string | undefined> {
  const [row] = await db.platformQuery<{ tenant_id: string }>('select * from voice_prompt_tenant(?)', [
    promptId,
  ])
  return row?.tenant_id
}

/** The name of the library prompt whose file (approved or uploaded) is `file`, or null. */
export async function promptNameOfFile(em: EntityManager, file: string): Promise<string | null> {
  const [row] = await em.execute<Array<{ name: string }>>(
    'select name from voice_prompt where approved_file = ? or file = ? limit 1',
    [file, file],
  )
  return row?.name ?? null
}
