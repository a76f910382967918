import { describe, expect, it } from "vitest"
import { commissionOf, ruleFor, type CommissionRuleLike } from "./commission"

const rule = (r: Partial<CommissionRuleLike> & Pick<CommissionRuleLike, "id" | "scope">): CommissionRuleLike => ({
  target_id: "",
  kind: "percentage",
  rate_bp: null,
  fixed_amount: null,
  ...r,
})
const rules = [
  rule({ id: "d", scope: "default", rate_bp: 500 }),
  rule({ id: "fruit", scope: "category", target_id: "pcat_fruit", rate_bp: 300 }),
  rule({ id: "dried", scope: "category", target_id: "pcat_dried", kind: "fixed", fixed_amount: 2_000 }),
  rule({ id: "hai", scope: "seller", target_id: "sel_hai", kind: "fixed", fixed_amount: 1_000 }),
]
const line = { seller_id: "sel_lan", category_ids: [] as string[], quantity: 2, total: 100_000 }

describe("commission rules", () => {
  it("prefers the seller's rule, then the category's, then the default", () => {
    expect(ruleFor(rules, { ...line, seller_id: "sel_hai", category_ids: ["pcat_fruit"] })?.id).toBe("hai")
    expect(ruleFor(rules, { ...line, category_ids: ["pcat_fruit"] })?.id).toBe("fruit")
    expect(ruleFor(rules, line)?.id).toBe("d")
    expect(ruleFor([], line)).toBeNull()
  })
  it("takes the lowest of several category rules", () => {
    // 3 % of 100 000 = 3 000; 2 × 2 000 = 4 000.
    expect(ruleFor(rules, { ...line, category_ids: ["pcat_dried", "pcat_fruit"] })?.id).toBe("fruit")
  })
  it("computes a percentage of the line or a fixed amount per unit, capped at the line", () => {
    expect(commissionOf(rules[0], line)).toBe(5_000)
    expect(commissionOf(rules[2], line)).toBe(4_000)
    expect(commissionOf(rules[2], { ...line, total: 3_000 })).toBe(3_000)
    expect(commissionOf(null, line)).toBe(0)
  })
})
