/**
 * Keeps what a buyer did on the server-rendered page before its JavaScript arrived. On a slow
 * phone one types a search, picks a province or opens the filters first; hydration then writes
 * the component's own state (v-model values, bound `open` or `selected`) back over the page and
 * the choice is lost. Called in setup, `take` reads the element's state into the component just
 * before hydration; only then, because on a client-side navigation the element found would be the
 * previous page's.
 */
export function useStateBeforeHydration<T extends Element>(selector: string, take: (element: T) => void) {
  const nuxtApp = useNuxtApp()
  onBeforeMount(() => {
    if (!nuxtApp.isHydrating) return
    const element = document.querySelector<T>(selector)
    if (element) take(element)
  })
}
