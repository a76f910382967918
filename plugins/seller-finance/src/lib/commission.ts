import { basisPointsOf } from "./money"

export type CommissionRuleLike = {
  id: string
  scope: "default" | "category" | "seller"
  target_id: string
  kind: "percentage" | "fixed"
  rate_bp: number | null
  fixed_amount: number | null
}
export type SoldLine = { seller_id: string; category_ids: string[]; quantity: number; total: number }

/**
 * What a line's commission is under a rule: a percentage of the line's total (what the buyer
 * pays for it, after discounts), or a fixed amount per unit sold, never more than the line.
 */
export function commissionOf(rule: CommissionRuleLike | null, line: SoldLine): number {
  if (!rule || line.total <= 0) return 0
  if (rule.kind === "percentage") return basisPointsOf(line.total, rule.rate_bp ?? 0)
  return Math.min(line.total, (rule.fixed_amount ?? 0) * line.quantity)
}

/**
 * The rule in force for a line: the seller's own, else one of its product's categories', else
 * the default. A product in several categories with rules pays the lowest of them: the seller
 * never pays more because the operator filed a product twice.
 */
export function ruleFor(rules: CommissionRuleLike[], line: SoldLine): CommissionRuleLike | null {
  const seller = rules.find((r) => r.scope === "seller" && r.target_id === line.seller_id)
  if (seller) return seller
  const categories = rules.filter((r) => r.scope === "category" && line.category_ids.includes(r.target_id))
  if (categories.length) {
    return categories.reduce((best, r) => (commissionOf(r, line) < commissionOf(best, line) ? r : best))
  }
  return rules.find((r) => r.scope === "default") ?? null
}
