import { describe, expect, it } from "vitest"
import { pricePerKg } from "./unit-price"

describe("pricePerKg", () => {
  it("is the price of a kilogram pack, and a box's price over its kilograms in whole đồng", () => {
    expect(pricePerKg(45_000, { unit: "kg" })).toBe(45_000)
    expect(pricePerKg(210_000, { unit: "box", unit_quantity: 5 })).toBe(42_000)
    expect(pricePerKg(100_000, { unit: "box", unit_quantity: 3 })).toBe(33_333)
    expect(pricePerKg(50_000, { unit: "pack", unit_quantity: 0.3 })).toBe(166_667)
  })

  it("is null for what is not sold by weight", () => {
    expect(pricePerKg(250_000, { unit: "bottle" })).toBeNull()
    expect(pricePerKg(null, { unit: "kg" })).toBeNull()
    expect(pricePerKg(50_000, null)).toBeNull()
  })
})
