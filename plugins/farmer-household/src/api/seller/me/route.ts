import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateSellerProfileWorkflow } from "../../../workflows/seller/workflows/update-seller-profile"
import { maskNationalId, PRIVATE_SELLER_FIELDS } from "../../utils/public-seller"
import type { SellerRequest } from "../../utils/seller-context"
import type { UpdateSellerProfile } from "./validators"

async function loadOwnSeller(req: SellerRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({
    entity: "seller",
    fields: PRIVATE_SELLER_FIELDS,
    filters: { id: req.seller_context.seller_id },
  })
  return maskNationalId(seller)
}

/** The caller's own seller profile, with the member who is signed in. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json({ seller: await loadOwnSeller(req), member_id: req.seller_context.member_id })
}

export async function POST(req: SellerRequest<UpdateSellerProfile>, res: MedusaResponse) {
  await updateSellerProfileWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, update: req.validatedBody as Record<string, unknown> },
  })
  res.json({ seller: await loadOwnSeller(req) })
}
