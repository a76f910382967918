import { describe, expect, it } from "vitest"
import { countedMonths } from "../figures/counted-months"

describe("countedMonths", () => {
  it("lists the 12 months up to today's, across the new year", () => {
    const months = countedMonths("2026-02-14")
    expect(months).toHaveLength(12)
    expect(months[0]).toBe("2025-03")
    expect(months.at(-1)).toBe("2026-02")
  })
})
