// In production the schema is shown only to signed-in users: no introspection, no "Did you mean" hints.
import { GraphQLError, visit, type DocumentNode } from 'graphql'
import type { ApolloServerPlugin } from '@apollo/server'
import type { GraphQLContext } from './context.js'

function asksForIntrospection(document: DocumentNode): boolean {
  let found = false
  visit(document, {
    Field(field) {
      if (field.name.value === '__schema' || field.name.value === '__type') found = true
    },
  })
  return found
}

export function schemaPrivacyPlugin(isProduction: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!isProduction || contextValue.viewer) return
      return {
        async didResolveOperation({ document }) {
          if (asksForIntrospection(document)) {
            throw new GraphQLError('Sign in to read the schema.', { extensions: { code: 'UNAUTHENTICATED' } })
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return
          for (const error of response.body.singleResult.errors ?? []) {
            ;(error as { message: string }).message = error.message.replace(/ Did you mean .*\?$/, '')
          }
        },
      }
    },
  }
}
