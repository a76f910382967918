import type { HttpTypes } from "@medusajs/types"

export const CARD_FIELDS = "id,title,handle,subtitle,thumbnail,metadata,*variants.calculated_price"

/**
 * One product by its handle (the Vietnamese slug), or null: the backend's product page route,
 * the same shape as Medusa's `/store/products` with prices, stock, options, categories and images,
 * without Medusa's sales-channel scan of the whole catalogue (backend/src/lib/catalog).
 */
export function useProduct(handle: string) {
  const sdk = useMedusa()
  const regions = useRegionStore()
  return useAsyncData(`product:${handle}`, async () => {
    const region = await regions.ensure(sdk)
    try {
      const { product } = await sdk.client.fetch<{ product: HttpTypes.StoreProduct }>(`/store/product-pages/${encodeURIComponent(handle)}`, {
        query: region ? { region_id: region.id } : {},
      })
      // Cheapest pack first: the shop lists packs from the cheapest.
      product.variants?.sort((a, b) => (a.calculated_price?.calculated_amount ?? 0) - (b.calculated_price?.calculated_amount ?? 0))
      return product
    } catch (error) {
      if ((error as { status?: number }).status === 404) return null
      throw error
    }
  })
}

/** The lowest calculated price of a product's variants, in VND. */
export function lowestPrice(product: HttpTypes.StoreProduct): number | null {
  const amounts = (product.variants ?? [])
    .map((v) => v.calculated_price?.calculated_amount)
    .filter((a): a is number => typeof a === "number")
  return amounts.length ? Math.min(...amounts) : null
}
