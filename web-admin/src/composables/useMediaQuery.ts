// The console's screen sizes, for what CSS alone cannot change (the side navigation becomes a drawer).
// Stylesheets use the same widths in their @media rules. web-agent's useScreen.ts does the same for the
// workstation; once both settle, one copy in web-common can serve both.
import { onBeforeUnmount, ref, type Ref } from 'vue'

/** Narrower than the side navigation and a page side by side: tablets held upright, phones. */
export const NARROW_QUERY = '(max-width: 899px)'
export const PHONE_QUERY = '(max-width: 599px)'

/** Whether the media query matches, following the window as it is resized or turned. */
export function useMediaQuery(query: string): Readonly<Ref<boolean>> {
  const list = window.matchMedia(query)
  const matches = ref(list.matches)
  const update = (event: MediaQueryListEvent) => (matches.value = event.matches)
  list.addEventListener('change', update)
  onBeforeUnmount(() => list.removeEventListener('change', update))
  return matches
}
