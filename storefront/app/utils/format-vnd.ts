const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 })

/** 250000 → "250.000 ₫" (money is integer VND; vi-VN grouping whatever the UI language). */
export function formatVnd(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) return ""
  return vnd.format(Math.round(amount))
}
