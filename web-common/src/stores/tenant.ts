// The signed-in user's company, shown by the headers and the admin dashboard alike.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { request } from '../graphql/client'
import type { MyTenantQuery } from '../graphql/generated/graphql'
import { MyTenantDocument } from '../graphql/tenant'

export type Tenant = MyTenantQuery['myTenant']

export const useTenantStore = defineStore('tenant', () => {
  const tenant = ref<Tenant | null>(null)

  /** Cleared first: after signing in as someone else the previous company must not linger. */
  async function load(): Promise<void> {
    tenant.value = null
    tenant.value = (await request(MyTenantDocument)).myTenant
  }

  return { tenant, load }
})
