/** A recent batch of a product (plugins/ocop GET /store/products/:id/batches). */
export type ProductBatch = { code: string; harvest_date: string }

/** The product's latest batches, for its traceability links; an empty list when none or on error. */
export function useProductBatches(productId: () => string | undefined) {
  const sdk = useMedusa()
  return useAsyncData(
    () => `product-batches:${productId()}`,
    async () => {
      const id = productId()
      if (!id) return []
      return sdk.client
        .fetch<{ batches: ProductBatch[] }>(`/store/products/${id}/batches`)
        .then((r) => r.batches)
        .catch(() => [])
    },
    { default: () => [] as ProductBatch[] }
  )
}
