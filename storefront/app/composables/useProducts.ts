import type { HttpTypes } from "@medusajs/types"

export const CARD_FIELDS = "id,title,handle,subtitle,thumbnail,metadata,*variants.calculated_price"

/** Products for listing pages, priced in the VND region. */
export function useProducts(key: string, query: Record<string, unknown> = {}) {
  // Resolved here, in setup: after an await inside the fetcher the Nuxt instance is gone.
  const sdk = useMedusa()
  const regions = useRegionStore()
  return useAsyncData(key, async () => {
    const region = await regions.ensure(sdk)
    const { products, count } = await sdk.store.product.list({
      fields: CARD_FIELDS,
      region_id: region?.id,
      limit: 24,
      ...query,
    })
    return { products, count }
  })
}

/** One product by its handle (the Vietnamese slug), or null. */
export function useProduct(handle: string) {
  const sdk = useMedusa()
  const regions = useRegionStore()
  return useAsyncData(`product:${handle}`, async () => {
    const region = await regions.ensure(sdk)
    const { products } = await sdk.store.product.list({
      handle,
      region_id: region?.id,
      fields: "*variants.calculated_price,+variants.inventory_quantity,*options,*categories,+metadata",
      limit: 1,
    })
    const product = (products[0] as HttpTypes.StoreProduct | undefined) ?? null
    // Cheapest pack first: Medusa returns variants in no guaranteed order.
    product?.variants?.sort((a, b) => (a.calculated_price?.calculated_amount ?? 0) - (b.calculated_price?.calculated_amount ?? 0))
    return product
  })
}

/** The lowest calculated price of a product's variants, in VND. */
export function lowestPrice(product: HttpTypes.StoreProduct): number | null {
  const amounts = (product.variants ?? [])
    .map((v) => v.calculated_price?.calculated_amount)
    .filter((a): a is number => typeof a === "number")
  return amounts.length ? Math.min(...amounts) : null
}
