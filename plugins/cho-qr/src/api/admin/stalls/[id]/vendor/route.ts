import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../../../lib/http/parse-input"
import { requireVendorPhone } from "../../../../../lib/market/require-vendor-phone"
import { inviteStallVendorWorkflow } from "../../../../../workflows/market/workflows/invite-stall-vendor"
import { InviteVendorSchema } from "../../../markets/validators"

/**
 * Invites a vendor by phone: `{ stall_id, seller_id, invited_phone }` — seller_id set when a
 * seller already signs in with it, otherwise invited_phone waits for that phone to register.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const phone = requireVendorPhone(parseInput(InviteVendorSchema, req.body).phone)
  const { result } = await inviteStallVendorWorkflow(req.scope).run({ input: { stall_id: req.params.id, phone } })
  res.json({ vendor: result })
}
