// Every operation the consoles send, costed as the server costs it with each page at its largest allowed
// size: a page a console can ask for must never be refused as too costly (QUERY_TOO_COSTLY).
import 'reflect-metadata'
import {
  Kind,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  visit,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql'
import { beforeAll, describe, expect, it } from 'vitest'
import { limits, operationCost } from './limits.js'
import { MAX_PAGE_SIZE } from './pagination.js'
import { InProcessPubSub } from './pubsub.js'
import { buildApiSchema } from './schema.js'

/** The documents codegen collects from each package (codegen.yml), as the generated module exports them. */
const PACKAGES = ['web-common', 'web-admin', 'web-agent'] as const

interface ConsoleOperation {
  label: string
  text: string
}

async function consoleOperations(): Promise<ConsoleOperation[]> {
  const operations: ConsoleOperation[] = []
  for (const name of PACKAGES) {
    const url = new URL(`../../../${name}/src/graphql/generated/graphql.ts`, import.meta.url)
    const generated = (await import(url.href)) as Record<string, unknown>
    for (const [exportName, value] of Object.entries(generated)) {
      // Fragments travel inside the operations that spread them (documentMode: string appends them).
      if (!(value instanceof String) || exportName.endsWith('FragmentDoc')) continue
      operations.push({ label: `${name} ${exportName}`, text: value.toString() })
    }
  }
  return operations
}

/** Variables that feed a `limit` (an argument, or a field of an input such as PageInput). */
function pageSizeVariables(operation: OperationDefinitionNode): Set<string> {
  const names = new Set<string>()
  visit(operation, {
    Argument: (node) => {
      if (node.name.value === 'limit' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value)
    },
    ObjectField: (node) => {
      if (node.name.value === 'limit' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value)
    },
  })
  return names
}

/** A value the type accepts: the largest page where it is one, the least that validates otherwise. */
function sampleValue(type: GraphQLInputType, isPageSize: boolean): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, isPageSize)
  if (isListType(type)) return [sampleValue(type.ofType, false)]
  if (isEnumType(type)) return type.getValues()[0]!.name
  if (isInputObjectType(type)) {
    if (type.name === 'PageInput') return { offset: 0, limit: MAX_PAGE_SIZE }
    return Object.fromEntries(
      Object.values(type.getFields()).flatMap((field) =>
        isNonNullType(field.type) && field.defaultValue === undefined
          ? [[field.name, sampleValue(field.type, field.name === 'limit')]]
          : isInputObjectType(field.type) && field.type.name === 'PageInput'
            ? [[field.name, sampleValue(field.type, false)]]
            : [],
      ),
    )
  }
  switch (type.name) {
    case 'Int':
      return isPageSize ? MAX_PAGE_SIZE : 1
    case 'Float':
      return 1
    case 'Boolean':
      return false
    case 'DateTimeISO':
      return new Date(0).toISOString()
    case 'JSONObject':
      return {}
    default:
      return '1'
  }
}

function largestPageVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): Record<string, unknown> {
  const pageSizes = pageSizeVariables(operation)
  const variables: Record<string, unknown> = {}
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined
    if (!type) throw new Error(`$${name}: unknown type`)
    const isPage =
      pageSizes.has(name) || (!isNonNullType(type) && 'name' in type && type.name === 'PageInput')
    if (isNonNullType(type) || isPage) variables[name] = sampleValue(type, pageSizes.has(name))
  }
  return variables
}

describe('Foundation: what the consoles ask for fits the cost bound', () => {
  let schema: GraphQLSchema
  let operations: ConsoleOperation[]
  beforeAll(async () => {
    schema = await buildApiSchema(new InProcessPubSub())
    operations = await consoleOperations()
  })

  it(`every console operation, each page at ${MAX_PAGE_SIZE} rows, costs at most ${limits.maxCost}`, () => {
    // The generated modules were found and read: a path gone wrong would otherwise pass on nothing.
    expect(operations.length).toBeGreaterThan(200)
    const tooCostly: string[] = []
    for (const { label, text } of operations) {
      const document = parse(text)
      const operation = document.definitions.find(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      )!
      const cost = operationCost(
        schema,
        document,
        operation.name?.value,
        largestPageVariables(schema, operation),
      )
      if (cost > limits.maxCost) tooCostly.push(`${label}: ${cost}`)
    }
    expect(tooCostly).toEqual([])
  })
})
