// Listen, whisper and barge (X3), for any row that names an agent on a call: the agent table's and the
// live calls'. The supervisor's own phone rings; one without a phone is offered the page to set one up.
import { hasReason, request, useServerErrors } from '@cc/web-common'
import { ElMessage, ElMessageBox } from 'element-plus'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { MonitorCallDocument, type MonitorMode } from '../../graphql/liveBoard'
import { findArea } from '../../router/areas'

export function useMonitor() {
  const { t } = useI18n()
  const { report } = useServerErrors([])
  const router = useRouter()
  const agentsPath = findArea('agents')?.path ?? '/'
  /** The agent whose call the supervisor is being joined to, while the request runs. */
  const busyAgentId = ref<string | null>(null)

  async function offerPhoneSetUp(): Promise<void> {
    const isGoing = await ElMessageBox.confirm(
      t('liveBoard.errors.noPhone'),
      t('liveBoard.errors.noPhoneTitle'),
      {
        type: 'info',
        confirmButtonText: t('liveBoard.errors.setUpPhone'),
        cancelButtonText: t('common.cancel'),
      },
    ).then(
      () => true,
      () => false,
    )
    if (isGoing) await router.push(agentsPath)
  }

  async function monitor(agentId: string, mode: MonitorMode): Promise<void> {
    busyAgentId.value = agentId
    try {
      await request(MonitorCallDocument, { agentId, mode, idempotencyKey: crypto.randomUUID() })
      ElMessage.success(t('liveBoard.actions.monitorRinging'))
    } catch (error) {
      if (hasReason(error, 'NO_PHONE')) await offerPhoneSetUp()
      else report(error)
    } finally {
      busyAgentId.value = null
    }
  }

  return { monitor, busyAgentId }
}
