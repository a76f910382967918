import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sellerOcopCertificateLink from "../../../../links/seller-ocop-certificate"
import { vietnamToday } from "../../../../lib/calendar-date"
import { PUBLIC_CERTIFICATE_FIELDS, toPublicCertificate } from "../../../utils/ocop-certificate-views"
import type { StoreListOcopCertificates } from "../validators"

/**
 * Valid certificates (verified, not past their expiry day in Vietnam), newest decision first,
 * by stars, the seller's province and product group: the OCOP landing page and its filters.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { stars, province, product_group, limit, offset } = req.validatedQuery as StoreListOcopCertificates
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { status: "verified", expires_on: { $gte: vietnamToday() } }
  if (stars?.length) filters.stars = stars
  if (product_group) filters.product_group = product_group
  if (province) {
    // The province is the seller's: its sellers' certificates, through the link.
    const { data: sellers } = await query.graph({ entity: "seller", fields: ["id"], filters: { province } })
    const { data: links } = sellers.length
      ? await query.graph({
          entity: sellerOcopCertificateLink.entryPoint,
          fields: ["ocop_certificate_id"],
          filters: { seller_id: sellers.map((s) => s.id) },
        })
      : { data: [] }
    if (!links.length) return res.json({ certificates: [], count: 0, limit, offset })
    filters.id = links.map((l) => l.ocop_certificate_id)
  }
  const { data, metadata } = await query.graph({
    entity: "ocop_certificate",
    fields: PUBLIC_CERTIFICATE_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { decision_date: "DESC", created_at: "DESC" } },
  })
  res.json({ certificates: data.map((c) => toPublicCertificate(c)), count: metadata?.count ?? data.length, limit, offset })
}
