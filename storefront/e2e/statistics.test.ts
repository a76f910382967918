import { describe, expect, it } from "vitest"
import { chromiumAvailable, phonePage, screenshot } from "../../infra/src/testing/browser.ts"
import { useShopStack } from "../../infra/src/testing/shop-stack.ts"
import { formatVnd } from "../app/utils/format-vnd.ts"

describe.runIf(chromiumAvailable())("the statistics page", () => {
  const stack = useShopStack()

  it("draws the seeded marketplace's figures as charts on a phone, with the open data to download", async () => {
    const page = await phonePage(stack.browser)
    const response = await page.goto(`${stack.storefront.url}/thong-ke`)
    expect(response?.status()).toBe(200)
    expect(await page.locator("h1").textContent()).toBe("Thống kê của sàn")

    const chart = (id: string) => page.locator(`[data-chart=${id}]`)
    const bars = (id: string) => chart(id).locator("[data-test=stat-bar] title").allTextContents()
    // Five approved sellers, each alone in their province and type: every cell is "<5".
    expect(await bars("sellers")).toEqual([
      "Thành phố Hải Phòng: <5",
      "Tỉnh Bắc Ninh: <5",
      "Tỉnh Thái Nguyên: <5",
      "Tỉnh Thanh Hóa: <5",
      "Tỉnh Tuyên Quang: <5",
    ])
    // Listings are public: counted as they are, with OCOP by stars.
    expect(await bars("products")).toEqual([
      "Thành phố Hải Phòng: 2 · 0 OCOP",
      "Tỉnh Bắc Ninh: 1 · 0 OCOP",
      "Tỉnh Thái Nguyên: 1 · 1 OCOP",
      "Tỉnh Thanh Hóa: 1 · 1 OCOP",
      "Tỉnh Tuyên Quang: 1 · 1 OCOP",
    ])
    expect(await chart("products").locator("rect").count()).toBeGreaterThanOrEqual(5)
    expect(await chart("listed").locator("[data-test=stat-empty]").count()).toBe(1)
    expect(await bars("monthly")).toHaveLength(12)
    expect(await bars("markets")).toEqual([`Chợ Thanh Hà (Thành phố Hải Phòng): 0/2 quầy nhận QR · ${formatVnd(0)}`])
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
