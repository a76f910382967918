import { defineStore } from "pinia"
import type { StoreSdk } from "~/composables/useMedusa"
import type { HttpTypes } from "@medusajs/types"

// The selling region changes only when an operator edits it. The server keeps it for a minute
// instead of asking Medusa before every page it renders: that request comes before the page's own
// (prices need the region), so it was one whole round trip of every product page's SSR time.
const SERVER_REGION_TTL_MS = 60_000
let serverRegion: { value: Promise<HttpTypes.StoreRegion | null>; until: number } | undefined

async function fetchRegion(sdk: StoreSdk) {
  const { regions } = await sdk.store.region.list({ limit: 10 })
  return regions.find((r) => r.currency_code === "vnd") ?? regions[0] ?? null
}

function cachedOnServer(sdk: StoreSdk) {
  if (!serverRegion || serverRegion.until < Date.now()) {
    const value = fetchRegion(sdk)
    serverRegion = { value, until: Date.now() + SERVER_REGION_TTL_MS }
    // A failed request is not kept: the next page asks again.
    value.catch(() => (serverRegion = undefined))
  }
  return serverRegion.value
}

/** The selling region (Việt Nam, VND): prices are computed for it. */
export const useRegionStore = defineStore("region", {
  state: () => ({ region: null as HttpTypes.StoreRegion | null }),
  actions: {
    async ensure(sdk: StoreSdk) {
      if (this.region) return this.region
      this.region = await (import.meta.server ? cachedOnServer(sdk) : fetchRegion(sdk))
      return this.region
    },
  },
})
