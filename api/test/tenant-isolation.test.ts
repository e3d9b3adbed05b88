// Tenant isolation, proved twice: through the whole API with the ORM filter on, and again with it
// off so that PostgreSQL row-level security alone must hold. New modules add their operations here.
import { getNamedType, isInputObjectType, type GraphQLArgument, type GraphQLInputType } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApiSchema } from '../src/graphql/schema.js'
import { InProcessPubSub } from '../src/graphql/pubsub.js'
import { User } from '../src/modules/identity/user.entity.js'
import { Session } from '../src/modules/identity/session.entity.js'
import { Tenant } from '../src/modules/tenancy/tenant.entity.js'
import { startTestApi, type TestApi } from './api.js'
import { signupTenant, type TestTenant } from './factories.js'

interface VictimIds {
  sessionId: string
}

interface IdOperation {
  /** Root field name in the schema, e.g. `revokeSession`. */
  field: string
  /** Runs the operation as `attacker` against the victim's IDs; returns the GraphQL error code. */
  attempt(api: TestApi, attacker: TestTenant, victim: VictimIds): Promise<string | undefined>
}

const operationsTakingIds: IdOperation[] = [
  {
    field: 'revokeSession',
    async attempt(api, attacker, victim) {
      const result = await api.graphql(
        'mutation ($id: ID!) { revokeSession(id: $id) }',
        { id: victim.sessionId },
        { token: attacker.token },
      )
      return result.errors?.[0]?.extensions?.code
    },
  },
]

function takesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type)
  if (named.name === 'ID') return true
  if (!isInputObjectType(named) || seen.has(named.name)) return false
  seen.add(named.name)
  return Object.values(named.getFields()).some((field) => takesId(field.type, seen))
}

async function victimIds(api: TestApi, victim: TestTenant): Promise<VictimIds> {
  const sessions = await api.graphql<{ mySessions: { items: { id: string }[] } }>(
    '{ mySessions { items { id } } }',
    {},
    { token: victim.token },
  )
  return { sessionId: sessions.data!.mySessions.items[0]!.id }
}

it('Foundation: every query and mutation that takes an ID is in the isolation table', async () => {
  const schema = await buildApiSchema(new InProcessPubSub())
  const rootFields = [
    ...Object.values(schema.getQueryType()!.getFields()),
    ...Object.values(schema.getMutationType()!.getFields()),
  ]
  const withIds = rootFields
    .filter((field) => field.args.some((arg: GraphQLArgument) => takesId(arg.type)))
    .map((field) => field.name)
  expect(withIds.sort()).toEqual(operationsTakingIds.map((operation) => operation.field).sort())
})

for (const isTenantFilterEnabled of [true, false]) {
  const guard = isTenantFilterEnabled ? 'ORM filter and row-level security' : 'row-level security alone'
  describe(`Foundation: tenant isolation by ${guard}`, () => {
    let api: TestApi
    let attacker: TestTenant
    let victim: TestTenant
    let victimIdSet: VictimIds
    beforeAll(async () => {
      api = await startTestApi({ isTenantFilterEnabled })
      attacker = await signupTenant(api, 'Attacker Inc')
      victim = await signupTenant(api, 'Victim Ltd')
      victimIdSet = await victimIds(api, victim)
    })
    afterAll(() => api.stop())

    for (const operation of operationsTakingIds) {
      it(`${operation.field}: another tenant's ID is not found`, async () => {
        expect(await operation.attempt(api, attacker, victimIdSet)).toBe('NOT_FOUND')
        // …and the victim's row is untouched.
        const still = await api.graphql('{ me { id } }', {}, { token: victim.token })
        expect(still.errors).toBeUndefined()
      })
    }

    it('an unfiltered read inside one tenant returns only that tenant’s rows', async () => {
      const rows = await api.db.inTenant(attacker.tenantId, async (em) => ({
        tenants: await em.find(Tenant, {}, { filters: false }),
        users: await em.find(User, {}, { filters: false }),
        sessions: await em.find(Session, {}, { filters: false }),
      }))
      expect(rows.tenants.map((tenant) => tenant.id)).toEqual([attacker.tenantId])
      expect(new Set(rows.users.map((user) => user.tenantId))).toEqual(new Set([attacker.tenantId]))
      expect(new Set(rows.sessions.map((session) => session.tenantId))).toEqual(new Set([attacker.tenantId]))
    })

    it('raw SQL without a tenant sees no tenant-owned row at all', async () => {
      const counts = await api.db.platform((em) =>
        em.execute(
          'select (select count(*) from tenant)::int as t, (select count(*) from app_user)::int as u, (select count(*) from session)::int as s',
        ),
      )
      expect(counts[0]).toEqual({ t: 0, u: 0, s: 0 })
    })

    it('raw SQL cannot write a row into another tenant', async () => {
      await expect(
        api.db.inTenant(attacker.tenantId, (em) =>
          em.execute(`update app_user set name = 'pwned' where tenant_id = ?`, [victim.tenantId], 'run'),
        ),
      ).resolves.toMatchObject({ affectedRows: 0 })
      await expect(
        api.db.inTenant(attacker.tenantId, (em) =>
          em.execute(
            `insert into session (id, tenant_id, user_id, token_hash, kind, expires_at) values (gen_random_uuid(), ?, ?, 'x', 'BEARER', now())`,
            [victim.tenantId, victim.userId],
          ),
        ),
      ).rejects.toThrow(/row-level security/)
    })
  })
}
