import { defineSpaConfig } from '../web-common/vite'

export default defineSpaConfig('/admin/', [
  // The agents page: its path is areas.ts's, its modules the ones router/index.ts loads for it.
  { path: '/agents', modules: ['src/pages/agents/AgentsPage.vue', 'src/pages/agents/prefetch.ts'] },
])
