import type { HarvestState } from "~/types/harvest"

export type ProductLdInput = {
  name: string
  description: string | null | undefined
  /** The canonical page URL (absolute). */
  url: string
  images: string[]
  seller: { name: string; province?: string | null } | null
  packs: { title: string; sku?: string | null; price: number | null | undefined; inStock: boolean }[]
  season: { state: HarvestState; ships_from: string | null } | null | undefined
  ocopStars?: number | null
  /** The visible reviews' average and count (hidden ones left out), and the newest few of them. */
  rating?: { average: number | null; count: number } | null
  reviews?: { author_name: string; rating: number; body: string | null; created_at: string }[]
}

/** How many reviews the page's data carries itself: a sample, as search engines expect, not the list. */
export const LD_REVIEWS = 3

const SCHEMA = "https://schema.org/"

/**
 * One pack's availability: a pre-order is `PreOrder` (shipping from the next harvest), out of
 * season is `OutOfStock` whatever the stock says, otherwise the stock decides.
 */
function availability(state: HarvestState | undefined, inStock: boolean): string {
  if (state === "preorder") return `${SCHEMA}PreOrder`
  if (state === "out_of_season") return `${SCHEMA}OutOfStock`
  return `${SCHEMA}${inStock ? "InStock" : "OutOfStock"}`
}

/**
 * The product page's schema.org/Product: one Offer per pack in VND (integer đồng) inside an
 * AggregateOffer, so search engines show the price range, the farm and whether it can be bought;
 * with ratings, their AggregateRating and the newest reviews (the stars beside a search result).
 */
export function productJsonLd(p: ProductLdInput): Record<string, unknown> {
  const priced = p.packs.filter((v): v is typeof v & { price: number } => typeof v.price === "number")
  const prices = priced.map((v) => Math.round(v.price))
  const seller = p.seller ? { "@type": "Organization", name: p.seller.name } : undefined
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: p.name,
    ...(p.description ? { description: p.description } : {}),
    url: p.url,
    ...(p.images.length ? { image: p.images } : {}),
    ...(p.seller ? { brand: { "@type": "Brand", name: p.seller.name } } : {}),
    ...(p.ocopStars ? { award: `OCOP ${p.ocopStars}★` } : {}),
    ...(p.rating?.count && p.rating.average !== null
      ? {
          aggregateRating: { "@type": "AggregateRating", ratingValue: p.rating.average, reviewCount: p.rating.count, bestRating: 5, worstRating: 1 },
          review: (p.reviews ?? []).slice(0, LD_REVIEWS).map((r) => ({
            "@type": "Review",
            author: { "@type": "Person", name: r.author_name },
            datePublished: r.created_at.slice(0, 10),
            ...(r.body ? { reviewBody: r.body } : {}),
            reviewRating: { "@type": "Rating", ratingValue: r.rating, bestRating: 5, worstRating: 1 },
          })),
        }
      : {}),
    ...(priced.length
      ? {
          offers: {
            "@type": "AggregateOffer",
            priceCurrency: "VND",
            lowPrice: Math.min(...prices),
            highPrice: Math.max(...prices),
            offerCount: priced.length,
            offers: priced.map((v) => ({
              "@type": "Offer",
              name: v.title,
              ...(v.sku ? { sku: v.sku } : {}),
              price: Math.round(v.price),
              priceCurrency: "VND",
              availability: availability(p.season?.state, v.inStock),
              ...(p.season?.state === "preorder" && p.season.ships_from ? { availabilityStarts: p.season.ships_from } : {}),
              url: p.url,
              ...(seller ? { seller } : {}),
            })),
          },
        }
      : {}),
  }
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the script. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c")
}
