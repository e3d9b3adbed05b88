// Why the switch ended a call leg (FreeSWITCH's Q.850 cause names, e.g. NORMAL_CLEARING) in words, as i18n
// `hangupCauses.<CAUSE>`: the raw names are for logs. Causes not listed read as OTHER.

const zhCN = {
  NORMAL_CLEARING: '正常挂断',
  NORMAL_UNSPECIFIED: '正常结束',
  ORIGINATOR_CANCEL: '主叫在接通前挂断',
  NO_ANSWER: '无应答',
  NO_USER_RESPONSE: '无应答（话机无响应）',
  USER_BUSY: '对方忙',
  CALL_REJECTED: '对方拒接',
  USER_NOT_REGISTERED: '话机未注册',
  SUBSCRIBER_ABSENT: '对方无法接通（关机或不在服务区）',
  UNALLOCATED_NUMBER: '空号',
  NO_ROUTE_DESTINATION: '号码无法呼通',
  NUMBER_CHANGED: '号码已变更',
  INVALID_NUMBER_FORMAT: '号码格式不正确',
  DESTINATION_OUT_OF_ORDER: '对方线路故障',
  NETWORK_OUT_OF_ORDER: '网络故障',
  NORMAL_TEMPORARY_FAILURE: '线路暂时故障',
  NORMAL_CIRCUIT_CONGESTION: '线路繁忙',
  SWITCH_CONGESTION: '线路繁忙',
  RECOVERY_ON_TIMER_EXPIRE: '呼叫超时',
  ALLOTTED_TIMEOUT: '超过允许的通话时长',
  MEDIA_TIMEOUT: '通话中断（长时间无声音数据）',
  LOSE_RACE: '已由其他坐席接听',
  PICKED_OFF: '已被代接',
  ATTENDED_TRANSFER: '已转接',
  BLIND_TRANSFER: '已转接',
  MANAGER_REQUEST: '由系统挂断',
  SYSTEM_SHUTDOWN: '系统关闭',
  SWITCH_UNREACHABLE: '无法连接交换机',
  UNKNOWN: '原因未知',
  OTHER: '其他原因',
}

type HangupCause = keyof typeof zhCN

const en: Record<HangupCause, string> = {
  NORMAL_CLEARING: 'Hung up normally',
  NORMAL_UNSPECIFIED: 'Ended normally',
  ORIGINATOR_CANCEL: 'The caller hung up before it was answered',
  NO_ANSWER: 'No answer',
  NO_USER_RESPONSE: 'No answer (the phone did not respond)',
  USER_BUSY: 'Busy',
  CALL_REJECTED: 'Rejected',
  USER_NOT_REGISTERED: 'Phone not registered',
  SUBSCRIBER_ABSENT: 'Unreachable (switched off or out of coverage)',
  UNALLOCATED_NUMBER: 'The number does not exist',
  NO_ROUTE_DESTINATION: 'The number cannot be reached',
  NUMBER_CHANGED: 'The number has changed',
  INVALID_NUMBER_FORMAT: 'The number is malformed',
  DESTINATION_OUT_OF_ORDER: 'The other line is out of order',
  NETWORK_OUT_OF_ORDER: 'Network failure',
  NORMAL_TEMPORARY_FAILURE: 'Temporary line failure',
  NORMAL_CIRCUIT_CONGESTION: 'Lines busy',
  SWITCH_CONGESTION: 'Lines busy',
  RECOVERY_ON_TIMER_EXPIRE: 'Timed out',
  ALLOTTED_TIMEOUT: 'Longer than allowed',
  MEDIA_TIMEOUT: 'Cut off (no audio for too long)',
  LOSE_RACE: 'Answered by another agent',
  PICKED_OFF: 'Picked up elsewhere',
  ATTENDED_TRANSFER: 'Transferred',
  BLIND_TRANSFER: 'Transferred',
  MANAGER_REQUEST: 'Hung up by the system',
  SYSTEM_SHUTDOWN: 'System shut down',
  SWITCH_UNREACHABLE: 'The switch could not be reached',
  UNKNOWN: 'Unknown',
  OTHER: 'Other reason',
}

export const hangupCauseMessages = { 'zh-CN': zhCN, en }

/**
 * The i18n key wording a cause; `SWITCH_UNREACHABLE: connection refused` and the like are read by their
 * name alone.
 */
export function hangupCauseKey(cause: string): string {
  const name = cause.split(':')[0]!.trim()
  return `hangupCauses.${Object.hasOwn(zhCN, name) ? name : 'OTHER'}`
}

/** Whether a status detail is a cause (FreeSWITCH writes them in capitals), not an ID or a node name. */
export function isHangupCause(detail: string): boolean {
  return /^[A-Z][A-Z0-9_]*(:|$)/.test(detail)
}
