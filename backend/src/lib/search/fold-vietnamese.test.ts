import { describe, expect, it } from "vitest"
import { foldVietnamese } from "./fold-vietnamese"

describe("foldVietnamese", () => {
  it("strips tone and vowel marks and folds đ", () => {
    expect(foldVietnamese("Vải thiều Lục Ngạn")).toBe("vai thieu luc ngan")
    expect(foldVietnamese("Mật ong bạc hà Đồng Văn")).toBe("mat ong bac ha dong van")
  })

  it("treats decomposed input (NFD from some keyboards) like composed input", () => {
    expect(foldVietnamese("Vải".normalize("NFD"))).toBe("vai")
  })

  it("collapses whitespace", () => {
    expect(foldVietnamese("  vải   thiều ")).toBe("vai thieu")
  })
})
