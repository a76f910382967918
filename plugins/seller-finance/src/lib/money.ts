/**
 * Integer VND arithmetic. Rounding rule (one for the whole plugin): half up, per order line for
 * commission and per order for withholding, then the line or order amounts are summed as they
 * are. A refund's share of an amount is rounded the same way, once per refund.
 */

/** `amount` × `bp` / 10 000, rounded half up: 250 bp of 10 020 ₫ is 250.5 → 251 ₫. */
export function basisPointsOf(amount: number, bp: number): number {
  return roundHalfUp(BigInt(amount) * BigInt(bp), 10_000n)
}

/** `amount` × `part` / `whole`, rounded half up; the share of a commission a partial refund gives back. */
export function shareOf(amount: number, part: number, whole: number): number {
  if (whole <= 0) return 0
  return roundHalfUp(BigInt(amount) * BigInt(part), BigInt(whole))
}

/**
 * n / d rounded half up (away from zero for negative n). BigInt keeps it exact: a year's sales in
 * VND times 10 000 passes 2^53.
 */
function roundHalfUp(n: bigint, d: bigint): number {
  const sign = n < 0n ? -1n : 1n
  return Number((sign * (sign * n * 2n + d)) / (2n * d))
}
