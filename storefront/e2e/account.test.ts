// A buyer's account in a phone's browser: sign up, sign out and in, a saved address that fills
// checkout, a COD order placed signed in, followed under "my orders" to delivery, then a review
// with the farm's reply (from its dashboard) on the product page, and "buy again".
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { chromiumAvailable, phonePage, screenshot } from "../../infra/src/testing/browser.ts"
import { useShopStack } from "../../infra/src/testing/shop-stack.ts"
import { HAI } from "../../plugins/farmer-household/integration-tests/checkout-helpers.ts"
import { deliverOrder, demoSellerToken } from "../../plugins/farmer-household/integration-tests/helpers.ts"
import { openProduct } from "./checkout-form.ts"
import demo from "../../seed/data/demo.json" with { type: "json" }

const ROUND_TRIP = { timeout: 10_000 }
const EMAIL = "lan.tai-khoan@example.vn"
const PASSWORD = "vai-thieu-ngot"
const REVIEW = "Vải ngọt lịm, quả to, giao đúng hẹn."
const FARM_REPLY = "Cảm ơn chị Lan, mùa sau vườn lại gửi vải ngon!"

describe.runIf(chromiumAvailable())("a buyer's account in a phone's browser", () => {
  const stack = useShopStack()

  it("signs up, orders signed in with the saved address, and reviews the delivered line", async () => {
    const page = await phonePage(stack.browser)
    const url = stack.storefront.url

    await page.goto(`${url}/tai-khoan/dang-ky`)
    await page.locator("[data-test=sign-up]:not([disabled])").waitFor()
    await page.getByLabel("Họ và tên").fill("Trần Thị Lan")
    await page.getByLabel("Số điện thoại di động").fill("0912 345 678")
    await page.getByLabel("Email").fill(EMAIL)
    await page.getByLabel("Mật khẩu").fill("ngan")
    await page.locator("[data-test=sign-up]").click()
    expect(await page.locator("[data-test=field-error]").allTextContents()).toEqual(["Mật khẩu cần ít nhất 8 ký tự"])
    await page.getByLabel("Mật khẩu").fill(PASSWORD)
    await page.locator("[data-test=sign-up]").click()
    await page.waitForURL((u) => u.pathname === "/tai-khoan", ROUND_TRIP)
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Xin chào, Trần Thị Lan")
    expect(await page.locator("[data-test=account-email]").textContent()).toBe(EMAIL)
    await screenshot(page, "account")

    // Signed out, the account asks to sign in, and comes back after.
    await page.locator("[data-test=sign-out]").click()
    await page.waitForURL((u) => u.pathname === "/")
    await page.goto(`${url}/tai-khoan/dia-chi`)
    await page.waitForURL((u) => u.pathname === "/tai-khoan/dang-nhap")
    await page.locator("[data-test=sign-in]:not([disabled])").waitFor()
    await page.getByLabel("Email").fill(EMAIL)
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau")
    await page.locator("[data-test=sign-in]").click()
    await expect.poll(() => page.locator("[data-test=account-error]").textContent(), ROUND_TRIP).toBe("Sai email hoặc mật khẩu.")
    await page.getByLabel("Mật khẩu").fill(PASSWORD)
    await page.locator("[data-test=sign-in]").click()
    await page.waitForURL((u) => u.pathname === "/tai-khoan/dia-chi", ROUND_TRIP)

    // An address on the 2025 units, saved to the account.
    await page.locator("[data-test=add-address]").click()
    const form = page.locator("[data-test=address-form]")
    await form.getByLabel("Họ và tên").fill("Trần Thị Lan")
    await form.getByLabel("Số điện thoại di động").fill("0912 345 678")
    await form.getByLabel("Tỉnh / thành phố").selectOption("Thành phố Hà Nội")
    const commune = form.getByRole("combobox", { name: "Xã / phường / đặc khu" })
    await expect.poll(() => form.locator("[data-test=commune-options] option").count(), ROUND_TRIP).toBe(126)
    await commune.fill("Phường Hai Bà Trưng")
    await form.getByLabel("Số nhà, đường, thôn / xóm").fill("12 Phố Huế")
    await form.locator("[data-test=save-address]").click()
    await expect
      .poll(() => page.locator("[data-test=saved-address]").textContent(), ROUND_TRIP)
      .toContain("12 Phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội")
    expect(await page.locator("[data-test=saved-address]").textContent()).toContain("Mặc định")

    // Signed in, checkout starts from the saved address; cash on delivery.
    await openProduct(page, `${url}/san-pham/vai-thieu-thanh-ha`)
    await page.getByRole("radio", { name: /^1 kg/ }).check()
    await page.locator("[data-test=add-to-cart]").click()
    await page.getByRole("status").getByText(/Đã thêm/).waitFor(ROUND_TRIP)
    await page.goto(`${url}/thanh-toan`)
    await page.locator("[data-test=place-order]:not([disabled])").waitFor()
    expect(await page.getByLabel("Họ và tên").inputValue()).toBe("Trần Thị Lan")
    expect(await page.getByLabel("Email").inputValue()).toBe(EMAIL)
    expect(await page.getByLabel("Số nhà, đường, thôn / xóm").inputValue()).toBe("12 Phố Huế")
    await page.locator("[data-test=shipping-choice]").filter({ hasText: HAI }).getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
    await expect.poll(() => page.locator("[data-test=checkout-total]").textContent(), ROUND_TRIP).toBe("75.000\u00a0₫")
    await page.locator("[data-test=place-order]").click()
    await page.waitForURL(/\/don-hang\/ogrp_/, ROUND_TRIP)
    const groupId = new URL(page.url()).pathname.split("/").pop()!
    // The customer's order page renders on the server too (the session is a cookie).
    await page.reload()
    expect(await page.locator("[data-test=farm-order]").count()).toBe(1)

    await page.goto(`${url}/tai-khoan/don-hang`)
    const order = page.locator("[data-test=account-order]")
    expect(await order.count()).toBe(1)
    expect(await order.locator("[data-test=farm-order-stage]").textContent()).toBe("Chờ nhà vườn nhận")

    // The farm takes it to the door (the seller API, as the dashboard does).
    const token = (await page.context().cookies()).find((c) => c.name === "nongsan_customer")!.value
    const group = (await stack.medusa.api(`/store/order-groups/${groupId}`, { token })).body.order_group
    const hai = await demoSellerToken(stack.medusa)
    await deliverOrder(stack.medusa, hai, group.orders[0].id, "VTP-E2E-1")

    await page.reload()
    expect(await order.locator("[data-test=farm-order-stage]").textContent()).toBe("Đã giao")
    expect(await order.textContent()).toContain("VTP-E2E-1")
    await order.locator("[data-test=write-review]").click()
    const review = order.locator("[data-test=review-form]")
    await review.locator("[data-test=send-review]").click()
    await expect.poll(() => review.getByRole("alert").textContent()).toBe("Chọn từ 1 đến 5 sao")
    // A tap on the fifth star (the radio's label).
    await review.locator("label", { hasText: "5 sao" }).click()
    expect(await review.getByRole("radio", { name: "5 sao" }).isChecked()).toBe(true)
    await review.getByLabel("Nhận xét").fill(REVIEW)
    // A photo from the phone's gallery: previewed at once, sent with the review.
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 190, g: 40, b: 50 } } }).jpeg().toBuffer()
    await review.locator("[data-test=review-photos]").setInputFiles({ name: "IMG_0612.jpg", mimeType: "image/jpeg", buffer: photo })
    expect(await review.getByRole("img", { name: "Ảnh 1 bạn chọn" }).count()).toBe(1)
    await review.locator("[data-test=send-review]").click()
    await expect.poll(() => order.locator("[data-test=reviewed]").textContent(), ROUND_TRIP).toContain("Đã đánh giá")
    await screenshot(page, "account-orders")

    // Buy again: the same line back in the cart.
    await order.locator("[data-test=reorder]").click()
    await expect.poll(() => order.locator("[data-test=reorder-result]").textContent(), ROUND_TRIP).toContain("Đã thêm 1 sản phẩm vào giỏ.")

    // The farm answers from its dashboard, once.
    const farm = await phonePage(stack.browser)
    await farm.goto(`${url}/kenh-nguoi-ban/dang-nhap?next=/kenh-nguoi-ban/danh-gia`)
    await farm.getByLabel("Số điện thoại").fill("0912345678")
    await farm.getByLabel("Mật khẩu", { exact: true }).fill(demo.sellerLogin.password)
    await farm.getByRole("button", { name: "Đăng nhập", exact: true }).click()
    await farm.waitForURL((u) => u.pathname === "/kenh-nguoi-ban/danh-gia", ROUND_TRIP)
    const card = farm.locator("[data-test=seller-review]")
    await expect.poll(() => card.textContent(), ROUND_TRIP).toContain(REVIEW)
    await card.getByLabel("Lời trả lời của bạn (chỉ trả lời được một lần)").fill(FARM_REPLY)
    await card.locator("[data-test=send-reply]").click()
    await expect.poll(() => card.locator("[data-test=seller-reply]").textContent(), ROUND_TRIP).toContain(FARM_REPLY)
    expect(await card.locator("[data-test=reply-body]").count()).toBe(0)
    await screenshot(farm, "seller-reviews")

    await page.goto(`${url}/san-pham/vai-thieu-thanh-ha`)
    const reviews = page.locator("[data-test=reviews]")
    expect(await reviews.locator("[data-test=rating-summary]").textContent()).toContain("1 đánh giá")
    expect(await reviews.locator("[data-test=review]").textContent()).toContain(`Trần Thị L.`)
    expect(await reviews.locator("[data-test=review]").textContent()).toContain(REVIEW)
    expect(await reviews.locator("[data-test=review-reply]").textContent()).toBe(`Nhà vườn trả lời: ${FARM_REPLY}`)
    // The average and the review itself, each as five stars.
    expect(await reviews.locator("[data-test=rating-summary]").getByRole("img", { name: "5 trên 5 sao" }).count()).toBe(1)
    expect(await reviews.locator("[data-test=review]").getByRole("img", { name: "5 trên 5 sao" }).count()).toBe(1)
    // The buyer's photo, as the pipeline's WebP variants: lazy, and a phone picks the narrow one.
    const shown = reviews.getByRole("img", { name: "Ảnh 1 của Trần Thị L." })
    expect(await shown.getAttribute("loading")).toBe("lazy")
    expect(await shown.getAttribute("srcset")).toMatch(/-320\.webp 320w, .*-640\.webp 640w, .*-1280\.webp 1280w$/)
    await reviews.scrollIntoViewIfNeeded()
    await shown.scrollIntoViewIfNeeded()
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), ROUND_TRIP).toBeGreaterThan(0)
    expect(await shown.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/-320\.webp$/)
    await screenshot(page, "product-reviews")
    // Search engines see the rating and the review in the page's schema.org/Product.
    const ld = JSON.parse((await page.locator("script[type='application/ld+json']").textContent())!)
    expect(ld.aggregateRating).toEqual({ "@type": "AggregateRating", ratingValue: 5, reviewCount: 1, bestRating: 5, worstRating: 1 })
    expect(ld.review).toEqual([expect.objectContaining({ author: { "@type": "Person", name: "Trần Thị L." }, reviewBody: REVIEW, reviewRating: expect.objectContaining({ ratingValue: 5 }) })])

    await page.goto(`${url}/nha-vuon/ho-nguyen-van-hai`)
    expect(await page.locator("[data-test=rating-summary]").textContent()).toContain("1 đánh giá")
    expect(await page.getByRole("img", { name: "Ảnh 1 của Trần Thị L." }).count()).toBe(1)

    // The account speaks English at /en.
    await page.goto(`${url}/en/tai-khoan/don-hang`)
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("My orders")
    expect(await page.locator("[data-test=reviewed]").textContent()).toContain("Reviewed")
    expect(await page.locator("[data-test=farm-order-stage]").textContent()).toBe("Delivered")
  })
})
