import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"

// The address pickers' routes over real HTTP: communes of a province, old addresses resolved.
let medusa: TestMedusa

beforeAll(async () => {
  medusa = await startTestMedusa()
}, 180_000)
afterAll(() => medusa?.stop())

const resolve = (q: string) => medusa.api(`/store/addresses/resolve?q=${encodeURIComponent(q)}`)

describe("GET /store/provinces/:province/communes", () => {
  it("lists a province's communes by name or by code", async () => {
    const byName = await medusa.api(`/store/provinces/${encodeURIComponent("Thành phố Hà Nội")}/communes`)
    expect(byName.status).toBe(200)
    expect(byName.body.province).toEqual({ code: "01", name: "Thành phố Hà Nội" })
    expect(byName.body.communes.map((c: { name: string }) => c.name)).toContain("Phường Hai Bà Trưng")
    expect(byName.body.communes[0]).toEqual({ code: expect.stringMatching(/^\d{5}$/), name: expect.any(String) })

    const byCode = await medusa.api("/store/provinces/01/communes")
    expect(byCode.body.communes).toEqual(byName.body.communes)
    const loose = await medusa.api("/store/provinces/hai%20phong/communes")
    expect(loose.body.province.name).toBe("Thành phố Hải Phòng")
  })

  it("all 34 provinces together hold 3,321 communes", async () => {
    const { body } = await medusa.api("/store/provinces")
    expect(body.provinces).toHaveLength(34)
    let total = 0
    for (const name of body.provinces as string[]) {
      const res = await medusa.api(`/store/provinces/${encodeURIComponent(name)}/communes`)
      expect(res.status).toBe(200)
      total += res.body.communes.length
    }
    expect(total).toBe(3321)
  })

  it("answers 404 in Vietnamese and English for a province merged away or unknown", async () => {
    for (const province of ["Tỉnh Hải Dương", "Atlantis", "99"]) {
      const res = await medusa.api(`/store/provinces/${encodeURIComponent(province)}/communes`)
      expect(res.status).toBe(404)
      expect(res.body.message).toMatch(/Không có tỉnh, thành phố .* \/ No province/)
    }
  })
})

describe("GET /store/addresses/resolve", () => {
  it("resolves an old address to the commune and province in force", async () => {
    const res = await resolve("Thanh Hà, Hải Dương")
    expect(res.status).toBe(200)
    expect(res.body.query).toBe("Thanh Hà, Hải Dương")
    expect(res.body.matches[0]).toMatchObject({
      label: "Xã Thanh Hà, Thành phố Hải Phòng",
      via: "commune",
      commune: { name: "Xã Thanh Hà" },
      province: { code: "31", name: "Thành phố Hải Phòng" },
      former: { province: "Tỉnh Hải Dương", district: "Huyện Thanh Hà", commune: "Thị trấn Thanh Hà" },
    })
    expect((await resolve("luc ngan, bac giang")).body.matches[0].label).toBe("Xã Lục Ngạn, Tỉnh Bắc Ninh")
    expect((await resolve("Phương Độ, Hà Giang")).body.matches[0].label).toBe("Phường Hà Giang 1, Tỉnh Tuyên Quang")
  })

  it("caps the answer with limit", async () => {
    const res = await medusa.api("/store/addresses/resolve?q=T%C3%A2n%20Ti%E1%BA%BFn&limit=3")
    expect(res.status).toBe(200)
    expect(res.body.matches).toHaveLength(3)
  })

  it("refuses a missing, empty, too long query or a bad limit with a bilingual 400", async () => {
    for (const path of ["/store/addresses/resolve", "/store/addresses/resolve?q=%20", `/store/addresses/resolve?q=${"a".repeat(201)}`, "/store/addresses/resolve?q=Thanh%20H%C3%A0&limit=0", "/store/addresses/resolve?q=Thanh%20H%C3%A0&limit=abc"]) {
      const res = await medusa.api(path)
      expect(res.status, path).toBe(400)
      expect(res.body.message, path).toContain(" / ")
    }
  })

  it("answers 404 in both languages when nothing matches, also for script fragments", async () => {
    for (const q of ["zzzz, Hải Dương", "<script>alert(1)</script>", "'; DROP TABLE seller; --"]) {
      const res = await resolve(q)
      expect(res.status, q).toBe(404)
      expect(res.body.message).toMatch(/Không tìm thấy xã, phường nào .* \/ No commune or ward matches/)
    }
  })
})
