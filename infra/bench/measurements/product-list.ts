// Product list API: a page of product cards as the shop's home and category pages ask for it
// (storefront/app/composables/useProducts.ts CARD_FIELDS), at offsets across the catalogue.
import type { Measurement } from "../context.ts"
import { BUDGETS, loadFigures } from "../figures.ts"
import { load } from "../load.ts"

export const CARD_FIELDS = "id,title,handle,subtitle,thumbnail,metadata,*variants.calculated_price"

export const productList: Measurement = {
  name: "product-list",
  stack: "medusa",
  async run(ctx) {
    const pages = Math.max(1, Math.min(50, Math.floor(ctx.products / 24)))
    const requests = Array.from({ length: pages }, (_, k) => ({
      path: `/store/products?limit=24&offset=${k * 24}&region_id=${ctx.regionId}&fields=${encodeURIComponent(CARD_FIELDS)}`,
    }))
    const result = await load({ url: ctx.medusaUrl, requests, headers: { "x-publishable-api-key": ctx.publishableKey } })
    return loadFigures("product list API (24 cards)", result, BUDGETS.catalogueApiP95)
  },
}
