import { describe, expect, it } from "vitest"
import { bankByBin, toAccountHolder, VIETNAMESE_BANKS } from "./banks"

describe("banks", () => {
  it("has six-digit BINs, each once", () => {
    for (const b of VIETNAMESE_BANKS) expect(b.bin).toMatch(/^\d{6}$/)
    expect(new Set(VIETNAMESE_BANKS.map((b) => b.bin)).size).toBe(VIETNAMESE_BANKS.length)
    expect(bankByBin("970405")?.short).toBe("Agribank")
    // The BIN in DESIGN.md's VietQR example belongs to ACB.
    expect(bankByBin("970416")?.short).toBe("ACB")
  })
  it("writes holder names as banks print them", () => {
    expect(toAccountHolder("Trần Thị Lan")).toBe("TRAN THI LAN")
    expect(toAccountHolder("Đỗ Đức Hải")).toBe("DO DUC HAI")
    expect(toAccountHolder("  Lò  Thị Mai")).toBe("LO THI MAI")
  })
})
