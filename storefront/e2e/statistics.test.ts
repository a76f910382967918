import { describe, expect, it } from "vitest"
import { chromiumAvailable, phonePage, screenshot } from "../../infra/src/testing/browser.ts"
import { useShopStack } from "../../infra/src/testing/shop-stack.ts"
import { formatVnd } from "../app/utils/format-vnd.ts"
import { demoData } from "../../infra/src/testing/demo-catalogue.ts"

describe.runIf(chromiumAvailable())("the statistics page", () => {
  const stack = useShopStack()

  it("draws the seeded marketplace's figures as charts on a phone, with the open data to download", async () => {
    const page = await phonePage(stack.browser)
    const response = await page.goto(`${stack.storefront.url}/thong-ke`)
    expect(response?.status()).toBe(200)
    expect(await page.locator("h1").textContent()).toBe("Thống kê của sàn")

    const chart = (id: string) => page.locator(`[data-chart=${id}]`)
    const bars = (id: string) => chart(id).locator("[data-test=stat-bar] title").allTextContents()
    // One bar per province with approved sellers.
    const provinces = [...new Set(demoData.sellers.map((s) => s.province))].sort((a, b) => a.localeCompare(b, "vi"))
    expect((await bars("sellers")).map((title) => title.split(":")[0])).toEqual(provinces)
    // Listings are public: counted as they are, with OCOP by stars.
    const ocop = new Set(demoData.ocopCertificates.verified.flatMap((c) => c.products))
    const provinceOf = new Map(demoData.sellers.map((s) => [s.handle, s.province]))
    const listed = (province: string) => demoData.products.filter((p) => provinceOf.get(p.seller) === province)
    expect(await bars("products")).toEqual(
      provinces.map((province) => `${province}: ${listed(province).length} · ${listed(province).filter((p) => ocop.has(p.handle)).length} OCOP`)
    )
    expect(await chart("products").locator("rect").count()).toBeGreaterThanOrEqual(5)
    expect(await chart("listed").locator("[data-test=stat-empty]").count()).toBe(1)
    expect(await bars("monthly")).toHaveLength(12)
    // The seed takes no QR payment at any stall.
    expect((await bars("markets")).sort()).toEqual(
      demoData.markets.map((m) => `${m.name} (${m.province}): 0/${m.stalls.length} quầy nhận QR · ${formatVnd(0)}`).sort()
    )
    await screenshot(page, "statistics")

    // Each dataset downloads as CSV from its link, and the page names the licence.
    const links = await page.locator("[data-test=open-data] a[download]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
    expect(links).toHaveLength(4)
    for (const href of links) {
      const res = await fetch(href)
      expect(res.status).toBe(200)
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8")
    }
    expect(await page.locator("[data-test=open-data]").textContent()).toContain("CC BY 4.0")

    await page.goto(`${stack.storefront.url}/en/thong-ke`)
    expect(await page.locator("h1").textContent()).toBe("Marketplace statistics")
    expect(await chart("sellers").locator("figcaption").textContent()).toBe("Sellers by province and type")
  })
})
