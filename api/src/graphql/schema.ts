import 'reflect-metadata'
import { buildSchema } from 'type-graphql'
import type { GraphQLSchema } from 'graphql'
import { resolvers } from '../modules/index.js'
import { authChecker } from './auth-checker.js'
import type { PubSub } from './pubsub.js'

export async function buildApiSchema(pubsub: PubSub): Promise<GraphQLSchema> {
  return deliveringEventsAsTheyAre(
    await buildSchema({
      resolvers: [...resolvers],
      authChecker,
      validate: false,
      pubSub: {
        publish: (topic, payload) => void pubsub.publish(topic, payload),
        subscribe: (topic) => pubsub.subscribe(topic),
      },
    }),
  )
}

/**
 * Every `@Subscription` method here returns the event it is given (schema.test.ts holds them to it), and
 * type-graphql checks `@Authorized` when a subscription starts. It checked it again for each event,
 * through an asynchronous middleware: a connection's viewer never changes (an access change closes its
 * sockets, http/subscriptions.ts), so the second check only made each event's execution a promise, for
 * which every subscriber of a shared event (shared-execution.ts) then waited in microtasks of its own,
 * a tenth of a busy instance's time with a thousand supervisors' boards open.
 */
function deliveringEventsAsTheyAre(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    field.resolve = (event: unknown) => event
  }
  return schema
}
