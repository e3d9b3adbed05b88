// Which state moves a task offers (A12): the API refuses the others with the task's state.
import { request } from '@cc/web-common'
import {
  ActivateOutboundTaskDocument,
  CloseOutboundTaskDocument,
  PauseOutboundTaskDocument,
  ResumeOutboundTaskDocument,
  type OutboundTaskRow,
} from '../../graphql/outbound'
import type { OutboundTaskStatus } from '../../graphql/generated/graphql'

export type TaskMove = 'activate' | 'pause' | 'resume' | 'close'

/** Runs a move; resolves with the task as it is afterwards. */
export const MOVES: Record<TaskMove, (id: string) => Promise<OutboundTaskRow>> = {
  activate: async (id) => (await request(ActivateOutboundTaskDocument, { id })).activateOutboundTask,
  pause: async (id) => (await request(PauseOutboundTaskDocument, { id })).pauseOutboundTask,
  resume: async (id) => (await request(ResumeOutboundTaskDocument, { id })).resumeOutboundTask,
  close: async (id) => (await request(CloseOutboundTaskDocument, { id })).closeOutboundTask,
}

export function movesOf(status: OutboundTaskStatus): TaskMove[] {
  switch (status) {
    case 'DRAFT':
      return ['activate', 'close']
    case 'ACTIVE':
      return ['pause', 'close']
    case 'PAUSED':
      return ['resume', 'close']
    case 'CLOSED':
      return []
  }
}

export const STATUS_TAGS: Record<OutboundTaskStatus, 'info' | 'success' | 'warning' | 'danger'> = {
  DRAFT: 'info',
  ACTIVE: 'success',
  PAUSED: 'warning',
  CLOSED: 'danger',
}
