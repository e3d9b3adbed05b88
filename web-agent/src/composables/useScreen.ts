// The workstation's screen sizes, for what CSS alone cannot change: a component's props (a dialog's
// placement, a compact menu) or which table columns exist. Stylesheets use the same widths in their
// @media rules: up to 599px is a phone, up to 1023px a tablet, wider is the desktop layout.
import { onBeforeUnmount, ref, type Ref } from 'vue'

export const PHONE_QUERY = '(max-width: 599px)'
export const TABLET_QUERY = '(max-width: 1023px)'

/** Whether the media query matches, following the window as it is resized or turned. */
export function useMediaQuery(query: string): Readonly<Ref<boolean>> {
  const list = window.matchMedia(query)
  const matches = ref(list.matches)
  const update = (event: MediaQueryListEvent) => (matches.value = event.matches)
  list.addEventListener('change', update)
  onBeforeUnmount(() => list.removeEventListener('change', update))
  return matches
}

/** Phone-sized (an agent answering on their mobile) and narrower than the desktop layout (tablet or phone). */
export function useScreen() {
  return { isPhone: useMediaQuery(PHONE_QUERY), isNarrow: useMediaQuery(TABLET_QUERY) }
}
