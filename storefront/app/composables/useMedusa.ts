import Medusa from "@medusajs/js-sdk"

/**
 * The Medusa JS SDK, configured from runtime config. On the server it talks to Medusa's internal
 * address; in the browser to the public one. One instance per side.
 *
 * A signed-in buyer's token (Medusa's customer auth) lives in a cookie, which the SDK reads and
 * writes through its custom storage: the server then renders the account pages, and a cart or
 * order group of the customer, as the browser sees them, and every store call made on either
 * side carries it (so a cart created by a signed-in buyer is theirs).
 */
export function useMedusa(): Medusa {
  const nuxtApp = useNuxtApp()
  const config = useRuntimeConfig()
  if (!nuxtApp._medusa) {
    const token = useCustomerToken()
    nuxtApp._medusa = new Medusa({
      baseUrl: import.meta.server ? config.medusaUrl : config.public.medusaUrl,
      publishableKey: config.public.medusaPublishableKey,
      debug: false,
      auth: {
        type: "jwt",
        jwtTokenStorageMethod: "custom",
        storage: {
          getItem: () => token.value,
          setItem: (_key, value) => void (token.value = value),
          removeItem: () => void (token.value = null),
        },
      },
    })
  }
  return nuxtApp._medusa as Medusa
}

declare module "#app" {
  interface NuxtApp {
    _medusa?: Medusa
  }
}
