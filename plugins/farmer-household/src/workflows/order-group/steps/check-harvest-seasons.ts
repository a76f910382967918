import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { harvestRefusal } from "../../../lib/harvest-refusal"
import type { Season } from "../../../lib/harvest-season"
import { HARVEST_MODULE, type HarvestModuleService } from "../../../modules/harvest"
import type { CartToSplit } from "./prepare-seller-orders"

/** The season of each product in the cart that has harvest windows, by product id. */
export type CartSeasons = Record<string, Season>

/**
 * The season of every product in the cart at completion, which decides each line: in season it
 * is served from stock, as a pre-order it ships from the next window. Refuses products out of
 * season and pre-orders beyond the cap as it stands (recordPreordersStep re-checks the cap
 * atomically when it counts them). Writes nothing.
 */
export const checkHarvestSeasonsStep = createStep("check-harvest-seasons", async ({ cart }: { cart: CartToSplit }, { container }) => {
  const items = cart.items ?? []
  const quantities = new Map<string, number>()
  for (const i of items) quantities.set(i.product_id, (quantities.get(i.product_id) ?? 0) + Number(i.quantity))
  const seasons = await container.resolve<HarvestModuleService>(HARVEST_MODULE).seasonsOf([...quantities.keys()], new Date())
  const result: CartSeasons = {}
  for (const [productId, { season }] of seasons) {
    if (season.state === "year_round") continue
    const title = items.find((i) => i.product_id === productId)!.product_title ?? items.find((i) => i.product_id === productId)!.title
    const refusal = harvestRefusal(title, season, quantities.get(productId)!)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    result[productId] = season
  }
  return new StepResponse(result)
})
