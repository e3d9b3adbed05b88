import { PasswordChangePage, ROUTE } from '@cc/web-common'
import type { RouteRecordRaw } from 'vue-router'
import AppLayout from '../components/layout/AppLayout.vue'
import ComingPage from '../pages/coming/ComingPage.vue'
import DashboardPage from '../pages/dashboard/DashboardPage.vue'
import LoginPage from '../pages/login/LoginPage.vue'
import SignupPage from '../pages/signup/SignupPage.vue'
import { areaGroups } from './areas'

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
          component: ComingPage,
          props: { area, group },
        })),
      ),
    ],
  },
  { path: '/:unknown(.*)*', redirect: { name: ROUTE.home } },
]
