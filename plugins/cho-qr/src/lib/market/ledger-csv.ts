/**
 * One CSV field (RFC 4180 quoting). Text that a spreadsheet would run as a formula (a payer's
 * transfer text starting with = + - @) is prefixed with an apostrophe; numbers stay numbers.
 */
function field(value: string | number): string {
  if (typeof value === "number") return String(value)
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

type Row = { seq: number; kind: string; amount: number; description: string; sale_code: string | null; occurred_at: Date | string; business_day: string }

const KIND_VI: Record<string, string> = { payment: "Thanh toán", refund: "Hoàn tiền", correction: "Điều chỉnh" }

/**
 * Ledger lines as CSV for a spreadsheet (with a first column naming the stall for a whole
 * market's day): a BOM so Excel reads the Vietnamese as UTF-8, amounts as
 * plain integers (VND), times in ISO 8601.
 */
export function ledgerCsv(rows: Array<Row & { stall_label?: string }>, { withStall = false } = {}): string {
  const header = [...(withStall ? ["Quầy / Stall"] : []), "Ngày / Day", "Số / Seq", "Loại / Kind", "Số tiền (₫) / Amount (VND)", "Nội dung / Description", "Mã bán / Sale", "Thời điểm / Time"]
  const body = rows.map((r) => [
    ...(withStall ? [r.stall_label ?? ""] : []),
    r.business_day,
    r.seq,
    `${KIND_VI[r.kind] ?? r.kind} / ${r.kind}`,
    r.amount,
    r.description,
    r.sale_code ?? "",
    new Date(r.occurred_at).toISOString(),
  ])
  return "\ufeff" + [header, ...body].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n"
}
