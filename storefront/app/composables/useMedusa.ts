import { Auth, Client, Store } from "@medusajs/js-sdk"

/**
 * The parts of Medusa's JS SDK a shop uses: its client, the store API and customer auth. Built
 * from the SDK's own classes rather than `new Medusa()`, which also builds the admin API: some
 * 6 KB gzipped of JavaScript every buyer's phone would download for nothing.
 */
export type StoreSdk = { client: Client; store: Store; auth: Auth }

/**
 * The store SDK, configured from runtime config. On the server it talks to Medusa's internal
 * address; in the browser to the public one. One instance per side.
 *
 * A signed-in buyer's token (Medusa's customer auth) lives in a cookie, which the SDK reads and
 * writes through its custom storage: the server then renders the account pages, and a cart or
 * order group of the customer, as the browser sees them, and every store call made on either
 * side carries it (so a cart created by a signed-in buyer is theirs).
 */
export function useMedusa(): StoreSdk {
  const nuxtApp = useNuxtApp()
  const config = useRuntimeConfig()
  if (!nuxtApp._medusa) {
    const token = useCustomerToken()
    const options: ConstructorParameters<typeof Client>[0] = {
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
    }
    const client = new Client(options)
    nuxtApp._medusa = { client, store: new Store(client), auth: new Auth(client, options) }
  }
  return nuxtApp._medusa
}

declare module "#app" {
  interface NuxtApp {
    _medusa?: StoreSdk
  }
}
