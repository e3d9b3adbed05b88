// The Vite config both SPAs share (imported by relative path: Vite bundles configs only from outside node_modules).
import vue from '@vitejs/plugin-vue'
import { defineConfig, type UserConfig } from 'vite'

const API_ORIGIN = 'http://127.0.0.1:4000'

export function defineSpaConfig(base: '/admin/' | '/agent/'): UserConfig {
  return defineConfig({
    base,
    plugins: [vue()],
    define: {
      // vue-i18n's esm-bundler build asks for these; the Composition API alone keeps the bundle small.
      __VUE_I18N_FULL_INSTALL__: true,
      __VUE_I18N_LEGACY_API__: false,
      __INTLIFY_PROD_DEVTOOLS__: false,
    },
    server: {
      // Same origin as in production, so the session cookie and the WebSocket Origin check just work.
      // /media: recordings and prompts, authorised by the same cookie.
      proxy: { '/graphql': { target: API_ORIGIN, ws: true }, '/media': { target: API_ORIGIN } },
    },
  })
}
