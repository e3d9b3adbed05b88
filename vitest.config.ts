import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// One run covers every package: the API against a real PostgreSQL, the SPAs' components in
// happy-dom, and the end-to-end tests in Debian's Chromium against the real server.
// Node itself loads graphql's CommonJS entry for Apollo and type-graphql; Vite would pick the ES module
// for our files, and two copies of graphql break `instanceof GraphQLError` and schema validation.
const singleGraphql = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] }

export default defineConfig({
  test: {
    projects: [
      {
        resolve: singleGraphql,
        test: {
          name: 'api',
          root: 'api',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          globalSetup: ['./test/global-setup.ts', './test/redis-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'web',
          environment: 'happy-dom',
          include: ['web-*/src/**/*.test.ts'],
          // Loaded by Node itself, Element Plus gets async-validator's CommonJS build as a namespace
          // object instead of the class, and every form validation throws; Vite's transform gets it right.
          server: { deps: { inline: ['element-plus'] } },
        },
      },
      {
        resolve: singleGraphql,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['web-*/e2e/**/*.test.ts'],
          globalSetup: ['./api/test/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // What a page shows after the server or the switch acts: Vitest's one second is too short for
          // a browser, an API and a database sharing two loaded cores.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
})
