// Test support: JsSIP replaced by a stand-in the test drives (`vi.mock('jssip', () => import('./fakeJsSIP'))`),
// for the softphone's own tests and the phone store's. The UA records how it was set up; `invite` hands
// it an INVITE as JsSIP would, with the session's own events to fire.
import { vi } from 'vitest'

type Handler = (event: unknown) => void

export class FakeUA {
  static last: FakeUA | undefined
  readonly handlers = new Map<string, Handler>()
  isStarted = false
  isStopped = false
  /** Ends each session it was handed, as JsSIP's `stop()` terminates them. */
  readonly sessionEnds: Array<() => void> = []
  constructor(readonly config: Record<string, unknown>) {
    FakeUA.last = this
  }
  on(name: string, handler: Handler) {
    this.handlers.set(name, handler)
  }
  start() {
    this.isStarted = true
  }
  stop() {
    this.isStopped = true
    for (const end of this.sessionEnds.splice(0)) end()
  }
  isConnected() {
    return true
  }
  register() {}
  fire(name: string, event: unknown = {}) {
    this.handlers.get(name)?.(event)
  }
}

/** An INVITE to the last UA, as JsSIP hands it over, with the session's own events to fire. */
export function invite(headers: Record<string, string> = {}, caller = '13900139000') {
  const handlers = new Map<string, Handler>()
  const session = {
    remote_identity: { uri: { user: caller } },
    on: (name: string, handler: Handler) => handlers.set(name, handler),
    answer: vi.fn(),
    terminate: vi.fn(),
  }
  const fire = (name: string, event: unknown = {}) => handlers.get(name)?.(event)
  FakeUA.last!.sessionEnds.push(() => fire('ended'))
  FakeUA.last!.fire('newRTCSession', {
    originator: 'remote',
    session,
    request: { getHeader: (name: string) => headers[name] },
  })
  return { session, fire }
}

export default {
  UA: FakeUA,
  WebSocketInterface: class {
    constructor(readonly url: string) {}
  },
  C: {
    causes: {
      AUTHENTICATION_ERROR: 'Authentication Error',
      USER_DENIED_MEDIA_ACCESS: 'User Denied Media Access',
    },
    DTMF_TRANSPORT: { RFC2833: 'RFC2833' },
  },
}
