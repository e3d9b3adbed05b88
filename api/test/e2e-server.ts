// The whole product for end-to-end tests: real API and database, serving the built SPAs.
import { startTestApi } from './api.js'

export async function startE2eServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const api = await startTestApi()
  return { url: api.url, stop: () => api.stop() }
}
