import { ROUTE, loadLoginPage, loadPasswordChangePage } from '@cc/web-common'
import type { RouteRecordRaw } from 'vue-router'
import WorkstationLayout from '../components/WorkstationLayout.vue'
import WorkstationPage from '../pages/workstation/WorkstationPage.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** The tab a page belongs to when it is not one itself: a customer's page is under the customers tab. */
    tab?: string
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: ROUTE.login, component: loadLoginPage, meta: { isPublic: true } },
  { path: '/change-password', name: ROUTE.changePassword, component: loadPasswordChangePage },
  // The workstation's pages share its frame (header, phone bar, tabs); a new page is one more child
  // here and one entry in WorkstationLayout's NAV.
  {
    path: '/',
    component: WorkstationLayout,
    children: [
      { path: '', name: ROUTE.home, component: WorkstationPage },
      { path: 'calls', name: 'myCalls', component: () => import('../pages/my-calls/MyCallsPage.vue') },
      {
        path: 'inspections',
        name: 'myInspections',
        component: () => import('../pages/my-inspections/MyInspectionsPage.vue'),
      },
      {
        path: 'contact-plans',
        name: 'contactPlans',
        component: () => import('../pages/contact-plans/ContactPlansPage.vue'),
      },
      {
        path: 'tasks',
        name: 'myTasks',
        component: () => import('../pages/tasks/MyTasksPage.vue'),
      },
      {
        path: 'customers',
        name: 'customers',
        component: () => import('../pages/customers/CustomersPage.vue'),
      },
      {
        path: 'customers/:id',
        name: 'customer',
        component: () => import('../pages/customers/CustomerPage.vue'),
        props: true,
        meta: { tab: 'customers' },
      },
    ],
  },
  { path: '/:unknown(.*)*', redirect: { name: ROUTE.home } },
]
