import { readFile } from 'node:fs/promises'
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql'
import { beforeAll, describe, expect, it } from 'vitest'
import { printApiSchema } from './print-schema.js'
import { InProcessPubSub } from './pubsub.js'
import { buildApiSchema } from './schema.js'

describe('X5: the schema is the documentation for third-party systems', () => {
  let schema: GraphQLSchema
  beforeAll(async () => {
    schema = await buildApiSchema(new InProcessPubSub())
  })

  it('schema/schema.graphql is up to date with the code (run `npm run codegen` when this fails)', async () => {
    const checkedIn = await readFile(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8')
    expect(checkedIn).toBe(printApiSchema(schema))
  })

  it('every type, field, argument and enum value has a description', () => {
    const rootTypes = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()])
    const missing: string[] = []
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue
      if (!rootTypes.has(type as never) && !type.description) missing.push(type.name)
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`)
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`)
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`)
      }
    }
    expect(missing).toEqual([])
  })
})
