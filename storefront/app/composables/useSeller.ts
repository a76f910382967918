export type PublicSeller = {
  id: string
  handle: string
  name: string
  type: "household" | "cooperative" | "enterprise"
  province: string | null
  commune: string | null
  story: string | null
  farm_area_m2: number | null
  closed_from: string | null
  closed_until: string | null
  closure_message: string | null
  certifications: { kind: string; number: string; issuer: string; expires_at: string | null }[]
  product_ids?: string[]
}

/** The farm behind a product (null when the seller is not public). */
export function useProductSeller(productId: () => string | undefined) {
  const sdk = useMedusa()
  return useAsyncData(`product-seller:${productId()}`, async () => {
    const id = productId()
    if (!id) return null
    return sdk.client
      .fetch<{ seller: PublicSeller }>(`/store/products/${id}/seller`)
      .then((r) => r.seller)
      .catch(() => null)
  })
}

/** A seller's public page: profile and its products on sale, priced in the region. */
export function useSellerPage(handle: string) {
  const sdk = useMedusa()
  const regions = useRegionStore()
  return useAsyncData(`seller:${handle}`, async () => {
    const seller = await sdk.client
      .fetch<{ seller: PublicSeller }>(`/store/sellers/${handle}`)
      .then((r) => r.seller)
      .catch(() => null)
    if (!seller) return null
    const region = await regions.ensure(sdk)
    const { products } = seller.product_ids?.length
      ? await sdk.store.product.list({ id: seller.product_ids, region_id: region?.id, fields: CARD_FIELDS, limit: 100 })
      : { products: [] }
    return { seller, products }
  })
}
