// G2/G3: the workstation's phone, alive as long as the page: the phone-bar state machine fed by the
// API (status subscription, heartbeat) and the softphone, and the actions the bar's buttons call.
import { createSubscriptionClient, hasReason, request, subscribe, useSessionStore } from '@cc/web-common'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  AnswerCallDocument,
  CancelConsultationDocument,
  CompleteConsultationDocument,
  ConsultCallDocument,
  DialOutDocument,
  HangUpCallDocument,
  HoldCallDocument,
  TransferToSurveyDocument,
  MuteCallDocument,
  MyAgentStateChangedDocument,
  MySoftphoneDocument,
  ReconnectCallDocument,
  SetMyStatusDocument,
  SignInWorkstationDocument,
  SignOutWorkstationDocument,
  TransferCallDocument,
  WorkstationHeartbeatDocument,
  WorkstationStartDocument,
  type AgentStateFields,
} from '../graphql/workstation'
import { DialTaskItemDocument } from '../graphql/tasks'
import type { TransferTargetInput, WorkstationStartQuery } from '../graphql/generated/graphql'
import {
  answeringChoiceOf,
  controlsOf,
  initialState,
  isReconnectDue,
  reduce,
  type AnsweringChoice,
  type PhoneBarEvent,
} from '../phone/phoneBarMachine'
import { Ringer } from '../phone/ringer'
import { SimulatedPhone } from '../phone/simulatedPhone'
import type { BrowserPhone } from '../phone/softphone'

export type NotReadyReason = WorkstationStartQuery['notReadyReasons'][number]

const key = () => crypto.randomUUID()

export const usePhoneStore = defineStore('phone', () => {
  const session = useSessionStore()
  const state = shallowRef(initialState())
  const reasons = ref<NotReadyReason[]>([])
  const isLoaded = ref(false)
  const ringer = new Ringer()
  let heartbeatSeconds = 15
  let phone: BrowserPhone | undefined
  let heartbeat: ReturnType<typeof setInterval> | undefined
  let stopFeed: (() => void) | undefined

  const controls = computed(() => controlsOf(state.value))

  /**
   * Applies one event. The one effect the machine asks for, the lost leg's reconnect, is started here
   * and its start applied at once, so it is asked for once; its failure arrives later as an event.
   */
  function dispatch(event: PhoneBarEvent): void {
    state.value = reduce(state.value, event)
    if (!isReconnectDue(state.value)) return
    state.value = reduce(state.value, { type: 'RECONNECT_STARTED' })
    request(ReconnectCallDocument, { idempotencyKey: key() }).catch(() =>
      dispatch({ type: 'PROBLEM', problem: 'RECONNECT_FAILED' }),
    )
  }

  function apiState(agent: AgentStateFields | null): void {
    dispatch({ type: 'API_STATE', agent, now: Date.now() })
    if (!state.value.mode) stopSession()
  }

  /** Reads where the agent stands; a workstation session that lives on (a reload) is resumed. */
  async function load(): Promise<void> {
    const start = await request(WorkstationStartDocument)
    reasons.value = start.notReadyReasons
    heartbeatSeconds = Math.max(5, Math.floor(start.acdSettings.heartbeatTimeoutSeconds / 3))
    dispatch({
      type: 'SETTINGS',
      afterCallWorkSeconds: start.acdSettings.afterCallWorkSeconds,
      isSimulated: start.isPhoneSimulated,
    })
    // The API's session is the one there is, whoever signed it in (a reload, another browser, the API).
    const agent = start.myAgentState
    const mode = agent && answeringChoiceOf(agent)
    if (agent && mode) await begin(mode, agent)
    else apiState(agent ?? null)
    isLoaded.value = true
  }

  async function signIn(mode: AnsweringChoice, status: { reasonId: string | null }): Promise<void> {
    ringer.prepare()
    const { signInWorkstation } = await request(SignInWorkstationDocument, {
      input: {
        answeringMode: mode === 'MOBILE' ? 'MOBILE' : 'SIP',
        phoneKind: mode === 'MOBILE' ? null : mode,
        status: status.reasonId ? 'NOT_READY' : 'IDLE',
        reasonId: status.reasonId,
      },
    })
    await begin(mode, signInWorkstation)
  }

  async function begin(mode: AnsweringChoice, agent: AgentStateFields): Promise<void> {
    dispatch({ type: 'SIGNED_IN', mode, agent, now: Date.now() })
    // A session resumed after a reload had no click yet; audio may start at the first one.
    for (const type of ['pointerdown', 'keydown'])
      window.addEventListener(type, () => ringer.prepare(), { once: true, capture: true })
    stopFeed ??= openFeed()
    clearInterval(heartbeat)
    heartbeat = setInterval(() => void beat(), heartbeatSeconds * 1000)
    // At once too: a reload may have spent most of the time since the last one.
    void beat()
    if (mode !== 'MOBILE') await startPhone()
  }

  /**
   * The browser's phone: JsSIP for the softphone (a desk phone is its own device), or, on the switch
   * simulator, the simulated phone for both, since no SIP phone can reach the simulator.
   */
  async function startPhone(): Promise<void> {
    phone?.stop()
    phone = undefined
    const mode = state.value.mode
    if (state.value.isSimulated && (mode === 'SOFTPHONE' || mode === 'DESK_PHONE')) {
      phone = new SimulatedPhone(mode, dispatch, () => session.end())
      return phone.start()
    }
    if (mode !== 'SOFTPHONE') return
    let settings
    try {
      settings = (await request(MySoftphoneDocument)).mySoftphone
    } catch (error) {
      const hasNoAccount = hasReason(error, 'NO_SIP_ACCOUNT')
      dispatch({ type: 'PROBLEM', problem: hasNoAccount ? 'NO_SIP_ACCOUNT' : 'SERVER_UNREACHABLE' })
      return
    }
    // JsSIP is most of the workstation's code: only a real softphone loads it.
    const { Softphone } = await import('../phone/softphone')
    phone = new Softphone(settings, dispatch)
    await phone.start()
  }

  /** Tries again after the agent fixed what the problem said (microphone, account), or takes the call back. */
  async function retry(): Promise<void> {
    if (state.value.problem === 'RECONNECT_FAILED') dispatch({ type: 'RECONNECT_RETRY' })
    else await startPhone()
  }

  async function beat(): Promise<void> {
    try {
      apiState((await request(WorkstationHeartbeatDocument)).workstationHeartbeat)
    } catch (error) {
      // The platform ended the session (heartbeat lost, forced sign-out): the feed says why.
      const agent = state.value.agent
      if (hasReason(error, 'WORKSTATION_SESSION_ENDED') && agent)
        apiState({ ...agent, status: 'OFFLINE', offer: null })
    }
  }

  function openFeed(): () => void {
    const client = createSubscriptionClient(
      () => session.end(),
      () => void beat(),
    )
    const stop = subscribe(client, MyAgentStateChangedDocument, {}, ({ myAgentStateChanged }) =>
      apiState(myAgentStateChanged),
    )
    return () => {
      stop()
      void client.dispose()
    }
  }

  /** Rings for an offer (the bar words the notification in the page's language), or stops ringing. */
  function alert(offer: { title: string; body: string } | null): void {
    if (offer) ringer.start(offer.title, offer.body)
    else ringer.stop()
  }

  function stopSession(): void {
    clearInterval(heartbeat)
    heartbeat = undefined
    phone?.stop()
    phone = undefined
    ringer.stop()
  }

  async function signOut(): Promise<void> {
    const { signOutWorkstation } = await request(SignOutWorkstationDocument)
    stopSession()
    dispatch({ type: 'SIGNED_OUT' })
    if (signOutWorkstation) dispatch({ type: 'API_STATE', agent: signOutWorkstation, now: Date.now() })
  }

  /** `IDLE`, or a not-ready reason's ID. */
  async function setStatus(choice: 'IDLE' | { reasonId: string }): Promise<void> {
    const { setMyStatus } = await request(
      SetMyStatusDocument,
      choice === 'IDLE' ? { status: 'IDLE' } : { status: 'NOT_READY', reasonId: choice.reasonId },
    )
    apiState(setMyStatus)
  }

  /** Dials out; with a contact plan's ID the call is listed with the plan (G5). Returns the call's ID. */
  async function dial(number: string, planId?: string): Promise<string> {
    return (await request(DialOutDocument, { number, idempotencyKey: key(), planId })).dialOut.callId
  }

  /** Dials an outbound task item the agent has open, with the task's caller ID (G7). Returns the call's ID. */
  async function dialTaskItem(itemId: string): Promise<string> {
    return (await request(DialTaskItemDocument, { id: itemId, idempotencyKey: key() })).dialTaskItem.callId
  }

  async function answer(): Promise<void> {
    if (state.value.call?.hasSession) await phone?.answer()
    else await request(AnswerCallDocument, { idempotencyKey: key() })
  }

  async function hangUp(): Promise<void> {
    if (state.value.call?.hasSession) await phone?.hangUp()
    else await request(HangUpCallDocument, { idempotencyKey: key() })
  }

  async function hold(isOn: boolean): Promise<void> {
    if (state.value.call?.hasSession) return phone?.hold(isOn)
    await request(HoldCallDocument, { on: isOn, idempotencyKey: key() })
    dispatch({ type: 'HOLD_CHANGED', isOn })
  }

  async function mute(isOn: boolean): Promise<void> {
    if (state.value.call?.hasSession) return phone?.mute(isOn)
    await request(MuteCallDocument, { on: isOn, idempotencyKey: key() })
    dispatch({ type: 'MUTE_CHANGED', isOn })
  }

  async function sendDigit(digit: string): Promise<void> {
    await phone?.sendDigit(digit)
  }

  async function transfer(target: TransferTargetInput, isConsultative: boolean): Promise<void> {
    if (!isConsultative) {
      await request(TransferCallDocument, { target, idempotencyKey: key() })
      return
    }
    await request(ConsultCallDocument, { target, idempotencyKey: key() })
    dispatch({ type: 'CONSULT_CHANGED', isOn: true })
  }

  /** A5: the agent leaves the call and the caller hears the satisfaction survey. */
  async function transferToSurvey(): Promise<void> {
    await request(TransferToSurveyDocument, { idempotencyKey: key() })
  }

  async function endConsultation(isCompleted: boolean): Promise<void> {
    const idempotencyKey = key()
    if (isCompleted) await request(CompleteConsultationDocument, { idempotencyKey })
    else await request(CancelConsultationDocument, { idempotencyKey })
    dispatch({ type: 'CONSULT_CHANGED', isOn: false })
  }

  return {
    state,
    reasons,
    isLoaded,
    controls,
    load,
    signIn,
    signOut,
    setStatus,
    retry,
    alert,
    dial,
    dialTaskItem,
    answer,
    hangUp,
    hold,
    mute,
    sendDigit,
    transfer,
    transferToSurvey,
    endConsultation,
  }
})
