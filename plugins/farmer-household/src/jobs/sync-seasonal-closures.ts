import type { MedusaContainer } from "@medusajs/framework/types"
import { SELLER_MODULE, type SellerModuleService } from "../modules/seller"
import { syncSellerVisibilityWorkflow } from "../workflows/seller/workflows/sync-seller-visibility"

/**
 * Seasonal closures start and end on dates, not on a request: every ten minutes, sellers with a
 * closure are put in or out of the shop to match the clock. Changes made through the API apply
 * at once; this catches the dates passing.
 */
export default async function syncSeasonalClosures(container: MedusaContainer) {
  const sellers = await container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellers({ status: "approved", $or: [{ closed_from: { $ne: null } }, { closed_until: { $ne: null } }] }, { select: ["id"], take: null })
  if (!sellers.length) return
  await syncSellerVisibilityWorkflow(container).run({ input: { seller_ids: sellers.map((s) => s.id) } })
}

export const config = { name: "sync-seasonal-closures", schedule: "*/10 * * * *" }
