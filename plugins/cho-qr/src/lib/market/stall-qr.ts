import QRCode from "qrcode"
import { encodeVietQr, foldDiacritics, VIETQR_PURPOSE_MAX } from "../emvco/index.ts"

export type StallAccount = { bank_bin: string; account_number: string }

/** The stall's printed code: its account, no amount; the payer types what they owe. */
export function staticStallPayload(stall: StallAccount): string {
  return encodeVietQr({ bin: stall.bank_bin, account: stall.account_number })
}

/**
 * One sale's code: the amount, and a memo that starts with the sale's code so the bank's
 * notification finds the sale; the vendor's note follows as far as VietQR's 25 characters allow.
 */
export function saleStallPayload(stall: StallAccount, sale: { code: string; amount: number; note?: string | null }): string {
  const note = sale.note ? foldDiacritics(sale.note).replace(/[^\x20-\x7e]/g, "").trim() : ""
  const purpose = (note ? `${sale.code} ${note}` : sale.code).slice(0, VIETQR_PURPOSE_MAX).trim()
  return encodeVietQr({ bin: stall.bank_bin, account: stall.account_number, amountVnd: sale.amount, purpose })
}

// Medium error correction: a laminated poster gets scratched and splashed at a market.
const QR_OPTIONS = { errorCorrectionLevel: "M" as const, margin: 2 }

export const paymentQrSvg = (payload: string) => QRCode.toString(payload, { ...QR_OPTIONS, type: "svg" })
export const paymentQrPng = (payload: string, width = 600) => QRCode.toBuffer(payload, { ...QR_OPTIONS, type: "png", width })
