// The contact plan list's filter form and what it asks the API (and the export) for.
import type { ContactPlanFilter, ContactPlanStatus } from '../../graphql/contactPlans'

export interface PlanFilterForm {
  status: ContactPlanStatus | null
  /** [first day, last day] as the date picker gives them, both included. */
  days: [Date, Date] | null
  number: string
  ownerId: string | null
}

export function emptyPlanFilter(): PlanFilterForm {
  return { status: null, days: null, number: '', ownerId: null }
}

export function isPlanFilterEmpty(form: PlanFilterForm): boolean {
  return !form.status && !form.days && !form.number.trim() && !form.ownerId
}

/** The API's filter; the last day counts whole (dueTo is exclusive). `fixedOwnerId` wins over the form's. */
export function toPlanFilter(form: PlanFilterForm, fixedOwnerId?: string | null): ContactPlanFilter {
  const filter: ContactPlanFilter = {}
  if (form.status) filter.status = form.status
  if (form.days) {
    filter.dueFrom = form.days[0].toISOString()
    const end = new Date(form.days[1])
    end.setDate(end.getDate() + 1)
    filter.dueTo = end.toISOString()
  }
  const number = form.number.replace(/\D/g, '')
  if (number) filter.customerNumber = number
  const ownerId = fixedOwnerId ?? form.ownerId
  if (ownerId) filter.ownerId = ownerId
  return filter
}

/** Which actions a plan offers: only open plans (pending or overdue) change. */
export function isOpen(status: ContactPlanStatus): boolean {
  return status === 'PENDING' || status === 'OVERDUE'
}
