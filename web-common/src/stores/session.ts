// Who is signed in. The token lives in an httpOnly cookie, so asking the server (`me`) is the only way to know.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { hasErrorCode, request } from '../graphql/client'
import {
  ChangePasswordDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  type SessionUser,
} from '../graphql/session'

export const useSessionStore = defineStore('session', () => {
  const user = ref<SessionUser | null>(null)
  let loading: Promise<void> | undefined

  /** Asks the server once per page load; a failure other than "not signed in" is retried next time. */
  function ensureLoaded(): Promise<void> {
    loading ??= request(MeDocument).then(
      ({ me }) => {
        user.value = me
      },
      (error: unknown) => {
        if (!hasErrorCode(error, 'UNAUTHENTICATED')) loading = undefined
        user.value = null
      },
    )
    return loading
  }

  async function login(email: string, password: string): Promise<void> {
    const result = await request(LoginDocument, { input: { email, password } })
    user.value = result.login.user
  }

  async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const result = await request(ChangePasswordDocument, { input: { currentPassword, newPassword } })
    user.value = result.changePassword
  }

  async function logout(): Promise<void> {
    try {
      await request(LogoutDocument)
    } finally {
      user.value = null
    }
  }

  /** A sign-in that happened elsewhere (signup) or news from the server (viewerUpdated). */
  function update(next: SessionUser): void {
    user.value = next.status === 'DISABLED' ? null : next
  }

  /** The server closed the session (logout in another tab, password changed, account disabled). */
  function end(): void {
    user.value = null
  }

  return { user, ensureLoaded, login, changePassword, logout, update, end }
})
