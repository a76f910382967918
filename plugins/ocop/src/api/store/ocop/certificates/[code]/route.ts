import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateNotFound } from "../../../../../lib/ocop-error"
import { PUBLIC_STATUSES } from "../../../../../lib/ocop-rules"
import { normalizePublicCode } from "../../../../../lib/public-code"
import { PUBLIC_CERTIFICATE_FIELDS, toPublicCertificate } from "../../../../utils/ocop-certificate-views"

/**
 * The public verification page's data, reached from the QR on a package: verified, expired and
 * revoked certificates with their status, so a buyer holding an old package learns it lapsed. A
 * malformed or unknown code, or one still submitted or rejected, gets one and the same 404.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const code = normalizePublicCode(req.params.code)
  if (!code) throw certificateNotFound()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cert] } = await query.graph({
    entity: "ocop_certificate",
    fields: PUBLIC_CERTIFICATE_FIELDS,
    filters: { code, status: PUBLIC_STATUSES },
  })
  if (!cert) throw certificateNotFound()
  res.json({ certificate: toPublicCertificate(cert) })
}
