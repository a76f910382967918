import type { ISearchModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * A product's season (in season / pre-order / out of season) changes with the calendar, not with
 * an event, so every night just after midnight in Việt Nam the products that have a harvest plan
 * are written to the search index again (an in-place, scoped reindex: the shop keeps reading).
 */
export default async function refreshSearchSeasons(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const searchModule = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const { data: plans } = await query.graph({ entity: "harvest_plan", fields: ["product_id"] })
  const ids = [...new Set(plans.map((p: { product_id: string }) => p.product_id))]
  if (!ids.length) return
  await searchModule.reindex({ index: "product", strategy: "in_place", filters: { id: ids } })
}

// 00:05 in Việt Nam (GMT+7) is 17:05 UTC; the cron runs in the server's time zone, UTC in production.
export const config = { name: "refresh-search-seasons", schedule: "5 17 * * *" }
