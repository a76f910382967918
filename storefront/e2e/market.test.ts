import type { Page } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import { chromiumAvailable, screenshot } from "../../infra/src/testing/browser.ts"
import { useShopStack } from "../../infra/src/testing/shop-stack.ts"
import { signNotification } from "../../plugins/cho-qr/src/lib/bank-transfer/signature.ts"

const BANK_SECRET = "e2e_bank_secret"
// The demo market's stall A12 (seed/data/demo.json), whose vendor is the demo household.
const STALL_ACCOUNT = { bank_bin: "970436", account_number: "0491000123456" }

// A vendor props the phone on the stall, opens the stall screen, and a buyer's transfer arrives.
describe.runIf(chromiumAvailable())("the market vendor's stall screen", () => {
  const stack = useShopStack({ BANK_WEBHOOK_SECRET: BANK_SECRET })
  let page: Page

  beforeAll(async () => {
    const context = await stack.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "vi-VN" })
    page = await context.newPage()
  })

  async function notify(amount: number, description: string) {
    const body = JSON.stringify({ id: `FT-E2E-${Date.now()}`, ...STALL_ACCOUNT, amount, description, occurred_at: new Date().toISOString() })
    const res = await fetch(`${stack.medusa.url}/hooks/bank-notifications`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-nongsan-signature": signNotification(body, BANK_SECRET) },
      body,
    })
    expect(res.status).toBe(200)
    return res.json()
  }

  it("shows a payment's amount the moment the bank's signed notification arrives", async () => {
    await page.goto(`${stack.storefront.url}/kenh-nguoi-ban/dang-nhap`)
    await page.getByLabel("Số điện thoại").fill("0912 345 678")
    await page.getByLabel("Mật khẩu", { exact: true }).fill("nongsan-demo")
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click()
    await page.waitForURL((u) => u.pathname === "/kenh-nguoi-ban")
    await page.locator("[data-test=market-link]").click()
    await page.waitForURL((u) => u.pathname === "/cho")
    await expect.poll(() => page.locator("[data-test=live]").textContent(), { timeout: 15_000 }).toContain("Đang nhận thanh toán")
    expect(await page.locator("[data-test=arrival]").textContent()).toContain("Chờ khách chuyển khoản")

    const started = Date.now()
    const answer = await notify(125_000, "NGUYEN THI HOA chuyen tien mua vai")
    expect(answer).toMatchObject({ status: "matched", duplicate: false })
    await page.locator("[data-test=arrival-amount]").filter({ hasText: "125.000" }).waitFor({ timeout: 10_000 })
    console.log(`[market] webhook → vendor screen: ${Date.now() - started} ms`)
    expect(await page.locator("[data-test=today-total]").textContent()).toContain("125.000")
    expect(await page.locator("[data-test=ledger] li").count()).toBe(1)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await screenshot(page, "market-payment-arrived")
  })

  it("shows a QR for one sale with its amount", async () => {
    await page.locator("summary", { hasText: "Tạo mã QR cho một lần bán" }).click()
    await page.locator("[data-test=sale-amount]").fill("79000")
    await page.getByRole("button", { name: "Hiện mã QR" }).click()
    await page.locator("[data-test=sale-qr] svg").waitFor()
  })

  async function downloaded(testId: string) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-test=${testId}]`).click()])
    const chunks: Buffer[] = []
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer)
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) }
  }

  it("downloads the stall's printable poster as a PDF and the day's books as CSV", async () => {
    await page.locator("summary", { hasText: "Mã QR của quầy" }).click()
    const poster = await downloaded("poster-pdf")
    expect(poster.name).toBe("quay-A12.pdf")
    expect(poster.bytes.subarray(0, 5).toString()).toBe("%PDF-")
    const books = await downloaded("ledger-csv")
    expect(books.name).toMatch(/^so-quay-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(books.bytes.toString("utf8")).toContain("NGUYEN THI HOA chuyen tien mua vai")
  })
})
