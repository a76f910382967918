import { describe, expect, it, vi } from "vitest"
import { chromiumAvailable, phonePage, screenshot } from "../../infra/src/testing/browser.ts"
import { useShopStack } from "../../infra/src/testing/shop-stack.ts"
import { demoData, lowestPrice, ocopProductTitles, productTitlesIn } from "../../infra/src/testing/demo-catalogue.ts"

const ROUND_TRIP = { timeout: 10_000 }
const hitTitles = (page: import("playwright-core").Page) => page.locator("[data-test=search-hit] h2").allTextContents()

describe.runIf(chromiumAvailable())("search in the shop", () => {
  const stack = useShopStack()

  it("suggests produce as the buyer types without accents, and opens the chosen product", async () => {
    // Medusa fills the search index in the background when it starts.
    await vi.waitFor(async () => expect((await stack.medusa.api("/store/search")).body.count).toBe(demoData.products.length), { timeout: 30_000, interval: 250 })
    const page = await phonePage(stack.browser)
    await page.goto(stack.storefront.url)
    const box = page.getByRole("combobox", { name: "Tìm nông sản" })
    await box.click()
    await box.pressSequentially("vai th", { delay: 30 })
    const options = page.getByRole("option")
    // Many lychees match: the suggestions are lychees, whatever their order.
    await expect.poll(async () => (await options.allTextContents()).join(" | "), ROUND_TRIP).toContain("Vải thiều")
    await screenshot(page, "search-typeahead")
    // The first suggestion (a lychee, or lychee honey from Thanh Hà) opens its product page.
    const chosen = await options.first().locator(".suggestion-title").textContent()
    await box.press("ArrowDown")
    await box.press("Enter")
    await page.waitForURL(/\/san-pham\/[a-z0-9-]+$/)
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), ROUND_TRIP).toBe(chosen)
  })

  it("shows results with facets synced to the URL, rendered on the server", async () => {
    const page = await phonePage(stack.browser)
    await page.goto(stack.storefront.url)
    const box = page.getByRole("combobox", { name: "Tìm nông sản" })
    await box.fill("vai thieu")
    await box.press("Enter")
    await page.waitForURL(/\/tim-kiem\?q=vai(\+|%20)thieu$/)
    // Titles that hold both words rank above products that only mention them.
    const topTwoAreLychees = async () => {
      const top = (await hitTitles(page)).slice(0, 2)
      return top.length === 2 && top.every((t) => t.startsWith("Vải thiều"))
    }
    await expect.poll(topTwoAreLychees, ROUND_TRIP).toBe(true)
    expect(await page.locator("h1").textContent()).toBe("Kết quả cho “vai thieu”")

    // Filters fold away on a phone until asked for.
    await page.getByText("Bộ lọc", { exact: true }).click()
    await page.locator("[data-test=facet-province]").getByRole("link", { name: /Tỉnh Bắc Ninh/ }).click()
    await page.waitForURL(/tinh=/)
    // Only Bắc Ninh's produce is left, Lục Ngạn's lychee among it.
    const bacNinh = productTitlesIn("Tỉnh Bắc Ninh")
    const onlyBacNinh = async () => {
      const hits = await hitTitles(page)
      return hits.includes("Vải thiều Lục Ngạn") && hits.every((t) => bacNinh.includes(t))
    }
    await expect.poll(onlyBacNinh, ROUND_TRIP).toBe(true)
    const filtered = await hitTitles(page)
    await screenshot(page, "search-results")

    // The same URL, loaded fresh: the server renders the filtered results.
    const response = await page.goto(page.url())
    expect(response?.status()).toBe(200)
    expect(await response?.text()).toContain("Vải thiều Lục Ngạn")
    expect(await hitTitles(page)).toEqual(filtered)

    // The 4★ products, cheapest first (the seed's prices differ, so the order is one).
    await page.goto(`${stack.storefront.url}/tim-kiem?ocop=4&sap-xep=price_asc`)
    const four = ocopProductTitles([4]).sort((a, b) => lowestPrice(a) - lowestPrice(b))
    expect(four).toEqual(expect.arrayContaining(["Nem chua Thanh Hóa", "Chè Tân Cương đặc biệt"]))
    expect(await hitTitles(page)).toEqual(four)
  })

  it("helps when nothing is found, in Vietnamese and in English", async () => {
    const page = await phonePage(stack.browser)
    await page.goto(`${stack.storefront.url}/tim-kiem?q=sau+rieng+xyz`)
    const help = page.locator("[data-test=no-results]")
    expect(await help.textContent()).toContain("Không tìm thấy sản phẩm cho “sau rieng xyz”.")
    await help.getByRole("link", { name: "mật ong" }).click()
    await page.waitForURL(/q=m%E1%BA%ADt/)
    await expect.poll(() => hitTitles(page), ROUND_TRIP).toContain("Mật ong bạc hà Đồng Văn")
    await screenshot(page, "search-no-results")

    // A misspelling finds the near misses and says what it took the words for.
    await page.goto(`${stack.storefront.url}/tim-kiem?q=vai+thiu`)
    expect(await page.locator("[data-test=did-you-mean]").textContent()).toContain("Có phải bạn muốn tìm: vai thieu")
    expect(await hitTitles(page)).toContain("Vải thiều Lục Ngạn")

    await page.goto(`${stack.storefront.url}/en/tim-kiem?q=luc+ngan`)
    expect(await page.locator("h1").textContent()).toBe("Results for “luc ngan”")
    expect(await hitTitles(page)).toContain("Vải thiều Lục Ngạn")
  })
})
