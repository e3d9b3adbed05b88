// A drawer of one chosen thing: open while an id is chosen; closing it clears the choice.
import { computed, type Ref, type WritableComputedRef } from 'vue'

export function useOpenWhileChosen(chosenId: Ref<string | null>): WritableComputedRef<boolean> {
  return computed({
    get: () => chosenId.value !== null,
    set: (isShown) => {
      if (!isShown) chosenId.value = null
    },
  })
}
