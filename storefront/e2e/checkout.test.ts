import type { Page } from "playwright-core"
import { describe, expect, it, vi } from "vitest"
import { chromiumAvailable, phonePage, screenshot } from "../../infra/src/testing/browser.ts"
import { useShopStack } from "../../infra/src/testing/shop-stack.ts"
import { demoData } from "../../infra/src/testing/demo-catalogue.ts"
import { CHE } from "../../plugins/farmer-household/integration-tests/checkout-helpers.ts"
import { openProduct } from "./checkout-form.ts"

// Produce sold all year, so the test does not depend on the season: tea, honey, nem chua.
const MAI = "Hộ bà Lò Thị Mai"
const HOA = "Hộ bà Lê Thị Hoa"
/** For what waits on Medusa (a cart change, then the farms' delivery choices): slow on a busy 2-core machine. */
const ROUND_TRIP = { timeout: 10_000 }

describe.runIf(chromiumAvailable())("cart and checkout in a phone's browser", () => {
  const stack = useShopStack()

  /** On a product page: choose the pack, set the quantity with the + button, add to cart. */
  async function addToCart(page: Page, handle: string, pack: string, quantity = 1, prefix = "") {
    await openProduct(page, `${stack.storefront.url}${prefix}/san-pham/${handle}`)
    await addPack(page, pack, quantity)
  }

  async function addPack(page: Page, pack: string, quantity = 1) {
    await page.getByRole("radio", { name: new RegExp(pack) }).check()
    for (let n = 1; n < quantity; n++) await page.getByRole("button", { name: /^(Thêm một|One more)/ }).click()
    await page.getByRole("button", { name: /^(Thêm vào giỏ|Add to cart)$/ }).click()
    await page.getByRole("status").getByText(/Đã thêm|Added/).waitFor()
  }

  it("takes a guest from two farms' product pages through the cart and COD checkout to two seller orders", async () => {
    // The buyer finds the tea by typing without accents in the header's search, from the home page.
    await vi.waitFor(async () => expect((await stack.medusa.api("/store/search")).body.count).toBe(demoData.products.length), { timeout: 30_000, interval: 250 })
    const page = await phonePage(stack.browser)
    await page.goto(stack.storefront.url)
    const search = page.getByRole("combobox", { name: "Tìm nông sản" })
    await search.fill("che tan cuong")
    await search.press("Enter")
    await page.waitForURL(/\/tim-kiem\?q=che/)
    // Client-side navigation: the URL changes before the results have rendered.
    await page.getByRole("heading", { level: 1, name: "Kết quả cho “che tan cuong”" }).waitFor()
    await page.locator(".search-page [data-test=search-hit]", { hasText: "Chè Tân Cương đặc biệt" }).getByRole("link").click()
    await page.waitForURL(/\/san-pham\/che-tan-cuong-dac-biet$/)
    await page.locator("[data-test=add-to-cart]:not([disabled])").waitFor()
    await addPack(page, "Gói 200 g", 2)
    expect(await page.locator("[data-test=cart-count]").textContent()).toBe("2")

    // The keyboard alone adds to the cart: the pack is a radio group, the button a form's submit.
    await openProduct(page, `${stack.storefront.url}/san-pham/mat-ong-bac-ha-dong-van`)
    await page.getByRole("radio", { name: /Chai 500 ml/ }).focus()
    await page.keyboard.press("Space")
    await page.getByRole("button", { name: "Thêm vào giỏ" }).focus()
    await page.keyboard.press("Enter")
    await page.getByRole("status").getByText("Đã thêm 1 × Mật ong bạc hà Đồng Văn — Chai 500 ml vào giỏ.").waitFor()
    expect(await page.getByRole("link", { name: "Giỏ hàng: 3 sản phẩm" }).count()).toBe(1)

    // More than the farm has: Medusa's refusal, in Vietnamese.
    const quantity = page.getByLabel("Số lượng", { exact: true })
    await quantity.fill("999")
    await quantity.press("Enter")
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await expect.poll(() => page.locator("[data-test=add-error]").textContent(), ROUND_TRIP).toBe("Không đủ hàng trong kho cho số lượng này.")

    await addToCart(page, "nem-chua-thanh-hoa", "Chục 10 chiếc")
    await page.locator("[data-test=cart-link]").click()
    await page.waitForURL(/\/gio-hang$/)
    const farms = page.locator("[data-test=farm-group]")
    await expect.poll(() => farms.locator("h2").allTextContents(), ROUND_TRIP).toEqual([CHE, MAI, HOA])
    expect(await page.locator("[data-test=cart-total]").textContent()).toBe("540.000\u00a0₫")

    // Remove the nem chua: its farm leaves the cart with it.
    await page.getByRole("button", { name: "Xoá Nem chua Thanh Hóa, Chục 10 chiếc khỏi giỏ" }).click()
    await expect.poll(() => farms.locator("h2").allTextContents(), ROUND_TRIP).toEqual([CHE, MAI])
    // A second jar of honey from the line's own + button.
    await page.getByRole("button", { name: "Thêm một — Số lượng Mật ong bạc hà Đồng Văn, Chai 500 ml" }).click()
    await expect.poll(() => farms.filter({ hasText: MAI }).locator("[data-test=farm-subtotal]").textContent(), ROUND_TRIP).toBe("500.000\u00a0₫")
    expect(await farms.filter({ hasText: CHE }).locator("[data-test=farm-subtotal]").textContent()).toBe("240.000\u00a0₫")
    expect(await page.locator("[data-test=cart-total]").textContent()).toBe("740.000\u00a0₫")
    expect(await farms.first().getByRole("link", { name: CHE }).getAttribute("href")).toBe("/nha-vuon/htx-che-tan-cuong")
    await screenshot(page, "cart")

    // The cart survives a reload: its id is in a cookie the server reads.
    await page.reload()
    await expect.poll(() => farms.count(), ROUND_TRIP).toBe(2)

    await page.locator("[data-test=to-checkout]").click()
    await page.waitForURL(/\/thanh-toan$/)
    const placeOrder = page.getByRole("button", { name: /^Đặt hàng · / })
    await placeOrder.click()
    await expect.poll(() => page.locator("[data-test=field-error]").allTextContents()).toEqual([
      "Nhập họ và tên người nhận",
      "Nhập số điện thoại di động",
      "Nhập email",
      "Chọn tỉnh / thành phố",
      "Nhập xã / phường",
      "Nhập số nhà, đường",
    ])
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("fullName")
    expect(await page.getByText(`Chọn cách giao hàng cho ${CHE}`).count()).toBe(1)

    await page.getByLabel("Họ và tên").fill("Trần Thị Lan")
    await page.getByLabel("Số điện thoại di động").fill("0912 34")
    await page.getByLabel("Email").fill("lan@example.com")
    await expect.poll(() => page.locator("[data-test=field-error]").first().textContent()).toBe("Số điện thoại không hợp lệ (ví dụ 0912 345 678)")
    await page.getByLabel("Số điện thoại di động").fill("0912 345 678")
    // An address known the old way: Thanh Hà, Hải Dương is Xã Thanh Hà, Thành phố Hải Phòng now.
    await page.getByText("Bạn chỉ nhớ địa chỉ cũ (trước 1/7/2025)?").click()
    await page.getByLabel("Xã / huyện / tỉnh theo địa chỉ cũ").fill("Thanh Hà, Hải Dương")
    await page.getByRole("button", { name: "Đổi sang địa chỉ mới" }).click()
    await expect.poll(() => page.locator("[data-test=old-address]").getByRole("status").textContent(), ROUND_TRIP).toBe("Đã điền: Xã Thanh Hà, Thành phố Hải Phòng")
    expect(await page.getByLabel("Tỉnh / thành phố").inputValue()).toBe("Thành phố Hải Phòng")
    expect(await page.getByRole("combobox", { name: "Xã / phường / đặc khu" }).inputValue()).toBe("Xã Thanh Hà")
    // Delivery goes to Hà Nội after all: another province empties the commune.
    await page.getByLabel("Tỉnh / thành phố").selectOption("Thành phố Hà Nội")
    expect(await page.getByRole("combobox", { name: "Xã / phường / đặc khu" }).inputValue()).toBe("")
    // The commune picker: a combobox offering Hà Nội's 126 communes and wards, which turns a name
    // typed without accents into the official one when the field is left.
    const commune = page.getByRole("combobox", { name: "Xã / phường / đặc khu" })
    await expect.poll(() => page.locator("[data-test=commune-options] option").count(), ROUND_TRIP).toBe(126)
    await commune.fill("phuong hai ba trung")
    await commune.press("Tab")
    await expect.poll(() => commune.inputValue(), ROUND_TRIP).toBe("Phường Hai Bà Trưng")
    await page.getByLabel("Số nhà, đường, thôn / xóm").fill("12 Phố Huế")
    const shipping = page.locator("[data-test=shipping-choice]")
    await shipping.filter({ hasText: CHE }).getByRole("radio", { name: /Giao nhanh/ }).check()
    await expect.poll(() => page.locator("[data-test=checkout-total]").textContent(), ROUND_TRIP).toBe("795.000\u00a0₫")
    await shipping.filter({ hasText: MAI }).getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
    await expect.poll(() => page.locator("[data-test=checkout-total]").textContent(), ROUND_TRIP).toBe("825.000\u00a0₫")
    const summary = page.locator("[data-test=summary-farm]")
    expect(await summary.filter({ hasText: CHE }).textContent()).toContain("Phí giao hàng (Giao nhanh)55.000\u00a0₫")
    expect(await summary.filter({ hasText: MAI }).textContent()).toContain("Phí giao hàng (Giao hàng tiêu chuẩn)30.000\u00a0₫")
    expect(await page.getByRole("radio", { name: /Thanh toán khi nhận hàng \(COD\)/ }).isChecked()).toBe(true)
    expect(await page.locator("[data-test=field-error]").count()).toBe(0)
    await screenshot(page, "checkout")

    await placeOrder.click()
    await page.waitForURL(/\/don-hang\/ogrp_/)
    const orders = page.locator("[data-test=farm-order]")
    await expect.poll(() => orders.locator("header a").allTextContents(), ROUND_TRIP).toEqual([CHE, MAI])
    expect(await orders.filter({ hasText: CHE }).textContent()).toContain("2 × Chè Tân Cương đặc biệt — Gói 200 g")
    expect(await page.locator("[data-test=group-total]").textContent()).toBe("825.000\u00a0₫")
    // The cart is spent: the badge is gone and the next visit starts empty.
    expect(await page.locator("[data-test=cart-count]").count()).toBe(0)
    await page.goto(`${stack.storefront.url}/gio-hang`)
    expect(await page.locator("[data-test=cart-empty]").count()).toBe(1)
  })

  it("speaks English on /en, validation included", async () => {
    const page = await phonePage(stack.browser)
    await addToCart(page, "nem-chua-thanh-hoa", "Chục 10 chiếc", 1, "/en")
    await page.goto(`${stack.storefront.url}/en/thanh-toan`)
    await page.getByRole("button", { name: /^Place order · 50\.000/ }).click()
    await expect.poll(() => page.locator("[data-test=field-error]").first().textContent()).toBe("Enter the recipient's full name")
    expect(await page.getByText(`Choose a delivery for ${HOA}`).count()).toBe(1)
  })
})
