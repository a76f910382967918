import { describe, expect, it } from "vitest"
import { jsonLdText, productJsonLd, type ProductLdInput } from "./product-json-ld"

const lychee: ProductLdInput = {
  name: "Vải thiều Thanh Hà",
  description: "Quả to, cùi dày",
  url: "https://nongsan.vn/san-pham/vai-thieu-thanh-ha",
  images: ["https://nongsan.vn/uploads/photos/a-1280.webp"],
  seller: { name: "Hộ ông Nguyễn Văn Hải" },
  packs: [
    { title: "1 kg", sku: "VTTH-1KG", price: 45_000, inStock: true },
    { title: "Hộp 5 kg", sku: "VTTH-5KG", price: 210_000, inStock: false },
  ],
  season: { state: "in_season", ships_from: null },
  ocopStars: 4,
}

describe("productJsonLd", () => {
  it("offers each pack in whole VND with its stock, inside a price range", () => {
    const ld = productJsonLd(lychee) as any
    expect(ld).toMatchObject({ "@context": "https://schema.org", "@type": "Product", name: "Vải thiều Thanh Hà", brand: { name: "Hộ ông Nguyễn Văn Hải" } })
    expect(ld.offers).toMatchObject({ "@type": "AggregateOffer", priceCurrency: "VND", lowPrice: 45_000, highPrice: 210_000, offerCount: 2 })
    expect(ld.offers.offers.map((o: any) => [o.price, o.availability])).toEqual([
      [45_000, "https://schema.org/InStock"],
      [210_000, "https://schema.org/OutOfStock"],
    ])
  })

  it("says PreOrder with the day it ships, and OutOfStock out of season whatever the stock", () => {
    const pre = productJsonLd({ ...lychee, season: { state: "preorder", ships_from: "2027-06-01" } }) as any
    expect(pre.offers.offers[0]).toMatchObject({ availability: "https://schema.org/PreOrder", availabilityStarts: "2027-06-01" })
    const out = productJsonLd({ ...lychee, season: { state: "out_of_season", ships_from: null } }) as any
    expect(out.offers.offers[0].availability).toBe("https://schema.org/OutOfStock")
  })

  it("leaves out offers without a price", () => {
    expect(productJsonLd({ ...lychee, packs: [{ title: "1 kg", price: null, inStock: true }] })).not.toHaveProperty("offers")
  })
})

describe("jsonLdText", () => {
  it("cannot close its script element", () => {
    const text = jsonLdText({ name: "</script><script>alert(1)</script>" })
    expect(text).not.toContain("</")
    expect(JSON.parse(text).name).toBe("</script><script>alert(1)</script>")
  })

  it("rates the product from its visible reviews, with the newest three as Reviews", () => {
    const reviews = [5, 4, 5, 3].map((rating, i) => ({
      author_name: `Trần Thị L${i}.`,
      rating,
      body: i ? null : "Vải ngọt",
      created_at: `2026-06-1${i}T08:00:00.000Z`,
    }))
    const ld = productJsonLd({ ...lychee, rating: { average: 4.3, count: 4 }, reviews }) as any
    expect(ld.aggregateRating).toEqual({ "@type": "AggregateRating", ratingValue: 4.3, reviewCount: 4, bestRating: 5, worstRating: 1 })
    expect(ld.review).toHaveLength(3)
    expect(ld.review[0]).toEqual({
      "@type": "Review",
      author: { "@type": "Person", name: "Trần Thị L0." },
      datePublished: "2026-06-10",
      reviewBody: "Vải ngọt",
      reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1 },
    })
    expect(ld.review[1]).not.toHaveProperty("reviewBody")
  })

  it("claims no rating before the first review", () => {
    const ld = productJsonLd({ ...lychee, rating: { average: null, count: 0 }, reviews: [] }) as any
    expect(ld).not.toHaveProperty("aggregateRating")
    expect(ld).not.toHaveProperty("review")
  })
})
