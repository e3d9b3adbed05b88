import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { ImportAssignmentMode } from './import.service.js'

export enum ListImportKind {
  TASK_ITEMS = 'TASK_ITEMS',
  DO_NOT_CALL = 'DO_NOT_CALL',
}

export enum ListImportStatus {
  UPLOADED = 'UPLOADED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ListImportKind, {
  name: 'ListImportKind',
  description: 'What a bulk import fills.',
  valuesConfig: {
    TASK_ITEMS: { description: 'The numbers to call of an outbound task (A13).' },
    DO_NOT_CALL: { description: 'The company’s do-not-call list.' },
  },
})

registerEnumType(ListImportStatus, {
  name: 'ListImportStatus',
  description: 'Where a bulk import stands.',
  valuesConfig: {
    UPLOADED: { description: 'The file is uploaded and its header read; waiting for the column mapping.' },
    RUNNING: { description: 'Rows are being read and checked.' },
    SUCCEEDED: { description: 'Valid rows are written; rejected ones are in the error file.' },
    FAILED: { description: 'Stopped by an error; nothing was written.' },
    CANCELLED: { description: 'Cancelled; nothing was written.' },
  },
})

registerEnumType(ImportAssignmentMode, {
  name: 'ImportAssignmentMode',
  description: 'Who gets the imported numbers of a task.',
  valuesConfig: {
    UNASSIGNED: { description: 'Nobody yet.' },
    ONE_AGENT: { description: 'One agent of the task.' },
    AGENTS_EVENLY: { description: 'Chosen agents of the task, as evenly as the rows divide.' },
    SKILL_GROUP: { description: 'A skill group of the task, whose group leader distributes them.' },
  },
})

@ObjectType('ListImport', {
  description: 'A bulk import of task items or do-not-call numbers, with its progress.',
})
export class ListImportView {
  @Field(() => ID, { description: 'Import identifier.' })
  id!: string

  @Field(() => ListImportKind, { description: 'What it fills.' })
  kind!: ListImportKind

  @Field(() => ID, { nullable: true, description: 'The task, for task items.' })
  taskId!: string | null

  @Field(() => String, { description: 'The uploaded file’s name.' })
  fileName!: string

  @Field(() => String, { description: 'CSV or XLSX.' })
  format!: string

  @Field(() => String, { description: 'How the file was read: UTF8, UTF8_BOM, GBK or XLSX.' })
  encoding!: string

  @Field(() => [String], { description: 'The header of the file, to map columns by.' })
  columns!: string[]

  @Field(() => ListImportStatus, { description: 'Where it stands.' })
  status!: ListImportStatus

  @Field(() => Int, { description: 'Rows read so far (the header not counted).' })
  rowsRead!: number

  @Field(() => Int, { description: 'Rows written, once it has succeeded.' })
  rowsImported!: number

  @Field(() => Int, { description: 'Rows rejected so far; each is one line of the error file.' })
  rowsRejected!: number

  @Field(() => String, { nullable: true, description: 'Why it failed: a problem code.' })
  failureCode!: string | null

  @Field(() => Date, { description: 'When the file was uploaded.' })
  createdAt!: Date

  @Field(() => Date, { nullable: true, description: 'When it succeeded, failed or was cancelled.' })
  finishedAt!: Date | null
}

@InputType({ description: 'Which column of the file holds a custom field.' })
export class ImportFieldColumnInput {
  @Field(() => ID, { description: 'A custom field of the task.' })
  customFieldId!: string

  @Field(() => String, { description: 'The column’s header.' })
  column!: string
}

@InputType({
  description: 'Starts an uploaded task-item import: the column mapping and who gets the numbers.',
})
export class StartTaskItemImportInput {
  @Field(() => ID, { description: 'The uploaded import.' })
  importId!: string

  @Field(() => String, { description: 'The header of the column with the phone numbers.' })
  phoneColumn!: string

  @Field(() => [ImportFieldColumnInput], { description: 'The columns of the task’s custom fields.' })
  fields!: ImportFieldColumnInput[]

  @Field(() => ImportAssignmentMode, { description: 'Who gets the numbers.' })
  assignment!: ImportAssignmentMode

  @Field(() => [ID], { nullable: true, description: 'ONE_AGENT: one agent; AGENTS_EVENLY: the agents.' })
  agentIds?: string[] | null

  @Field(() => ID, { nullable: true, description: 'SKILL_GROUP: the skill group.' })
  skillGroupId?: string | null
}

@InputType({ description: 'Starts an uploaded do-not-call import.' })
export class StartDoNotCallImportInput {
  @Field(() => ID, { description: 'The uploaded import.' })
  importId!: string

  @Field(() => String, { description: 'The header of the column with the phone numbers.' })
  phoneColumn!: string

  @Field(() => String, { nullable: true, description: 'The header of a column with each number’s reason.' })
  reasonColumn?: string | null

  @Field(() => String, { nullable: true, description: 'The reason for rows without one of their own.' })
  reason?: string | null
}
