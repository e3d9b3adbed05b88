// The whole product for end-to-end tests: real API and database, serving the built SPAs.
import { startTestApi } from './api.js'

export async function startE2eServer(): Promise<{
  url: string
  /** DATA_DIR of the server: invitation emails land in `<dataDir>/mail`. */
  dataDir: string
  stop(): Promise<void>
}> {
  const api = await startTestApi()
  return { url: api.url, dataDir: api.dataDir, stop: () => api.stop() }
}
