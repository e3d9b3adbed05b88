// Every admin area from PRODUCT.md, grouped as the side navigation shows them. The router gives a route to
// the areas that are built; the navigation shows only those (no "coming" placeholders).
import {
  Connection,
  DataAnalysis,
  Microphone,
  Monitor,
  Phone,
  Postcard,
  Promotion,
  Setting,
  Stamp,
  UserFilled,
} from '@element-plus/icons-vue'
import type { Component } from 'vue'

/** Titles and descriptions live in i18n under `areas.<name>`. */
export interface Area {
  name: string
  path: string
  featureIds: readonly string[]
  /**
   * Who may open it besides administrators: group leaders (`LEADERS`: what the API lets a leader do
   * there: their groups' board, reports and calls, their members, their inspections), group leaders and
   * QA inspectors (`INSPECTORS`, A10: a capability agents hold too), or every signed-in user (their own
   * account). Unset: configuration the API leaves to administrators. The menu offers nothing else, and
   * the router sends a user who opens it anyway to the home page.
   */
  openTo?: AreaAudience
}

/** From the narrowest audience to the widest; each includes the ones before it. */
const AUDIENCES = ['LEADERS', 'INSPECTORS', 'EVERYONE'] as const
export type AreaAudience = (typeof AUDIENCES)[number]

/** The signed-in user as far as the menu cares; whether an agent inspects calls comes from the API. */
export interface AreaViewer {
  role?: string
  organization?: string | null
  isQaInspector?: boolean
}

/** A group with one area shows as a plain menu item. Its title lives in i18n under `nav.<name>`. */
export interface AreaGroup {
  name: string
  icon: Component
  areas: readonly Area[]
  /** Shown only to people of this organisation and to company-wide administrators (A11). */
  organization?: 'TELESALES'
}

export const areaGroups: readonly AreaGroup[] = [
  {
    name: 'team',
    icon: UserFilled,
    areas: [
      // Also where inbound and telesales groups (A11) and each agent's answering mode (A4) are set.
      { name: 'agents', path: '/agents', featureIds: ['A2', 'A4', 'A11'], openTo: 'LEADERS' },
      { name: 'skillGroups', path: '/skill-groups', featureIds: ['A3'] },
    ],
  },
  {
    name: 'phone',
    icon: Phone,
    areas: [
      { name: 'callHandling', path: '/phone/call-handling', featureIds: ['G3', 'X6'] },
      { name: 'notReadyReasons', path: '/phone/not-ready-reasons', featureIds: ['G3'] },
      { name: 'phoneNumbers', path: '/phone/numbers', featureIds: ['A3'] },
      { name: 'testCall', path: '/phone/test-call', featureIds: ['A3', 'A5', 'A7'] },
    ],
  },
  {
    name: 'ivr',
    icon: Microphone,
    areas: [
      { name: 'ivrBasics', path: '/ivr/basics', featureIds: ['A5'] },
      { name: 'voiceLibrary', path: '/ivr/voice-library', featureIds: ['A6'] },
      { name: 'ivrFlows', path: '/ivr/flows', featureIds: ['A7', 'X6'] },
      { name: 'ivrSchedules', path: '/ivr/schedules', featureIds: ['A7'] },
      { name: 'ivrHolidays', path: '/ivr/holidays', featureIds: ['A7'] },
    ],
  },
  {
    name: 'customerCare',
    icon: Postcard,
    areas: [
      { name: 'customers', path: '/customers', featureIds: ['G4', 'A11'], openTo: 'LEADERS' },
      { name: 'customFields', path: '/customers/custom-fields', featureIds: ['G4', 'A13'] },
      { name: 'screenPopSettings', path: '/customers/screen-pop', featureIds: ['G4'] },
      { name: 'summaryCategories', path: '/customers/summary-categories', featureIds: ['G4'] },
      {
        name: 'contactPlans',
        path: '/customers/contact-plans',
        featureIds: ['G5', 'G6', 'A11'],
        openTo: 'LEADERS',
      },
    ],
  },
  {
    name: 'supervision',
    icon: Monitor,
    areas: [
      { name: 'monitoring', path: '/monitoring', featureIds: ['A8', 'X2', 'X3'], openTo: 'LEADERS' },
      { name: 'kpiMonitor', path: '/monitoring/kpis', featureIds: ['A8', 'X2'], openTo: 'LEADERS' },
    ],
  },
  {
    name: 'statistics',
    icon: DataAnalysis,
    areas: [
      { name: 'callReport', path: '/statistics/calls', featureIds: ['A9', 'X2'], openTo: 'LEADERS' },
      {
        name: 'serviceSummaries',
        path: '/statistics/service-summaries',
        featureIds: ['A9'],
        openTo: 'LEADERS',
      },
      { name: 'callRecords', path: '/statistics/call-records', featureIds: ['A9'], openTo: 'LEADERS' },
      {
        name: 'satisfactionRecords',
        path: '/statistics/satisfaction-records',
        featureIds: ['A9'],
        openTo: 'LEADERS',
      },
      { name: 'satisfactionReport', path: '/statistics/satisfaction', featureIds: ['A9'], openTo: 'LEADERS' },
    ],
  },
  {
    name: 'quality',
    icon: Stamp,
    areas: [
      // Inspectors (the QA capability), administrators and group leaders; the API decides what each reaches.
      {
        name: 'qaWorkbench',
        path: '/quality/inspections',
        featureIds: ['A10', 'A11'],
        openTo: 'INSPECTORS',
      },
      { name: 'qaScorecards', path: '/quality/scorecards', featureIds: ['A10'], openTo: 'INSPECTORS' },
      { name: 'qaReport', path: '/quality/report', featureIds: ['A10'], openTo: 'INSPECTORS' },
    ],
  },
  {
    name: 'outbound',
    icon: Promotion,
    organization: 'TELESALES',
    areas: [
      // The task detail (items, distribution by the group leader, take-back) opens inside this area.
      { name: 'outboundTasks', path: '/outbound/tasks', featureIds: ['A12', 'A13', 'X4'], openTo: 'LEADERS' },
      { name: 'taskData', path: '/outbound/data', featureIds: ['A13'] },
      { name: 'doNotCall', path: '/outbound/do-not-call', featureIds: ['A13'] },
      { name: 'outboundStatistics', path: '/outbound/statistics', featureIds: ['A14'], openTo: 'LEADERS' },
    ],
  },
  {
    name: 'integration',
    icon: Connection,
    areas: [
      { name: 'apiKeys', path: '/integration/api-keys', featureIds: ['X5'] },
      { name: 'webhooks', path: '/integration/webhooks', featureIds: ['X5'] },
    ],
  },
  {
    name: 'settings',
    icon: Setting,
    areas: [
      { name: 'companySettings', path: '/settings/company', featureIds: ['A1'] },
      { name: 'accountSettings', path: '/settings/account', featureIds: ['G1'], openTo: 'EVERYONE' },
      { name: 'auditLog', path: '/settings/audit-log', featureIds: ['A2', 'A3', 'A4', 'X5'] },
    ],
  },
]

/**
 * Whether the viewer may use the area: administrators every area of their organisation, the others what
 * its audience says. An organisation's own areas (telesales) are not for the other organisation's people
 * (A11); the API would show them nothing.
 */
export function mayOpenArea(viewer: AreaViewer, area: Area, group: AreaGroup): boolean {
  if (group.organization && viewer.organization && group.organization !== viewer.organization) return false
  if (viewer.role === 'SUPER_ADMIN' || viewer.role === 'ADMIN') return true
  const widest: AreaAudience =
    viewer.role === 'GROUP_LEADER' ? 'LEADERS' : viewer.isQaInspector ? 'INSPECTORS' : 'EVERYONE'
  return area.openTo !== undefined && AUDIENCES.indexOf(area.openTo) >= AUDIENCES.indexOf(widest)
}

export function findArea(name: string): Area | undefined {
  return areaGroups.flatMap((group) => group.areas).find((area) => area.name === name)
}

/** The area's address if the viewer may open it; null for an area not theirs (a leader's link to settings). */
export function pathIfOpen(viewer: AreaViewer, name: string): string | null {
  for (const group of areaGroups)
    for (const area of group.areas)
      if (area.name === name) return mayOpenArea(viewer, area, group) ? area.path : null
  return null
}
