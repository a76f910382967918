import { describe, expect, it } from "vitest"
import { toCsv } from "./csv"

describe("operator CSV files", () => {
  it("writes a BOM, the header and the rows, numbers as numbers and missing cells empty", () => {
    expect(toCsv([{ name: "Hộ ông Hải", amount: 114_150 }, { name: "HTX Thanh Hà" }], ["name", "amount"])).toBe(
      "\ufeffname,amount\nHộ ông Hải,114150\nHTX Thanh Hà,\n",
    )
  })
  it("keeps a seller's name from running as a spreadsheet formula", () => {
    expect(toCsv([{ name: "=HYPERLINK(\"http://x\")", amount: -5_850 }], ["name", "amount"])).toBe(
      "\ufeffname,amount\n\"'=HYPERLINK(\"\"http://x\"\")\",-5850\n",
    )
  })
})
