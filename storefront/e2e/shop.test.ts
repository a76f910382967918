import { describe, expect, it } from "vitest"
import { chromiumAvailable, phonePage, screenshot } from "../../infra/src/testing/browser.ts"
import { useShopStack } from "../../infra/src/testing/shop-stack.ts"
import { checkout, CHE, HAI } from "../../plugins/farmer-household/integration-tests/checkout-helpers.ts"
import { demoSellerToken } from "../../plugins/farmer-household/integration-tests/helpers.ts"
import { demoData, lowestPrice } from "../../infra/src/testing/demo-catalogue.ts"

describe.runIf(chromiumAvailable())("the shop in a phone's browser", () => {
  const stack = useShopStack()

  it("lists the seeded produce in Vietnamese with VND prices, newest first", async () => {
    const page = await phonePage(stack.browser)
    await page.goto(stack.storefront.url)
    expect(await page.locator("html").getAttribute("lang")).toBe("vi-VN")
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Nông sản mùa này")
    const all = page.locator("[data-test=shelf-all]")
    const newest = [...demoData.products].reverse().slice(0, 24)
    expect(await all.locator("[data-test=search-hit] h2").allTextContents()).toEqual(newest.map((p) => p.title))
    const card = all.locator("[data-test=search-hit]").first()
    expect(await card.locator("[data-test=price]").textContent()).toContain(`${lowestPrice(newest[0]!.title).toLocaleString("vi-VN")}\u00a0₫`)
    expect(await all.getByRole("link", { name: /Xem tất cả/ }).getAttribute("href")).toBe("/tim-kiem?sap-xep=newest")
    await screenshot(page, "home")
  })

  it("opens a product page with each pack's price and its origin", async () => {
    const page = await phonePage(stack.browser)
    await page.goto(`${stack.storefront.url}/tim-kiem?q=${encodeURIComponent("vải thiều thanh hà")}`)
    await page.locator("[data-test=search-hit]").filter({ has: page.getByRole("heading", { name: "Vải thiều Thanh Hà", exact: true }) }).first().getByRole("link").click()
    await page.waitForURL(/\/san-pham\/vai-thieu-thanh-ha$/)
    // Client-side navigation: the URL changes before the new page (its farm, season, batches and
    // related products fetched in parallel) has rendered; slow on a busy 2-core machine.
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 10_000 }).toBe("Vải thiều Thanh Hà")
    const variants = await page.locator("[data-test=variant]").allTextContents()
    expect(variants.join(" | ")).toMatch(/1 kg\s*45\.000\s₫.*Hộp 5 kg\s*210\.000\s₫/)
    expect(await page.textContent("main")).toContain("Xã Thanh Hà, Thành phố Hải Phòng")
    await screenshot(page, "product")
  })

  it("shows the farm behind a product and the farm's own page with its produce", async () => {
    const page = await phonePage(stack.browser)
    await page.goto(`${stack.storefront.url}/san-pham/vai-thieu-thanh-ha`)
    const card = page.locator("[data-test=seller-card]")
    expect(await card.textContent()).toContain("Hộ ông Nguyễn Văn Hải")
    await card.getByRole("link").click()
    await page.waitForURL(/\/nha-vuon\/ho-nguyen-van-hai$/)
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Hộ ông Nguyễn Văn Hải")
    const titles = await page.locator("[data-test=product-card] h2").allTextContents()
    expect(titles.sort()).toEqual(["Vải U hồng Thanh Hà", "Vải thiều Thanh Hà"])
    await screenshot(page, "seller")
  })

  it("shows a buyer's purchase from two farms with each farm's own progress", async () => {
    const buyer = await checkout(stack.medusa)
    const group = await buyer.placeOrder({ "VTTH-1KG": 2, "CTC-200G": 1 }, { [HAI]: "Giao hàng tiêu chuẩn", [CHE]: "Giao nhanh" })
    const hai = await demoSellerToken(stack.medusa)
    const haiOrder = group.orders.find((o: { seller: { name: string } }) => o.seller.name === HAI)
    for (const [action, json] of [["accept"], ["pack"], ["ship", { carrier: "Viettel Post", tracking_number: "VTP555" }]] as const)
      await stack.medusa.api(`/seller/orders/${haiOrder.id}/${action}`, { method: "POST", token: hai, json: json ?? {} })

    const page = await phonePage(stack.browser)
    await page.goto(`${stack.storefront.url}/don-hang/${group.id}`)
    const farms = page.locator("[data-test=farm-order]")
    expect(await farms.count()).toBe(2)
    const stages = Object.fromEntries(
      await Promise.all((await farms.all()).map(async (f) => [(await f.locator("header a").textContent())!.trim(), (await f.locator("[data-test=farm-order-stage]").textContent())!.trim()]))
    )
    expect(stages).toEqual({ [HAI]: "Đang giao", [CHE]: "Chờ nhà vườn nhận" })
    expect(await farms.filter({ hasText: HAI }).textContent()).toContain("Viettel Post: VTP555")
    expect(await page.locator("[data-test=group-total]").textContent()).toBe("295.000\u00a0₫")
    await screenshot(page, "order-group")
  })

  it("switches the chrome to English and keeps the product names", async () => {
    const page = await phonePage(stack.browser)
    await page.goto(stack.storefront.url)
    await page.getByRole("link", { name: "EN", exact: true }).click()
    await page.waitForURL(/\/en$/)
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("In season now")
    expect(await page.locator("html").getAttribute("lang")).toBe("en-US")
    expect(await page.textContent("main")).toContain("Vải thiều Lục Ngạn")
    expect(await page.getByRole("heading", { name: "Shop by category" }).count()).toBe(1)

    // A product page's chrome too; the switch keeps the page and goes back to Vietnamese.
    await page.goto(`${stack.storefront.url}/en/san-pham/nem-chua-thanh-hoa`)
    await page.locator("[data-test=add-to-cart]:not([disabled])").waitFor()
    expect(await page.getByRole("button", { name: "Add to cart" }).count()).toBe(1)
    expect(await page.getByRole("combobox", { name: "Search produce" }).count()).toBe(1)
    expect(await page.getByText("Pack", { exact: true }).count()).toBe(1)
    expect(await page.locator("[data-test=seller-card]").textContent()).toContain("Farm")
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "VI" }).click()
    await page.waitForURL(/\/san-pham\/nem-chua-thanh-hoa$/)
    await page.getByRole("button", { name: "Thêm vào giỏ" }).waitFor()
    expect(await page.locator("html").getAttribute("lang")).toBe("vi-VN")
  })

  it("sends pages and scripts compressed (a product page was 512 KB on the wire before)", async () => {
    const get = (path: string) => fetch(`${stack.storefront.url}${path}`, { headers: { "accept-encoding": "gzip, br" } })
    const page = await get("/san-pham/vai-thieu-thanh-ha")
    expect(page.headers.get("content-encoding")).toMatch(/^(gzip|br)$/)
    const script = (await page.text()).match(/\/_nuxt\/[\w.-]+\.js/)?.[0]
    expect(script).toBeDefined()
    expect((await get(script!)).headers.get("content-encoding")).toMatch(/^(gzip|br)$/)
  })

  it("answers 404 for a product that does not exist", async () => {
    const page = await phonePage(stack.browser)
    const response = await page.goto(`${stack.storefront.url}/san-pham/khong-ton-tai`)
    expect(response?.status()).toBe(404)
  })
})
