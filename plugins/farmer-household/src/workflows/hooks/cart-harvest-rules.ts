import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow, createCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { harvestRefusal } from "../../lib/harvest-refusal"
import { HARVEST_MODULE, type HarvestModuleService } from "../../modules/harvest"

type Line = { variant_id?: string | null; quantity: unknown }

/**
 * Refuses, when items are added to a cart, products out of season and pre-orders beyond what the
 * season's cap leaves. `lines` is the cart as it would be after the change (all lines of the
 * products concerned); only the products of `changed` variants are checked, so a buyer can still
 * lower or remove what became unorderable. Completion checks again, at its own instant, and
 * counts pre-orders against the cap atomically (completeCartIntoSellerOrdersWorkflow).
 */
async function assertHarvestAllows(container: MedusaContainer, lines: Line[], changed: string[]) {
  if (!changed.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = [...new Set(lines.map((l) => l.variant_id).filter((id): id is string => !!id))]
  const { data: variants } = await query.graph({ entity: "variant", fields: ["id", "product_id", "product.title"], filters: { id: variantIds } })
  const productOf = new Map(variants.map((v) => [v.id, v]))
  const quantities = new Map<string, number>()
  for (const l of lines) {
    const productId = l.variant_id && productOf.get(l.variant_id)?.product_id
    if (productId) quantities.set(productId, (quantities.get(productId) ?? 0) + Number(l.quantity))
  }
  const productIds = [...new Set(changed.map((id) => productOf.get(id)?.product_id).filter((id): id is string => !!id))]
  const seasons = await container.resolve<HarvestModuleService>(HARVEST_MODULE).seasonsOf(productIds, new Date())
  for (const productId of productIds) {
    const title = variants.find((v) => v.product_id === productId)!.product!.title
    const refusal = harvestRefusal(title, seasons.get(productId)!.season, quantities.get(productId)!)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
  }
}

async function cartLines(container: MedusaContainer, cartId: string): Promise<Array<Line & { id: string }>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({ entity: "line_item", fields: ["id", "variant_id", "quantity"], filters: { cart_id: cartId } })
  return items
}

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const added = (input.items ?? []).filter((i) => i.variant_id)
  const lines = [...(await cartLines(container, input.cart_id)), ...added]
  await assertHarvestAllows(container, lines, added.map((i) => i.variant_id!))
})

createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const items = ((cart as { items?: Line[] }).items ?? []).filter((i) => i.variant_id)
  await assertHarvestAllows(container, items, items.map((i) => i.variant_id!))
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const lines = await cartLines(container, input.cart_id)
  const item = lines.find((l) => l.id === input.item_id)
  const quantity = input.update.quantity
  if (!item || quantity === undefined || Number(quantity) <= Number(item.quantity)) return
  const after = lines.map((l) => (l.id === item.id ? { ...l, quantity } : l))
  await assertHarvestAllows(container, after, [item.variant_id!])
})
