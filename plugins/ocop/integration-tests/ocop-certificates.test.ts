// OCOP certificates end to end in a real Medusa: a seller submits, the operator decides, the
// shop shows the badge only while the certificate is verified and unexpired.
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { run } from "../../../infra/src/processes.ts"
import { backendDir, childEnv } from "../../../infra/src/stack.ts"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { demoSellerToken, lycheeBox, registerSeller } from "../../farmer-household/integration-tests/helpers.ts"
import { submitCertificate, uploadScan } from "./helpers.ts"
import { demoData } from "../../../backend/src/seed/demo-data.ts"

const dataDir = mkdtempSync(join(tmpdir(), "nongsan-ocop-"))
let medusa: TestMedusa
let admin: string
let hai: { token: string; productIds: string[] }
let tu: { token: string; productId: string }

const badges = async (...ids: string[]) =>
  (await medusa.api(`/store/ocop/badges?${ids.map((id) => `product_id=${id}`).join("&")}`)).body.badges
const page = (code: string) => medusa.api(`/store/ocop/certificates/${code}`)
const decide = (id: string, action: string, json: unknown = {}) =>
  medusa.api(`/admin/ocop-certificates/${id}/${action}`, { method: "POST", token: admin, json })
const sellerCertificate = async (id: string, token = hai.token) => (await medusa.api(`/seller/ocop-certificates/${id}`, { token })).body.certificate

beforeAll(async () => {
  medusa = await startTestMedusa({ NONGSAN_DATA_DIR: dataDir })
  admin = await medusa.adminToken()
  const token = await demoSellerToken(medusa)
  const { products } = (await medusa.api("/seller/products", { token })).body
  hai = { token, productIds: products.map((p: { id: string }) => p.id) }
  const other = await registerSeller(medusa, "0977 123 456", { name: "Hộ ông Phạm Văn Tư" })
  const created = await medusa.api("/seller/products", { method: "POST", token: other.token, json: { ...lycheeBox, status: "published" } })
  tu = { token: other.token, productId: created.body.product.id }
})
afterAll(async () => {
  await medusa?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe("the seeded demo", () => {
  it("shows verified certificates in the shop and one certificate waiting in the operator's queue", async () => {
    const list = await medusa.api("/store/ocop/certificates")
    const seeded = list.body.certificates.map((c: any) => c.products[0]?.handle)
    expect(seeded).toEqual(expect.arrayContaining(["che-tan-cuong-dac-biet", "mat-ong-bac-ha-dong-van", "nem-chua-thanh-hoa"]))
    expect(list.body.certificates.every((c: any) => c.status === "verified")).toBe(true)
    const queue = await medusa.api("/admin/ocop-certificates?status=submitted", { token: admin })
    expect(queue.body.certificates.map((c: any) => c.products[0].handle)).toContain("vai-thieu-thanh-ha")
  })

  it("filters by stars, province and product group; newest decision first", async () => {
    const four = (await medusa.api("/store/ocop/certificates?stars=4")).body
    expect(four.certificates.map((c: any) => c.stars)).toEqual(four.certificates.map(() => 4))
    expect(four.certificates.map((c: any) => c.decision_date)).toEqual([...four.certificates.map((c: any) => c.decision_date)].sort().reverse())
    const thanhHoa = (await medusa.api(`/store/ocop/certificates?stars=3&stars=4&province=${encodeURIComponent("Tỉnh Thanh Hóa")}&product_group=food`)).body
    // The seed's verified food certificates of 3 or 4 stars from Thanh Hóa, newest decision first.
    const province = (seller: string) => demoData.sellers.find((s) => s.handle === seller)!.province
    const expected = demoData.ocopCertificates.verified
      .filter((c) => c.stars !== 5 && c.product_group === "food" && province(c.seller) === "Tỉnh Thanh Hóa")
      .sort((a, b) => b.decision_date.localeCompare(a.decision_date))
      .map((c) => c.seller)
    expect(expected).toContain("ho-le-thi-hoa")
    expect(thanhHoa.certificates.map((c: any) => c.seller.handle)).toEqual(expected)
    expect(thanhHoa).toMatchObject({ count: expected.length, limit: 50, offset: 0 })
    expect(thanhHoa.certificates.find((c: any) => c.seller.handle === "ho-le-thi-hoa")).toMatchObject({
      stars: 4,
      level: "province",
      decision_date: "2025-06-05",
      expires_on: "2028-06-05",
      scan: { mime_type: "image/webp" },
      seller: { name: "Hộ bà Lê Thị Hoa", province: "Tỉnh Thanh Hóa", commune: "Phường Hạc Thành" },
      products: [{ handle: "nem-chua-thanh-hoa", title: "Nem chua Thanh Hóa" }],
    })
    const none = (await medusa.api(`/store/ocop/certificates?province=${encodeURIComponent("Tỉnh Cà Mau")}`)).body
    expect(none).toEqual({ certificates: [], count: 0, limit: 50, offset: 0 })
  })

  it("answers bad query parameters with a bilingual 400", async () => {
    for (const path of [
      "/store/ocop/certificates?stars=6",
      "/store/ocop/certificates?province=Hai%20Duong",
      "/store/ocop/certificates?product_group=fruit",
      "/store/ocop/certificates?limit=0",
      "/store/ocop/badges",
    ]) {
      const res = await medusa.api(path)
      expect(res.status, path).toBe(400)
      expect(res.body.message, path).toMatch(/ \/ /)
    }
    expect((await medusa.api("/store/ocop/certificates?stars=6")).body.message).toContain("Số sao OCOP là 3, 4 hoặc 5 / OCOP stars are 3, 4 or 5")
  })

  it("needs the publishable key like every /store route", async () => {
    const res = await fetch(`${medusa.url}/store/ocop/certificates`)
    expect(res.status).toBe(400)
  })
})

describe("submit → verify → badge", () => {
  let cert: any

  it("a seller submits a certificate for its own products; it waits as submitted, without a badge", async () => {
    cert = await submitCertificate(medusa, hai.token, [hai.productIds[0]])
    expect(cert).toMatchObject({ status: "submitted", valid: false, stars: 4, expires_on: "2028-05-20", verification_url: null })
    expect(cert.code).toMatch(/^[0-9A-Z]{10}$/)
    expect(cert.audit).toMatchObject([{ action: "submit", actor_type: "seller", from_status: null, to_status: "submitted" }])
    expect(await badges(hai.productIds[0])).toEqual({})
    expect((await page(cert.code)).status).toBe(404)
  })

  it("the operator sees it in the queue with the scan, products, seller and audit, and verifies it", async () => {
    const detail = (await medusa.api(`/admin/ocop-certificates/${cert.id}`, { token: admin })).body.certificate
    expect(detail).toMatchObject({ status: "submitted", seller: { handle: "ho-nguyen-van-hai" }, scan: { mime_type: "application/pdf" } })
    expect(detail.audit[0]).toMatchObject({ action: "submit", actor_name: "Nguyễn Văn Hải" })
    const verified = await decide(cert.id, "verify")
    expect(verified.status).toBe(200)
    expect(verified.body.certificate).toMatchObject({ status: "verified", valid: true })
    expect(verified.body.certificate.audit.map((a: any) => [a.action, a.actor_type, a.to_status])).toEqual([
      ["submit", "seller", "submitted"],
      ["verify", "user", "verified"],
    ])
  })

  it("the badge, the shop's list and the public verification page show it at once", async () => {
    expect(await badges(hai.productIds[0], tu.productId)).toEqual({ [hai.productIds[0]]: { stars: 4, product_group: "food", code: cert.code } })
    const list = (await medusa.api("/store/ocop/certificates?stars=4")).body.certificates
    expect(list.map((c: any) => c.code)).toContain(cert.code)
    const res = await page(cert.code.toLowerCase())
    expect(res.status).toBe(200)
    expect(res.body.certificate).toMatchObject({
      code: cert.code,
      status: "verified",
      decision_number: "1520/QĐ-UBND",
      seller: { handle: "ho-nguyen-van-hai", province: "Thành phố Hải Phòng" },
      products: [{ id: hai.productIds[0] }],
    })
    expect(Object.keys(res.body.certificate).sort()).toEqual(
      ["code", "status", "stars", "product_group", "decision_number", "issuing_authority", "level", "decision_date", "expires_on", "scan", "seller", "products"].sort()
    )
  })

  it("the seller is told and gets the QR of the verification page as SVG and PNG", async () => {
    const notes = (await medusa.api("/seller/notifications", { token: hai.token })).body.notifications
    expect(notes[0]).toMatchObject({ template: "ocop-certificate-verified", resource_id: cert.id })
    const svg = await fetch(`${medusa.url}/seller/ocop-certificates/${cert.id}/qr`, { headers: { authorization: `Bearer ${hai.token}` } })
    expect(svg.headers.get("content-type")).toContain("image/svg+xml")
    expect(await svg.text()).toContain("<svg")
    const png = await fetch(`${medusa.url}/seller/ocop-certificates/${cert.id}/qr?format=png&download=1`, { headers: { authorization: `Bearer ${hai.token}` } })
    expect(png.headers.get("content-disposition")).toContain(`ocop-${cert.code}.png`)
    expect((await sharp(Buffer.from(await png.arrayBuffer())).metadata()).format).toBe("png")
  })

  it("revoking removes the badge at once; the page then says revoked", async () => {
    expect((await decide(cert.id, "revoke", {})).status).toBe(400)
    const revoked = await decide(cert.id, "revoke", { reason: "Sản phẩm không còn đạt tiêu chuẩn" })
    expect(revoked.body.certificate).toMatchObject({ status: "revoked", status_reason: "Sản phẩm không còn đạt tiêu chuẩn" })
    expect(await badges(hai.productIds[0])).toEqual({})
    expect((await page(cert.code)).body.certificate.status).toBe("revoked")
    expect((await decide(cert.id, "verify")).status).toBe(400)
  })
})

describe("rejection and resubmission", () => {
  let cert: any

  it("a rejected certificate shows no badge and its audit trail keeps the reason", async () => {
    cert = await submitCertificate(medusa, hai.token, [hai.productIds[1]], { decision_number: "99/QĐ-SAI" })
    const res = await decide(cert.id, "reject", { reason: "Số quyết định không khớp bản chụp" })
    expect(res.body.certificate).toMatchObject({ status: "rejected", status_reason: "Số quyết định không khớp bản chụp" })
    expect(await badges(hai.productIds[1])).toEqual({})
    expect((await page(cert.code)).status).toBe(404)
    const own = await sellerCertificate(cert.id)
    expect(own.audit.at(-1)).toMatchObject({ action: "reject", reason: "Số quyết định không khớp bản chụp", to_status: "rejected" })
  })

  it("another seller cannot read, resubmit or print it: the same 404 as a missing one", async () => {
    const missing = await medusa.api("/seller/ocop-certificates/ocop_01MISSING", { token: tu.token })
    expect(missing.status).toBe(404)
    for (const [path, method, json] of [
      [`/seller/ocop-certificates/${cert.id}`, "GET", undefined],
      [`/seller/ocop-certificates/${cert.id}/resubmit`, "POST", { decision_number: "1/QĐ" }],
      [`/seller/ocop-certificates/${cert.id}/qr`, "GET", undefined],
    ] as const) {
      const res = await medusa.api(path, { method, token: tu.token, json })
      expect([res.status, res.body]).toEqual([404, missing.body])
    }
    expect((await medusa.api("/seller/ocop-certificates", { token: tu.token })).body.certificates).toEqual([])
  })

  it("the seller corrects and resubmits it; the audit trail says what changed", async () => {
    const res = await medusa.api(`/seller/ocop-certificates/${cert.id}/resubmit`, {
      method: "POST",
      token: hai.token,
      json: { decision_number: "1521/QĐ-UBND", decision_date: "2025-05-21" },
    })
    expect(res.status).toBe(200)
    expect(res.body.certificate).toMatchObject({ status: "submitted", status_reason: null, decision_number: "1521/QĐ-UBND", expires_on: "2028-05-21" })
    expect(res.body.certificate.audit.at(-1)).toMatchObject({
      action: "resubmit",
      from_status: "rejected",
      to_status: "submitted",
      changes: { decision_number: ["99/QĐ-SAI", "1521/QĐ-UBND"], decision_date: ["2025-05-20", "2025-05-21"], expires_on: ["2028-05-20", "2028-05-21"] },
    })
    const again = await medusa.api(`/seller/ocop-certificates/${cert.id}/resubmit`, { method: "POST", token: hai.token, json: {} })
    expect(again.status).toBe(400)
  })
})

describe("expiry", () => {
  it("the job expires a verified certificate past its date: badge gone, page says expired, audit by the system", async () => {
    const cert = await submitCertificate(medusa, hai.token, [hai.productIds[1]])
    await decide(cert.id, "verify")
    expect(Object.keys(await badges(hai.productIds[1]))).toEqual([hai.productIds[1]])
    const output = join(dataDir, "expired.json")
    await run(join(backendDir, "../node_modules/.bin/medusa"), ["exec", join(import.meta.dirname, "scripts/expire-certificate.ts"), output, cert.id], {
      cwd: backendDir,
      env: childEnv({ DATABASE_URL: medusa.databaseUrl, NONGSAN_DATA_DIR: dataDir, LOG_LEVEL: "error" }),
      quiet: true,
    })
    const { expired, yesterday } = JSON.parse(readFileSync(output, "utf8"))
    expect(expired).toEqual([cert.id])
    expect(await badges(hai.productIds[1])).toEqual({})
    const res = await page(cert.code)
    expect(res.body.certificate).toMatchObject({ status: "expired", expires_on: yesterday })
    const own = await sellerCertificate(cert.id)
    expect(own).toMatchObject({ status: "expired", valid: false })
    expect(own.audit.at(-1)).toMatchObject({ action: "expire", actor_type: "system", from_status: "verified", to_status: "expired" })
  })
})

describe("refusals", () => {
  it("a certificate of one seller cannot cover another seller's product: the same 404 as a missing product", async () => {
    const scan = (await uploadScan(medusa, hai.token, "%PDF-1.7\n", "qd.pdf", "application/pdf")).body.scan
    const body = (ids: string[]) => ({ product_ids: ids, stars: 3, product_group: "food", decision_number: "1/QĐ", issuing_authority: "UBND", level: "province", decision_date: "2025-01-02", scan })
    const foreign = await medusa.api("/seller/ocop-certificates", { method: "POST", token: hai.token, json: body([hai.productIds[0], tu.productId]) })
    const missing = await medusa.api("/seller/ocop-certificates", { method: "POST", token: hai.token, json: body(["prod_01MISSING"]) })
    expect(foreign.status).toBe(404)
    expect(foreign.body).toEqual(missing.body)
    expect(JSON.stringify(foreign.body)).not.toContain(tu.productId)
  })

  it("a scan uploaded by another seller cannot be used", async () => {
    const scan = (await uploadScan(medusa, tu.token, "%PDF-1.7\n", "qd.pdf", "application/pdf")).body.scan
    const res = await medusa.api("/seller/ocop-certificates", {
      method: "POST",
      token: hai.token,
      json: { product_ids: [hai.productIds[0]], stars: 3, product_group: "food", decision_number: "1/QĐ", issuing_authority: "UBND", level: "province", decision_date: "2025-01-02", scan },
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toContain("Invalid certificate scan")
  })

  it("stars and level must agree, dates must make sense; field by field, bilingual", async () => {
    const scan = (await uploadScan(medusa, hai.token, "%PDF-1.7\n", "qd.pdf", "application/pdf")).body.scan
    const res = await medusa.api("/seller/ocop-certificates", {
      method: "POST",
      token: hai.token,
      json: { product_ids: [hai.productIds[0]], stars: 5, product_group: "food", decision_number: "1/QĐ", issuing_authority: "UBND", level: "province", decision_date: "2021-01-02", scan },
    })
    expect(res.status).toBe(400)
    expect(res.body.issues).toEqual([
      { path: "level", message: "Sản phẩm 5 sao do Bộ đánh giá và công nhận / 5-star products are rated by the ministry" },
      { path: "expires_on", message: "Chứng nhận này đã hết hạn / This certificate has already expired" },
    ])
  })

  it("a scan that is neither an image nor a PDF is refused, bilingual, whatever its name says", async () => {
    const res = await uploadScan(medusa, hai.token, "Giấy chứng nhận OCOP 4 sao\n", "chung-nhan.jpg", "image/jpeg")
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ type: "invalid_data", code: "unsupported_scan" })
    expect(res.body.message).toBe("Bản chụp chứng nhận phải là ảnh JPEG, PNG, WebP hoặc tệp PDF / The certificate scan must be a JPEG, PNG or WebP image or a PDF file")
  })

  it("a phone photo is stored as WebP without its EXIF (GPS)", async () => {
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#f5efe0" } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "20/1 56/1 3000/100" } })
      .toBuffer()
    const res = await uploadScan(medusa, hai.token, photo)
    expect(res.status).toBe(201)
    expect(res.body.scan).toMatchObject({ mime_type: "image/webp" })
    const stored = await sharp(Buffer.from(await (await fetch(res.body.scan.url)).arrayBuffer())).metadata()
    expect([stored.format, stored.width, stored.exif]).toEqual(["webp", 1600, undefined])
  })

  it("malformed, unknown and not-yet-public codes get one and the same 404", async () => {
    const submitted = (await medusa.api("/admin/ocop-certificates?status=submitted", { token: admin })).body.certificates[0]
    const answers = await Promise.all(["not-a-code", "0000000000", "'; drop table --", submitted.code].map((c) => page(encodeURIComponent(c))))
    for (const a of answers) expect([a.status, a.body]).toEqual([404, answers[0].body])
    expect(answers[0].body.message).toBe("Không tìm thấy chứng nhận OCOP / OCOP certificate not found")
  })

  it("admin routes refuse sellers and anonymous callers", async () => {
    const { id } = (await medusa.api("/admin/ocop-certificates", { token: admin })).body.certificates[0]
    for (const token of [undefined, hai.token]) {
      for (const [path, method] of [
        ["/admin/ocop-certificates", "GET"],
        [`/admin/ocop-certificates/${id}`, "GET"],
        [`/admin/ocop-certificates/${id}/verify`, "POST"],
        [`/admin/ocop-certificates/${id}/reject`, "POST"],
        [`/admin/ocop-certificates/${id}/revoke`, "POST"],
      ]) {
        const res = await medusa.api(path, { method, token, json: method === "POST" ? { reason: "x" } : undefined })
        expect(res.status, `${method} ${path} ${token ? "seller" : "anonymous"}`).toBe(401)
      }
    }
  })
})
