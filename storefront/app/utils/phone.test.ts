import { describe, expect, it } from "vitest"
import { displayPhone, looksLikeEmail, normalizeVietnamesePhone } from "./phone"

describe("phone numbers", () => {
  it("normalises the ways people type them", () => {
    expect(normalizeVietnamesePhone("0912 345 678")).toBe("+84912345678")
    expect(normalizeVietnamesePhone("+84 912.345.678")).toBe("+84912345678")
    expect(normalizeVietnamesePhone("12345")).toBeNull()
    expect(normalizeVietnamesePhone("0012345678")).toBeNull()
  })
  it("shows them back in the local form", () => {
    expect(displayPhone("+84912345678")).toBe("0912 345 678")
    expect(displayPhone(null)).toBe("")
  })
  it("tells an email from a phone", () => {
    expect(looksLikeEmail("lan@example.vn")).toBe(true)
    expect(looksLikeEmail("0912345678")).toBe(false)
  })
})
