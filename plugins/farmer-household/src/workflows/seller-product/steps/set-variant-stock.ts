import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { shopChannel } from "../../../lib/shop-channel"
import { bilingual } from "../../../lib/validation"

export type VariantStock = { variant_id: string; stock: number }
type LevelChange = { inventory_item_id: string; location_id: string; previous: number | null }

/**
 * Sets how many of each variant the seller has, at the shop's stock location (the one its sales
 * channel ships from). Compensation puts back the previous quantities.
 */
export const setVariantStockStep = createStep(
  "set-variant-stock",
  async (input: VariantStock[], { container }) => {
    if (!input.length) return new StepResponse([], [] as LevelChange[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const channel = await shopChannel(container)
    const locationId = channel?.stock_locations?.[0]?.id
    if (!locationId) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, bilingual("Cửa hàng chưa có kho hàng", "The shop has no stock location"))
    }
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: input.map((v) => v.variant_id) },
    })
    const itemByVariant = new Map(variants.map((v) => [v.id, v.inventory_items?.[0]?.inventory_item_id]))
    const itemIds = [...itemByVariant.values()].filter((id): id is string => !!id)
    const existing = await inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id: locationId })
    const changes: LevelChange[] = []
    for (const { variant_id, stock } of input) {
      const itemId = itemByVariant.get(variant_id)
      if (!itemId) continue
      const level = existing.find((l) => l.inventory_item_id === itemId)
      if (level) await inventory.updateInventoryLevels([{ inventory_item_id: itemId, location_id: locationId, stocked_quantity: stock }])
      else await inventory.createInventoryLevels([{ inventory_item_id: itemId, location_id: locationId, stocked_quantity: stock }])
      changes.push({ inventory_item_id: itemId, location_id: locationId, previous: level ? Number(level.stocked_quantity) : null })
    }
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (!changes?.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    for (const c of changes) {
      if (c.previous === null) await inventory.deleteInventoryLevel(c.inventory_item_id, c.location_id)
      else await inventory.updateInventoryLevels([{ inventory_item_id: c.inventory_item_id, location_id: c.location_id, stocked_quantity: c.previous }])
    }
  }
)
