import type { HttpTypes } from "@medusajs/types"

export type ShopCategory = Pick<HttpTypes.StoreProductCategory, "id" | "name" | "handle" | "description">

/** The shop's product categories (a handful): one request, shared by the home and category pages. */
export function useCategories() {
  const sdk = useMedusa()
  return useAsyncData(
    "categories",
    () =>
      sdk.store.category
        .list({ fields: "id,name,handle,description", limit: 100 })
        .then((r) => r.product_categories as ShopCategory[]),
    { default: () => [] as ShopCategory[] }
  )
}
