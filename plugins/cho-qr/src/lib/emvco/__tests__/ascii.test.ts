import { describe, expect, it } from "vitest"
import { foldDiacritics, isPrintableAscii } from "../ascii.ts"

describe("foldDiacritics", () => {
  it("folds Vietnamese to ASCII", () => {
    expect(foldDiacritics("Thanh toán đơn hàng")).toBe("Thanh toan don hang")
    expect(foldDiacritics("ĐẶNG THỊ ƯỚC, Vải thiều Thanh Hà")).toBe("DANG THI UOC, Vai thieu Thanh Ha")
  })

  it("folds text that arrives already decomposed (NFD), as some phone keyboards send it", () => {
    expect(foldDiacritics("Chợ Hà Đông".normalize("NFD"))).toBe("Cho Ha Dong")
  })

  it("leaves what has no ASCII form for the caller to refuse", () => {
    const folded = foldDiacritics("Vải 🍒")
    expect(folded).toBe("Vai 🍒")
    expect(isPrintableAscii(folded)).toBe(false)
  })
})

describe("isPrintableAscii", () => {
  it("accepts space to tilde and nothing else", () => {
    expect(isPrintableAscii(" Ung Ho #1: 100% ~")).toBe(true)
    expect(isPrintableAscii("tab\there")).toBe(false)
    expect(isPrintableAscii("€")).toBe(false)
  })
})
