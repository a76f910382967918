import { describe, expect, it } from "vitest"
import { guessPack, newPack, packPayload } from "./pack"

describe("guessPack", () => {
  it("reads unit, quantity and weight from a pack's Vietnamese name", () => {
    expect(guessPack("1 kg")).toEqual({ unit: "kg", unit_quantity: 1, weight_grams: 1000 })
    expect(guessPack("Hộp 5 kg")).toEqual({ unit: "box", unit_quantity: 5, weight_grams: 5000 })
    expect(guessPack("hộp 5kg")).toEqual({ unit: "box", unit_quantity: 5, weight_grams: 5000 })
    expect(guessPack("Túi 500 g")).toEqual({ unit: "bag", unit_quantity: 0.5, weight_grams: 500 })
    expect(guessPack("Thùng 2,5 kg")).toEqual({ unit: "box", unit_quantity: 2.5, weight_grams: 2500 })
    expect(guessPack("Chai")).toEqual({ unit: "bottle" })
    expect(guessPack("Loại 1")).toEqual({})
  })
  it("starts a product with one 1 kg pack", () => {
    const p = newPack()
    expect(p).toMatchObject({ title: "1 kg", unit: "kg", weight_grams: 1000, price: null, stock: null })
  })
  it("sends integers the backend accepts", () => {
    const p = { ...newPack("Hộp 5 kg"), price: 210000, stock: 30 }
    expect(packPayload(p)).toEqual({ title: "Hộp 5 kg", unit: "box", unit_quantity: 5, weight_grams: 5000, price: 210000, stock: 30 })
  })
})
