// A workstation dialog's one action (sign in, transfer): busy while it runs, the dialog closes when it
// succeeds, and a refusal goes to the page, which says why in the phone bar's own words.
import { ref, type Ref } from 'vue'

export function useDialogAction(isOpen: Ref<boolean>, onRefused: (error: unknown) => void) {
  const isSubmitting = ref(false)

  async function run(action: () => Promise<unknown>): Promise<void> {
    isSubmitting.value = true
    try {
      await action()
      isOpen.value = false
    } catch (error) {
      onRefused(error)
    } finally {
      isSubmitting.value = false
    }
  }

  return { isSubmitting, run }
}
