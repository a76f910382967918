import { VnpayError } from "./errors.ts"

/** Vietnam keeps UTC+7 all year (no daylight saving), so the offset is a constant. */
const GMT7_MS = 7 * 60 * 60 * 1000

/**
 * yyyyMMddHHmmss in GMT+7, VNPay's format for vnp_CreateDate, vnp_ExpireDate and the API dates.
 * Computed from the instant alone: the server's own time zone never enters into it.
 */
export function formatVnpDate(date: Date): string {
  const time = date.getTime()
  if (!Number.isFinite(time)) throw new VnpayError("date_invalid", "Thời điểm không hợp lệ", "Invalid date")
  const gmt7 = new Date(time + GMT7_MS)
  const pad = (n: number, width = 2) => String(n).padStart(width, "0")
  return (
    pad(gmt7.getUTCFullYear(), 4) +
    pad(gmt7.getUTCMonth() + 1) +
    pad(gmt7.getUTCDate()) +
    pad(gmt7.getUTCHours()) +
    pad(gmt7.getUTCMinutes()) +
    pad(gmt7.getUTCSeconds())
  )
}

/** The instant a VNPay date (yyyyMMddHHmmss, GMT+7, e.g. vnp_PayDate) names; null when it is not one. */
export function parseVnpDate(text: unknown): Date | null {
  const parts = typeof text === "string" ? text.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/) : null
  if (!parts) return null
  const [year, month, day, hour, minute, second] = parts.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second) - GMT7_MS)
  return formatVnpDate(date) === text ? date : null
}
