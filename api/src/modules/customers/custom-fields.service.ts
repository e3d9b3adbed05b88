// Tenant-defined fields per kind of record (G4, A13): administrators define them, everyone reads them, and
// a change that stored values contradict is refused with the number of records concerned.
import { randomUUID } from 'node:crypto'
import { UniqueConstraintViolationException } from '@mikro-orm/core'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ConflictError, NotFoundError, ValidationError, type FieldProblem } from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import { assertAdmin } from '../acd/admin-input.js'
import type { AcdSettingsService } from '../acd/settings.service.js'
import type { AuditService } from '../audit/audit.service.js'
import type { Viewer } from '../identity/viewer.js'
import { knownId } from '../organization/ids.js'
import { fieldValuesAfter, removeFieldValues, type ValueTable } from './custom-field-value.store.js'
import { CustomFieldDefinition } from './custom-field.entity.js'
import {
  CHOICE_TYPES,
  checkFieldValue,
  CustomFieldEntity,
  CustomFieldType,
  type FieldRules,
} from './custom-field-values.js'

export const MAX_FIELDS_PER_ENTITY = 100
const MAX_OPTIONS = 200

const labelSchema = z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters')
const optionSchema = z.object({
  value: z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters'),
  labelZh: labelSchema,
  labelEn: labelSchema,
})
const definitionShape = {
  labelZh: labelSchema,
  labelEn: labelSchema,
  type: z.enum(CustomFieldType, { message: 'is not a custom field type' }),
  isRequired: z.boolean(),
  options: z.array(optionSchema).max(MAX_OPTIONS, `at most ${MAX_OPTIONS} options`),
  position: z
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0 to 10000')
    .max(10000, 'must be 0 to 10000'),
  isHidden: z.boolean(),
}
const createSchema = z.object({
  entity: z.enum(CustomFieldEntity, { message: 'is not a kind of record' }),
  key: z
    .string()
    .trim()
    .refine(
      (key) => /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(key),
      problem('INVALID_FIELD_KEY', 'must be 1–40 letters, digits or _, starting with a letter'),
    ),
  ...definitionShape,
  isRequired: definitionShape.isRequired.default(false),
  options: definitionShape.options.nullish().transform((options) => options ?? []),
  position: definitionShape.position.nullish(),
  isHidden: definitionShape.isHidden.default(false),
})
const updateSchema = z.object({
  labelZh: labelSchema.optional(),
  labelEn: labelSchema.optional(),
  type: definitionShape.type.optional(),
  isRequired: definitionShape.isRequired.optional(),
  options: definitionShape.options.optional(),
  position: definitionShape.position.optional(),
  isHidden: definitionShape.isHidden.optional(),
})

/** Options belong to choice fields, which need at least one, each value once. */
function optionProblems(type: CustomFieldType, options: readonly { value: string }[]): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (CHOICE_TYPES.has(type) && !options.length)
    problems.push({ field: 'options', code: 'OPTIONS_REQUIRED', message: 'a choice field needs options' })
  if (!CHOICE_TYPES.has(type) && options.length)
    problems.push({
      field: 'options',
      code: 'OPTIONS_ONLY_FOR_CHOICES',
      message: 'only choice fields have options',
    })
  const seen = new Set<string>()
  for (const [index, option] of options.entries()) {
    if (seen.has(option.value))
      problems.push({
        field: `options.${index}.value`,
        code: 'DUPLICATE_OPTION',
        params: { value: option.value },
        message: `repeats “${option.value}”`,
      })
    seen.add(option.value)
  }
  return problems
}

function assertOptions(type: CustomFieldType, options: readonly { value: string }[]): void {
  const problems = optionProblems(type, options)
  if (problems.length) throw new ValidationError(problems)
}

function snapshot(field: CustomFieldDefinition): Record<string, unknown> {
  return {
    entity: field.entity,
    key: field.key,
    labelZh: field.labelZh,
    labelEn: field.labelEn,
    type: field.type,
    isRequired: field.isRequired,
    options: field.options,
    position: field.position,
    isHidden: field.isHidden,
  }
}

function keyTaken(): ConflictError {
  return new ConflictError('FIELD_KEY_TAKEN', 'Another field of this kind of record has this key.', {
    field: 'key',
  })
}

/** Two admins adding the same key at once: the unique index decides. */
function keyClash(error: unknown): unknown {
  return error instanceof UniqueConstraintViolationException ? keyTaken() : error
}

/** Stored records are read in batches this size when a definition change is checked. */
const SCAN_BATCH = 1000

export class CustomFieldsService {
  /** Customers are here from the start; service summaries and task data add theirs when they arrive. */
  private readonly valueTables = new Map<CustomFieldEntity, ValueTable>([
    [CustomFieldEntity.CUSTOMER, { table: 'customer', column: 'custom_fields' }],
  ])

  constructor(
    private readonly db: Database,
    private readonly settings: AcdSettingsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  registerValueTable(entity: CustomFieldEntity, table: ValueTable): void {
    this.valueTables.set(entity, table)
  }

  list(viewer: Viewer, entity: CustomFieldEntity): Promise<CustomFieldDefinition[]> {
    return this.db.inTenant(viewer.tenantId, (em) => this.definitionsOf(em, entity))
  }

  /** The fields of a kind of record in form order, for the services that validate values on write. */
  definitionsOf(em: EntityManager, entity: CustomFieldEntity): Promise<CustomFieldDefinition[]> {
    return em.find(
      CustomFieldDefinition,
      { entity },
      { orderBy: { position: 'asc', createdAt: 'asc', id: 'asc' } },
    )
  }

  async create(viewer: Viewer, input: unknown): Promise<CustomFieldDefinition> {
    assertAdmin(viewer, 'define custom fields')
    const data = validateInput(createSchema, input)
    assertOptions(data.type, data.options)
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        const existing = await this.definitionsOf(em, data.entity)
        if (existing.some((field) => field.key.toLowerCase() === data.key.toLowerCase())) throw keyTaken()
        if (existing.length >= MAX_FIELDS_PER_ENTITY)
          throw new ConflictError('TOO_MANY', `At most ${MAX_FIELDS_PER_ENTITY} fields per kind of record.`, {
            params: { maximum: MAX_FIELDS_PER_ENTITY },
          })
        // A new required field would leave every stored record without its value.
        if (data.isRequired) await this.refuseContradictions(em, viewer, { ...data, options: data.options })
        const field = em.create(CustomFieldDefinition, {
          id: randomUUID(),
          tenantId: viewer.tenantId,
          entity: data.entity,
          key: data.key,
          labelZh: data.labelZh,
          labelEn: data.labelEn,
          type: data.type,
          isRequired: data.isRequired,
          options: data.options,
          position: data.position ?? (existing.at(-1)?.position ?? -1) + 1,
          isHidden: data.isHidden,
          createdAt: this.clock.now(),
          updatedAt: this.clock.now(),
        })
        await em.flush()
        await this.audit.record(em, viewer, {
          action: 'CUSTOM_FIELD_CREATED',
          entityType: 'CUSTOM_FIELD',
          entityId: field.id,
          after: snapshot(field),
        })
        return field
      })
    } catch (error) {
      throw keyClash(error)
    }
  }

  /**
   * Labels, order and visibility change freely. A new type, removed options or a field made required are
   * checked against every stored record first: any that the changed field would refuse and the change is
   * refused, naming how many, so that stored values never silently stop meaning what they said.
   */
  async update(viewer: Viewer, id: string, input: unknown): Promise<CustomFieldDefinition> {
    assertAdmin(viewer, 'define custom fields')
    const data = validateInput(updateSchema, input)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const field = await this.find(em, id)
      const before = snapshot(field)
      const type = data.type ?? field.type
      // A field that stops being a choice loses its options; one that becomes a choice must be given some.
      const options = data.options ?? (CHOICE_TYPES.has(type) ? field.options : [])
      assertOptions(type, options)
      const changed: FieldRules = {
        key: field.key,
        type,
        options,
        isRequired: data.isRequired ?? field.isRequired,
      }
      const isStricter =
        type !== field.type ||
        (changed.isRequired && !field.isRequired) ||
        field.options.some((option) => !options.some((kept) => kept.value === option.value))
      if (isStricter) await this.refuseContradictions(em, viewer, { ...changed, entity: field.entity })
      Object.assign(field, {
        labelZh: data.labelZh ?? field.labelZh,
        labelEn: data.labelEn ?? field.labelEn,
        type,
        options,
        isRequired: changed.isRequired,
        position: data.position ?? field.position,
        isHidden: data.isHidden ?? field.isHidden,
      })
      await em.flush()
      await this.audit.record(em, viewer, {
        action: 'CUSTOM_FIELD_UPDATED',
        entityType: 'CUSTOM_FIELD',
        entityId: field.id,
        before,
        after: snapshot(field),
      })
      return field
    })
  }

  /** Deleting a field deletes its stored values with it; hiding it is the way to keep them. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    assertAdmin(viewer, 'define custom fields')
    return this.db.inTenant(viewer.tenantId, async (em, sql) => {
      const field = await this.find(em, id)
      const values = this.valueTables.get(field.entity)
      if (values) await removeFieldValues(sql, values, viewer.tenantId, field.key)
      await this.audit.record(em, viewer, {
        action: 'CUSTOM_FIELD_DELETED',
        entityType: 'CUSTOM_FIELD',
        entityId: field.id,
        before: snapshot(field),
      })
      em.remove(field)
      await em.flush()
      return true
    })
  }

  private async find(em: EntityManager, id: string): Promise<CustomFieldDefinition> {
    const field = await em.findOne(CustomFieldDefinition, { id: knownId(id, 'Custom field') })
    if (!field) throw new NotFoundError('Custom field')
    return field
  }

  /** Refuses, with their number, when stored records hold values `rules` would refuse. */
  private async refuseContradictions(
    em: EntityManager,
    viewer: Viewer,
    rules: FieldRules & { entity: CustomFieldEntity },
  ): Promise<void> {
    const rows = await this.countContradictions(em, viewer.tenantId, rules)
    if (rows)
      throw new ConflictError(
        'STORED_VALUES_CONTRADICT',
        `${rows} stored record(s) hold values this change contradicts; correct or clear them first.`,
        { params: { rows } },
      )
  }

  /** Runs the write-time validator over every stored value, in key order batches (a rare admin action). */
  async countContradictions(
    em: EntityManager,
    tenantId: string,
    rules: FieldRules & { entity: CustomFieldEntity },
  ): Promise<number> {
    const values = this.valueTables.get(rules.entity)
    if (!values) return 0
    const { homeRegion } = await this.settings.read(em, tenantId)
    let contradicting = 0
    let after = '00000000-0000-0000-0000-000000000000'
    for (;;) {
      const batch = await fieldValuesAfter(em, values, tenantId, rules.key, after, SCAN_BATCH)
      for (const row of batch) if ('problem' in checkFieldValue(rules, row.value, homeRegion)) contradicting++
      if (batch.length < SCAN_BATCH) return contradicting
      after = batch.at(-1)!.id
    }
  }
}
