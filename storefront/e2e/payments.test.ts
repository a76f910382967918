import jsQR from "jsqr"
import type { Page } from "playwright-core"
import { PNG } from "pngjs"
import { describe, expect, it } from "vitest"
import { chromiumAvailable, phonePage, screenshot } from "../../infra/src/testing/browser.ts"
import { useShopStack } from "../../infra/src/testing/shop-stack.ts"
import { signNotification } from "../../plugins/cho-qr/src/lib/bank-transfer/signature.ts"
import { decodeEmvco } from "../../plugins/cho-qr/src/lib/emvco/index.ts"
import { CHE } from "../../plugins/farmer-household/integration-tests/checkout-helpers.ts"
import { fillGuestCheckout } from "./checkout-form.ts"

const BANK_SECRET = "test_bank_secret"
/** One 200 g pack of tea (120.000 ₫) and standard delivery (30.000 ₫). */
const TOTAL = 150_000
const WAIT = { timeout: 30_000 }

describe.runIf(chromiumAvailable())("paying online in a phone's browser", () => {
  // The VNPay simulator (development) and the demonstration bank account are on, as in `npm run dev`.
  const stack = useShopStack({ BANK_WEBHOOK_SECRET: BANK_SECRET })

  /** A cart with tea, the checkout filled in, the given way to pay chosen, the order placed. */
  async function checkoutWith(page: Page, method: RegExp) {
    await page.goto(`${stack.storefront.url}/san-pham/che-tan-cuong-dac-biet`)
    await page.getByRole("radio", { name: /Gói 200 g/ }).check()
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByRole("status").getByText(/Đã thêm/).waitFor()
    await page.goto(`${stack.storefront.url}/thanh-toan`)
    await fillGuestCheckout(page)
    await page.locator("[data-test=shipping-choice]").getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
    await expect.poll(() => page.locator("[data-test=checkout-total]").textContent(), WAIT).toBe("150.000\u00a0₫")
    await placeWith(page, method)
  }

  async function placeWith(page: Page, method: RegExp) {
    await page.getByRole("radio", { name: method }).check()
    await page.getByRole("button", { name: /^Đặt hàng · / }).click()
  }

  async function payOnSimulator(page: Page, outcome: RegExp) {
    await page.waitForURL(/\/vnpay-simulator\/pay\?/, WAIT)
    expect(await page.locator("[data-test=amount]").textContent()).toBe("150.000 ₫")
    await page.getByRole("button", { name: outcome }).click()
  }

  it("pays by VNPay through the simulator, then shows the farm's order", async () => {
    const page = await phonePage(stack.browser)
    await checkoutWith(page, /^VNPay/)
    await payOnSimulator(page, /Thanh toán thành công/)
    await page.waitForURL(/\/don-hang\/ogrp_/, WAIT)
    await expect.poll(() => page.locator("[data-test=farm-order] header a").allTextContents(), WAIT).toEqual([CHE])
    expect(await page.locator("[data-test=group-total]").textContent()).toBe("150.000\u00a0₫")
  })

  it("after a cancelled VNPay payment keeps the cart, and the buyer pays on a second try", async () => {
    const page = await phonePage(stack.browser)
    await checkoutWith(page, /^VNPay/)
    await payOnSimulator(page, /Người mua hủy/)
    await page.waitForURL(/\/thanh-toan\/vnpay\?/, WAIT)
    await expect.poll(() => page.locator("[data-test=vnpay-failed]").textContent(), WAIT).toBe("Thanh toán chưa thành công: bạn đã hủy giao dịch.")
    await screenshot(page, "vnpay-cancelled")
    await page.locator("[data-test=vnpay-retry]").click()
    await page.waitForURL(/\/thanh-toan$/)
    // The form and the delivery come back from the cart: only the way to pay is chosen again.
    await expect.poll(() => page.getByLabel("Email").inputValue(), WAIT).toBe("lan@example.com")
    await placeWith(page, /^VNPay/)
    await payOnSimulator(page, /Thanh toán thành công/)
    await page.waitForURL(/\/don-hang\/ogrp_/, WAIT)
    await expect.poll(() => page.locator("[data-test=farm-order] header a").allTextContents(), WAIT).toEqual([CHE])
  })

  it("shows a VietQR that decodes to the amount and the memo, and moves on when the bank reports the money", async () => {
    const page = await phonePage(stack.browser)
    await checkoutWith(page, /Chuyển khoản ngân hàng/)
    await page.waitForURL(/\/thanh-toan\/chuyen-khoan$/, WAIT)
    const qr = page.locator("[data-test=transfer-qr] svg")
    await qr.waitFor(WAIT)
    expect(await page.locator("[data-test=transfer-demo]").count()).toBe(1)
    const memo = (await page.locator("[data-test=transfer-memo]").textContent())!
    expect(memo).toMatch(/^NSV[0-9A-Z]{8}$/)
    await screenshot(page, "bank-transfer")

    // What a banking app's camera reads off the screen.
    const png = PNG.sync.read(await qr.screenshot())
    const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(read, "the QR on screen is readable").not.toBeNull()
    expect(decodeEmvco(read!.data).vietqr).toMatchObject({ bin: "970415", account: "113366668888", amountVnd: TOTAL, purpose: memo })

    // The bank-notification service reports the credit; the page sees the order placed.
    const body = JSON.stringify({
      id: `FT${Date.now()}`,
      bank_bin: "970415",
      account_number: "113366668888",
      amount: TOTAL,
      description: `${memo} Tran Thi Lan chuyen khoan`,
      occurred_at: new Date().toISOString(),
    })
    const res = await fetch(`${stack.medusa.url}/hooks/bank-notifications`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-nongsan-signature": signNotification(body, BANK_SECRET) },
      body,
    })
    expect(await res.json()).toMatchObject({ status: "matched", order_placed: true })
    await page.waitForURL(/\/don-hang\/ogrp_/, WAIT)
    await expect.poll(() => page.locator("[data-test=farm-order] header a").allTextContents(), WAIT).toEqual([CHE])
  })
})
