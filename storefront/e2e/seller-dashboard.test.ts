import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { chromiumAvailable, launchBrowser, screenshot } from "../../infra/src/testing/browser.ts"
import { startTestMedusa, type TestMedusa } from "../../infra/src/testing/medusa.ts"
import { startTestStorefront, type TestStorefront } from "../../infra/src/testing/storefront.ts"
import { checkout } from "../../plugins/farmer-household/integration-tests/checkout-helpers.ts"

// A farm household on a small Android phone: registers, waits for the operator, lists its
// lychee, publishes it and sees it in the shop. 360 px wide, the narrowest common Android.
const PHONE = "0987 111 222"
const PASSWORD = "mat-khau-1"
const PRODUCT = "Vải thiều Thanh Hà — hộp 5 kg"

describe.runIf(chromiumAvailable())("the seller dashboard on a farmer's phone", () => {
  let medusa: TestMedusa
  let storefront: TestStorefront
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    medusa = await startTestMedusa()
    storefront = await startTestStorefront(medusa)
    browser = await launchBrowser()
    page = await smallPhonePage()
  })
  afterAll(async () => {
    await browser?.close()
    await storefront?.stop()
    await medusa?.stop()
  })

  async function smallPhonePage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "vi-VN" })
    return context.newPage()
  }
  /** expect.poll with room for a busy two-core CI machine (its default gives up after 1 s). */
  const poll = <T>(fn: () => T | Promise<T>, timeout = 15_000) => expect.poll(fn, { timeout })
  const url = (path: string) => `${storefront.url}${path}`
  const heading = (p: Page) => p.getByRole("heading", { level: 1 })
  /** Nothing sticks out sideways at 360 px. */
  const fitsWidth = async (p: Page) => expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  /** The message tied to a field through aria-describedby. */
  async function fieldMessage(p: Page, label: string | RegExp) {
    const input = p.getByLabel(label, { exact: typeof label === "string" })
    await poll(() => input.getAttribute("aria-invalid")).toBe("true")
    const ids = (await input.getAttribute("aria-describedby"))!.split(" ")
    return (await Promise.all(ids.map((id) => p.locator(`[id="${id}"]`).textContent()))).join(" ")
  }
  /** A 3000×2000 JPEG drawn by the browser itself: a stand-in for a phone camera photo. */
  async function cameraPhoto(p: Page): Promise<Buffer> {
    const dataUrl = await p.evaluate(() => {
      const canvas = document.createElement("canvas")
      canvas.width = 3000
      canvas.height = 2000
      const ctx = canvas.getContext("2d")!
      const gradient = ctx.createLinearGradient(0, 0, 3000, 2000)
      gradient.addColorStop(0, "#c2185b")
      gradient.addColorStop(1, "#2e7d32")
      ctx.fillStyle = gradient
      ctx.fillRect(0, 0, 3000, 2000)
      return canvas.toDataURL("image/jpeg", 0.9)
    })
    return Buffer.from(dataUrl.split(",")[1]!, "base64")
  }

  it("sends a visitor who is not signed in to the login page", async () => {
    await page.goto(url("/kenh-nguoi-ban"))
    await page.waitForURL(/\/kenh-nguoi-ban\/dang-nhap\?next=/)
    await poll(() => heading(page).textContent()).toBe("Đăng nhập người bán")
    expect(await page.locator("html").getAttribute("lang")).toBe("vi-VN")
    await fitsWidth(page)
    await screenshot(page, "seller-login")
    // Farmers find the dashboard from the shop's footer.
    await page.goto(storefront.url)
    await page.getByRole("link", { name: "Bán hàng trên Nông sản Việt" }).click()
    await page.waitForURL(/\/kenh-nguoi-ban\/dang-nhap\?next=/)
    await poll(() => heading(page).textContent()).toBe("Đăng nhập người bán")
  })

  it("says in Vietnamese, next to the field, that a phone number is wrong", async () => {
    await page.getByRole("link", { name: "Đăng ký bán hàng" }).click()
    await page.waitForURL(/\/kenh-nguoi-ban\/dang-ky$/)
    await poll(() => heading(page).textContent()).toBe("Đăng ký bán hàng")
    await page.getByLabel("Tên hộ / HTX / cơ sở").fill("Hộ bà Trần Thị Lan")
    await page.getByLabel("Người đại diện").fill("Trần Thị Lan")
    await page.getByLabel("Số điện thoại").fill("12345")
    await page.getByLabel("Mật khẩu", { exact: true }).fill(PASSWORD)
    await page.getByLabel("Tỉnh / thành phố").selectOption("Thành phố Hải Phòng")
    // The commune picker offers Hải Phòng's 114 communes; a Hà Nội ward is not one of them.
    const commune = page.getByRole("combobox", { name: "Xã / phường" })
    await poll(() => page.locator("[data-test=commune-options] option").count()).toBe(114)
    await commune.fill("Phường Hai Bà Trưng")
    await page.getByRole("button", { name: "Đăng ký", exact: true }).click()
    expect(await fieldMessage(page, "Số điện thoại")).toContain("Số điện thoại không hợp lệ")
    expect(await fieldMessage(page, "Xã / phường")).toBe("Chọn xã / phường trong danh sách của tỉnh, thành phố đã chọn")
    // The wrong field has the focus, so the phone's keyboard is already up for the fix.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("tel")
    await fitsWidth(page)
    await screenshot(page, "seller-register-error")
    // Typed without accents, the commune becomes its official name on leaving the field.
    await commune.fill("xa thanh ha")
    await commune.press("Tab")
    await poll(() => commune.inputValue()).toBe("Xã Thanh Hà")
  })

  it("registers the household, which then waits for the operator's approval", async () => {
    await page.getByLabel("Số điện thoại").fill(PHONE)
    await page.getByRole("button", { name: "Đăng ký", exact: true }).click()
    await page.waitForURL((u) => u.pathname === "/kenh-nguoi-ban")
    const banner = page.locator("[data-test=status-banner]")
    await poll(() => banner.textContent()).toContain("Đang chờ duyệt")
    await poll(() => page.locator("[data-test=checklist-item]").count()).toBe(3)
    expect(await page.textContent("main")).toContain("Đã xong 0/3 việc")
    await fitsWidth(page)
    await screenshot(page, "seller-home-pending")
    await page.getByRole("button", { name: "Thoát" }).click()
    await page.waitForURL(/\/kenh-nguoi-ban\/dang-nhap$/)
  })

  it("lets the farmer in by phone, typed any way, once the operator approves", async () => {
    const admin = await medusa.adminToken()
    const queue = await medusa.api("/admin/sellers?status=pending", { token: admin })
    const seller = queue.body.sellers.find((s: { phone: string }) => s.phone === "+84987111222")
    expect(seller).toMatchObject({ name: "Hộ bà Trần Thị Lan", representative_name: "Trần Thị Lan", province: "Thành phố Hải Phòng", commune: "Xã Thanh Hà" })
    const approved = await medusa.api(`/admin/sellers/${seller.id}/status`, { method: "POST", token: admin, json: { action: "approve" } })
    expect(approved.status).toBe(200)

    await page.getByLabel("Số điện thoại").fill("+84 987.111.222")
    await page.getByLabel("Mật khẩu", { exact: true }).fill(PASSWORD)
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click()
    await page.waitForURL((u) => u.pathname === "/kenh-nguoi-ban")
    await poll(() => page.locator("[data-test=status-banner]").textContent()).toContain("Đã được duyệt")
    await poll(() => page.locator("[data-test=shop-name]").textContent()).toBe("Hộ bà Trần Thị Lan")
    await screenshot(page, "seller-home-approved")
  })

  it(`lists "${PRODUCT}" with price and stock, as a draft first`, async () => {
    await page.getByRole("link", { name: "Sản phẩm", exact: true }).click()
    await page.waitForURL(/\/kenh-nguoi-ban\/san-pham$/)
    await poll(() => page.textContent("main")).toContain("Bạn chưa có sản phẩm nào.")
    await page.getByRole("link", { name: "Đăng sản phẩm đầu tiên" }).click()
    await page.waitForURL(/\/kenh-nguoi-ban\/san-pham\/moi$/)

    await page.locator("[data-test=photo-camera]").setInputFiles({ name: "IMG_0001.jpg", mimeType: "image/jpeg", buffer: await cameraPhoto(page) })
    await poll(() => page.locator("[data-test=photo]").textContent(), 30_000).toContain("Đã tải lên")
    await page.getByLabel("Tên sản phẩm").fill(PRODUCT)
    // One pack comes pre-filled as "1 kg"; its name says unit and weight.
    const packName = page.getByLabel("Tên quy cách")
    expect(await packName.inputValue()).toBe("1 kg")
    await packName.fill("Hộp 5 kg")
    expect(await page.getByLabel("Đơn vị").inputValue()).toBe("box")
    expect(await page.getByLabel("Cân nặng").inputValue()).toBe("5000")
    const price = page.getByLabel("Giá bán")
    expect(await price.getAttribute("inputmode")).toBe("numeric")
    await price.pressSequentially("210000")
    expect(await price.inputValue()).toBe("210.000")
    await page.getByLabel("Số lượng còn").pressSequentially("30")
    await page.getByRole("switch", { name: "Đăng bán ngay" }).uncheck()
    await fitsWidth(page)
    await screenshot(page, "seller-product-new")
    await page.getByRole("button", { name: "Lưu sản phẩm" }).click()

    await page.waitForURL(/\/kenh-nguoi-ban\/san-pham\?saved=1$/)
    const row = page.locator("[data-test=seller-product]", { hasText: PRODUCT })
    await poll(() => row.locator("[data-test=status-chip]").textContent()).toContain("Nháp")
    expect(await row.locator("[data-test=price]").textContent()).toBe("từ 210.000\u00a0₫")
    expect(await row.locator("[data-test=stock]").textContent()).toContain("Còn 30")
    await fitsWidth(page)
    await screenshot(page, "seller-products")
  })

  it("publishes it and changes its stock in place", async () => {
    await page.locator("[data-test=seller-product]", { hasText: PRODUCT }).click()
    await poll(() => heading(page).textContent()).toBe(PRODUCT)
    await page.getByRole("button", { name: "Đăng bán", exact: true }).click()
    await poll(() => page.locator("[data-test=status-chip]").textContent()).toContain("Đang bán")
    const stock = page.locator("[data-test=row-stock]")
    await stock.fill("25")
    await page.getByRole("button", { name: /Lưu giá và số lượng/ }).click()
    await poll(() => page.locator("[data-test=pack-row]").textContent()).toContain("Đã lưu")
    await fitsWidth(page)
    await screenshot(page, "seller-product-edit")

    const token = (await medusa.api("/auth/seller/emailpass", { method: "POST", json: { email: PHONE, password: PASSWORD } })).body.token
    const { body } = await medusa.api("/seller/products", { token })
    expect(body.products[0]).toMatchObject({ title: PRODUCT, status: "published", variants: [{ title: "Hộp 5 kg", unit: "box", weight_grams: 5000, price: 210000, stock: 25 }] })
  })

  it("shows the published product in the shop, on the farm's page", async () => {
    const shopper = await smallPhonePage()
    // The farm's page lists all of its own products (the home page only one page of the newest).
    await shopper.goto(`${storefront.url}/nha-vuon/ho-ba-tran-thi-lan`)
    const card = shopper.locator("[data-test=product-card]", { hasText: PRODUCT })
    await poll(() => card.locator("[data-test=price]").textContent()).toContain("210.000\u00a0₫")
    expect(await card.locator("img").getAttribute("src")).toMatch(/^https?:\/\/.*\.webp$/)
    // The dashboard saved the photo with its variants: the product page lists them and loads one.
    await card.locator("a").first().click()
    await shopper.waitForURL(/\/san-pham\//)
    const photo = shopper.locator("[data-test=gallery] img")
    expect(await photo.getAttribute("srcset")).toMatch(/^\S+-320\.webp 320w, \S+-640\.webp 640w, \S+-1280\.webp 1280w$/)
    await poll(() => photo.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true)
    await shopper.context().close()
  })

  it("keeps the citizen ID masked and the payout account in the profile", async () => {
    await page.getByRole("link", { name: "Hồ sơ", exact: true }).click()
    await page.waitForURL(/\/kenh-nguoi-ban\/ho-so$/)
    const nationalId = page.getByLabel("Số CCCD")
    await nationalId.fill("123")
    await page.locator("#cccd").getByRole("button", { name: "Lưu" }).click()
    // The backend's own message, in Vietnamese, next to the field.
    expect(await fieldMessage(page, "Số CCCD")).toContain("Số CCCD gồm 12 chữ số")
    await nationalId.fill("001234567890")
    await page.locator("#cccd").getByRole("button", { name: "Lưu" }).click()
    await poll(() => page.locator("[data-test=national-id-masked]").textContent()).toBe("********7890")
    expect(await page.content()).not.toContain("001234567890")

    await page.getByLabel("Ngân hàng").selectOption("970405")
    await page.getByLabel("Số tài khoản").fill("1234567890123")
    await page.getByLabel("Tên chủ tài khoản").pressSequentially("Trần Thị Lan")
    expect(await page.getByLabel("Tên chủ tài khoản").inputValue()).toBe("TRAN THI LAN")
    await page.locator("#ngan-hang").getByRole("button", { name: "Lưu" }).click()
    await poll(() => page.locator("#ngan-hang").textContent()).toContain("Đã lưu")

    await page.getByLabel("Địa chỉ").fill("Thôn Hà Tây")
    await page.locator("#cua-hang").getByRole("button", { name: "Lưu" }).click()
    await poll(() => page.locator("#cua-hang").textContent()).toContain("Đã lưu")
    await fitsWidth(page)
    await screenshot(page, "seller-profile")

    const token = (await medusa.api("/auth/seller/emailpass", { method: "POST", json: { email: PHONE, password: PASSWORD } })).body.token
    const { body } = await medusa.api("/seller/me", { token })
    expect(body.seller).toMatchObject({ national_id_masked: "********7890", bank_bin: "970405", bank_account_number: "1234567890123", bank_account_holder: "TRAN THI LAN", address_line: "Thôn Hà Tây" })

    // A seasonal closure from today for ten days (days in Vietnam) hides the shop's products.
    const vnDay = (offset: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(Date.now() + offset * 86_400_000))
    const vnDate = (day: string) => day.split("-").reverse().join("/")
    await page.getByLabel("Nghỉ từ ngày").fill(vnDay(0))
    await page.getByLabel("Bán lại từ ngày").fill(vnDay(10))
    await page.getByLabel("Lời nhắn cho người mua").fill("Hết mùa vải, hẹn gặp lại tháng 6 năm sau!")
    await page.getByRole("button", { name: "Lưu lịch nghỉ" }).click()
    await poll(() => page.locator("[data-test=closure-current]").textContent()).toContain(`từ ${vnDate(vnDay(0))} đến ${vnDate(vnDay(10))}`)
    const closed = (await medusa.api("/seller/me", { token })).body.seller
    expect(new Date(closed.closed_from).toISOString()).toBe(new Date(`${vnDay(0)}T00:00:00+07:00`).toISOString())
    const handle = (await medusa.api("/seller/products", { token })).body.products[0].handle
    const inShop = async () => (await medusa.api(`/store/products?handle=${handle}`)).body.products.length
    expect(await inShop()).toBe(0)
    await page.getByRole("link", { name: "Tổng quan", exact: true }).click()
    await poll(() => page.locator("[data-test=status-banner]").textContent()).toContain(`Cửa hàng đang tạm nghỉ đến ${vnDate(vnDay(10))}`)
    await page.getByRole("link", { name: "Đổi lịch nghỉ" }).click()
    await page.getByRole("button", { name: "Bán lại ngay (bỏ lịch nghỉ)" }).click()
    await poll(() => page.locator("[data-test=closure-current]").count()).toBe(0)
    expect(await inShop()).toBe(1)

    // Everything on the checklist is done now, so home no longer shows it.
    await page.getByRole("link", { name: "Tổng quan", exact: true }).click()
    await poll(() => page.locator("[data-test=status-banner]").count()).toBe(1)
    await poll(() => page.locator("[data-test=checklist-item]").count()).toBe(0)
  })

  it("hears of a buyer's order, accepts it, packs it and hands it to the carrier", async () => {
    const { body } = await medusa.api("/store/products?limit=10&order=-created_at&fields=title,*variants")
    const lychee = body.products.find((p: { title: string }) => p.title === PRODUCT)
    const buyer = await checkout(medusa)
    await buyer.placeOrder({ [lychee.variants[0].id]: 2 }, { "Hộ bà Trần Thị Lan": "Giao hàng tiêu chuẩn" })

    // The farmer already has the home page open: new orders show up there without a reload.
    await poll(() => page.locator("[data-test=seller-notification]").first().textContent(), 45_000).toContain("Đơn hàng mới #")
    await page.getByRole("link", { name: "Đơn hàng", exact: true }).click()
    await page.waitForURL(/\/kenh-nguoi-ban\/don-hang$/)
    const order = page.locator("[data-test=seller-order]")
    await poll(() => order.textContent()).toContain("2 × Vải thiều Thanh Hà")
    expect(await order.textContent()).toContain("420.000")
    await fitsWidth(page)
    await screenshot(page, "seller-orders")

    await order.getByRole("button", { name: "Nhận đơn" }).click()
    await poll(() => order.count()).toBe(0)
    await page.locator("[data-test=stage-accepted]").click()
    await order.getByRole("button", { name: "Đã đóng gói xong" }).click()
    await poll(() => order.count()).toBe(0)
    await page.locator("[data-test=stage-packed]").click()
    await order.getByLabel("Đơn vị vận chuyển").selectOption("Viettel Post")
    await order.getByLabel("Mã vận đơn").fill("VTP98765432")
    await order.getByRole("button", { name: "Đã giao cho vận chuyển" }).click()
    await poll(() => order.count()).toBe(0)
    await page.locator("[data-test=stage-shipped]").click()
    await poll(() => order.textContent()).toContain("Viettel Post · VTP98765432")
    await screenshot(page, "seller-order-shipped")
  })

  it("tells the farmer when the operator suspends the shop, and why", async () => {
    const admin = await medusa.adminToken()
    const { body } = await medusa.api("/admin/sellers?status=approved", { token: admin })
    const seller = body.sellers.find((s: { phone: string }) => s.phone === "+84987111222")
    const setStatus = (action: string, reason?: string) =>
      medusa.api(`/admin/sellers/${seller.id}/status`, { method: "POST", token: admin, json: { action, reason } })
    expect((await setStatus("suspend", "Giấy chứng nhận VietGAP hết hạn")).status).toBe(200)
    await page.getByRole("link", { name: "Tổng quan", exact: true }).click()
    const banner = page.locator("[data-test=status-banner]")
    await poll(() => banner.textContent()).toContain("Tài khoản đang bị tạm ngưng")
    expect(await banner.textContent()).toContain("Lý do: Giấy chứng nhận VietGAP hết hạn")
    await screenshot(page, "seller-home-suspended")
    expect((await setStatus("reinstate")).status).toBe(200)
  })

  it("deletes a product only after asking", async () => {
    const token = (await medusa.api("/auth/seller/emailpass", { method: "POST", json: { email: PHONE, password: PASSWORD } })).body.token
    const draft = { title: "Vải thiều loại 2", variants: [{ title: "1 kg", unit: "kg", weight_grams: 1000, price: 25000, stock: 10 }] }
    expect((await medusa.api("/seller/products", { method: "POST", token, json: draft })).status).toBe(201)
    await page.getByRole("link", { name: "Sản phẩm", exact: true }).click()
    await page.locator("[data-test=seller-product]", { hasText: "Vải thiều loại 2" }).click()
    await poll(() => heading(page).textContent()).toBe("Vải thiều loại 2")
    await page.getByRole("button", { name: "Xoá sản phẩm" }).click()
    const dialog = page.getByRole("dialog", { name: "Xoá sản phẩm này?" })
    await dialog.getByRole("button", { name: "Huỷ" }).click()
    expect(await dialog.isVisible()).toBe(false)
    await page.getByRole("button", { name: "Xoá sản phẩm" }).click()
    await dialog.getByRole("button", { name: "Xoá hẳn" }).click()
    await page.waitForURL(/\/kenh-nguoi-ban\/san-pham\?deleted=1$/)
    await poll(() => page.textContent("main")).toContain("Đã xoá sản phẩm.")
    // The list has loaded (with the lychee still there) and the deleted product is gone.
    await poll(() => page.locator("[data-test=seller-product]", { hasText: PRODUCT }).count()).toBe(1)
    expect(await page.locator("[data-test=seller-product]", { hasText: "Vải thiều loại 2" }).count()).toBe(0)
  })

  it("speaks English at /en, from the login page on", async () => {
    const visitor = await smallPhonePage()
    await visitor.goto(url("/en/kenh-nguoi-ban/san-pham"))
    await visitor.waitForURL(/\/en\/kenh-nguoi-ban\/dang-nhap\?next=/)
    await poll(() => heading(visitor).textContent()).toBe("Seller sign in")
    expect(await visitor.locator("html").getAttribute("lang")).toBe("en-US")
    await visitor.context().close()
  })
})
