import type { StoreSdk } from "~/composables/useMedusa"
import type { HttpTypes } from "@medusajs/types"
import type { OcopStars } from "~/types/ocop"

export const CARD_FIELDS = "id,title,handle,subtitle,thumbnail,metadata,*variants.calculated_price"

/** One page of product cards (the fields a card shows), priced in the VND region. */
export async function listCardProducts(sdk: StoreSdk, regions: ReturnType<typeof useRegionStore>, query: Record<string, unknown> = {}) {
  const region = await regions.ensure(sdk)
  const { products, count } = await sdk.store.product.list({
    fields: CARD_FIELDS,
    region_id: region?.id,
    limit: 24,
    ...query,
  })
  return { products, count }
}

/** The largest page the store API gives: a filter by stars looks at this many certificates. */
const MAX_CERTIFICATES = 100

/**
 * The shop's products, narrowed (when stars are chosen) to those of valid certificates with
 * those stars: the home page's "OCOP 3★ / 4★ / 5★" filter.
 */
export function useShopProducts(key: string, stars: () => OcopStars[]) {
  const sdk = useMedusa()
  const regions = useRegionStore()
  return useAsyncData(
    () => `${key}:${stars().join(",")}`,
    async (): Promise<{ products: HttpTypes.StoreProduct[]; count: number }> => {
      if (!stars().length) return listCardProducts(sdk, regions)
      const { certificates } = await fetchOcopCertificates(sdk, { stars: stars(), limit: MAX_CERTIFICATES })
      const ids = [...new Set(certificates.flatMap((c) => c.products.map((p) => p.id)))]
      return ids.length ? listCardProducts(sdk, regions, { id: ids, limit: ids.length }) : { products: [], count: 0 }
    }
  )
}

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
