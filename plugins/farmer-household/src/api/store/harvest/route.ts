import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HARVEST_MODULE, type HarvestModuleService } from "../../../modules/harvest"
import type { StoreHarvestQuery } from "./validators"

/**
 * The harvest season of products now, for the shop's cards, product page and cart:
 *
 * GET /store/harvest?product_id=a&product_id=b → 200
 * `{ harvest: { [product_id]: { state, windows, ships_from, next_season_from, preorder_remaining } } }`
 * - state: "in_season" | "preorder" | "out_of_season" | "year_round" (no windows)
 * - windows: [{ label, from: "MM-DD", to: "MM-DD" }], in the seller's order
 * - ships_from: "YYYY-MM-DD" when a pre-order ships (state "preorder"), else null
 * - next_season_from: "YYYY-MM-DD" when the next window opens ("preorder", "out_of_season"), else null
 * - preorder_remaining: items still open to pre-order this season (0 once the cap is reached),
 *   null when pre-orders are off or the product is in season / year-round
 * Ids that are no product are left out. Dates are days in Việt Nam.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { product_id: ids } = req.validatedQuery as StoreHarvestQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { id: ids } })
  const seasons = await req.scope.resolve<HarvestModuleService>(HARVEST_MODULE).seasonsOf(
    products.map((p) => p.id),
    new Date()
  )
  const harvest: Record<string, unknown> = {}
  for (const [id, { windows, season }] of seasons) harvest[id] = { ...season, windows }
  res.json({ harvest })
}
