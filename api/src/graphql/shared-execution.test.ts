// X3: a board event handed to many supervisors is executed once per operation, not once per supervisor.
import { GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql'
import { describe, expect, it } from 'vitest'
import { shared, sharedSubset, subscribeSharingEvents } from './shared-execution.js'

interface Change {
  userId: string
}

interface Context {
  events: Change[]
  ended: () => void
}

function schemaCounting() {
  const resolved: string[] = []
  const change = new GraphQLObjectType<Change>({
    name: 'Change',
    fields: {
      userId: { type: GraphQLString },
      label: {
        type: GraphQLString,
        resolve: (event) => {
          resolved.push(event.userId)
          return `agent ${event.userId}`
        },
      },
    },
  })
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        changed: {
          type: change,
          subscribe: (_root, _args, context: Context) => eventsOf(context),
          resolve: (event: Change) => event,
        },
      },
    }),
  })
  return { schema, resolved }
}

async function* eventsOf(context: Context): AsyncGenerator<Change> {
  try {
    yield* context.events
    await new Promise(() => undefined)
  } finally {
    context.ended()
  }
}

async function subscribeTo(
  schema: GraphQLSchema,
  query: string,
  events: Change[],
): Promise<{ results: AsyncIterableIterator<ExecutionResult>; wasEnded: () => boolean }> {
  let isEnded = false
  const context: Context = { events, ended: () => (isEnded = true) }
  const results = await subscribeSharingEvents({ schema, document: parse(query), contextValue: context })
  if (!(Symbol.asyncIterator in results)) throw new Error(JSON.stringify(results.errors))
  return { results, wasEnded: () => isEnded }
}

const LABELS = 'subscription { changed { userId label } }'

describe('shared execution of subscription events', () => {
  it('X3: a shared event is executed once for every subscriber of the same operation', async () => {
    const { schema, resolved } = schemaCounting()
    const event = shared({ userId: 'a' })
    const first = await subscribeTo(schema, LABELS, [event])
    const second = await subscribeTo(schema, LABELS, [event])

    const [one, two] = [await first.results.next(), await second.results.next()]

    expect(one.value).toEqual({ data: { changed: { userId: 'a', label: 'agent a' } } })
    expect(two.value).toEqual(one.value)
    expect(resolved).toEqual(['a'])
  })

  it('X3: an event not marked shared, or another selection, is executed on its own', async () => {
    const { schema, resolved } = schemaCounting()
    const unshared = { userId: 'u' }
    const event = shared({ userId: 's' })
    const subscriptions = [
      await subscribeTo(schema, LABELS, [unshared]),
      await subscribeTo(schema, LABELS, [unshared]),
      await subscribeTo(schema, LABELS, [event]),
      await subscribeTo(schema, 'subscription Named { changed { label } }', [event]),
    ]
    const results = await Promise.all(subscriptions.map(({ results }) => results.next()))

    expect(results.map((result) => result.value)).toEqual([
      { data: { changed: { userId: 'u', label: 'agent u' } } },
      { data: { changed: { userId: 'u', label: 'agent u' } } },
      { data: { changed: { userId: 's', label: 'agent s' } } },
      { data: { changed: { label: 'agent s' } } },
    ])
    expect(resolved).toEqual(['u', 'u', 's', 's'])
  })

  it('X3: ending a subscription ends its event source', async () => {
    const { schema } = schemaCounting()
    const subscription = await subscribeTo(schema, LABELS, [shared({ userId: 'a' })])
    await subscription.results.next()

    await subscription.results.return?.()

    expect(subscription.wasEnded()).toBe(true)
  })

  it('X3: viewers who keep the same part of a batch share one array; the whole batch is the batch itself', () => {
    const batch = shared([{ id: 'g1' }, { id: 'g2' }, { id: 'g3' }])

    const inbound = sharedSubset(batch, (group) => group.id !== 'g3')
    const inboundAgain = sharedSubset(batch, (group) => group.id !== 'g3')
    const telesales = sharedSubset(batch, (group) => group.id === 'g3')

    expect(inbound.map((group) => group.id)).toEqual(['g1', 'g2'])
    expect(inboundAgain).toBe(inbound)
    expect(telesales.map((group) => group.id)).toEqual(['g3'])
    expect(sharedSubset(batch, () => true)).toBe(batch)
  })
})
