import Medusa from "@medusajs/js-sdk"

/**
 * The Medusa JS SDK, configured from runtime config. On the server it talks to Medusa's internal
 * address; in the browser to the public one. One instance per side.
 */
export function useMedusa(): Medusa {
  const nuxtApp = useNuxtApp()
  const config = useRuntimeConfig()
  if (!nuxtApp._medusa) {
    nuxtApp._medusa = new Medusa({
      baseUrl: import.meta.server ? config.medusaUrl : config.public.medusaUrl,
      publishableKey: config.public.medusaPublishableKey,
      debug: false,
    })
  }
  return nuxtApp._medusa as Medusa
}

declare module "#app" {
  interface NuxtApp {
    _medusa?: Medusa
  }
}
