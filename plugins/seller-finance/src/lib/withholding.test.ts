import { describe, expect, it } from "vitest"
import { DECREE_117_GOODS, withholdingFor } from "./withholding"

describe("Decree 117/2025 withholding", () => {
  it("withholds 1 % VAT and 0.5 % PIT from a household's goods, rounded half up", () => {
    expect(withholdingFor(DECREE_117_GOODS, { seller_type: "household", base: 240_100, revenue_this_year_before: 0 })).toEqual({
      applies: true,
      vat_rate_bp: 100,
      pit_rate_bp: 50,
      vat_amount: 2_401,
      pit_amount: 1_201, // 1 200.5
    })
  })
  it("leaves other seller types alone", () => {
    expect(withholdingFor(DECREE_117_GOODS, { seller_type: "cooperative", base: 100_000, revenue_this_year_before: 0 })).toMatchObject({
      applies: false,
      vat_amount: 0,
      pit_amount: 0,
    })
  })
  it("starts once the year's revenue passes a configured threshold", () => {
    const options = { ...DECREE_117_GOODS, annualRevenueThreshold: 500_000_000 }
    expect(withholdingFor(options, { seller_type: "household", base: 100_000, revenue_this_year_before: 499_900_000 }).applies).toBe(false)
    expect(withholdingFor(options, { seller_type: "household", base: 100_001, revenue_this_year_before: 499_900_000 }).vat_amount).toBe(1_000)
  })
})
