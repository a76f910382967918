// Product list API: a page of product cards as the shop's category and province pages ask for it
// (components/search/Listing.vue through useSearch: /store/search with the category filter, the
// count and the other facets), on pages across every category. Medusa's stock /store/products page of
// 24 cards (the fields of storefront/app/composables/useProducts.ts CARD_FIELDS), which the shop
// listed with before, is measured beside it for comparison.
import { ok, type Measurement } from "../context.ts"
import { BUDGETS, loadFigures } from "../figures.ts"
import { load } from "../load.ts"

export const CARD_FIELDS = "id,title,handle,subtitle,thumbnail,metadata,*variants.calculated_price"

/** A category page counts every facet but its own (storefront/app/utils/search-query.ts searchApiQuery). */
const CATEGORY_PAGE_FACETS = ["province", "ocop_stars", "certification", "price"].map((f) => `facets=${f}`).join("&")

export const productList: Measurement = {
  name: "product-list",
  stack: "medusa",
  async run(ctx) {
    const headers = { "x-publishable-api-key": ctx.publishableKey }
    const { product_categories } = await ok(ctx.api, "/store/product-categories?fields=name&limit=50")
    const pages = Math.max(1, Math.min(20, Math.floor(ctx.products / 24 / product_categories.length)))
    const requests = product_categories.flatMap(({ name }: { name: string }) =>
      Array.from({ length: pages }, (_, k) => ({ path: `/store/search?category=${encodeURIComponent(name)}&${CATEGORY_PAGE_FACETS}&limit=24&offset=${k * 24}` }))
    )
    const ours = await load({ url: ctx.medusaUrl, headers, requests })
    const stockPages = Math.max(1, Math.min(50, Math.floor(ctx.products / 24)))
    const stock = await load({
      url: ctx.medusaUrl,
      headers,
      requests: Array.from({ length: stockPages }, (_, k) => ({
        path: `/store/products?limit=24&offset=${k * 24}&region_id=${ctx.regionId}&fields=${encodeURIComponent(CARD_FIELDS)}`,
      })),
      amount: 100,
      // Medusa is warm from the run above; the stock pages take up to seconds each at 100k.
      warmup: false,
    })
    return [
      ...loadFigures("product list API (/store/search, a category page of 24)", ours, BUDGETS.catalogueApiP95),
      ...loadFigures("product list, stock (/store/products, 24 cards)", stock),
    ]
  },
}
