import { describe, expect, it } from "vitest"
import { chromiumAvailable, phonePage, screenshot } from "../../infra/src/testing/browser.ts"
import { useShopStack } from "../../infra/src/testing/shop-stack.ts"
import { checkout, HAI } from "../../plugins/farmer-household/integration-tests/checkout-helpers.ts"
import { demoSellerToken } from "../../plugins/farmer-household/integration-tests/helpers.ts"
import { formatVnd } from "../app/utils/format-vnd.ts"

// The demo household delivers a cash-on-delivery order and reads, on a phone, what the platform
// took from it: the commission under the operator's rule and the tax withheld.
describe.runIf(chromiumAvailable())("seller earnings in the seller dashboard", () => {
  const stack = useShopStack()

  it("shows a delivered COD order's commission, withholding and net", async () => {
    const { medusa, storefront } = stack
    const page = await phonePage(stack.browser)
    const admin = await medusa.adminToken()
    await medusa.api("/admin/commission-rules", { method: "POST", token: admin, json: { scope: "default", kind: "percentage", rate_bp: 500 } })
    const buyer = await checkout(medusa)
    const [order] = (await buyer.placeOrder({ "VTTH-1KG": 2 }, { [HAI]: "Giao hàng tiêu chuẩn" })).orders
    const hai = await demoSellerToken(medusa)
    for (const action of ["accept", "pack", "ship", "deliver"]) {
      const json = action === "ship" ? { carrier: "Viettel Post", tracking_number: "VTP-E2E" } : {}
      expect((await medusa.api(`/seller/orders/${order.id}/${action}`, { method: "POST", token: hai, json })).status).toBe(200)
    }
    await expect
      .poll(async () => (await medusa.api(`/seller/earnings/orders/${order.id}`, { token: hai })).body.order, { timeout: 15_000 })
      .toMatchObject({ paid_via: "cash" })
    const mine = (await medusa.api(`/seller/earnings/orders/${order.id}`, { token: hai })).body.order

    await page.goto(`${storefront.url}/kenh-nguoi-ban/dang-nhap`)
    await page.getByLabel("Số điện thoại").fill("0912 345 678")
    await page.getByLabel("Mật khẩu", { exact: true }).fill("nongsan-demo")
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click()
    await page.waitForURL((u) => u.pathname === "/kenh-nguoi-ban")
    await page.locator("[data-test=earnings-link]").click()
    await page.waitForURL(/\/kenh-nguoi-ban\/thu-nhap$/)

    const card = page.locator("[data-test=earnings-order]").first()
    await expect.poll(() => card.textContent(), { timeout: 15_000 }).toContain(`#${order.display_id}`)
    const text = (await card.textContent())!
    expect(text).toContain("Tiền mặt khi giao")
    expect(text).toContain(`Hoa hồng−${formatVnd(mine.commission)}`)
    expect(text).toContain(`Thuế GTGT (1%)−${formatVnd(mine.withholding.vat)}`)
    expect(text).toContain(`Thuế TNCN (0,5%)−${formatVnd(mine.withholding.pit)}`)
    expect(await card.locator("[data-test=earnings-order-net]").textContent()).toBe(formatVnd(mine.net))
    // The seller kept the cash: what it owes comes off the next payout, so nothing is available.
    expect(await page.locator("[data-test=earnings-available]").textContent()).toBe(formatVnd(-(mine.commission + mine.withholding.vat + mine.withholding.pit)))
    // This month's bar: the sales, and what came off them.
    const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)
    const m = (await medusa.api("/seller/earnings", { token: hai })).body.months.find((x: { month: string }) => x.month === month)
    expect(await page.locator("[data-test=earnings-months] [data-test=stat-bar] title").allTextContents()).toContain(
      `${month}: ${formatVnd(m.sales)} · −${formatVnd(m.commission + m.withholding)}`
    )
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(page, "seller-earnings")
  })
})
