import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { HARVEST_MODULE, type HarvestModuleService } from "../modules/harvest"

/**
 * Harvest windows used to be product metadata (`harvest_from` / `harvest_to`, "MM-DD"). Medusa
 * runs this once per database: each such product gets a harvest plan with that window as its
 * main crop (no pre-orders, as before), and the two metadata keys go.
 */
export default async function harvestWindowsFromMetadata({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "metadata"] })
  const harvest = container.resolve<HarvestModuleService>(HARVEST_MODULE)
  const productModule = container.resolve(Modules.PRODUCT)
  for (const p of products) {
    const { harvest_from: from, harvest_to: to } = p.metadata ?? {}
    if (typeof from !== "string" || typeof to !== "string") continue
    await harvest.setPlan(p.id, { windows: [{ label: "Vụ chính", from, to }] })
    // Medusa merges metadata; an empty string removes a key.
    await productModule.updateProducts(p.id, { metadata: { harvest_from: "", harvest_to: "" } })
  }
}
