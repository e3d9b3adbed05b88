// What the agents page asks first, sent with the navigation to it (router/index.ts), so that the answers
// travel while the page's code loads instead of after it has mounted.
import { PAGE_SIZES, prefetch } from '@cc/web-common'
import { prefetchGroupOptions } from '../../composables/useGroupOptions'
import { AgentsDocument } from '../../graphql/agents'
import { emptyAgentFilter, toAgentFilter } from './agentFilter'

export function prefetchAgentsPage(): void {
  // The variables AgentsTab's first load sends: no filter, the first page at the default size.
  prefetch(AgentsDocument, {
    filter: toAgentFilter(emptyAgentFilter()),
    page: { limit: PAGE_SIZES[0], offset: 0 },
  })
  prefetchGroupOptions()
}
