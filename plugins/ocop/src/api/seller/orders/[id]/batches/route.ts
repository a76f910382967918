import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { batchesOfLineItems } from "../../../../utils/line-item-batches"

type Line = { id: string; product_id?: string | null }

/**
 * Each line of the caller's order (requireOwnOrder) with its product and the batch it carries,
 * so the dashboard can offer the product's batches for a line.
 */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // items.* rather than picked fields: Medusa 2.21 computes some order item fields as NaN when picked.
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "items.*"], filters: { id: req.params.id } })
  const lines = ((order?.items ?? []) as (Line | null)[]).filter((i): i is Line => !!i)
  const batches = await batchesOfLineItems(req.scope, lines.map((i) => i.id))
  res.json({ line_items: lines.map((i) => ({ id: i.id, product_id: i.product_id ?? null, batch: batches.get(i.id) ?? null })) })
}
