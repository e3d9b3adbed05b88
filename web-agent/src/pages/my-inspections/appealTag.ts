// How an appeal's state is coloured, and whether one may still be made, in the list and in the details alike.
export function appealTagType(status: string): 'success' | 'info' | 'warning' {
  if (status === 'ACCEPTED') return 'success'
  if (status === 'REJECTED') return 'info'
  return 'warning'
}

/**
 * Whether the agent may still appeal an inspection they have not appealed: until its deadline (the
 * company's appeal window after submission); the API refuses later appeals (APPEAL_WINDOW_CLOSED).
 */
export function isAppealOpen(
  inspection: { appealDeadline?: string | null; appeal?: unknown },
  now = Date.now(),
): boolean {
  if (inspection.appeal || !inspection.appealDeadline) return false
  return Date.parse(inspection.appealDeadline) > now
}
