// Product page API: one product by handle with prices, stock, options and categories, exactly
// the call of the storefront's product page (useProduct in composables/useProducts.ts).
import { sampleHandles, type Measurement } from "../context.ts"
import { BUDGETS, loadFigures } from "../figures.ts"
import { load } from "../load.ts"

const PAGE_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,*options,*categories,+metadata"

export const productPageApi: Measurement = {
  name: "product-page-api",
  stack: "medusa",
  async run(ctx) {
    const requests = sampleHandles(ctx.products).map((handle) => ({
      path: `/store/products?handle=${handle}&limit=1&region_id=${ctx.regionId}&fields=${encodeURIComponent(PAGE_FIELDS)}`,
    }))
    const result = await load({ url: ctx.medusaUrl, requests, headers: { "x-publishable-api-key": ctx.publishableKey } })
    return loadFigures("product page API (by handle)", result, BUDGETS.catalogueApiP95)
  },
}
