import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertBuyerMayReadOrderGroup } from "@nongsan/farmer-household/api/store/order-groups/helpers"
import { batchesOfLineItems } from "../../../../utils/line-item-batches"

/**
 * The batch each line of a buyer's order group carries, for the trace links on the order page:
 * `{ line_items: { [line_item_id]: { code } } }`, lines without a batch left out. Readable by
 * whoever may read the group itself (GET /store/order-groups/:id, farmer-household).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [group] } = await query.graph({ entity: "order_group", fields: ["id", "customer_id", "orders.items.id"], filters: { id: req.params.id, status: "placed" } })
  await assertBuyerMayReadOrderGroup(req, group)
  const lineIds = (group.orders ?? []).flatMap((o: any) => (o?.items ?? []).map((i: any) => i.id as string))
  const batches = await batchesOfLineItems(req.scope, lineIds)
  res.json({ line_items: Object.fromEntries([...batches].map(([lineId, batch]) => [lineId, { code: batch.code }])) })
}
