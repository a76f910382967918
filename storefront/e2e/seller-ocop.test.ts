import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { chromiumAvailable, launchBrowser, screenshot } from "../../infra/src/testing/browser.ts"
import { startTestMedusa, type TestMedusa } from "../../infra/src/testing/medusa.ts"
import { startTestStorefront, type TestStorefront } from "../../infra/src/testing/storefront.ts"

// The demo household sends its OCOP certificate from a small phone: photographs it, sends it,
// corrects it after the operator's rejection, and prints the QR once it is verified.
describe.runIf(chromiumAvailable())("OCOP certificates in the seller dashboard", () => {
  let medusa: TestMedusa
  let storefront: TestStorefront
  let browser: Browser
  let page: Page
  let admin: string

  beforeAll(async () => {
    medusa = await startTestMedusa()
    storefront = await startTestStorefront(medusa)
    browser = await launchBrowser()
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "vi-VN" })
    page = await context.newPage()
    admin = await medusa.adminToken()
  })
  afterAll(async () => {
    await browser?.close()
    await storefront?.stop()
    await medusa?.stop()
  })

  const poll = <T>(fn: () => T | Promise<T>, timeout = 15_000) => expect.poll(fn, { timeout })
  const cards = () => page.locator("[data-test=ocop-certificate]")
  const fitsWidth = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  const newest = async () => (await medusa.api("/admin/ocop-certificates?status=submitted", { token: admin })).body.certificates.at(-1)
  /** A phone camera's photo of the paper certificate, drawn by the browser. */
  async function cameraPhoto(): Promise<Buffer> {
    const dataUrl = await page.evaluate(() => {
      const canvas = Object.assign(document.createElement("canvas"), { width: 2000, height: 2800 })
      const ctx = canvas.getContext("2d")!
      ctx.fillStyle = "#fbf8ee"
      ctx.fillRect(0, 0, 2000, 2800)
      ctx.fillStyle = "#7a1c12"
      ctx.font = "120px serif"
      ctx.fillText("GIẤY CHỨNG NHẬN OCOP", 150, 600)
      return canvas.toDataURL("image/jpeg", 0.9)
    })
    return Buffer.from(dataUrl.split(",")[1]!, "base64")
  }

  it("opens from the dashboard's home and lists the certificate already waiting", async () => {
    await page.goto(`${storefront.url}/kenh-nguoi-ban/dang-nhap`)
    await page.getByLabel("Số điện thoại").fill("0912 345 678")
    await page.getByLabel("Mật khẩu", { exact: true }).fill("nongsan-demo")
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click()
    await page.waitForURL((u) => u.pathname === "/kenh-nguoi-ban")
    await page.locator("[data-test=ocop-link]").click()
    await page.waitForURL(/\/kenh-nguoi-ban\/chung-nhan-ocop$/)
    await poll(() => cards().count()).toBe(1)
    expect(await cards().first().textContent()).toContain("Vải thiều Thanh Hà")
    expect(await cards().first().locator("[data-test=ocop-status]").textContent()).toContain("Chờ xác minh")
    await fitsWidth()
  })

  it("submits a certificate: own products, stars (the level follows), decision, a camera photo of it", async () => {
    await page.locator("[data-test=ocop-add]").click()
    await page.getByText("Vải U hồng Thanh Hà").click()
    await page.locator("label:has([data-test=ocop-stars-5])").click()
    expect(await page.locator("[data-test=ocop-level]").textContent()).toContain("Bộ (cấp quốc gia)")
    await page.locator("label:has([data-test=ocop-stars-4])").click()
    expect(await page.locator("[data-test=ocop-level]").textContent()).toContain("UBND cấp tỉnh")
    await page.getByRole("button", { name: "Gửi để xác minh" }).click()
    await poll(() => page.locator("[data-test=field-error]").count()).toBeGreaterThan(0)
    await page.locator("[data-test=ocop-decision-number]").fill("2210/QĐ-UBND")
    await page.locator("[data-test=ocop-authority]").fill("UBND thành phố Hải Phòng")
    await page.locator("[data-test=ocop-decision-date]").fill("2025-08-15")
    await page.locator("[data-test=ocop-scan-camera]").setInputFiles({ name: "IMG_0042.jpg", mimeType: "image/jpeg", buffer: await cameraPhoto() })
    await poll(() => page.locator("[data-test=ocop-scan]").textContent(), 30_000).toContain("Đã tải lên")
    expect(await page.locator("[data-test=ocop-form] [role=alert]").count()).toBe(0)
    await fitsWidth()
    await screenshot(page, "seller-ocop-form")
    await page.getByRole("button", { name: "Gửi để xác minh" }).click()
    await poll(() => page.locator("[data-test=ocop-sent]").count()).toBe(1)
    await poll(() => cards().count()).toBe(2)
    expect(await cards().first().textContent()).toContain("Vải U hồng Thanh Hà")
    expect(await newest()).toMatchObject({ stars: 4, level: "province", decision_date: "2025-08-15", expires_on: "2028-08-15", scan: { mime_type: "image/webp" } })
  })

  it("shows the operator's reason for a rejection and resubmits the correction", async () => {
    const cert = await newest()
    await medusa.api(`/admin/ocop-certificates/${cert.id}/reject`, { method: "POST", token: admin, json: { reason: "Số quyết định không khớp bản chụp" } })
    await page.reload()
    const rejected = page.locator("[data-test=ocop-certificate][data-status=rejected]")
    await poll(() => rejected.locator("[data-test=ocop-reason]").textContent()).toContain("Số quyết định không khớp bản chụp")
    await rejected.locator("[data-test=ocop-resubmit]").click()
    await page.locator("[data-test=ocop-decision-number]").fill("2211/QĐ-UBND")
    await page.getByRole("button", { name: "Gửi lại để xác minh" }).click()
    await poll(() => page.locator("[data-test=ocop-sent]").count()).toBe(1)
    await poll(() => page.locator("[data-test=ocop-certificate][data-status=rejected]").count()).toBe(0)
    expect((await medusa.api(`/admin/ocop-certificates/${cert.id}`, { token: admin })).body.certificate).toMatchObject({ status: "submitted", decision_number: "2211/QĐ-UBND" })
  })

  it("shows the verification QR of a verified certificate", async () => {
    const cert = await newest()
    await medusa.api(`/admin/ocop-certificates/${cert.id}/verify`, { method: "POST", token: admin, json: {} })
    await page.reload()
    const verified = page.locator("[data-test=ocop-certificate][data-status=verified]")
    await verified.locator("[data-test=ocop-show-qr]").click()
    const qr = verified.locator("[data-test=ocop-qr]")
    await poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    await fitsWidth()
    await screenshot(page, "seller-ocop-verified")
  })
})
