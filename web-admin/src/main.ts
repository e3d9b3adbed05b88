import { startSpa } from '@cc/web-common'
import { adminMessages } from './i18n/messages'
import { routes } from './router'

startSpa({ routes, messages: adminMessages })
