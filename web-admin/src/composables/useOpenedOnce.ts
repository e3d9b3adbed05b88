// A dialog or drawer is mounted from the first time it opens: a page load then neither fetches nor sets up
// the ones nobody opens. It stays mounted afterwards, so that it closes with its animation.
import { readonly, ref, watch, type Ref } from 'vue'

export function useOpenedOnce(isOpen: Ref<boolean>): Readonly<Ref<boolean>> {
  const hasOpened = ref(isOpen.value)
  watch(isOpen, (open) => {
    if (open) hasOpened.value = true
  })
  return readonly(hasOpened)
}
