// Search: our /store/search (Search Module on Postgres) against Medusa's stock
// /store/products?q= on the same catalogue, the same queries and the same page size; the stock
// call asks for the same card fields the shop would show. The ratio is stock p95 / ours p95.
import type { Measurement } from "../context.ts"
import { BUDGETS, loadFigures, type Figure } from "../figures.ts"
import { load } from "../load.ts"
import { CARD_FIELDS } from "./product-list.ts"

/** What buyers type: with and without accents, a place. */
export const QUERIES = ["vai thieu", "vải thiều", "mat ong", "gạo st25", "che shan tuyet", "nhan long", "buoi dien", "que van yen", "hat dieu", "luc ngan", "xoài"]
/** Typos: the exact words find nothing, so the route falls back to near misses. */
export const TYPOS = ["vai thiu", "mat onng", "nhan lonng"]

export const search: Measurement = {
  name: "search",
  stack: "medusa",
  async run(ctx) {
    const q = (text: string) => encodeURIComponent(text)
    const headers = { "x-publishable-api-key": ctx.publishableKey }
    const ours = await load({ url: ctx.medusaUrl, headers, requests: QUERIES.map((text) => ({ path: `/store/search?q=${q(text)}&limit=24` })) })
    // A fixed number of requests rather than 10 seconds: at 100k products the stock route takes
    // seconds per query, so a 10 s window closed before any request finished and measured nothing.
    const stock = await load({
      url: ctx.medusaUrl,
      headers,
      requests: QUERIES.map((text) => ({ path: `/store/products?q=${q(text)}&limit=24&region_id=${ctx.regionId}&fields=${encodeURIComponent(CARD_FIELDS)}` })),
      amount: QUERIES.length * 2,
    })
    const ratio: Figure = {
      name: "search speed-up (stock p95 / ours p95)",
      metric: "ratio",
      value: Math.round((stock.p95 / Math.max(ours.p95, 0.001)) * 10) / 10,
      unit: "×",
      budget: BUDGETS.searchSpeedup,
    }
    const figures = [...loadFigures("search, ours (/store/search)", ours, BUDGETS.searchP95), ...loadFigures("search, stock (/store/products?q=)", stock), ratio]
    // Near misses: the words are corrected against the index's lexicon, then searched. A failure
    // is reported without losing the figures above.
    try {
      const typos = await load({ url: ctx.medusaUrl, headers, requests: TYPOS.map((text) => ({ path: `/store/search?q=${q(text)}&limit=24` })), duration: 15 })
      figures.push(...loadFigures('search, ours, typo fallback ("vai thiu")', typos))
    } catch (error) {
      ctx.log(`search typo fallback not measured: ${error instanceof Error ? error.message : error}`)
    }
    return figures
  },
}
