import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { chromiumAvailable, launchBrowser, screenshot } from "../../infra/src/testing/browser.ts"
import { startTestMedusa, type TestMedusa } from "../../infra/src/testing/medusa.ts"
import { startTestStorefront, type TestStorefront } from "../../infra/src/testing/storefront.ts"
import { checkout, HAI } from "../../plugins/farmer-household/integration-tests/checkout-helpers.ts"
import demo from "../../seed/data/demo.json" with { type: "json" }

// Traceability on a cheap phone (360 px): a buyer scans the seeded lychee batch's label; the farmer
// makes a batch, prints its labels and says which batch an order was packed from; the buyer's
// order page then links to the trace.
const LYCHEE = demo.batches.find((b) => b.product === "vai-thieu-thanh-ha")!

describe.runIf(chromiumAvailable())("traceability", () => {
  let medusa: TestMedusa
  let storefront: TestStorefront
  let browser: Browser

  beforeAll(async () => {
    medusa = await startTestMedusa()
    storefront = await startTestStorefront(medusa)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await storefront?.stop()
    await medusa?.stop()
  })

  async function cheapPhone(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "vi-VN" })
    return context.newPage()
  }
  const poll = <T>(fn: () => T | Promise<T>, timeout = 15_000) => expect.poll(fn, { timeout })
  const fitsWidth = async (p: Page) => expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

  it("shows the seeded lychee batch's origin, rendered on the server, and counts the scan", async () => {
    const page = await cheapPhone()
    const browserCalls: string[] = []
    page.on("request", (r) => r.url().includes("/store/trace/") && browserCalls.push(r.url()))
    const response = await page.goto(`${storefront.url}/truy-xuat/${LYCHEE.code}`)
    expect(response?.status()).toBe(200)
    // Everything is in the server's HTML: the phone fetches no trace data itself.
    const html = await response!.text()
    for (const text of ["Vải thiều Thanh Hà", HAI, "Xã Thanh Hà", LYCHEE.plot, "12/06/2026"]) expect(html).toContain(text)
    expect(browserCalls).toEqual([])

    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Vải thiều Thanh Hà")
    expect(await page.locator("[data-test=trace-farm]").textContent()).toContain("Xã Thanh Hà, Thành phố Hải Phòng")
    expect(await page.locator("[data-test=trace-plot]").textContent()).toBe(LYCHEE.plot)
    expect(await page.locator("[data-test=trace-harvest]").textContent()).toBe("12/06/2026")
    expect(await page.locator("[data-test=trace-packing]").textContent()).toBe("12/06/2026")
    expect(await page.locator("[data-test=trace-cert]").first().textContent()).toContain("VietGAP")
    expect(await page.locator("[data-test=trace-scans]").textContent()).toBe("Mã này đã được quét 1 lần")
    await fitsWidth(page)
    await screenshot(page, "trace-page")

    await page.reload()
    expect(await page.locator("[data-test=trace-scans]").textContent()).toBe("Mã này đã được quét 2 lần")
  })

  it("speaks English at /en and answers 404 for a code that traces to nothing", async () => {
    const page = await cheapPhone()
    await page.goto(`${storefront.url}/en/truy-xuat/${LYCHEE.code}`)
    expect(await page.locator("main").textContent()).toContain("Harvested")
    expect(await page.locator("[data-test=trace-scans]").textContent()).toBe("This code has been scanned 3 times")
    expect((await page.goto(`${storefront.url}/truy-xuat/ZZZZZZZZZZ`))?.status()).toBe(404)
    expect((await page.goto(`${storefront.url}/truy-xuat/khong-phai-ma`))?.status()).toBe(404)
  })

  it("lets the farmer make a batch, print its labels and put it on an order line; the buyer then sees the trace link", async () => {
    const group = await (await checkout(medusa)).placeOrder({ "VTTH-1KG": 2 }, { [HAI]: "Giao hàng tiêu chuẩn" })
    const page = await cheapPhone()
    await page.goto(`${storefront.url}/kenh-nguoi-ban/dang-nhap`)
    await page.getByLabel("Số điện thoại").fill("0912345678")
    await page.getByLabel("Mật khẩu", { exact: true }).fill(demo.sellerLogin.password)
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click()
    await page.waitForURL((u) => u.pathname === "/kenh-nguoi-ban")

    await page.getByRole("link", { name: "Lô hàng", exact: true }).click()
    const product = page.locator("[data-test=batch-product]", { hasText: "Vải U hồng Thanh Hà" })
    await poll(() => product.count()).toBe(1)
    await product.getByRole("link", { name: /Thêm lô/ }).click()
    const form = page.locator("[data-test=batch-form]")
    await form.getByLabel("Ngày thu hoạch").fill("2026-05-28")
    await form.getByLabel(/Ngày đóng gói/).fill("2026-05-27")
    await form.getByLabel("Vườn / thửa").fill("Vườn sau nhà, thửa 3")
    await form.getByLabel("Số lượng").fill("150")
    await form.getByRole("button", { name: "Tạo lô và mã QR" }).click()
    await poll(() => form.locator("[role=alert]").textContent()).toContain("Ngày đóng gói không thể trước ngày thu hoạch")
    await form.getByLabel(/Ngày đóng gói/).fill("2026-05-29")
    await form.getByRole("button", { name: "Tạo lô và mã QR" }).click()
    await page.waitForURL(/\/kenh-nguoi-ban\/lo-hang\/batch_/)
    const qr = page.locator("[data-test=batch-qr] img")
    await poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    const code = (await page.locator("[data-test=batch-qr] code").textContent())!.trim()
    await fitsWidth(page)
    await screenshot(page, "seller-batch")

    await page.locator("[data-test=print-labels]").click()
    await page.waitForURL(/\/in-tem$/)
    await poll(() => page.locator("[data-test=label]").count()).toBe(21)
    const label = page.locator("[data-test=label]").first()
    for (const text of ["Vải U hồng Thanh Hà", code, "28/05/2026", "29/05/2026", "Hộ ông Nguyễn Văn Hải · Xã Thanh Hà", "Quét để truy xuất nguồn gốc"])
      expect(await label.textContent()).toContain(text)
    await page.emulateMedia({ media: "print" })
    expect(await page.locator(".toolbar").isVisible()).toBe(false)
    await screenshot(page, "seller-batch-labels-print")
    await page.emulateMedia({ media: "screen" })

    // The order is for Vải thiều Thanh Hà: the farmer makes a batch of it and puts it on the line.
    const lychee = (await medusa.api(`/store/products?handle=vai-thieu-thanh-ha`)).body.products[0]
    const token = (await medusa.api("/auth/seller/emailpass", { method: "POST", json: { email: "0912345678", password: demo.sellerLogin.password } })).body.token
    const made = await medusa.api("/seller/batches", {
      method: "POST",
      token,
      json: { product_id: lychee.id, harvest_date: "2026-06-20", plot: "Vườn Đồng Gạo", quantity: 400, unit: "kg" },
    })
    await page.goto(`${storefront.url}/kenh-nguoi-ban/don-hang`)
    const order = page.locator("[data-test=seller-order]", { hasText: "2 × Vải thiều Thanh Hà" }).first()
    const select = order.getByLabel("Lô của Vải thiều Thanh Hà")
    await poll(() => select.locator("option").count()).toBeGreaterThan(1)
    await select.selectOption({ label: `${made.body.batch.code} · 20/06/2026` })
    await poll(() => order.getByRole("status").textContent()).toContain(`Đã gắn lô ${made.body.batch.code}`)
    await fitsWidth(page)
    await screenshot(page, "seller-order-batch")

    const buyer = await cheapPhone()
    await buyer.goto(`${storefront.url}/don-hang/${group.id}`)
    const link = buyer.locator("[data-test=trace-link]")
    expect(await link.textContent()).toContain("Truy xuất nguồn gốc")
    await link.click()
    await buyer.waitForURL(new RegExp(`/truy-xuat/${made.body.batch.code}$`))
    await poll(() => buyer.locator("[data-test=trace-plot]").textContent()).toBe("Vườn Đồng Gạo")
  })
})
