// The scaled catalogue at small scale: the rows written in bulk must be products Medusa's own
// store API and our search return, priced, in stock (or sold out where the catalogue says so),
// with their OCOP stars; and a second seed of another size is refused.
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest"
import { randomBytes } from "node:crypto"
import { createDatabase, dropDatabase } from "./database.ts"
import { stopGroup, type Managed } from "./processes.ts"
import { seedScaleCatalogue } from "./scale-database.ts"
import { databaseUrl, freePort, publishableKey, startMedusa } from "./stack.ts"
import { jsonClient, type Api } from "../bench/context.ts"

const PRODUCTS = 500

describe("npm run seed:scale (500 products)", () => {
  const serverUrl = inject("pgServerUrl")
  const database = `scale_${randomBytes(4).toString("hex")}`
  const dbUrl = databaseUrl(serverUrl, database)
  let medusa: Managed | undefined
  let api: Api
  let regionId: string

  beforeAll(async () => {
    await createDatabase(serverUrl, database, inject("templateDatabase"))
    await seedScaleCatalogue(dbUrl, PRODUCTS, { quiet: true })
    const started = await startMedusa({ databaseUrl: dbUrl, port: await freePort(), mode: "start", quiet: true, env: { ADMIN_DISABLED: "true", LOG_LEVEL: "error" }, onSpawn: (m) => (medusa = m) })
    api = jsonClient(started.url, (await publishableKey(dbUrl))!)
    regionId = (await api("/store/regions")).body.regions[0].id
  })
  afterAll(async () => {
    if (medusa) await stopGroup(medusa)
    await dropDatabase(serverUrl, database)
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
    await seedScaleCatalogue(dbUrl, PRODUCTS, { quiet: true })
    await expect(seedScaleCatalogue(dbUrl, PRODUCTS + 100, { quiet: true })).rejects.toThrow(/refusing to mix sizes/)
  })
})
