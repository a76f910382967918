import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { chromiumAvailable, launchBrowser, phonePage, screenshot } from "../../infra/src/testing/browser.ts"
import { startTestMedusa, type TestMedusa } from "../../infra/src/testing/medusa.ts"
import { startTestStorefront, type TestStorefront } from "../../infra/src/testing/storefront.ts"
import { checkout, HAI } from "../../plugins/farmer-household/integration-tests/checkout-helpers.ts"
import { demoSellerToken } from "../../plugins/farmer-household/integration-tests/helpers.ts"
import { dm, md, vnDay } from "../../plugins/farmer-household/integration-tests/vietnam-days.ts"
import { fillGuestCheckout } from "./checkout-form.ts"

// Seasons are set relative to today, so the shop says the same on any day of the year.
describe.runIf(chromiumAvailable())("harvest seasons in the shop and the seller dashboard", () => {
  let medusa: TestMedusa
  let storefront: TestStorefront
  let browser: Browser
  let hai: string
  let mango: any // pre-orders open, shipping from the season that starts in 20 days
  let longan: any // out of season until 30 days from now, no pre-orders

  const poll = <T>(fn: () => T | Promise<T>, timeout = 15_000) => expect.poll(fn, { timeout })

  async function list(title: string, harvest: Record<string, unknown>) {
    const res = await medusa.api("/seller/products", {
      method: "POST",
      token: hai,
      json: { title, status: "published", variants: [{ title: "1 kg", unit: "kg", weight_grams: 1000, price: 60000, stock: 0 }], ...harvest },
    })
    if (res.status !== 201) throw new Error(`${title}: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body.product
  }

  beforeAll(async () => {
    medusa = await startTestMedusa()
    storefront = await startTestStorefront(medusa)
    browser = await launchBrowser()
    hai = await demoSellerToken(medusa)
    mango = await list("Xoài cát Hòa Lộc", { harvest_windows: [{ label: "Vụ chính", from: md(20), to: md(50) }], preorder: { enabled: true, cap: 50 } })
    longan = await list("Nhãn lồng Hưng Yên", { harvest_windows: [{ label: "Vụ chính", from: md(30), to: md(60) }] })
  })
  afterAll(async () => {
    await browser?.close()
    await storefront?.stop()
    await medusa?.stop()
  })

  it("shows a pre-order and an out-of-season product on the farm's cards, not as out of stock", async () => {
    const page = await phonePage(browser)
    await page.goto(`${storefront.url}/nha-vuon/ho-nguyen-van-hai`)
    const card = (title: string) => page.locator("[data-test=product-card]", { hasText: title })
    await poll(() => card("Xoài cát Hòa Lộc").locator("[data-test=harvest-status]").textContent()).toBe(`Đặt trước — giao từ ${dm(vnDay(20))}`)
    expect(await card("Nhãn lồng Hưng Yên").locator("[data-test=harvest-status]").textContent()).toBe(`Hết mùa — mùa sau từ ${dm(vnDay(30))}`)
    await screenshot(page, "harvest-cards")

    await page.goto(`${storefront.url}/san-pham/${longan.handle}`)
    await poll(() => page.locator("[data-test=harvest-status]").textContent()).toBe(`Hết mùa — mùa sau từ ${dm(vnDay(30))}`)
    expect(await page.textContent("main")).not.toContain("Hết hàng")
    expect(await page.locator("[data-test=harvest-windows]").textContent()).toContain("Vụ chính")
    await screenshot(page, "harvest-out-of-season")
  })

  it("shows the buyer each pre-order line's expected ship date", async () => {
    const buyer = await checkout(medusa)
    const group = await buyer.placeOrder({ [mango.variants[0].id]: 2 }, { [HAI]: "Giao hàng tiêu chuẩn" })
    const page = await phonePage(browser)
    await page.goto(`${storefront.url}/don-hang/${group.id}`)
    await poll(() => page.locator("[data-test=farm-order] [data-test=harvest-status]").textContent()).toBe(`Đặt trước — giao từ ${dm(vnDay(20))}`)
    await screenshot(page, "harvest-order")
  })

  it("carries a pre-order's expected ship date from the product page through cart and checkout to the order", async () => {
    const shipsFrom = `Đặt trước — giao từ ${dm(vnDay(20))}`
    const page = await phonePage(browser)
    await page.goto(`${storefront.url}/san-pham/${mango.handle}`)
    // Nothing in stock today: a pre-order is taken all the same.
    await page.getByRole("radio", { name: /1 kg/ }).check()
    await page.getByRole("button", { name: "Đặt trước", exact: true }).click()
    await page.getByRole("status").getByText(/Đã thêm/).waitFor()

    await page.goto(`${storefront.url}/gio-hang`)
    const line = page.locator("[data-test=farm-group]", { hasText: "Xoài cát Hòa Lộc" })
    await poll(() => line.locator("[data-test=harvest-status]").textContent()).toBe(shipsFrom)
    await screenshot(page, "harvest-cart")

    await page.locator("[data-test=to-checkout]").click()
    await page.waitForURL(/\/thanh-toan$/)
    await poll(() => page.locator("[data-test=summary-farm] [data-test=harvest-status]").textContent()).toBe(shipsFrom)
    await fillGuestCheckout(page)
    await page.locator("[data-test=shipping-choice]").getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
    await poll(() => page.locator("[data-test=checkout-total]").textContent()).toBe("90.000\u00a0₫")
    await screenshot(page, "harvest-checkout")
    await page.getByRole("button", { name: /^Đặt hàng · / }).click()
    await page.waitForURL(/\/don-hang\/ogrp_/, { timeout: 30_000 })
    await poll(() => page.locator("[data-test=farm-order] [data-test=harvest-status]").textContent()).toBe(shipsFrom)
  })

  it("groups the seller's pre-orders by ship date, and lets the seller open pre-orders from a phone", async () => {
    const page = await phonePage(browser)
    await page.goto(`${storefront.url}/kenh-nguoi-ban/dang-nhap`)
    await page.getByLabel("Số điện thoại").fill("0912345678")
    await page.getByLabel("Mật khẩu", { exact: true }).fill("nongsan-demo")
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click()
    await page.waitForURL((u) => u.pathname === "/kenh-nguoi-ban")

    await page.goto(`${storefront.url}/kenh-nguoi-ban/don-hang`)
    const group = page.locator("[data-test=preorder-group]")
    // Two pre-orders of mangoes so far: the API's and the one placed through the shop.
    await poll(() => group.locator("h2").textContent()).toBe(`Đặt trước — giao từ ${dm(vnDay(20))} (2)`)
    expect((await group.locator("[data-test=seller-order]").allTextContents()).join(" ")).toMatch(/2 × Xoài cát Hòa Lộc.*1 × Xoài cát Hòa Lộc|1 × Xoài cát Hòa Lộc.*2 × Xoài cát Hòa Lộc/)
    await screenshot(page, "harvest-seller-inbox")

    await page.goto(`${storefront.url}/kenh-nguoi-ban/san-pham/${longan.id}`)
    const fields = page.locator("[data-test=harvest-fields]")
    await poll(() => fields.locator("[data-test=harvest-from]").inputValue()).toBe(`${md(30).slice(3)}/${md(30).slice(0, 2)}`)
    await fields.getByRole("switch", { name: "Nhận đặt trước ngoài mùa" }).check()
    await fields.getByLabel("Nhận tối đa mỗi mùa").pressSequentially("200")
    await screenshot(page, "harvest-seller-form")
    await page.getByRole("button", { name: "Lưu thay đổi" }).click()
    await poll(() => page.locator("[role=status]").first().textContent()).toContain("Đã lưu")

    const { body } = await medusa.api(`/seller/products/${longan.id}`, { token: hai })
    expect(body.product).toMatchObject({ preorder: { enabled: true, cap: 200 }, season: { state: "preorder", ships_from: vnDay(30), preorder_remaining: 200 } })
  })
})
