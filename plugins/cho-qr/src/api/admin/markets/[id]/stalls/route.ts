import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../../../lib/http/parse-input"
import { requireVendorPhone } from "../../../../../lib/market/require-vendor-phone"
import { createStallWorkflow } from "../../../../../workflows/market/workflows/create-stall"
import { CreateStallSchema } from "../../validators"

/** A new stall in the market; `vendor_phone` invites its vendor at once. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { vendor_phone, ...stall } = parseInput(CreateStallSchema, req.body)
  const input = { ...stall, market_id: req.params.id, vendor_phone: vendor_phone ? requireVendorPhone(vendor_phone) : null }
  const { result } = await createStallWorkflow(req.scope).run({ input })
  res.status(201).json({ stall: result })
}
