import { ROUTE, loadPasswordChangePage, type GuardedUser } from '@cc/web-common'
import type { RouteComponent, RouteRecordRaw } from 'vue-router'
import AppLayout from '../components/layout/AppLayout.vue'
import { areaGroups, mayOpenArea } from './areas'

// Every page is loaded on first visit, so that a page load runs only the frame and the page it shows.

/** Areas that are built; the others get no route and no menu entry. */
const areaPages: Partial<Record<string, () => Promise<RouteComponent>>> = {
  agents: () => import('../pages/agents/AgentsPage.vue'),
  skillGroups: () => import('../pages/skill-groups/SkillGroupsPage.vue'),
  callHandling: () => import('../pages/call-handling/CallHandlingPage.vue'),
  notReadyReasons: () => import('../pages/not-ready-reasons/NotReadyReasonsPage.vue'),
  phoneNumbers: () => import('../pages/phone-numbers/PhoneNumbersPage.vue'),
  testCall: () => import('../pages/test-call/TestCallPage.vue'),
  ivrBasics: () => import('../pages/ivr-basics/IvrBasicsPage.vue'),
  voiceLibrary: () => import('../pages/voice-library/VoiceLibraryPage.vue'),
  ivrFlows: () => import('../pages/ivr-flows/IvrFlowsPage.vue'),
  ivrSchedules: () => import('../pages/ivr-schedules/IvrSchedulesPage.vue'),
  ivrHolidays: () => import('../pages/ivr-holidays/IvrHolidaysPage.vue'),
  customers: () => import('../pages/customers/CustomersPage.vue'),
  customFields: () => import('../pages/custom-fields/CustomFieldsPage.vue'),
  screenPopSettings: () => import('../pages/screen-pop/ScreenPopSettingsPage.vue'),
  summaryCategories: () => import('../pages/summary-categories/SummaryCategoriesPage.vue'),
  contactPlans: () => import('../pages/contact-plans/ContactPlansPage.vue'),
  outboundTasks: () => import('../pages/outbound-tasks/OutboundTasksPage.vue'),
  doNotCall: () => import('../pages/do-not-call/DoNotCallPage.vue'),
  outboundStatistics: () => import('../pages/outbound-statistics/OutboundStatisticsPage.vue'),
  monitoring: () => import('../pages/live-board/LiveBoardPage.vue'),
  kpiMonitor: () => import('../pages/kpi-monitor/KpiMonitorPage.vue'),
  callRecords: () => import('../pages/call-records/CallRecordsPage.vue'),
  satisfactionRecords: () => import('../pages/satisfaction-records/SatisfactionRecordsPage.vue'),
  satisfactionReport: () => import('../pages/satisfaction-report/SatisfactionReportPage.vue'),
  callReport: () => import('../pages/call-report/CallReportPage.vue'),
  serviceSummaries: () => import('../pages/service-summaries/ServiceSummariesPage.vue'),
  qaWorkbench: () => import('../pages/quality/QaWorkbenchPage.vue'),
  qaScorecards: () => import('../pages/quality/QaScorecardsPage.vue'),
  qaReport: () => import('../pages/quality/QaReportPage.vue'),
  apiKeys: () => import('../pages/api-keys/ApiKeysPage.vue'),
  webhooks: () => import('../pages/webhooks/WebhooksPage.vue'),
  companySettings: () => import('../pages/company/CompanyPage.vue'),
  accountSettings: () => import('../pages/account/AccountPage.vue'),
  auditLog: () => import('../pages/audit-log/AuditLogPage.vue'),
}

/**
 * Areas whose page's first queries leave with the navigation, while the page's code loads. Imported, not
 * bundled with the router: the GraphQL documents would add 70 KB to the entry script of every page.
 */
const areaPrefetches: Partial<Record<string, () => void>> = {
  agents: () => void import('../pages/agents/prefetch').then((module) => module.prefetchAgentsPage()),
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: ROUTE.login,
    component: () => import('../pages/login/LoginPage.vue'),
    meta: { isPublic: true },
  },
  {
    path: '/signup',
    name: 'signup',
    component: () => import('../pages/signup/SignupPage.vue'),
    meta: { isPublic: true },
  },
  { path: '/change-password', name: ROUTE.changePassword, component: loadPasswordChangePage },
  // Full screen for a TV, outside the console's frame; opened in a tab of its own from the monitoring pages.
  { path: '/wallboard', name: 'wallboard', component: () => import('../pages/wallboard/WallboardPage.vue') },
  {
    path: '/',
    component: AppLayout,
    children: [
      { path: '', name: ROUTE.home, component: () => import('../pages/dashboard/DashboardPage.vue') },
      ...areaGroups.flatMap((group) =>
        group.areas.flatMap((area) => {
          const component = areaPages[area.name]
          return component
            ? [
                {
                  path: area.path,
                  name: area.name,
                  component,
                  props: { area, group },
                  meta: {
                    prefetch: areaPrefetches[area.name],
                    // Whether an agent inspects calls takes a query: the inspection areas leave it to the API.
                    mayOpen: (user: GuardedUser) =>
                      mayOpenArea({ ...user, isQaInspector: true }, area, group),
                  },
                },
              ]
            : []
        }),
      ),
    ],
  },
  { path: '/:unknown(.*)*', redirect: { name: ROUTE.home } },
]
