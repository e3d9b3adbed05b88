// Saving a drawer's or dialog's form: check it in the browser, send it, and on a refusal show the
// server's reasons at the fields. Most drawers then end alike (say so, close, tell the page): `submitAndClose`.
import { ElMessage, type FormInstance } from 'element-plus'
import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'

interface ServerErrors {
  clear(): void
  report(error: unknown): void
}

export function useFormSubmit(
  formRef: Ref<FormInstance | undefined>,
  errors: ServerErrors,
  isOpen: Ref<boolean>,
) {
  const { t } = useI18n()
  const isSaving = ref(false)

  /** Resolves true once `save` succeeded; an invalid form or a refusal resolves false. */
  async function submit(save: () => Promise<unknown>): Promise<boolean> {
    errors.clear()
    if (!(await formRef.value?.validate().catch(() => false))) return false
    isSaving.value = true
    try {
      await save()
      return true
    } catch (error) {
      errors.report(error)
      return false
    } finally {
      isSaving.value = false
    }
  }

  /**
   * The drawer's whole submit: once `save` succeeded, the message (`common.saved` unless given; null
   * when `save` said it itself), the drawer closes, then `saved` hands the page what was saved.
   */
  async function submitAndClose<Saving extends Promise<unknown>>(
    save: () => Saving,
    saved: (result: Awaited<Saving>) => void,
    { message = t('common.saved') }: { message?: string | null } = {},
  ): Promise<boolean> {
    let result: Awaited<Saving> | undefined
    const isSaved = await submit(async () => {
      result = await save()
    })
    if (!isSaved) return false
    if (message) ElMessage.success(message)
    isOpen.value = false
    saved(result as Awaited<Saving>)
    return true
  }

  return { isSaving, submit, submitAndClose }
}
