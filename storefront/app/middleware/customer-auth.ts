/**
 * Account pages need a signed-in buyer: anyone else goes to the sign-in page, and comes back to
 * where they were going after. Runs on the server too: the session is a cookie (see useMedusa).
 */
export default defineNuxtRouteMiddleware(async (to) => {
  const customer = await useCustomer().load()
  if (customer) return
  return navigateTo({ path: useLocalePath()("/tai-khoan/dang-nhap"), query: { next: to.fullPath } })
})
