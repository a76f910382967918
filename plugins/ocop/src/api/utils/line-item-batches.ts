import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import lineItemBatchLink from "../../links/line-item-batch"

export type LineBatch = { id: string; code: string }

/** The batch each of the given order lines carries (lines without one are left out). */
export async function batchesOfLineItems(scope: MedusaContainer, lineItemIds: string[]): Promise<Map<string, LineBatch>> {
  if (!lineItemIds.length) return new Map()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: lineItemBatchLink.entryPoint,
    fields: ["order_line_item_id", "batch.id", "batch.code"],
    filters: { order_line_item_id: lineItemIds },
  })
  return new Map(
    links.filter((l: any) => l.batch).map((l: any) => [l.order_line_item_id as string, { id: l.batch.id as string, code: l.batch.code as string }])
  )
}
