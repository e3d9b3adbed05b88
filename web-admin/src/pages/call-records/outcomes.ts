// How a call's outcome (A9) is coloured in lists and its details.
import type { CallOutcome } from '../../graphql/callRecords'

export function outcomeTagType(outcome: CallOutcome): 'success' | 'danger' | 'warning' | 'info' | 'primary' {
  switch (outcome) {
    case 'ANSWERED':
      return 'success'
    case 'ABANDONED':
    case 'MISSED':
      return 'danger'
    case 'CALLBACK':
      return 'warning'
    case 'LIVE':
      return 'primary'
    case 'NOT_CONNECTED':
      return 'info'
  }
}
