// Product page API: one product by handle with prices, stock, options, categories and images,
// exactly the call of the storefront's product page (useProduct in composables/useProducts.ts):
// the backend's GET /store/product-pages/:handle. Medusa's stock /store/products?handle= with the
// same fields is measured beside it, on a fixed number of requests, for the comparison.
import { sampleHandles, type Measurement } from "../context.ts"
import { BUDGETS, loadFigures } from "../figures.ts"
import { load } from "../load.ts"

const STOCK_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,*options,*categories,*images,+metadata"

export const productPageApi: Measurement = {
  name: "product-page-api",
  stack: "medusa",
  async run(ctx) {
    const handles = sampleHandles(ctx.products)
    const headers = { "x-publishable-api-key": ctx.publishableKey }
    const ours = await load({
      url: ctx.medusaUrl,
      headers,
      requests: handles.map((handle) => ({ path: `/store/product-pages/${handle}?region_id=${ctx.regionId}` })),
    })
    const stock = await load({
      url: ctx.medusaUrl,
      headers,
      requests: handles.map((handle) => ({ path: `/store/products?handle=${handle}&limit=1&region_id=${ctx.regionId}&fields=${encodeURIComponent(STOCK_FIELDS)}` })),
      amount: 100,
      // Medusa is warm from the run above; 200 stock warm-up calls would take minutes at 100k.
      warmup: false,
    })
    return [
      ...loadFigures("product page API (/store/product-pages/:handle)", ours, BUDGETS.catalogueApiP95),
      ...loadFigures("product page API, stock (/store/products?handle=)", stock),
    ]
  },
}
