// The scaled catalogue at small scale: the rows written in bulk must be products Medusa's own
// store API and our search return, priced, in stock (or sold out where the catalogue says so),
// with their OCOP stars; and a second seed of another size is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { seedScaleCatalogue } from "./scale-database.ts"
import { createTestDatabase, serveTestMedusa, type TestMedusa } from "./testing/medusa.ts"

const PRODUCTS = 500

describe("npm run seed:scale (500 products)", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined
  let medusa: TestMedusa | undefined
  let api: TestMedusa["api"]
  let regionId: string

  beforeAll(async () => {
    database = await createTestDatabase()
    await seedScaleCatalogue(database.databaseUrl, PRODUCTS, { quiet: true })
    medusa = await serveTestMedusa(database.databaseUrl)
    api = medusa.api
    regionId = (await api("/store/regions")).body.regions[0].id
  })
  afterAll(async () => {
    await medusa?.stop()
    await database?.drop()
  })

  const product = async (handle: string) => {
    const res = await api(`/store/products?handle=${handle}&region_id=${regionId}&fields=*variants.calculated_price,+variants.inventory_quantity,*categories,seller.*`)
    expect(res.status).toBe(200)
    return res.body.products[0]
  }

  it("lists every scaled product through Medusa's /store/products, priced in VND and in stock", async () => {
    const { body } = await api(`/store/products?limit=1&handle[]=scale-0&handle[]=scale-499`)
    expect(body.count).toBe(2)
    const p = await product("scale-123")
    expect(p.title).toMatch(/\S+ .+/)
    expect(p.categories).toHaveLength(1)
    expect(p.variants).toHaveLength(2)
    for (const v of p.variants) {
      expect(v.calculated_price.currency_code).toBe("vnd")
      expect(Number.isInteger(v.calculated_price.calculated_amount)).toBe(true)
      expect(v.calculated_price.calculated_amount % 1000).toBe(0)
      expect(v.inventory_quantity).toBeGreaterThan(0)
    }
    const soldOut = await product("scale-100")
    expect(soldOut.variants.map((v: { inventory_quantity: number }) => v.inventory_quantity)).toEqual([0, 0])
  })

  it("finds them through /store/search, with price, stock and OCOP stars", async () => {
    const p = await product("scale-123")
    const { status, body } = await api(`/store/search?q=${encodeURIComponent(p.title)}&limit=50`)
    expect(status).toBe(200)
    const hit = body.hits.find((h: { handle: string }) => h.handle === "scale-123")
    expect(hit).toMatchObject({ title: p.title, in_stock: true, price_min: Math.min(...p.variants.map((v: any) => v.calculated_price.calculated_amount)) })
    expect(hit.province).toBeTruthy()
    const certified = await api(`/store/search?ocop_stars=5&limit=100`)
    const handles = certified.body.hits.map((h: { handle: string }) => h.handle)
    // Every 20th scaled product is certified, with 3, 4, 5 stars in turn: 40, 100, 160 … have 5.
    expect(handles).toEqual(expect.arrayContaining(["scale-40", "scale-100", "scale-160"]))
    expect(handles).not.toContain("scale-20")
    const soldOut = await api(`/store/search?q=${encodeURIComponent((await product("scale-100")).title)}&limit=50`)
    expect(soldOut.body.hits.find((h: { handle: string }) => h.handle === "scale-100")).toMatchObject({ in_stock: false })
  })

  it("does nothing when run again with the same size, and refuses another size", async () => {
    await seedScaleCatalogue(database!.databaseUrl, PRODUCTS, { quiet: true })
    await expect(seedScaleCatalogue(database!.databaseUrl, PRODUCTS + 100, { quiet: true })).rejects.toThrow(/refusing to mix sizes/)
  })
})
