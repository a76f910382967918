// Storefront product page, server-side rendered by the built Nuxt server (node .output), for
// product pages spread over the catalogue.
import { sampleHandles, type Measurement } from "../context.ts"
import { BUDGETS, loadFigures } from "../figures.ts"
import { load } from "../load.ts"

export const storefrontSsr: Measurement = {
  name: "storefront-ssr",
  stack: "shop",
  async run(ctx) {
    const requests = sampleHandles(ctx.products, 100).map((handle) => ({ path: `/san-pham/${handle}` }))
    const result = await load({ url: ctx.storefrontUrl, requests })
    return loadFigures("storefront product page SSR", result, BUDGETS.ssrP95)
  },
}
