import { describe, expect, it } from "vitest"
import { formatVnd } from "./format-vnd"

describe("formatVnd", () => {
  it("formats integer VND with dots and the đồng sign", () => {
    expect(formatVnd(250000)).toBe("250.000\u00a0₫")
    expect(formatVnd(45000)).toBe("45.000\u00a0₫")
    expect(formatVnd(0)).toBe("0\u00a0₫")
  })

  it("never shows floating-point noise", () => {
    expect(formatVnd(0.1 + 0.2 + 209999.7)).toBe("210.000\u00a0₫")
  })

  it("renders nothing for a missing price", () => {
    expect(formatVnd(undefined)).toBe("")
    expect(formatVnd(null)).toBe("")
  })
})
