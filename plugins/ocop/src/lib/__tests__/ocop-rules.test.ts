import { describe, expect, it } from "vitest"
import { certificateProblems, defaultExpiry, isCertificateValid, OCOP_PRODUCT_GROUPS, publicStatus, ratingLevel } from "../ocop-rules"

// 1 July 2025, 09:00 in Vietnam.
const now = new Date("2025-07-01T02:00:00Z")

describe("OCOP rules of Decision 148/QĐ-TTg", () => {
  it("has the six product groups", () => {
    expect(Object.keys(OCOP_PRODUCT_GROUPS)).toEqual(["food", "beverage", "herbal", "handicraft", "ornamental", "tourism"])
    expect(OCOP_PRODUCT_GROUPS.tourism.vi).toBe("Dịch vụ du lịch cộng đồng và điểm du lịch")
  })

  it("the province rates 3 and 4 stars, the ministry 5", () => {
    expect([ratingLevel(3), ratingLevel(4), ratingLevel(5)]).toEqual(["province", "province", "ministry"])
  })

  it("a certificate is valid 36 months from its decision", () => {
    expect(defaultExpiry("2025-06-05")).toBe("2028-06-05")
  })
})

describe("isCertificateValid", () => {
  it("counts a verified certificate through its expiry day in Vietnam", () => {
    expect(isCertificateValid({ status: "verified", expires_on: "2025-07-01" }, now)).toBe(true)
    expect(isCertificateValid({ status: "verified", expires_on: "2025-06-30" }, now)).toBe(false)
    // 30 June 23:30 in Vietnam is still 30 June, though it is 1 July nowhere yet west of GMT+7.
    expect(isCertificateValid({ status: "verified", expires_on: "2025-06-30" }, new Date("2025-06-30T16:30:00Z"))).toBe(true)
    expect(isCertificateValid({ status: "verified", expires_on: "2025-06-30" }, new Date("2025-06-30T17:00:00Z"))).toBe(false)
  })

  it("never counts a certificate that is not verified", () => {
    for (const status of ["submitted", "rejected", "revoked", "expired"]) {
      expect(isCertificateValid({ status, expires_on: "2099-01-01" }, now)).toBe(false)
    }
  })

  it("shows a verified certificate past its date as expired before the job has run", () => {
    expect(publicStatus({ status: "verified", expires_on: "2025-06-30" }, now)).toBe("expired")
    expect(publicStatus({ status: "verified", expires_on: "2025-07-01" }, now)).toBe("verified")
    expect(publicStatus({ status: "revoked", expires_on: "2099-01-01" }, now)).toBe("revoked")
  })
})

describe("certificateProblems", () => {
  const ok = { stars: 4, level: "province", decision_date: "2025-03-18", expires_on: "2028-03-18" }

  it("finds nothing wrong with a sound certificate", () => {
    expect(certificateProblems(ok, now)).toEqual([])
    expect(certificateProblems({ ...ok, stars: 5, level: "ministry" }, now)).toEqual([])
  })

  it("refuses a level that does not rate those stars", () => {
    expect(certificateProblems({ ...ok, stars: 5 }, now).map((p) => p.path)).toEqual(["level"])
    expect(certificateProblems({ ...ok, stars: 3, level: "ministry" }, now).map((p) => [p.path, p.en])).toEqual([
      ["level", "3- and 4-star products are rated by the province"],
    ])
  })

  it("refuses a decision in the future, an expiry before the decision and an expired certificate", () => {
    expect(certificateProblems({ ...ok, decision_date: "2025-07-02", expires_on: "2028-07-02" }, now).map((p) => p.path)).toEqual(["decision_date"])
    expect(certificateProblems({ ...ok, expires_on: "2025-03-18" }, now).map((p) => p.path)).toEqual(["expires_on"])
    expect(certificateProblems({ ...ok, decision_date: "2022-01-01", expires_on: "2025-01-01" }, now).map((p) => p.vi)).toEqual(["Chứng nhận này đã hết hạn"])
  })
})
