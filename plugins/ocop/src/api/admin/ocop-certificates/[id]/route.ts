import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadAdminCertificate } from "../../../utils/load-admin-certificate"

/** One certificate with its scan, products, seller and audit trail (who is named). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ certificate: await loadAdminCertificate(req.scope, req.params.id) })
}
