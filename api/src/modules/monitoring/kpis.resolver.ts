import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import { Role } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import {
  AgentMonitor,
  HourlyCalls,
  KpiScopeInput,
  KpiWindowInput,
  Kpis,
  SkillGroupMonitor,
} from './kpis.types.js'

/** X2 KPIs and the A8 monitoring views by skill group and by agent, for supervisors. */
@Resolver()
export class KpisResolver {
  @Authorized(Role.GROUP_LEADER)
  @Query(() => Kpis, {
    description:
      'Contact-center KPIs (X2) of the company, a skill group or an agent the viewer may see, over a window.',
  })
  kpis(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => KpiScopeInput, { description: 'Whose calls count.' }) scope: KpiScopeInput,
    @Arg('window', () => KpiWindowInput, { description: 'Which time the KPIs cover.' })
    window: KpiWindowInput,
  ): Promise<Kpis> {
    return ctx.services.kpis.kpis(viewer, scope, window)
  }

  @Authorized(Role.GROUP_LEADER)
  @Query(() => [SkillGroupMonitor], {
    description:
      'Each skill group the viewer may see, now and today (A8): queue, agents by status, KPIs, staffing.',
  })
  skillGroupMonitor(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SkillGroupMonitor[]> {
    return ctx.services.kpis.skillGroupMonitor(viewer)
  }

  @Authorized(Role.GROUP_LEADER)
  @Query(() => [AgentMonitor], {
    description:
      'Each agent the viewer may see, now and today (A8): status, calls, talk time, answer rate, not-ready time.',
  })
  agentMonitor(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<AgentMonitor[]> {
    return ctx.services.kpis.agentMonitor(viewer)
  }

  @Authorized(Role.GROUP_LEADER)
  @Query(() => [HourlyCalls], {
    description:
      'The last 24 hours, hour by hour in the company’s time zone (the current hour last), of a scope the viewer may see (A8).',
  })
  hourlyCalls(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => KpiScopeInput, { description: 'Whose calls count.' }) scope: KpiScopeInput,
  ): Promise<HourlyCalls[]> {
    return ctx.services.kpis.hourlyCalls(viewer, scope)
  }
}
