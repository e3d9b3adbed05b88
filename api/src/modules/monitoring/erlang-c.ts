// X2: the Erlang C queueing model (M/M/N), for the "agents needed" staffing estimate. Formulas as in
// A. K. Erlang (1917) and every workforce-management text since (e.g. Koole, "Call Center Optimization",
// 2013, ch. 4): traffic A = arrival rate × AHT in Erlangs; the chance a call waits is C(N, A); the
// service level is 1 − C(N, A)·e^(−(N − A)·T / AHT).

/** Erlang B blocking probability, by the stable recursion B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)). */
export function erlangB(agents: number, traffic: number): number {
  let blocking = 1
  for (let n = 1; n <= agents; n++) blocking = (traffic * blocking) / (n + traffic * blocking)
  return blocking
}

/** Erlang C: the chance an arriving call waits, with `agents` agents and `traffic` Erlangs offered. */
export function erlangC(agents: number, traffic: number): number {
  if (traffic <= 0) return 0
  // With no more agents than traffic the queue grows without bound: every call waits.
  if (agents <= traffic) return 1
  const blocking = erlangB(agents, traffic)
  return (agents * blocking) / (agents - traffic * (1 - blocking))
}

/** The share of calls answered within `thresholdSeconds`. */
export function erlangServiceLevel(
  agents: number,
  traffic: number,
  ahtSeconds: number,
  thresholdSeconds: number,
): number {
  if (traffic <= 0) return 1
  if (agents <= traffic) return 0
  return 1 - erlangC(agents, traffic) * Math.exp((-(agents - traffic) * thresholdSeconds) / ahtSeconds)
}

/** Average speed of answer the model predicts, in seconds. */
export function erlangAsa(agents: number, traffic: number, ahtSeconds: number): number {
  if (traffic <= 0) return 0
  if (agents <= traffic) return Infinity
  return (erlangC(agents, traffic) * ahtSeconds) / (agents - traffic)
}

export interface StaffingQuestion {
  callsPerHour: number
  ahtSeconds: number
  thresholdSeconds: number
  /** Service level target as a fraction, e.g. 0.8. */
  target: number
}

export interface StaffingAnswer {
  /** Offered traffic in Erlangs. */
  traffic: number
  agents: number
  serviceLevel: number
  asaSeconds: number
}

/** Most agents the search tries; more is not a staffing answer but a sign of bad input. */
const MAX_AGENTS = 10_000

/** The fewest agents whose predicted service level meets the target (no shrinkage: agents on the phones). */
export function agentsNeeded(question: StaffingQuestion): StaffingAnswer {
  const { callsPerHour, ahtSeconds, thresholdSeconds, target } = question
  const traffic = (callsPerHour * ahtSeconds) / 3600
  if (traffic <= 0) return { traffic: 0, agents: 0, serviceLevel: 1, asaSeconds: 0 }
  let agents = Math.max(1, Math.floor(traffic) + 1)
  while (agents < MAX_AGENTS && erlangServiceLevel(agents, traffic, ahtSeconds, thresholdSeconds) < target)
    agents++
  return {
    traffic,
    agents,
    serviceLevel: erlangServiceLevel(agents, traffic, ahtSeconds, thresholdSeconds),
    asaSeconds: erlangAsa(agents, traffic, ahtSeconds),
  }
}
