/**
 * Dashboard pages need a signed-in seller: anyone else goes to the login page, and comes back
 * to where they were going after signing in. The dashboard renders in the browser only
 * (routeRules in nuxt.config.ts), so this runs where the token is.
 */
export default defineNuxtRouteMiddleware((to) => {
  if (import.meta.server) return
  const store = useSellerStore()
  store.restore()
  if (store.loggedIn) return
  if (store.token) store.logout()
  const localePath = useLocalePath()
  return navigateTo({ path: localePath("/kenh-nguoi-ban/dang-nhap"), query: { next: to.fullPath } })
})
