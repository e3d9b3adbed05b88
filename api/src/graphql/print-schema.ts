import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql'

/** Sorted, so the checked-in file changes only when the schema does, not when resolvers move. */
export function printApiSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n'
}
