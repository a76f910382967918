import sharp from "sharp"
import type { Page } from "playwright-core"
import { describe, expect, it, vi } from "vitest"
import { beforeHydration, chromiumAvailable, phonePage, screenshot } from "../../infra/src/testing/browser.ts"
import { useShopStack } from "../../infra/src/testing/shop-stack.ts"
import { demoSellerToken } from "../../plugins/farmer-household/integration-tests/helpers.ts"
import { demoData, ocopProductTitles, productTitlesIn } from "../../infra/src/testing/demo-catalogue.ts"

// The seed (infra/src/testing/demo-catalogue.ts): lychees from Thanh Hà (Hải Phòng) and Lục Ngạn
// (Bắc Ninh) among the fruit; tea, honey, rice, … with OCOP certificates of 3 to 5 stars.
const titlesIn = (category: string) => demoData.products.filter((p) => p.category === category).map((p) => p.title)
const seasonalTitles = demoData.products.filter((p) => p.harvest_windows?.length).map((p) => p.title)
const fruit = titlesIn("trai-cay")
const ROUND_TRIP = { timeout: 10_000 }
const hitTitles = (page: Page, scope = "main") => page.locator(`${scope} [data-test=search-hit] h2`).allTextContents()

/** Every image `selector` finds has loaded (complete, with pixels) from a file the server has. */
async function expectImagesLoaded(page: Page, selector: string) {
  for (const img of await page.locator(selector).all()) {
    await img.scrollIntoViewIfNeeded()
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), ROUND_TRIP).toBe(true)
    const src = await img.evaluate((i: HTMLImageElement) => i.currentSrc)
    expect((await fetch(src)).status, src).toBe(200)
  }
}

describe.runIf(chromiumAvailable())("home, category and province pages, product SEO and the sitemap", () => {
  const stack = useShopStack()
  const url = (path: string) => `${stack.storefront.url}${path}`
  /** A WebP stored by the operator through Medusa's own upload route, under the given name. */
  const uploadOutsideImage = async (name: string) => {
    const webp = await sharp({ create: { width: 1280, height: 960, channels: 3, background: { r: 90, g: 160, b: 60 } } }).webp().toBuffer()
    const form = new FormData()
    form.append("files", new Blob([new Uint8Array(webp)], { type: "image/webp" }), name)
    const res = await fetch(`${stack.medusa.url}/admin/uploads`, { method: "POST", headers: { authorization: `Bearer ${await stack.medusa.adminToken()}` }, body: form })
    return ((await res.json()) as { files: { url: string }[] }).files[0]!.url
  }
  /** What /store/search counts for a query: the pages must show the same. */
  const apiCount = async (query: string) => (await stack.medusa.api(`/store/search?${query}`)).body.count as number

  it("opens the home page on the season's produce, OCOP highlights, categories, provinces and new farms", async () => {
    // Medusa fills the search index in the background when it starts.
    await vi.waitFor(async () => expect((await stack.medusa.api("/store/search")).body.count).toBe(demoData.products.length), { timeout: 30_000, interval: 250 })
    const page = await phonePage(stack.browser)
    await page.goto(url("/"))
    // Lychee is harvested from May to July, pre-ordered the rest of the year: either way it leads.
    const seasonal = [...(await hitTitles(page, "[data-test=shelf-in-season]")), ...(await hitTitles(page, "[data-test=shelf-preorder]"))]
    expect(seasonal.length).toBeGreaterThan(0)
    expect(seasonalTitles).toEqual(expect.arrayContaining(seasonal))
    expect(seasonal).not.toContain("Chè Tân Cương đặc biệt")
    const ocop = await hitTitles(page, "[data-test=shelf-ocop]")
    expect(ocop).toHaveLength(4)
    expect(ocopProductTitles([4, 5])).toEqual(expect.arrayContaining(ocop))
    const categories = page.locator("[data-test=chips-categories]")
    expect(await categories.getByRole("link", { name: `Trái cây (${fruit.length})` }).getAttribute("href")).toBe("/danh-muc/trai-cay")
    expect(await page.locator("[data-test=new-farms] [data-test=seller-card]").count()).toBe(4)
    await screenshot(page, "home-shelves")

    await page.locator("[data-test=chips-provinces]").getByRole("link", { name: /^Thành phố Hải Phòng/ }).click()
    await page.waitForURL(/\/tinh\/hai-phong$/)
    await expect.poll(() => page.locator("h1").textContent(), ROUND_TRIP).toBe("Nông sản Thành phố Hải Phòng")
    expect(await page.locator("[data-test=search-count]").textContent()).toBe(`${productTitlesIn("Thành phố Hải Phòng").length} sản phẩm`)
    // A full first page (the province has more than 24), all of it from the province: an empty
    // grid would pass a subset check alone.
    const haiPhong = await hitTitles(page)
    expect(haiPhong).toHaveLength(Math.min(24, productTitlesIn("Thành phố Hải Phòng").length))
    expect(productTitlesIn("Thành phố Hải Phòng")).toEqual(expect.arrayContaining(haiPhong))
    // A province page does not offer other provinces.
    expect(await page.locator("[data-test=facet-province]").count()).toBe(0)
  })

  it("filters, sorts and pages a category in its URL, rendered by the server", async () => {
    const page = await phonePage(stack.browser)
    const first = await page.goto(url("/danh-muc/trai-cay"))
    expect(first?.status()).toBe(200)
    expect(await page.locator("h1").textContent()).toBe("Trái cây")
    expect(await page.locator("[data-test=search-count]").textContent()).toBe(`${fruit.length} sản phẩm`)

    // Opened before the page's JavaScript arrived (a slow phone): hydration must not close it.
    // (From the keyboard: a click waits for the element to be stable over animation frames, which
    // did not come while the scripts were held back.)
    await beforeHydration(page, url("/danh-muc/trai-cay"), async () => {
      await page.getByText("Bộ lọc", { exact: true }).focus()
      await page.keyboard.press("Enter")
    })
    await page.locator("[data-test=facet-province]").getByRole("link", { name: /Tỉnh Bắc Ninh/ }).click()
    await page.waitForURL(/\/danh-muc\/trai-cay\?tinh=/)
    const bacNinhFruit = productTitlesIn("Tỉnh Bắc Ninh").filter((t) => fruit.includes(t))
    await expect.poll(async () => (await hitTitles(page)).sort(), ROUND_TRIP).toEqual(bacNinhFruit.sort())

    await page.goto(url("/danh-muc/trai-cay?sap-xep=price_asc"))
    const prices = (await page.locator("[data-test=search-hit] [data-test=price]").allTextContents()).map((p) => Number(p.replace(/\D/g, "")))
    const cheapestFruit = Math.min(...demoData.products.filter((p) => p.category === "trai-cay").flatMap((p) => p.variants.map((v) => v.price)))
    expect(prices[0]).toBe(cheapestFruit)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    // In season or to pre-order: the harvest module's answer for today, as the API counts it.
    await page.getByText("Bộ lọc", { exact: true }).click()
    await page.locator("[data-test=facet-availability]").getByRole("link", { name: "Đặt trước" }).click()
    await page.waitForURL(/mua=dat-truoc/)
    expect(page.url()).toContain("sap-xep=price_asc")
    const preorders = await apiCount(`category=${encodeURIComponent("Trái cây")}&season=preorder`)
    await expect.poll(() => page.locator("[data-test=search-count]").textContent(), ROUND_TRIP).toBe(`${preorders} sản phẩm`)
    await page.goto(url("/danh-muc/che?con-hang=1"))
    // Every tea of the seed is in stock: the whole category, and nothing else.
    expect((await hitTitles(page)).sort()).toEqual(titlesIn("che").sort())

    // A page past the end still keeps its filters in the way back.
    await page.goto(url("/danh-muc/trai-cay?sap-xep=price_asc&trang=2"))
    expect(await page.locator("[data-test=pager]").getByRole("link", { name: /Trang trước/ }).getAttribute("href")).toBe("/danh-muc/trai-cay?sap-xep=price_asc")
    // Canonical: the page number stays, the sorting does not.
    expect(await page.locator("link[rel=canonical]").getAttribute("href")).toMatch(/^https?:\/\/[^/]+\/danh-muc\/trai-cay\?trang=2$/)

    expect((await page.goto(url("/danh-muc/khong-co")))?.status()).toBe(404)
    // Hải Dương is part of Hải Phòng since 1 July 2025: no page of its own.
    expect((await page.goto(url("/tinh/hai-duong")))?.status()).toBe(404)
  })

  it("shows a product's photos from their WebP variants, its price per kg, farm, traceability and related products", async () => {
    // A seeded demo photo is saved with its variants too. (The test template is seeded for a
    // Medusa on port 9000, not this suite's, so its files are not fetched here.)
    const page = await phonePage(stack.browser)
    await page.goto(url("/san-pham/mat-ong-bac-ha-dong-van"))
    expect(await page.locator("[data-test=gallery] img").getAttribute("srcset")).toMatch(/^\S+\.webp 320w, \S+\.webp 640w, \S+\.webp 1280w$/)

    const hai = await demoSellerToken(stack.medusa)
    const photo = (r: number) => sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r, g: 120, b: 60 } } }).jpeg().toBuffer()
    const form = new FormData()
    for (const r of [200, 120]) form.append("files", new Blob([new Uint8Array(await photo(r))], { type: "image/jpeg" }), `IMG_${r}.jpg`)
    const uploaded = await fetch(`${stack.medusa.url}/seller/photos`, { method: "POST", headers: { authorization: `Bearer ${hai}` }, body: form })
    const { photos } = (await uploaded.json()) as { photos: { url: string; variants: { url: string; width: number }[] }[] }
    // A picture from elsewhere whose name merely looks like a variant's: it has no 320 or 640 px sibling.
    const outside = await uploadOutsideImage("vai-thieu-1280.webp")
    const { products } = (await stack.medusa.api("/seller/products", { token: hai })).body
    const lychee = products.find((p: { handle: string }) => p.handle === "vai-thieu-thanh-ha")
    // As the dashboard saves them: the uploaded photos with their variants.
    const saved = await stack.medusa.api(`/seller/products/${lychee.id}`, { method: "POST", token: hai, json: { images: [...photos, outside] } })
    expect(saved.status).toBe(200)

    await page.goto(url("/san-pham/vai-thieu-thanh-ha"))
    const main = page.locator("[data-test=gallery] img").first()
    // Each variant by the URL the file provider gave it, never a name derived from the widest one.
    expect(await main.getAttribute("srcset")).toBe(photos[0]!.variants.map((v) => `${v.url} ${v.width}w`).join(", "))
    expect(await main.getAttribute("alt")).toBe("Vải thiều Thanh Hà, ảnh 1/3")
    // The phone (390 px wide, 2× screen) picks the 1280 px file at most, never the JPEG.
    await expect.poll(() => main.evaluate((img: HTMLImageElement) => img.currentSrc), ROUND_TRIP).toMatch(/-(640|1280)\.webp$/)
    await expectImagesLoaded(page, "[data-test=gallery] img")
    await page.getByRole("button", { name: "Xem ảnh 2" }).click()
    expect(await main.getAttribute("src")).toBe(photos[1]!.url)
    await page.getByRole("button", { name: "Xem ảnh 3" }).click()
    expect(await main.getAttribute("src")).toBe(outside)
    expect(await main.getAttribute("srcset")).toBeNull()
    await expectImagesLoaded(page, "[data-test=gallery] img")

    expect(await page.locator("[data-test=variant]").filter({ hasText: "Hộp 5 kg" }).locator("[data-test=price-per-kg]").textContent()).toBe("42.000\u00a0₫/kg")
    expect(await page.locator("[data-test=seller-card]").textContent()).toContain("Xã Thanh Hà, Thành phố Hải Phòng")
    await page.locator("[data-test=trace-links]").getByRole("link", { name: /^Lô 7KQ2VX9M4T, thu hoạch 12\/06\/2026$/ }).waitFor()
    // Related: other fruit.
    const related = await hitTitles(page, "[data-test=related]")
    expect(related.length).toBeGreaterThan(0)
    expect(related).not.toContain("Vải thiều Thanh Hà")
    expect(fruit).toEqual(expect.arrayContaining(related))
    await screenshot(page, "product-gallery")
  })

  it("renders the product's meta tags, OpenGraph and schema.org Product with VND offers on the server", async () => {
    // The server's HTML, without running its JavaScript: what a search engine's crawler reads.
    const page = await (await stack.browser.newContext({ javaScriptEnabled: false })).newPage()
    await page.goto(url("/san-pham/che-tan-cuong-dac-biet"))
    const meta = (selector: string) => page.locator(selector).first().getAttribute("content")
    expect(await page.title()).toBe("Chè Tân Cương đặc biệt · Nông sản Việt")
    expect(await meta("meta[name=description]")).toContain("HTX Chè Tân Cương")
    expect(await meta("meta[property='og:title']")).toBe("Chè Tân Cương đặc biệt")
    expect(await meta("meta[property='product:price:currency']")).toBe("VND")
    const canonical = await page.locator("link[rel=canonical]").getAttribute("href")
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/san-pham\/che-tan-cuong-dac-biet$/)
    expect(await page.locator("link[rel=alternate][hreflang=en]").getAttribute("href")).toBe(canonical!.replace("/san-pham", "/en/san-pham"))
    expect(await meta("meta[property='og:url']")).toBe(canonical)
    expect(await meta("meta[property='og:locale']")).toBe("vi_VN")
    expect(await meta("meta[name=viewport]")).toBe("width=device-width, initial-scale=1")

    const ld = JSON.parse((await page.locator("script[type='application/ld+json']").textContent())!)
    expect(ld).toMatchObject({ "@context": "https://schema.org", "@type": "Product", name: "Chè Tân Cương đặc biệt", url: canonical, award: "OCOP 4★" })
    expect(ld.offers).toMatchObject({ "@type": "AggregateOffer", priceCurrency: "VND", lowPrice: 120000, highPrice: 280000, offerCount: 2 })
    expect(ld.offers.offers.map((o: { name: string; price: number; availability: string }) => [o.name, o.price, o.availability])).toEqual([
      ["Gói 200 g", 120000, "https://schema.org/InStock"],
      ["Hộp 500 g", 280000, "https://schema.org/InStock"],
    ])
  })

  it("lists products, farms, categories and provinces in /sitemap.xml, and points robots.txt at it", async () => {
    const res = await fetch(url("/sitemap.xml"))
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toContain("xml")
    const xml = await res.text()
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
    expect(locs).toEqual(
      expect.arrayContaining(["/", "/san-pham/vai-thieu-thanh-ha", "/nha-vuon/ho-nguyen-van-hai", "/danh-muc/trai-cay", "/tinh/hai-phong", "/tinh/bac-ninh", "/ocop"])
    )
    expect(xml).toMatch(/hreflang="en[^"]*" href="[^"]+\/en\/san-pham\/vai-thieu-thanh-ha"/)
    expect(locs.filter((l) => /kenh-nguoi-ban|gio-hang|thanh-toan|don-hang|\/cho$/.test(l))).toEqual([])

    const robots = await (await fetch(url("/robots.txt"))).text()
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m)
    expect(robots).toContain("Disallow: /kenh-nguoi-ban")
    expect(robots.match(/^Disallow: \/thanh-toan$/gm)).toHaveLength(1)
    expect(robots).toContain("Disallow: /en/thanh-toan")
    // Search results are followed, not indexed; product pages are indexed.
    expect((await fetch(url("/tim-kiem?q=vai"))).headers.get("x-robots-tag")).toMatch(/^noindex, follow/)
    expect((await fetch(url("/san-pham/vai-thieu-thanh-ha"))).headers.get("x-robots-tag")).toMatch(/^index, follow/)
  })
})
