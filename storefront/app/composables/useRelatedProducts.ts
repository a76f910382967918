import type { SearchResponse } from "~/types/search"

/**
 * Products like this one: the same category (else the same province), the product itself left
 * out. From the search index, so each card comes with its farm, stars and price in one request.
 */
export function useRelatedProducts(product: () => { id: string; category?: string | null; province?: string | null } | null) {
  const sdk = useMedusa()
  return useAsyncData(
    () => `related:${product()?.id}`,
    async () => {
      const p = product()
      if (!p || (!p.category && !p.province)) return []
      const filter = p.category ? { category: p.category } : { province: p.province }
      const { hits } = await sdk.client.fetch<SearchResponse>("/store/search", { query: { ...filter, limit: 5 } })
      return hits.filter((h) => h.id !== p.id).slice(0, 4)
    },
    { default: () => [] }
  )
}
