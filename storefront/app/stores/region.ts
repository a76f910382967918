import { defineStore } from "pinia"
import type { StoreSdk } from "~/composables/useMedusa"
import type { HttpTypes } from "@medusajs/types"

/** The selling region (Việt Nam, VND): prices are computed for it. Loaded once per request. */
export const useRegionStore = defineStore("region", {
  state: () => ({ region: null as HttpTypes.StoreRegion | null }),
  actions: {
    async ensure(sdk: StoreSdk) {
      if (this.region) return this.region
      const { regions } = await sdk.store.region.list({ limit: 10 })
      this.region = regions.find((r) => r.currency_code === "vnd") ?? regions[0] ?? null
      return this.region
    },
  },
})
