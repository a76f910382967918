import { describe, expect, it } from "vitest"
import { caretAfterFormat, groupThousands, parseVndInput } from "./vnd-input"

describe("parseVndInput", () => {
  it("reads digits however they are grouped", () => {
    expect(parseVndInput("45000")).toBe(45000)
    expect(parseVndInput("45.000")).toBe(45000)
    expect(parseVndInput("45 000 ₫")).toBe(45000)
    expect(parseVndInput("1,250,000")).toBe(1250000)
    expect(parseVndInput("0045")).toBe(45)
  })
  it("is empty for no digits", () => {
    expect(parseVndInput("")).toBeNull()
    expect(parseVndInput("₫")).toBeNull()
  })
})

describe("groupThousands", () => {
  it("groups with dots as Vietnamese prices are written", () => {
    expect(groupThousands(45000)).toBe("45.000")
    expect(groupThousands(1250000)).toBe("1.250.000")
    expect(groupThousands(999)).toBe("999")
    expect(groupThousands(null)).toBe("")
  })
})

describe("caretAfterFormat", () => {
  it("keeps the caret behind the same digits", () => {
    expect(caretAfterFormat("45.000", 2)).toBe(2)
    expect(caretAfterFormat("45.000", 3)).toBe(4)
    expect(caretAfterFormat("1.250.000", 7)).toBe(9)
    expect(caretAfterFormat("45.000", 0)).toBe(0)
  })
})
