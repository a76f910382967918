import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { retrieveOrderGroup } from "../helpers"

/**
 * A buyer's order group with each seller's order.
 *
 * Who may read it: a group placed by a registered customer answers only to that customer,
 * logged in; anyone else gets 404, as if it did not exist. A guest's group answers to whoever
 * holds its id, which only the completion response gave out: the rule Medusa applies to
 * GET /store/orders/:id, and the only one a guest without an account can use.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const group = await retrieveOrderGroup(req.scope, req.params.id)
  if (group.customer_id) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [customer] } = await query.graph({
      entity: "customer",
      fields: ["id", "has_account"],
      filters: { id: group.customer_id },
    })
    if (customer?.has_account && req.auth_context?.actor_id !== customer.id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Không tìm thấy đơn hàng ${req.params.id} / Order group ${req.params.id} not found`
      )
    }
  }
  res.json({ order_group: group })
}
