import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCustomerOrderGroups } from "../../../order-groups/helpers"
import type { PageQuery } from "../../../../../lib/validation"

/**
 * The signed-in buyer's purchases (Medusa authenticates /store/customers/me*), each with every
 * seller's order, stage and tracking: the account's order list.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await listCustomerOrderGroups(req.scope, req.auth_context.actor_id, req.validatedQuery as PageQuery))
}
