import { dayOf } from "./batch-dates"

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
]

/**
 * What anyone holding the package learns from its code: the product, the farm and where it is,
 * the harvest, and the farm's certifications with whether each is still valid. The seller's
 * notes, ids and contact details stay out.
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
    scan_count: scanCount,
  }
}
