import { dayOf } from "./batch-dates"
import { certificateFacts } from "./certificate-facts"
import { publicStatus, PUBLIC_STATUSES } from "./ocop-rules"

type Row = Record<string, any>

/** The fields of a batch, its product and its seller that the public trace page shows. */
export const PUBLIC_TRACE_FIELDS = [
  "code",
  "harvest_date",
  "packing_date",
  "plot",
  "quantity",
  "unit",
  "vietgap_code",
  "product.title",
  "product.handle",
  "product.status",
  "product.thumbnail",
  "product.seller.name",
  "product.seller.handle",
  "product.seller.commune",
  "product.seller.province",
  "product.seller.certifications.kind",
  "product.seller.certifications.number",
  "product.seller.certifications.issuer",
  "product.seller.certifications.expires_at",
  "product.ocop_certificates.code",
  "product.ocop_certificates.status",
  "product.ocop_certificates.stars",
  "product.ocop_certificates.product_group",
  "product.ocop_certificates.level",
  "product.ocop_certificates.issuing_authority",
  "product.ocop_certificates.decision_number",
  "product.ocop_certificates.decision_date",
  "product.ocop_certificates.expires_on",
]

/**
 * What anyone holding the package learns from its code: the product, the farm and where it is,
 * the harvest, the farm's certifications with whether each is still valid, and the product's
 * OCOP certificates as their public pages show them (valid first; lapsed and revoked ones stay
 * listed with that status, because an old package may carry them). Submitted and rejected
 * certificates, the seller's notes, ids and contact details stay out.
 */
export function toPublicTrace(batch: Row, scanCount: number, now = new Date()) {
  const product = batch.product ?? {}
  const seller = product.seller ?? null
  return {
    code: batch.code,
    product: {
      title: product.title ?? null,
      // Only a product on sale has a shop page to link to.
      handle: product.status === "published" ? product.handle : null,
      thumbnail: product.thumbnail ?? null,
    },
    seller: seller ? { name: seller.name, handle: seller.handle, commune: seller.commune, province: seller.province } : null,
    harvest_date: dayOf(batch.harvest_date),
    packing_date: dayOf(batch.packing_date),
    plot: batch.plot,
    quantity: Number(batch.quantity),
    unit: batch.unit,
    vietgap_code: batch.vietgap_code ?? null,
    certifications: (seller?.certifications ?? [])
      .filter((c: Row | null) => !!c)
      .map((c: Row) => ({
        kind: c.kind,
        number: c.number,
        issuer: c.issuer,
        expires_at: dayOf(c.expires_at),
        valid: !c.expires_at || new Date(c.expires_at) > now,
      })),
    ocop_certificates: (product.ocop_certificates ?? [])
      .filter((c: Row | null) => !!c && PUBLIC_STATUSES.includes(c.status))
      .map((c: Row) => ({
        code: c.code,
        status: publicStatus(c as { status: string; expires_on: string }, now),
        ...certificateFacts(c),
      }))
      .sort((a: Row, b: Row) => Number(b.status === "verified") - Number(a.status === "verified") || String(b.decision_date).localeCompare(String(a.decision_date))),
    scan_count: scanCount,
  }
}
