import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { changeSellerStatusWorkflow } from "../../../../../workflows/seller/workflows/change-seller-status"
import { maskNationalId, PRIVATE_SELLER_FIELDS } from "../../../../utils/public-seller"
import type { ChangeSellerStatus } from "../../validators"

/** Approve, reject (with a reason), suspend (with a reason) or reinstate a seller. */
export async function POST(req: AuthenticatedMedusaRequest<ChangeSellerStatus>, res: MedusaResponse) {
  await changeSellerStatusWorkflow(req.scope).run({
    input: { seller_id: req.params.id, action: req.validatedBody.action, reason: req.validatedBody.reason },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({ entity: "seller", fields: PRIVATE_SELLER_FIELDS, filters: { id: req.params.id } })
  res.json({ seller: maskNationalId(seller) })
}
