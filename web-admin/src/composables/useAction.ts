// Row actions: ask first when the action cannot be undone, run it, say it worked or why it did not.
import { useServerErrors } from '@cc/web-common'
import { ElMessage, ElMessageBox } from 'element-plus'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'

export function useAction() {
  const { t } = useI18n()
  const { report } = useServerErrors([])
  const isRunning = ref(false)

  /** Resolves true when the action ran; a cancelled confirmation or a refusal resolves false. */
  async function run(
    action: () => Promise<unknown>,
    {
      confirm,
      confirmButton,
      success,
    }: {
      confirm?: string
      /** Names what confirming does, for an action that cannot be undone (defaults to 确定 / OK). */
      confirmButton?: string
      success?: string
    } = {},
  ): Promise<boolean> {
    if (confirm) {
      const isConfirmed = await ElMessageBox.confirm(confirm, t('common.confirmTitle'), {
        type: 'warning',
        confirmButtonText: confirmButton ?? t('common.confirm'),
        cancelButtonText: t('common.cancel'),
      }).then(
        () => true,
        () => false,
      )
      if (!isConfirmed) return false
    }
    isRunning.value = true
    try {
      await action()
      if (success) ElMessage.success(success)
      return true
    } catch (error) {
      report(error)
      return false
    } finally {
      isRunning.value = false
    }
  }

  return { run, isRunning }
}
