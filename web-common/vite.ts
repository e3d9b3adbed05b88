// The Vite config both SPAs share (imported by relative path: Vite bundles configs only from outside node_modules).
import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin, type UserConfig } from 'vite'
import { elementPlusStyles } from './element-styles'
import { precompress } from './precompress'
import { routePreload, type PreloadedRoute } from './route-preload'
import { GRAPHQL_PATH, requestInit } from './src/graphql/client'
import { MeDocument } from './src/graphql/session'

const API_ORIGIN = 'http://127.0.0.1:4000'

/** After a build, .br and .gz copies of the SPA's files for the API to serve as they are. */
function precompressBuild(): Plugin {
  return {
    name: 'cc-precompress',
    apply: 'build',
    // After the files are written, and only when the build succeeded.
    writeBundle: (output) => precompress(output.dir!),
  }
}

/**
 * `preloadedRoutes`: routes whose chunks index.html starts before the entry script runs (route-preload.ts),
 * for pages opened by address, where a cold load's wait for the route's chunks shows.
 */
export function defineSpaConfig(
  base: '/admin/' | '/agent/',
  preloadedRoutes: readonly PreloadedRoute[] = [],
): UserConfig {
  return defineConfig({
    base,
    plugins: [
      vue(),
      elementPlusStyles(),
      routePreload(preloadedRoutes, [
        // Who is signed in: every page's first question (src/sessionRequest.ts adopts the answer).
        { global: 'ccEarlyMe', url: GRAPHQL_PATH, init: requestInit(MeDocument) },
      ]),
      precompressBuild(),
    ],
    define: {
      // vue-i18n's esm-bundler build asks for these; the Composition API alone keeps the bundle small.
      __VUE_I18N_FULL_INSTALL__: true,
      __VUE_I18N_LEGACY_API__: false,
      __INTLIFY_PROD_DEVTOOLS__: false,
    },
    build: {
      rollupOptions: {
        // Route splitting leaves many chunks of a few hundred bytes (a composable, a GraphQL document);
        // each is one more request on the six connections HTTP/1.1 gets. Merged when side-effect free.
        output: { experimentalMinChunkSize: 20_000 },
      },
    },
    server: {
      // Same origin as in production, so the session cookie and the WebSocket Origin check just work.
      // /media: recordings and prompts; /export: list exports; both authorised by the same cookie.
      proxy: {
        '/graphql': { target: API_ORIGIN, ws: true },
        '/media': { target: API_ORIGIN },
        '/export': { target: API_ORIGIN },
      },
    },
  })
}
