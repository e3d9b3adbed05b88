// Asks who is signed in as soon as the page's script starts; the session store's first `me` takes the answer.
// Each SPA's main.ts imports this module first, so that the bundle evaluates it before Vue, Element Plus
// and the app: the answer then travels while they evaluate and the app mounts, and the request leaves
// before the page's own chunks, which would otherwise hold it in the browser's queue of six connections.
import { prefetch } from './graphql/client'
import { MeDocument } from './graphql/session'

prefetch(MeDocument)
