import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ocopCertificateProductLink from "../../../../links/ocop-certificate-product"
import { isCertificateValid } from "../../../../lib/ocop-rules"
import type { StoreOcopBadges } from "../validators"

type Badge = { stars: number; product_group: string; code: string }

/**
 * The OCOP badge of each product that has a valid certificate right now (the highest stars if
 * it has several): for product cards and pages. Products without one are left out.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { product_id } = req.validatedQuery as StoreOcopBadges
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ocopCertificateProductLink.entryPoint,
    fields: ["product_id", "ocop_certificate.code", "ocop_certificate.stars", "ocop_certificate.product_group", "ocop_certificate.status", "ocop_certificate.expires_on"],
    filters: { product_id },
  })
  const now = new Date()
  const badges: Record<string, Badge> = {}
  for (const { product_id: id, ocop_certificate: cert } of links as { product_id: string; ocop_certificate: any }[]) {
    if (!cert || !isCertificateValid(cert, now) || (badges[id] && badges[id].stars >= cert.stars)) continue
    badges[id] = { stars: cert.stars, product_group: cert.product_group, code: cert.code }
  }
  res.json({ badges })
}
