import type { ProductHarvest } from "~/types/harvest"

/**
 * The harvest season of products now (GET /store/harvest), by product id: for product cards,
 * the product page, and each line of the cart and checkout. Fetched once per set of ids.
 */
export function useHarvest(productIds: MaybeRefOrGetter<string[]>) {
  const sdk = useMedusa()
  const ids = computed(() => [...new Set(toValue(productIds))].sort())
  return useAsyncData(
    () => `harvest:${ids.value.join(",")}`,
    async () => {
      if (!ids.value.length) return {}
      const query = new URLSearchParams(ids.value.map((id) => ["product_id", id]))
      const { harvest } = await sdk.client.fetch<{ harvest: Record<string, ProductHarvest> }>(`/store/harvest?${query}`)
      return harvest
    },
    { default: () => ({}) as Record<string, ProductHarvest>, watch: [ids] }
  )
}
