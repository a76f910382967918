import type { CookieRef } from "#app"
import { CUSTOMER_TOKEN_COOKIE, CUSTOMER_TOKEN_MAX_AGE } from "~/utils/customer-session"

/**
 * The signed-in buyer's Medusa token: one cookie ref per app, shared by the SDK (which writes it
 * on sign-in) and the account code (which reads it). Two refs of one cookie would not see each
 * other's writes at once.
 */
export function useCustomerToken(): CookieRef<string | null> {
  const nuxtApp = useNuxtApp()
  nuxtApp._customerToken ??= useCookie<string | null>(CUSTOMER_TOKEN_COOKIE, { maxAge: CUSTOMER_TOKEN_MAX_AGE, sameSite: "lax", default: () => null })
  return nuxtApp._customerToken
}

declare module "#app" {
  interface NuxtApp {
    _customerToken?: CookieRef<string | null>
  }
}
