// Asks who is signed in as soon as the page's script starts; the session store's first `me` takes the answer.
// Each SPA's main.ts imports this module first, so that the bundle evaluates it before Vue, Element Plus
// and the app: the answer then travels while they evaluate and the app mounts, and the request leaves
// before the page's own chunks, which would otherwise hold it in the browser's queue of six connections.
// A built index.html sends it earlier still, before the entry script has arrived (route-preload.ts).
import { adoptPrefetched, prefetch } from './graphql/client'
import { MeDocument } from './graphql/session'

declare global {
  interface Window {
    /** The `me` request index.html sent (web-common/route-preload.ts); absent from the dev server. */
    ccEarlyMe?: Promise<Response>
  }
}

if (window.ccEarlyMe) adoptPrefetched(MeDocument, window.ccEarlyMe)
else prefetch(MeDocument)
