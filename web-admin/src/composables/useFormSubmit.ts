// Saving a drawer's or dialog's form: check it in the browser, send it, and on a refusal show the
// server's reasons at the fields. The caller decides what success means (close, message, show a key).
import type { FormInstance } from 'element-plus'
import { ref, type Ref } from 'vue'

interface ServerErrors {
  clear(): void
  report(error: unknown): void
}

export function useFormSubmit(formRef: Ref<FormInstance | undefined>, errors: ServerErrors) {
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

  return { isSaving, submit }
}
