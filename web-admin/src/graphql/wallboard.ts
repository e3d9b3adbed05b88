// The wallboard (A8, X2): the company's zone, every visible skill group's queue and members, then today's
// KPIs and the last 24 hours of the groups it shows. Two reads, since the second's scope depends on the first.
import { graphql } from './generated'

export const WallboardQueuesDocument = graphql(`
  query WallboardQueues {
    myTenant {
      name
      timeZone
    }
    skillGroupMonitor {
      ...SkillGroupMonitorRow
    }
  }
`)

export const WallboardKpisDocument = graphql(`
  query WallboardKpis($scope: KpiScopeInput!) {
    kpis(scope: $scope, window: { kind: TODAY }) {
      ...KpiCards
    }
    hourlyCalls(scope: $scope) {
      ...HourlyCallsRow
    }
  }
`)
