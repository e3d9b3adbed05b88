import { startSpa } from '@cc/web-common'
import { agentMessages } from './i18n/messages'
import { routes } from './router'

startSpa({ routes, messages: agentMessages })
