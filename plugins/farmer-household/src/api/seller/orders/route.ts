import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sellerOrderLink from "../../../links/seller-order"
import { unplacedOrderFilter } from "../../../lib/unplaced-orders"
import type { SellerRequest } from "../../utils/seller-context"
import { SELLER_ORDER_FIELDS, toSellerOrder } from "../../utils/seller-orders"

const STAGES = ["new", "accepted", "packed", "shipped", "delivered", "cancelled"]

/** The caller's orders, newest first; ?stage=new narrows to one stage of the inbox. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: sellerOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { seller_id: req.seller_context.seller_id },
  })
  const ids = links.map((l: { order_id: string }) => l.order_id)
  const { data: orders } = ids.length
    ? await query.graph({ entity: "order", fields: SELLER_ORDER_FIELDS, filters: { id: ids }, pagination: { order: { created_at: "DESC" } } })
    : { data: [] }
  const stage = typeof req.query.stage === "string" && STAGES.includes(req.query.stage) ? req.query.stage : undefined
  const unplaced = await unplacedOrderFilter(req.scope)
  const all = orders.filter((o: any) => !unplaced(o)).map(toSellerOrder)
  const counts = Object.fromEntries(STAGES.map((s) => [s, all.filter((o) => o.stage === s).length]))
  res.json({ orders: stage ? all.filter((o) => o.stage === stage) : all, counts })
}
