/** The sign-in and sign-up pages send an already signed-in buyer on to the account. */
export default defineNuxtRouteMiddleware(async (to) => {
  if (await useCustomer().load()) return navigateTo(safeNextPath(to.query.next, useLocalePath()("/tai-khoan")))
})
