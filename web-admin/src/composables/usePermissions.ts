// What the signed-in user's role lets them do, to hide controls that would only be refused.
// The server decides (access-policy.ts in the API); this only spares users buttons that cannot work.
import { useSessionStore } from '@cc/web-common'
import { computed } from 'vue'

export function usePermissions() {
  const session = useSessionStore()
  const role = computed(() => session.user?.role)
  const isAdmin = computed(() => role.value === 'SUPER_ADMIN' || role.value === 'ADMIN')
  return {
    isAdmin,
    isSuperAdmin: computed(() => role.value === 'SUPER_ADMIN'),
    /** Group leaders manage access (disable, reset password…) of their groups' members, not assignments. */
    canControlAccess: computed(() => isAdmin.value || role.value === 'GROUP_LEADER'),
    /** An ADMIN scoped to one organisation only ever works inside it. */
    ownOrganization: computed(() => (isAdmin.value ? (session.user?.organization ?? null) : null)),
    userId: computed(() => session.user?.id),
  }
}
