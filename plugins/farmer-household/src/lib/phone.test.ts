import { describe, expect, it } from "vitest"
import { normalizeLoginIdentifier, normalizeVietnamesePhone } from "./phone"

describe("normalizeVietnamesePhone", () => {
  it.each([
    ["0912345678", "+84912345678"],
    ["0912 345 678", "+84912345678"],
    ["+84 912.345.678", "+84912345678"],
    ["84912345678", "+84912345678"],
    ["(024) 3825 1234", "+842438251234"],
  ])("%s → %s", (input, expected) => expect(normalizeVietnamesePhone(input)).toBe(expected))

  it.each(["12345", "0012345678", "091234567a", "", "+1 650 253 0000"])("refuses %s", (input) =>
    expect(normalizeVietnamesePhone(input)).toBeNull()
  )
})

describe("normalizeLoginIdentifier", () => {
  it("lower-cases emails and normalises phones", () => {
    expect(normalizeLoginIdentifier(" Hai.Nguyen@Example.VN ")).toBe("hai.nguyen@example.vn")
    expect(normalizeLoginIdentifier("0987 654 321")).toBe("+84987654321")
  })

  it("refuses what is neither", () => {
    expect(normalizeLoginIdentifier("hai@")).toBeNull()
    expect(normalizeLoginIdentifier("abc")).toBeNull()
  })
})
