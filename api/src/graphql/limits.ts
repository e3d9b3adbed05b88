// Bounds on what one request may ask for, all checked before any resolver runs.
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import type { ApolloServerPlugin } from '@apollo/server'
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity'
import type { GraphQLContext } from './context.js'

export const limits = {
  maxDepth: 10,
  maxAliases: 15,
  // A scalar field costs 1 per row: a console page of 100 rows of 20 to 40 fields (a skill group with its
  // routing and members) must fit; at 2,000 the skill groups page at 100 a page was refused.
  maxCost: 5_000,
}

function rejected(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } })
}

function selectionDepth(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string>,
): number {
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const below = selection.selectionSet ? selectionDepth(selection.selectionSet, fragments, visited) : 0
      deepest = Math.max(deepest, 1 + below)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visited))
    } else {
      const fragment = fragments[selection.name.value]
      // A fragment spread twice on one path is a cycle; graphql's own rule reports it.
      if (!fragment || visited.has(fragment.name.value)) continue
      visited.add(fragment.name.value)
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, visited))
      visited.delete(fragment.name.value)
    }
  }
  return deepest
}

export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = Object.fromEntries(
        context
          .getDocument()
          .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((fragment) => [fragment.name.value, fragment]),
      )
      const depth = selectionDepth(operation.selectionSet, fragments, new Set())
      if (depth > maxDepth) {
        context.reportError(
          rejected(`Query is ${depth} levels deep; at most ${maxDepth} are allowed.`, 'QUERY_TOO_DEEP'),
        )
      }
    },
  })
}

/** Aliases multiply work (and sign-in guesses) inside one request; the cap counts the whole document. */
export function aliasLimit(maxAliases: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0
    return {
      Field(field) {
        if (field.alias && ++aliases === maxAliases + 1) {
          context.reportError(rejected(`Request uses more than ${maxAliases} aliases.`, 'TOO_MANY_ALIASES'))
        }
      },
    }
  }
}

/** What one operation costs with these variables: 1 a field, list fields by their declared `complexity`. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  })
}

/**
 * Cost needs the variables (a page size can be a variable), so it is checked once the operation is
 * resolved, still before execution. List fields declare their cost through `complexity` on `@Field`.
 */
export function costLimitPlugin(
  schema: () => GraphQLSchema,
  maxCost: number,
): ApolloServerPlugin<GraphQLContext> {
  // Clients send the same few operations over and over; cost depends only on the text and variables.
  const costs = new Map<string, number>()
  const MAX_REMEMBERED = 2_000
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const key = `${request.operationName ?? ''}\n${request.query ?? ''}\n${JSON.stringify(request.variables ?? {})}`
          let cost = costs.get(key)
          if (cost === undefined) {
            cost = operationCost(schema(), document, request.operationName, request.variables)
            if (costs.size >= MAX_REMEMBERED) costs.clear()
            costs.set(key, cost)
          }
          if (cost > maxCost) {
            throw rejected(
              `Query costs ${cost}; at most ${maxCost} is allowed. Ask for fewer rows or fields.`,
              'QUERY_TOO_COSTLY',
            )
          }
        },
      }
    },
  }
}

/** Complexity of a paginated list field: its rows times what each row asks for. */
export function pagedCost({
  args,
  childComplexity,
}: {
  args: Record<string, unknown>
  childComplexity: number
}): number {
  const page = args.page as { limit?: number } | undefined
  return 1 + (page?.limit ?? 20) * childComplexity
}

/** Complexity of a keyset list field (`after`, `limit`): its rows times what each row asks for. */
export function limitedCost({
  args,
  childComplexity,
}: {
  args: Record<string, unknown>
  childComplexity: number
}): number {
  return 1 + ((args.limit as number | undefined) ?? 20) * childComplexity
}
