import { LoginPage, PasswordChangePage, ROUTE } from '@cc/web-common'
import type { RouteRecordRaw } from 'vue-router'
import WorkstationPage from '../pages/workstation/WorkstationPage.vue'

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: ROUTE.login, component: LoginPage, meta: { isPublic: true } },
  { path: '/change-password', name: ROUTE.changePassword, component: PasswordChangePage },
  { path: '/', name: ROUTE.home, component: WorkstationPage },
  { path: '/:unknown(.*)*', redirect: { name: ROUTE.home } },
]
