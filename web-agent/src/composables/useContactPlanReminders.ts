// G5 reminders on the workstation: a plan coming due shows an in-app notification, and a desktop one when
// the agent allowed it, each dialling the plan's number in one click (the call is linked to the plan).
// Plans that came due while the agent was away are counted when the workstation opens. When a call made
// for a plan ends, the agent is asked whether the plan is done.
import {
  CompleteContactPlanDocument,
  createSubscriptionClient,
  request,
  subscribe,
  useServerErrors,
  useSessionStore,
} from '@cc/web-common'
import { ElButton, ElMessage, ElMessageBox, ElNotification } from 'element-plus'
import { h, onBeforeUnmount, onMounted, provide, ref, watch, type InjectionKey } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import {
  MyContactPlanDueDocument,
  OverdueContactPlansDocument,
  type MyContactPlanDueSubscription,
} from '../graphql/contactPlans'
import { usePhoneStore } from '../stores/phone'

type DuePlan = MyContactPlanDueSubscription['myContactPlanDue']

/** Dials a plan's number for the plan; the workstation frame provides it to its pages. */
export const PLAN_DIALER: InjectionKey<(plan: Pick<DuePlan, 'id' | 'phoneNumber'>) => Promise<void>> =
  Symbol('planDialer')

/** Whether the browser shows desktop notifications: 'unsupported' where it has none. */
export function desktopPermission(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission
}

export function useContactPlanReminders() {
  const { t } = useI18n()
  const phone = usePhoneStore()
  const session = useSessionStore()
  const router = useRouter()
  const { report } = useServerErrors([])
  /** The plan the current call was dialled for, until the call ends. */
  let planCall: { planId: string; callId: string; number: string } | null = null
  let stop: (() => void) | undefined

  async function callFor(plan: Pick<DuePlan, 'id' | 'phoneNumber'>): Promise<void> {
    try {
      const callId = await phone.dial(plan.phoneNumber, plan.id)
      planCall = { planId: plan.id, callId, number: plan.phoneNumber }
      ElMessage.success(t('planReminders.calling', { number: plan.phoneNumber }))
    } catch (error) {
      report(error)
    }
  }

  function remind(plan: DuePlan): void {
    const body = t('planReminders.dueBody', {
      customer: plan.customerName || t('contactPlans.noName'),
      number: plan.phoneNumber,
      purpose: plan.purpose,
    })
    const desktop =
      desktopPermission() === 'granted'
        ? new Notification(t('planReminders.dueTitle'), { body, tag: plan.id })
        : undefined
    const inApp = ElNotification({
      title: t('planReminders.dueTitle'),
      type: 'warning',
      duration: 0,
      customClass: 'plan-reminder',
      message: h('div', { class: 'plan-reminder-body' }, [
        h('p', { style: 'margin: 0 0 8px' }, body),
        h(
          ElButton,
          {
            type: 'primary',
            size: 'small',
            'data-testid': 'plan-reminder-call',
            onClick: () => {
              inApp.close()
              desktop?.close()
              void callFor(plan)
            },
          },
          () => t('planReminders.callNow'),
        ),
      ]),
    })
    if (!desktop) return
    desktop.onclick = () => {
      window.focus()
      desktop.close()
      inApp.close()
      void callFor(plan)
    }
  }

  async function tellOverdue(): Promise<void> {
    if (!session.user) return
    const { contactPlans } = await request(OverdueContactPlansDocument, { ownerId: session.user.id })
    if (!contactPlans.totalCount) return
    const notice = ElNotification({
      title: t('planReminders.overdueTitle'),
      type: 'warning',
      duration: 0,
      customClass: 'plan-overdue',
      message: h('div', [
        h(
          'p',
          { style: 'margin: 0 0 8px' },
          t('planReminders.overdueBody', { count: contactPlans.totalCount }),
        ),
        h(
          ElButton,
          {
            size: 'small',
            onClick: () => {
              notice.close()
              void router.push({ name: 'contactPlans', query: { status: 'OVERDUE' } })
            },
          },
          () => t('planReminders.view'),
        ),
      ]),
    })
  }

  async function offerDone(plan: { planId: string; number: string }): Promise<void> {
    const isDone = await ElMessageBox.confirm(t('planReminders.offerDone', { number: plan.number }), {
      confirmButtonText: t('planReminders.markDone'),
      cancelButtonText: t('planReminders.later'),
      type: 'info',
    }).then(
      () => true,
      () => false,
    )
    if (!isDone) return
    try {
      await request(CompleteContactPlanDocument, { id: plan.planId })
      ElMessage.success(t('contactPlans.completed'))
    } catch (error) {
      report(error)
    }
  }

  // A call made for a plan ended (its ID, or the call the dial started before the API named it).
  watch(
    () => phone.state.call,
    (call, previous) => {
      if (!planCall || !previous || call) return
      if (previous.callId && previous.callId !== planCall.callId) return
      const ended = planCall
      planCall = null
      void offerDone(ended)
    },
  )

  provide(PLAN_DIALER, callFor)
  onMounted(() => {
    const client = createSubscriptionClient(() => session.end())
    const unsubscribe = subscribe(client, MyContactPlanDueDocument, {}, ({ myContactPlanDue }) =>
      remind(myContactPlanDue),
    )
    stop = () => {
      unsubscribe()
      void client.dispose()
    }
    tellOverdue().catch(report)
  })
  onBeforeUnmount(() => stop?.())
}

/** The desktop permission, asked only when the agent chooses to (a browser prompt out of nowhere is rude). */
export function useDesktopReminders() {
  const permission = ref(desktopPermission())
  async function ask(): Promise<void> {
    if (permission.value !== 'default') return
    permission.value = await Notification.requestPermission()
  }
  return { permission, ask }
}
