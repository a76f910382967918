import { describe, expect, it } from "vitest"
import { formatAddress } from "./format-address"

describe("formatAddress", () => {
  it("joins street, commune and province, skipping what is missing", () => {
    expect(formatAddress({ address_1: "12 Phố Huế", city: "Phường Hai Bà Trưng", province: "Thành phố Hà Nội" })).toBe(
      "12 Phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội"
    )
    expect(formatAddress({ address_1: " ", city: "Xã Thanh Hà", province: null })).toBe("Xã Thanh Hà")
  })
})
