import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { businessDay } from "../../../lib/market/business-day"
import { sellerStallIds, type SellerStallRequest } from "../../../lib/market/seller-stalls"
import { stallView } from "../../../lib/market/stall-view"
import { claimStallInvitationsWorkflow } from "../../../workflows/market/workflows/claim-stall-invitations"

/** The caller's stalls (accepting any invitation waiting for their phone), with today's total. */
export async function GET(req: SellerStallRequest, res: MedusaResponse) {
  const { seller_id, member_id } = req.seller_context
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [member] } = await query.graph({ entity: "seller_member", fields: ["phone"], filters: { id: member_id } })
  await claimStallInvitationsWorkflow(req.scope).run({ input: { seller_id, phone: member?.phone ?? null } })
  const ids = await sellerStallIds(req.scope, seller_id)
  const day = businessDay()
  res.json({ day, stalls: await Promise.all(ids.map((id) => stallView(req.scope, id, day))) })
}
