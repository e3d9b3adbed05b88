// Channel variables the platform's dialplan (xml_curl, or the simulator's hook) and originates set,
// so every event of a channel says which tenant and call it belongs to.

export const CALL_VARIABLES = {
  /** Owning tenant; a channel without it is not the platform's and gets no record. */
  tenantId: 'cc_tenant_id',
  /** The number the caller dialled (the tenant's DID), kept even if the destination is rewritten. */
  dialledNumber: 'cc_dialled_number',
  /** Set on legs the platform originates for an existing call (the agent leg), to join that call. */
  callId: 'cc_call_id',
  /** `inbound` or `outbound`, as the platform sees the call (not the leg's SIP direction). */
  direction: 'cc_direction',
  agentId: 'cc_agent_id',
  skillGroupId: 'cc_skill_group_id',
  /** On an outbound call's agent leg: the customer's leg, kept for the post-call survey (A5) as the agent hangs up. */
  surveyLeg: 'cc_survey_leg',
} as const

export interface NumberRoute {
  readonly tenantId: string
  /** The number as the company has it (E.164). */
  readonly number: string
  /** The number as the trunk delivered it (national form, a trunk prefix), when that differs. */
  readonly delivered?: string
}

/** What the dialplan sets on an inbound channel before parking it; xml_curl and the simulator share it. */
export function inboundDialplanVariables(route: NumberRoute): Record<string, string> {
  return {
    [CALL_VARIABLES.tenantId]: route.tenantId,
    [CALL_VARIABLES.dialledNumber]: route.number,
    [CALL_VARIABLES.direction]: 'inbound',
  }
}
