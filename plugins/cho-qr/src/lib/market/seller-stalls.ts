import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import StallSellerLink from "../../links/stall-seller"

/**
 * A /seller request after farmer-household's middlewares (authenticate("seller") and its seller
 * context, on every /seller/* route of every plugin).
 */
export type SellerStallRequest = MedusaRequest & { seller_context: { seller_id: string; member_id: string } }

/** The ids of the stalls whose vendor is this seller. */
export async function sellerStallIds(scope: MedusaRequest["scope"], sellerId: string, stallId?: string): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: StallSellerLink.entryPoint,
    fields: ["stall_id"],
    filters: { seller_id: sellerId, ...(stallId ? { stall_id: stallId } : {}) },
  })
  return data.map((row: { stall_id: string }) => row.stall_id)
}

/** /seller/stalls/:id…: another vendor's stall answers the same 404 as one that does not exist. */
export async function requireOwnStall(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { seller_id } = (req as SellerStallRequest).seller_context
  const [owned] = await sellerStallIds(req.scope, seller_id, req.params.id)
  if (!owned) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy quầy / Stall not found")
  next()
}
