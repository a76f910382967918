/** The login and registration pages send an already signed-in seller to the dashboard. */
export default defineNuxtRouteMiddleware(() => {
  if (import.meta.server) return
  const store = useSellerStore()
  store.restore()
  if (store.loggedIn) return navigateTo(useLocalePath()("/kenh-nguoi-ban"))
})
