import 'reflect-metadata'
import { buildSchema } from 'type-graphql'
import type { GraphQLSchema } from 'graphql'
import { resolvers } from '../modules/index.js'
import { authChecker } from './auth-checker.js'
import type { PubSub } from './pubsub.js'

export function buildApiSchema(pubsub: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    authChecker,
    validate: false,
    pubSub: {
      publish: (topic, payload) => void pubsub.publish(topic, payload),
      subscribe: (topic) => pubsub.subscribe(topic),
    },
  })
}
