import { PasswordChangePage, ROUTE } from '@cc/web-common'
import type { RouteComponent, RouteRecordRaw } from 'vue-router'
import AppLayout from '../components/layout/AppLayout.vue'
import ComingPage from '../pages/coming/ComingPage.vue'
import DashboardPage from '../pages/dashboard/DashboardPage.vue'
import LoginPage from '../pages/login/LoginPage.vue'
import SignupPage from '../pages/signup/SignupPage.vue'
import { areaGroups } from './areas'

/** Areas that are built; every other area shows its "coming" page. Loaded on first visit. */
const areaPages: Partial<Record<string, RouteComponent | (() => Promise<RouteComponent>)>> = {
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
  monitoring: () => import('../pages/live-board/LiveBoardPage.vue'),
  apiKeys: () => import('../pages/api-keys/ApiKeysPage.vue'),
  auditLog: () => import('../pages/audit-log/AuditLogPage.vue'),
}

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: ROUTE.login, component: LoginPage, meta: { isPublic: true } },
  { path: '/signup', name: 'signup', component: SignupPage, meta: { isPublic: true } },
  { path: '/change-password', name: ROUTE.changePassword, component: PasswordChangePage },
  {
    path: '/',
    component: AppLayout,
    children: [
      { path: '', name: ROUTE.home, component: DashboardPage },
      ...areaGroups.flatMap((group) =>
        group.areas.map((area) => ({
          path: area.path,
          name: area.name,
          component: areaPages[area.name] ?? ComingPage,
          props: { area, group },
        })),
      ),
    ],
  },
  { path: '/:unknown(.*)*', redirect: { name: ROUTE.home } },
]
