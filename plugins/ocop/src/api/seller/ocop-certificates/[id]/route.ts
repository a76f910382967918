import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { loadSellerCertificate } from "../../../utils/load-certificate"

/** One of the caller's certificates with its audit trail. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json({ certificate: await loadSellerCertificate(req.scope, req.params.id) })
}
