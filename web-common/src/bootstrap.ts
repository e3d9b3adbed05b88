// Starts an SPA: Pinia, i18n, Element Plus's theme variables, and a router that follows the session.
// Components' own styles come with the modules that use them (web-common/element-styles.ts).
import 'element-plus/theme-chalk/base.css'
import './styles.css'
import { createPinia } from 'pinia'
import { createApp, watch } from 'vue'
import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type Router,
  type RouteRecordRaw,
} from 'vue-router'
import AppRoot from './components/AppRoot.vue'
import { dropPrefetched } from './graphql/client'
import { createSubscriptionClient, subscribe } from './graphql/subscriptions'
import { ViewerUpdatedDocument } from './graphql/session'
import { createAppI18n } from './i18n'
import { guardRoute } from './router/guard'
import { useSessionStore } from './stores/session'

type SessionStore = ReturnType<typeof useSessionStore>

/**
 * Whenever the session changes (sign-in, sign-out, the server ending it, the password settled), the
 * current page is checked again, so forms never navigate by themselves.
 */
function followSession(router: Router, session: SessionStore): void {
  watch(
    () => session.user,
    (user) => {
      const target = guardRoute(router.currentRoute.value, user)
      if (target !== true) void router.replace(target)
    },
  )
}

/**
 * Starts downloading a route's lazy components. The router loads them only once its guards are done,
 * that is after the session query; started here, both travel at once. The router's own call of the
 * same loader then finds the module already loaded or on its way.
 */
function preloadComponents(to: RouteLocationNormalized): void {
  for (const record of to.matched) {
    for (const component of Object.values(record.components ?? {})) {
      // What vue-router itself takes for a loader: a function that is no functional component.
      if (typeof component === 'function' && !('displayName' in component || 'props' in component)) {
        ;(component as () => Promise<unknown>)().catch(() => {
          // The router loads it again and reports the failure itself.
        })
      }
    }
  }
}

/** Keeps the signed-in user fresh and notices when the server ends the session. */
function watchViewer(session: SessionStore): void {
  const client = createSubscriptionClient(() => session.end())
  let stop: (() => void) | undefined
  watch(
    () => session.user?.id,
    (userId) => {
      stop?.()
      stop = userId
        ? subscribe(client, ViewerUpdatedDocument, {}, ({ viewerUpdated }) => session.update(viewerUpdated))
        : undefined
    },
    { immediate: true },
  )
}

export function startSpa({
  routes,
  messages,
}: {
  routes: RouteRecordRaw[]
  messages: Parameters<typeof createAppI18n>[0]
}): void {
  const app = createApp(AppRoot)
  const pinia = createPinia()
  app.use(pinia)
  app.use(createAppI18n(messages))

  const router = createRouter({ history: createWebHistory(import.meta.env.BASE_URL), routes })
  const session = useSessionStore(pinia)
  router.beforeEach(async (to) => {
    // First, so that the first navigation takes the `me` answer prefetched by ./sessionRequest.ts.
    const sessionLoaded = session.ensureLoaded()
    dropPrefetched()
    for (const record of to.matched) record.meta.prefetch?.()
    preloadComponents(to)
    await sessionLoaded
    return guardRoute(to, session.user)
  })
  app.use(router)

  // Before the first navigation settles, the current route is only the start placeholder.
  void router.isReady().then(() => {
    followSession(router, session)
    watchViewer(session)
  })
  app.mount('#app')
}
