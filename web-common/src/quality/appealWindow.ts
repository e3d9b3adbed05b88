// A10: how long an inspection may be appealed, the same rule for the agent's 我的质检 and the console's
// workbench.

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
