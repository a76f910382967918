import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertBuyerMayReadOrderGroup, retrieveOrderGroup } from "../helpers"

/** A buyer's order group with each seller's order (who may read it: assertBuyerMayReadOrderGroup). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const group = await retrieveOrderGroup(req.scope, req.params.id)
  await assertBuyerMayReadOrderGroup(req, group)
  res.json({ order_group: group })
}
