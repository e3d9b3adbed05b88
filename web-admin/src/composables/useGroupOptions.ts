// The groups a select may offer (filters, the agent drawer): loaded once per page, at most 100, which the
// API's page limit allows and which is more groups than a company of this product's size has.
import { prefetch, request } from '@cc/web-common'
import { computed, shallowRef } from 'vue'
import { GroupsDocument, type GroupRow } from '../graphql/groups'
import type { Organization } from '../graphql/generated/graphql'

const GROUP_OPTIONS_VARIABLES = { page: { limit: 100, offset: 0 } }

/** For a route whose page loads the group options (see @cc/web-common's `prefetch`). */
export function prefetchGroupOptions(): void {
  prefetch(GroupsDocument, GROUP_OPTIONS_VARIABLES)
}

export function useGroupOptions() {
  const groups = shallowRef<GroupRow[]>([])

  async function load(): Promise<void> {
    groups.value = (await request(GroupsDocument, GROUP_OPTIONS_VARIABLES)).groups.items
  }

  function ofOrganization(organization: Organization | null | undefined) {
    return computed(() =>
      groups.value.filter((group) => !organization || group.organization === organization),
    )
  }

  return { groups, load, ofOrganization }
}
