// What the seeded demo holds, read from the seed's own data, for tests whose expected sets grow
// with the demo catalogue (e.g. "the 4★ filter shows exactly the 4★ products").
import { demoData } from "../../../backend/src/seed/demo-data.ts"

export { demoData }

/** Titles of the products with a verified OCOP certificate of one of `stars`, in seeding order. */
export function ocopProductTitles(stars: number[]): string[] {
  const handles = new Set(demoData.ocopCertificates.verified.filter((c) => stars.includes(c.stars)).flatMap((c) => c.products))
  return demoData.products.filter((p) => handles.has(p.handle)).map((p) => p.title)
}

/** A product's cheapest pack, in VND. */
export function lowestPrice(title: string): number {
  return Math.min(...demoData.products.find((p) => p.title === title)!.variants.map((v) => v.price))
}

/** Titles of the products whose seller is in `province`. */
export function productTitlesIn(province: string): string[] {
  const sellers = new Set(demoData.sellers.filter((s) => s.province === province).map((s) => s.handle))
  return demoData.products.filter((p) => sellers.has(p.seller)).map((p) => p.title)
}
