import { readFile } from 'node:fs/promises'
import {
  execute,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  type GraphQLSchema,
} from 'graphql'
import { getMetadataStorage } from 'type-graphql'
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

describe('X3: subscription events are delivered as they are', () => {
  it('every @Subscription method returns the event it is given, as the schema’s per-event resolve assumes', () => {
    const subscriptions = getMetadataStorage().subscriptions
    expect(subscriptions.length).toBeGreaterThan(5)
    for (const subscription of subscriptions) {
      const event = { event: subscription.schemaName }
      const args: unknown[] = []
      for (const param of subscription.params ?? [])
        args[param.index] = param.kind === 'root' ? event : undefined
      const method = (subscription.target.prototype as Record<string, (...args: unknown[]) => unknown>)[
        subscription.methodName
      ]!
      expect(method.apply({}, args), subscription.schemaName).toBe(event)
    }
  })

  it('executes an event of an authorised subscription at once, without a promise per subscriber', async () => {
    const schema = await buildApiSchema(new InProcessPubSub())
    const event = { userId: 'u1', status: 'IDLE' }
    const result = execute({
      schema,
      document: parse('subscription { agentStateChanged { userId status } }'),
      rootValue: event,
      contextValue: {},
    })
    expect(result).not.toBeInstanceOf(Promise)
    expect(result).toEqual({ data: { agentStateChanged: { userId: 'u1', status: 'IDLE' } } })
  })
})
