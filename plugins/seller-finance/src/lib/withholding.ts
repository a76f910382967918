import { basisPointsOf } from "./money"

/**
 * Decree 117/2025/NĐ-CP: from 1 July 2025 a platform with a payment function withholds tax for
 * the household and individual sellers it pays; for goods 1 % VAT and 0.5 % PIT of revenue.
 * Everything here is configuration (plugin option `withholding`), since rates and thresholds
 * change by law:
 * - vatRateBp, pitRateBp: basis points (100 = 1 %)
 * - sellerTypes: the seller types withheld for (farmer-household's seller.type)
 * - annualRevenueThreshold: VND a seller may sell in a calendar year before withholding starts;
 *   0 withholds from the first đồng, as the decree does. A seller order that takes the year's
 *   revenue past the threshold is withheld in full.
 */
export type WithholdingOptions = {
  vatRateBp: number
  pitRateBp: number
  sellerTypes: string[]
  annualRevenueThreshold: number
}

export const DECREE_117_GOODS: WithholdingOptions = {
  vatRateBp: 100,
  pitRateBp: 50,
  sellerTypes: ["household"],
  annualRevenueThreshold: 0,
}

export type Withholding = { applies: boolean; vat_rate_bp: number; pit_rate_bp: number; vat_amount: number; pit_amount: number }

/** The tax withheld on one seller order's goods (`base`), rounded half up per order. */
export function withholdingFor(
  options: WithholdingOptions,
  order: { seller_type: string; base: number; revenue_this_year_before: number },
): Withholding {
  const applies =
    options.sellerTypes.includes(order.seller_type) && order.revenue_this_year_before + order.base > options.annualRevenueThreshold
  return {
    applies,
    vat_rate_bp: options.vatRateBp,
    pit_rate_bp: options.pitRateBp,
    vat_amount: applies ? basisPointsOf(order.base, options.vatRateBp) : 0,
    pit_amount: applies ? basisPointsOf(order.base, options.pitRateBp) : 0,
  }
}
