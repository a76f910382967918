import { describe, expect, it } from "vitest"
import { toPublicTrace } from "../public-trace"

const batch = {
  id: "batch_01",
  code: "7KQ2VX9M4T",
  harvest_date: new Date("2025-06-10T00:00:00Z"),
  packing_date: new Date("2025-06-11T00:00:00Z"),
  plot: "Vườn Đồng Gạo",
  quantity: 800,
  unit: "kg",
  vietgap_code: "VietGAP-TT-19-05",
  notes: "Giữ lại 50 kg cho nhà",
  product: {
    id: "prod_01",
    title: "Vải thiều Thanh Hà",
    handle: "vai-thieu-thanh-ha",
    status: "published",
    thumbnail: null,
    seller: {
      id: "sel_01",
      phone: "+84912345678",
      name: "Hộ ông Nguyễn Văn Hải",
      handle: "ho-nguyen-van-hai",
      commune: "Xã Thanh Hà",
      province: "Thành phố Hải Phòng",
      certifications: [
        { kind: "vietgap", number: "A", issuer: "X", expires_at: new Date("2027-01-01T00:00:00Z") },
        { kind: "organic", number: "B", issuer: "Y", expires_at: new Date("2024-01-01T00:00:00Z") },
        { kind: "other", number: "C", issuer: "Z", expires_at: null },
      ],
    },
  },
}

describe("the public trace of a batch", () => {
  const trace = toPublicTrace(batch, 3, new Date("2025-07-01T00:00:00Z"))

  it("shows the harvest as calendar days and the scan count", () => {
    expect(trace).toMatchObject({ code: "7KQ2VX9M4T", harvest_date: "2025-06-10", packing_date: "2025-06-11", quantity: 800, scan_count: 3 })
  })

  it("says which certifications are still valid", () => {
    expect(trace.certifications.map((c) => [c.kind, c.valid, c.expires_at])).toEqual([
      ["vietgap", true, "2027-01-01"],
      ["organic", false, "2024-01-01"],
      ["other", true, null],
    ])
  })

  it("keeps the seller's notes, ids and phone out", () => {
    const text = JSON.stringify(trace)
    for (const secret of ["Giữ lại", "batch_01", "prod_01", "sel_01", "+84912345678"]) expect(text).not.toContain(secret)
  })

  it("links the shop page only while the product is on sale", () => {
    expect(trace.product.handle).toBe("vai-thieu-thanh-ha")
    expect(toPublicTrace({ ...batch, product: { ...batch.product, status: "draft" } }, 1).product.handle).toBeNull()
  })
})
