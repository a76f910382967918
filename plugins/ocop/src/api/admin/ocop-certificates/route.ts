import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ADMIN_CERTIFICATE_FIELDS, toAdminCertificate } from "../../utils/ocop-certificate-views"
import type { AdminListOcopCertificates } from "./validators"

/**
 * The operator's certificates. ?status=submitted is the verification queue, oldest first (first
 * come, first served); other statuses and the whole list come newest first.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as AdminListOcopCertificates
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "ocop_certificate",
    fields: ADMIN_CERTIFICATE_FIELDS,
    filters: status ? { status } : {},
    pagination: { skip: offset, take: limit, order: { created_at: status === "submitted" ? "ASC" : "DESC" } },
  })
  res.json({ certificates: data.map((c) => toAdminCertificate(c)), count: metadata?.count ?? data.length, limit, offset })
}
