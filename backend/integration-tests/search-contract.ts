// The search contract: queries a buyer types and the demo products they must (or must not) find.
// Run against a Medusa on the Postgres provider (search-postgres.test.ts) and, when
// MEILISEARCH_HOST is set, on Meilisearch (plugins/search-meilisearch/integration-tests).
import { expect, it } from "vitest"
import type { TestMedusa } from "../../infra/src/testing/medusa.ts"
import { demoSellerToken, lycheeBox } from "../../plugins/farmer-household/integration-tests/helpers.ts"
import { demoData } from "../../infra/src/testing/demo-catalogue.ts"

type Hit = { handle: string; price_min: number; province: string; ocop_stars: number | null; created_at: string }

const VAI_THIEU = ["vai-thieu-thanh-ha", "vai-thieu-luc-ngan"]
const ALL_VAI = [...VAI_THIEU, "vai-u-hong-thanh-ha"]

// The seeded catalogue (150 products), for the sets and counts that grow with it.
const products = demoData.products
const provinceOf = (p: (typeof products)[number]) => demoData.sellers.find((s) => s.handle === p.seller)!.province
const lowest = (p: (typeof products)[number]) => Math.min(...p.variants.map((v) => v.price))
const certifiedWith = (stars: number) =>
  new Set(demoData.ocopCertificates.verified.filter((c) => c.stars === stars).flatMap((c) => c.products))
const countBy = (values: string[]) => values.reduce<Record<string, number>>((n, v) => ({ ...n, [v]: (n[v] ?? 0) + 1 }), {})
/** "Vải thiều Thanh Hà" → "vai-thieu-thanh-ha": the handle is the folded title. */
const titled = (prefix: string) => (handle: string) => handle.startsWith(prefix)
/**
 * Whether a demo product's folded title or seller holds every typed word, the last one as a
 * prefix ("vai th" → "vai" and a word starting with "th"), as a typeahead suggestion must.
 */
const completes = (typed: string) => (handle: string) => {
  const product = products.find((p) => p.handle === handle)
  if (!product) return false
  const words = `${product.handle}-${product.seller}`.split("-")
  const typedWords = typed.split(" ")
  const last = typedWords.pop()!
  return typedWords.every((w) => words.includes(w)) && words.some((w) => w.startsWith(last))
}

export function searchContract(medusa: () => TestMedusa) {
  const search = async (params: string) => {
    const res = await medusa().api(`/store/search?${params}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body as { hits: Hit[]; count: number | null; facets: Record<string, any> }
  }
  const handles = async (params: string) => (await search(params)).hits.map((h) => h.handle)
  const q = (text: string) => `q=${encodeURIComponent(text)}`

  it.each([
    ["vai thieu", "no accents"],
    ["vải thiều", "accents"],
    ["VẢI THIỀU", "capitals"],
    ["vai thiu", "a typo"],
    ["vải thiều".normalize("NFD"), "decomposed accents from a phone keyboard"],
  ])("%s (%s) finds the vải thiều, best first", async (text) => {
    const found = await handles(`${q(text)}&limit=100`)
    // Products named "Vải thiều …" rank above those that only mention it.
    expect(found.slice(0, 2).every(titled("vai-thieu-"))).toBe(true)
    expect(found).toEqual(expect.arrayContaining(VAI_THIEU))
  })

  it("Vải finds every lychee", async () => {
    expect(await handles(`${q("Vải")}&limit=100`)).toEqual(expect.arrayContaining(ALL_VAI))
  })

  it("luc ngan finds Lục Ngạn produce and not Thanh Hà's", async () => {
    const found = await handles(`${q("luc ngan")}&limit=100`)
    expect(found).toContain("vai-thieu-luc-ngan")
    expect(found).not.toContain("vai-thieu-thanh-ha")
  })

  it("đ folds to d: dong van finds the Đồng Văn honey", async () => {
    expect(await handles(q("dong van"))).toContain("mat-ong-bac-ha-dong-van")
  })

  it("a seller's name finds its products", async () => {
    expect(await handles(q("htx che tan cuong"))).toContain("che-tan-cuong-dac-biet")
  })

  it("typeahead completes the last word as a prefix", async () => {
    const { status, body } = await medusa().api(`/store/search/suggestions?${q("vai th")}`)
    expect(status).toBe(200)
    // More lychees match than there are suggestions: each suggestion completes what was typed.
    const suggested = body.suggestions.map((s: { handle: string }) => s.handle)
    expect(suggested.length).toBeGreaterThan(1)
    expect(suggested.filter((h: string) => !completes("vai th")(h))).toEqual([])
    expect(suggested).not.toContain("che-tan-cuong-dac-biet")
    const single = await medusa().api(`/store/search/suggestions?${q("mat o")}`)
    const honey = single.body.suggestions.map((s: { handle: string }) => s.handle)
    expect(honey.length).toBeGreaterThan(0)
    expect(honey.filter((h: string) => !completes("mat o")(h))).toEqual([])
    // Nothing starts with a misspelling: near misses are suggested instead.
    const typo = await medusa().api(`/store/search/suggestions?${q("vai thiu")}`)
    const near = typo.body.suggestions.map((s: { handle: string }) => s.handle)
    expect(near.length).toBeGreaterThan(0)
    expect(near.filter((h: string) => !completes("vai thieu")(h))).toEqual([])
  })

  it("filters by province and counts the other provinces in the facet", async () => {
    const result = await search(`province=${encodeURIComponent("Tỉnh Bắc Ninh")}&limit=100`)
    const bacNinh = products.filter((p) => provinceOf(p) === "Tỉnh Bắc Ninh").map((p) => p.handle)
    expect(bacNinh).toContain("vai-thieu-luc-ngan")
    expect(result.hits.map((h) => h.handle).sort()).toEqual(bacNinh.sort())
    expect(result.count).toBe(bacNinh.length)
    const provinces = Object.fromEntries(result.facets.province.map((v: { value: string; count: number }) => [v.value, v.count]))
    expect(provinces).toEqual(countBy(products.map(provinceOf)))
  })

  it("facets on category, OCOP stars, certification and price ranges", async () => {
    const { facets, count } = await search("")
    expect(count).toBe(products.length)
    const counts = (f: { value: string; count: number }[]) => Object.fromEntries(f.map((v) => [v.value, v.count]))
    expect(counts(facets.category)).toMatchObject({ "Trái cây": products.filter((p) => p.category === "trai-cay").length })
    const stars = Object.fromEntries([3, 4, 5].map((n) => [String(n), certifiedWith(n).size]))
    expect(counts(facets.ocop_stars)).toMatchObject(stars)
    expect(counts(facets.certification)).toMatchObject({ vietgap: expect.any(Number), ocop: [3, 4, 5].reduce((n, s) => n + stars[s]!, 0) })
    expect(facets.price.map((r: { key: string }) => r.key)).toEqual(["duoi-50k", "50k-100k", "100k-200k", "200k-500k", "tren-500k"])
    const bounds = [0, 50_000, 100_000, 200_000, 500_000, Infinity]
    const inRange = (i: number) => products.filter((p) => lowest(p) >= bounds[i]! && lowest(p) < bounds[i + 1]!).length
    expect(facets.price.map((r: { count: number }) => r.count)).toEqual(bounds.slice(0, -1).map((_, i) => inRange(i)))
  })

  it("counts nothing, rather than nothing at all, when no product matches", async () => {
    const none = await search("q=qzxwv")
    expect(none.hits).toEqual([])
    expect(none.count).toBe(0)
    expect(none.facets.price.map((r: { count: number }) => r.count)).toEqual([0, 0, 0, 0, 0])
    expect([none.facets.province, none.facets.category]).toEqual([[], []])
  })

  it("counts only the facets asked for, and nothing with facets=none (a shelf's few cards)", async () => {
    const newest = await search("sort=newest&limit=4")
    const two = await search("sort=newest&limit=4&facets=province&facets=category")
    expect(two.hits).toEqual(newest.hits)
    expect(two.count).toBe(products.length)
    expect(two.facets.province).toEqual(newest.facets.province)
    expect(two.facets.category).toEqual(newest.facets.category)
    expect([two.facets.ocop_stars, two.facets.certification, two.facets.price]).toEqual([[], [], []])
    const shelf = await search("sort=newest&limit=4&facets=none")
    expect(shelf.hits).toEqual(newest.hits)
    expect(shelf.count).toBeNull()
    expect(Object.values(shelf.facets).every((f) => Array.isArray(f) && f.length === 0)).toBe(true)
  })

  it("filters by OCOP stars (only valid certificates), category and price", async () => {
    const withStars = async (n: number) => (await handles(`ocop_stars=${n}&limit=100`)).sort()
    expect(await withStars(4)).toEqual([...certifiedWith(4)].sort())
    expect(await withStars(4)).toEqual(expect.arrayContaining(["che-tan-cuong-dac-biet", "nem-chua-thanh-hoa"]))
    expect(await withStars(5)).toEqual([...certifiedWith(5)].sort())
    // The Thanh Hà lychee's certificate is only submitted, not verified.
    expect(await withStars(3)).toEqual([...certifiedWith(3)].sort())
    expect(await withStars(3)).not.toContain("vai-thieu-thanh-ha")
    const cheapFruit = products.filter((p) => p.category === "trai-cay" && lowest(p) <= 50000).map((p) => p.handle)
    expect(cheapFruit).toEqual(expect.arrayContaining(["vai-thieu-luc-ngan", "vai-thieu-thanh-ha"]))
    expect((await handles(`category=${encodeURIComponent("Trái cây")}&price_max=50000&limit=100`)).sort()).toEqual(cheapFruit.sort())
  })

  it("filters by harvest season: fruit with harvest windows has a season, tea, honey and nem chua sell all year", async () => {
    const seasonal = products.filter((p) => p.harvest_windows?.length).map((p) => p.handle)
    const yearRound = products.filter((p) => !p.harvest_windows?.length).map((p) => p.handle)
    expect(yearRound).toEqual(expect.arrayContaining(["che-tan-cuong-dac-biet", "mat-ong-bac-ha-dong-van", "nem-chua-thanh-hoa"]))
    expect(seasonal).toEqual(expect.arrayContaining(ALL_VAI))
    const every = async (params: string) => [...(await handles(`${params}&limit=100`)), ...(await handles(`${params}&limit=100&offset=100`))]
    expect((await every("season=year_round")).sort()).toEqual(yearRound.sort())
    expect((await every("season=in_season&season=preorder&season=out_of_season")).sort()).toEqual(seasonal.sort())
  })

  it("sorts by price both ways and by newest", async () => {
    const asc = (await search("sort=price_asc")).hits.map((h) => h.price_min)
    expect(asc).toEqual([...asc].sort((a, b) => a - b))
    const desc = (await search("sort=price_desc")).hits.map((h) => h.price_min)
    expect(desc).toEqual([...desc].sort((a, b) => b - a))
    const newest = (await search("sort=newest")).hits.map((h) => h.created_at)
    expect(newest).toEqual([...newest].sort().reverse())
  })

  it("pages with limit and offset", async () => {
    const first = await search("sort=price_asc&limit=2")
    const second = await search("sort=price_asc&limit=2&offset=2")
    expect(first.hits).toHaveLength(2)
    expect(first.count).toBe(products.length)
    expect(second.hits.map((h) => h.handle)).not.toContain(first.hits[0]!.handle)
  })

  it("answers bad parameters with a bilingual 400", async () => {
    for (const params of ["ocop_stars=6", "price_min=abc", "sort=cheapest", "price_min=500&price_max=100", "limit=1000", "season=winter", "facets=stock"]) {
      const res = await medusa().api(`/store/search?${params}`)
      expect(res.status, params).toBe(400)
      expect(res.body.message, params).toContain(" / ")
    }
    for (const odd of ["'&|!:*", "((", "\\"]) {
      const res = await medusa().api(`/store/search?${q(odd)}`)
      expect(res.status, odd).toBe(200)
      expect((await medusa().api(`/store/search/suggestions?${q(odd)}`)).status, odd).toBe(200)
    }
    const empty = await medusa().api("/store/search/suggestions?q=")
    expect(empty.status).toBe(400)
    expect(empty.body.message).toContain("Cần từ khóa q / The query q is required")
  })

  it("a suspended seller's products vanish within a second, and come back on reinstatement", async () => {
    const token = await medusa().adminToken()
    const { body } = await medusa().api("/admin/sellers?limit=50", { token })
    const seller = body.sellers.find((s: { handle: string }) => s.handle === "htx-nong-san-luc-ngan")
    const setStatus = (action: string) =>
      medusa().api(`/admin/sellers/${seller.id}/status`, { method: "POST", token, json: { action, reason: "Kiểm tra an toàn thực phẩm" } })
    expect((await setStatus("suspend")).status).toBe(200)
    await expect.poll(() => handles(q("luc ngan")), { timeout: 1000, interval: 100 }).not.toContain("vai-thieu-luc-ngan")
    expect((await setStatus("reinstate")).status).toBe(200)
    await expect.poll(() => handles(q("luc ngan")), { timeout: 1000, interval: 100 }).toContain("vai-thieu-luc-ngan")
  })

  it("follows a seller's new product, price change and stock within a second", async () => {
    const token = await demoSellerToken(medusa())
    const created = await medusa().api("/seller/products", { method: "POST", token, json: { ...lycheeBox, status: "published" } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const product = created.body.product
    const find = async () => (await search(q("vai say kho"))).hits.find((h) => h.handle === product.handle)
    await expect.poll(async () => (await find())?.price_min, { timeout: 1000, interval: 100 }).toBe(95000)

    const [bag, box] = product.variants
    const priced = await medusa().api(`/seller/products/${product.id}/variants/${bag.id}`, { method: "POST", token, json: { price: 89000 } })
    expect(priced.status, JSON.stringify(priced.body)).toBe(200)
    await expect.poll(async () => (await find())?.price_min, { timeout: 1000, interval: 100 }).toBe(89000)

    // Sold out, with pre-orders off, the product is out of stock.
    await medusa().api(`/seller/products/${product.id}`, { method: "POST", token, json: { preorder: { enabled: false, cap: null } } })
    for (const v of [bag, box]) await medusa().api(`/seller/products/${product.id}/variants/${v.id}`, { method: "POST", token, json: { stock: 0 } })
    await expect.poll(async () => (await search(`${q("vai say kho")}&in_stock=false`)).hits.map((h) => h.handle), { timeout: 1000, interval: 100 }).toContain(product.handle)
  })

  it("a revoked OCOP certificate stops counting for the stars filter", async () => {
    const token = await medusa().adminToken()
    const { body } = await medusa().api("/admin/ocop-certificates?status=verified&limit=50", { token })
    const cert = body.certificates.find((c: { decision_number: string }) => c.decision_number === "2156/QĐ-UBND")
    // The facet's count on a search without words, counted (and kept: browse-totals-cache.ts) before the revocation.
    const fourStarCount = async () => (await search("")).facets.ocop_stars.find((v: { value: string }) => v.value === "4")?.count ?? 0
    expect(await fourStarCount()).toBe([...certifiedWith(4)].length)
    const res = await medusa().api(`/admin/ocop-certificates/${cert.id}/revoke`, { method: "POST", token, json: { reason: "Thu hồi theo quyết định của tỉnh" } })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const stillFour = [...certifiedWith(4)].filter((h) => h !== "che-tan-cuong-dac-biet").sort()
    expect(stillFour).toContain("nem-chua-thanh-hoa")
    await expect.poll(async () => (await handles("ocop_stars=4&limit=100")).sort(), { timeout: 1000, interval: 100 }).toEqual(stillFour)
    await expect.poll(fourStarCount, { timeout: 1000, interval: 100 }).toBe(stillFour.length)
  })
}
