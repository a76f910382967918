import { isCertificateValid } from "@nongsan/ocop/lib/ocop-rules"
import { isSellerOpen } from "@nongsan/farmer-household/lib/seller-visibility"
import { seasonAt } from "@nongsan/farmer-household/lib/harvest-season"
import { foldVietnamese } from "./fold-vietnamese"

/** What `query.graph` reads for one product document (search/product.ts). */
export const PRODUCT_SOURCE_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "status",
  "thumbnail",
  "created_at",
  "tags.value",
  "categories.name",
  "categories.handle",
  "variants.id",
  "variants.allow_backorder",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "seller.id",
  "seller.handle",
  "seller.name",
  "seller.status",
  "seller.province",
  "seller.commune",
  "seller.closed_from",
  "seller.closed_until",
  "seller.certifications.kind",
  "seller.certifications.expires_at",
  "ocop_certificates.stars",
  "ocop_certificates.product_group",
  "ocop_certificates.status",
  "ocop_certificates.expires_on",
  "harvest_plan.preorder_enabled",
  "harvest_plan.preorder_cap",
  "harvest_plan.windows.label",
  "harvest_plan.windows.start_day",
  "harvest_plan.windows.end_day",
]

export type ProductSearchDocument = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  thumbnail: string | null
  tags: string[]
  category: string[]
  category_handle: string[]
  seller_id: string
  seller_name: string
  seller_handle: string
  province: string | null
  commune: string | null
  ocop_stars: number | null
  ocop_group: string | null
  ocop_expires_on: string | null
  certifications: string[]
  price_min: number | null
  price_max: number | null
  in_stock: boolean
  season: string
  preorder: boolean
  created_at: string
  folded: string
}

type Row = Record<string, any>

const VND = "vnd"

function vndPrices(p: Row): number[] {
  return (p.variants ?? []).flatMap((v: Row) =>
    (v.prices ?? []).filter((pr: Row) => pr.currency_code === VND).map((pr: Row) => Number(pr.amount))
  )
}

/** A variant is buyable now when it is not stock-managed, takes back-orders, or has stock left. */
function inStock(p: Row): boolean {
  return (p.variants ?? []).some((v: Row) => {
    if (!v.manage_inventory || v.allow_backorder) return true
    const levels = (v.inventory_items ?? []).flatMap((i: Row) => i.inventory?.location_levels ?? [])
    return levels.reduce((n: number, l: Row) => n + Number(l.stocked_quantity ?? 0) - Number(l.reserved_quantity ?? 0), 0) > 0
  })
}

/** The best certificate valid now: its stars and group are what the shop filters on. */
function validOcop(p: Row, now: Date): Row | null {
  const valid = (p.ocop_certificates ?? []).filter((c: Row) => c && isCertificateValid({ status: c.status, expires_on: c.expires_on }, now))
  return valid.sort((a: Row, b: Row) => b.stars - a.stars || (b.expires_on > a.expires_on ? 1 : -1))[0] ?? null
}

function sellerCertifications(seller: Row, now: Date): string[] {
  return (seller.certifications ?? [])
    .filter((c: Row) => !c.expires_at || new Date(c.expires_at) > now)
    .map((c: Row) => c.kind as string)
}

/**
 * One product as the search index holds it, or null when it does not belong in the shop now
 * (not published, no seller, seller not approved or closed): the Search Module turns a null into
 * a delete, so a suspended seller's products leave the index on the status event.
 *
 * OCOP stars and group are set only while a certificate is valid, with the expiry day kept so a
 * query can also refuse a certificate that lapsed since the document was written.
 */
export function toProductSearchDocument(p: Row, now: Date = new Date()): ProductSearchDocument | null {
  const seller = p.seller
  if (p.status !== "published" || !seller || !isSellerOpen(seller, now)) return null
  const prices = vndPrices(p)
  const ocop = validOcop(p, now)
  const plan = p.harvest_plan
  const season = plan
    ? seasonAt(
        {
          windows: (plan.windows ?? []).map((w: Row) => ({ label: w.label, from: w.start_day, to: w.end_day })),
          preorder: { enabled: !!plan.preorder_enabled, cap: plan.preorder_cap ?? null },
        },
        {},
        now
      ).state
    : "year_round"
  const tags = (p.tags ?? []).map((t: Row) => t.value as string)
  const categories = (p.categories ?? []).map((c: Row) => c.name as string)
  const certifications = [...sellerCertifications(seller, now), ...(ocop ? ["ocop"] : [])]
  const words = [p.title, p.subtitle, ...tags, ...categories, seller.name, seller.province, seller.commune]
  return {
    id: p.id,
    title: p.title,
    subtitle: p.subtitle ?? null,
    description: p.description ?? null,
    handle: p.handle,
    thumbnail: p.thumbnail ?? null,
    tags,
    category: categories,
    category_handle: (p.categories ?? []).map((c: Row) => c.handle as string),
    seller_id: seller.id,
    seller_name: seller.name,
    seller_handle: seller.handle,
    province: seller.province ?? null,
    commune: seller.commune ?? null,
    ocop_stars: ocop ? Number(ocop.stars) : null,
    ocop_group: ocop ? ocop.product_group : null,
    ocop_expires_on: ocop ? ocop.expires_on : null,
    certifications: [...new Set(certifications)],
    price_min: prices.length ? Math.min(...prices) : null,
    price_max: prices.length ? Math.max(...prices) : null,
    in_stock: inStock(p),
    season,
    preorder: season === "preorder",
    created_at: new Date(p.created_at).toISOString(),
    folded: foldVietnamese(words.filter(Boolean).join(" ")),
  }
}
