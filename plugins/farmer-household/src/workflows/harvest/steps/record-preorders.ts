import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { harvestRefusal } from "../../../lib/harvest-refusal"
import { HARVEST_MODULE, type HarvestModuleService } from "../../../modules/harvest"

type PreorderLine = { id: string; order_id: string; product_id: string; title: string; quantity: number; ships_from: string }

/**
 * Counts pre-ordered lines against their season's cap, each line once (its id is unique).
 * Two checkouts fighting for the last items of a season take turns under a lock per harvest
 * plan, as Medusa's own reservations do per inventory item (the Locking Module: in memory in
 * one process, Redis when REDIS_URL is set), so the count read and the rows written cannot
 * interleave: the cap is never exceeded. Undone by deleting the rows.
 */
export const recordPreordersStep = createStep(
  "record-preorders",
  async ({ lines }: { lines: PreorderLine[] }, { container }) => {
    if (!lines.length) return new StepResponse([] as string[], [] as string[])
    const harvest = container.resolve<HarvestModuleService>(HARVEST_MODULE)
    const productIds = [...new Set(lines.map((l) => l.product_id))]
    const planIds = [...(await harvest.harvestOf(productIds)).values()].map((h) => h.plan_id)
    const created = await container.resolve(Modules.LOCKING).execute(
      planIds.map((id) => `harvest-preorder:${id}`),
      async () => {
        const seasons = await harvest.seasonsOf(productIds, new Date())
        for (const [productId, { season }] of seasons) {
          const own = lines.filter((l) => l.product_id === productId)
          const refusal = harvestRefusal(own[0].title, season, own.reduce((n, l) => n + l.quantity, 0))
          if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
        }
        return harvest.createHarvestPreorders(
          lines.map((l) => ({ plan_id: seasons.get(l.product_id)!.plan_id!, ships_from: l.ships_from, quantity: l.quantity, order_id: l.order_id, line_item_id: l.id }))
        )
      }
    )
    const ids = created.map((p) => p.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<HarvestModuleService>(HARVEST_MODULE).deleteHarvestPreorders(ids)
  }
)
