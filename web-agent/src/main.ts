// First: the bundle evaluates it before everything else (see its first comment).
import '@cc/web-common/session-request'
import { startSpa } from '@cc/web-common'
import { agentMessages } from './i18n/messages'
import { routes } from './router'

startSpa({ routes, messages: agentMessages })
