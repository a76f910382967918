import { describe, expect, it } from "vitest"
import { newPublicCode, normalizePublicCode } from "../public-code"

describe("public codes", () => {
  it("are 10 unambiguous characters and differ each time", () => {
    const codes = new Set(Array.from({ length: 1000 }, newPublicCode))
    expect(codes.size).toBe(1000)
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/)
  })

  it("accept a code typed in lower case or with separators, and nothing else", () => {
    const code = newPublicCode()
    expect(normalizePublicCode(`${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`)).toBe(code)
    expect(normalizePublicCode("ABCDEFGHIL")).toBeNull() // I and L are not in the alphabet
    expect(normalizePublicCode("../../etc")).toBeNull()
    expect(normalizePublicCode(`${code}0`)).toBeNull()
  })
})
