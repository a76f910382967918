import QRCode from "qrcode"
import { encodeVietQr, encodeVnpayQr, foldDiacritics, VIETQR_PURPOSE_MAX } from "../emvco/index.ts"

export type StallAccount = { bank_bin: string; account_number: string }

/** The stall's printed code: its account, no amount; the payer types what they owe. */
export function staticStallPayload(stall: StallAccount): string {
  return encodeVietQr({ bin: stall.bank_bin, account: stall.account_number })
}

/** Free text as a QR field can carry it: diacritics folded, anything else non-ASCII dropped, cut to fit. */
const qrText = (text: string, max: number) => foldDiacritics(text).replace(/[^\x20-\x7e]/g, "").trim().slice(0, max).trim()

/**
 * One sale's code: the amount, and a memo that starts with the sale's code so the bank's
 * notification finds the sale; the vendor's note follows as far as VietQR's 25 characters allow.
 */
export function saleStallPayload(stall: StallAccount, sale: { code: string; amount: number; note?: string | null }): string {
  const purpose = qrText(sale.note ? `${sale.code} ${sale.note}` : sale.code, VIETQR_PURPOSE_MAX)
  return encodeVietQr({ bin: stall.bank_bin, account: stall.account_number, amountVnd: sale.amount, purpose })
}

type VnpayStall = { number: string; market: { name: string; province: string; vnpay_tmn_code: string | null } }

/**
 * One sale's VNPAY-QR code, for a market with a VNPay merchant (its terminal code in 26.01).
 *
 * What follows a published spec: the EMVCo merchant-presented layout (IDs, lengths, CRC) and
 * VNPAY's GUID A000000775 in tag 26, as on the VNPAY-QR codes in circulation; MCC 5499 is
 * ISO 18245's "miscellaneous food stores and markets". What is assumed, because VNPay publishes
 * its offline-terminal QR spec only to contracted merchants: that 26.01 carries the terminal
 * (TMN) code, and that VNPay's IPN for the payment comes in its payment-gateway form (API 2.1.0:
 * vnp_TmnCode = that code, vnp_TxnRef = our bill number 62.01, vnp_Amount = VND × 100, signed
 * HMAC-SHA512 with the terminal's hash secret). Check both against the merchant contract.
 */
export function vnpaySaleStallPayload(stall: VnpayStall, sale: { code: string; amount: number; note?: string | null }): string {
  if (!stall.market.vnpay_tmn_code) throw new Error("vnpaySaleStallPayload: the market has no VNPay merchant")
  const note = sale.note ? qrText(sale.note, 25) : ""
  // A stall number the QR cannot carry ("🍒") leaves the label out rather than failing the sale.
  const terminal = qrText(stall.number, 25)
  return encodeVnpayQr({
    merchantId: stall.market.vnpay_tmn_code,
    // The stall first: cut to 25 characters, the payer still sees which stall they pay.
    merchantName: qrText(`Quay ${stall.number} - ${stall.market.name}`, 25),
    // "Thành phố Hải Phòng" → "Hai Phong": tag 60 holds 15 characters.
    city: qrText(stall.market.province.replace(/^(Thành phố|Tỉnh)\s+/i, ""), 15),
    mcc: "5499",
    amountVnd: sale.amount,
    billNumber: sale.code,
    ...(terminal ? { terminalLabel: terminal } : {}),
    ...(note ? { purpose: note } : {}),
  })
}

// Medium error correction: a laminated poster gets scratched and splashed at a market.
const QR_OPTIONS = { errorCorrectionLevel: "M" as const, margin: 2 }

export const paymentQrSvg = (payload: string) => QRCode.toString(payload, { ...QR_OPTIONS, type: "svg" })
export const paymentQrPng = (payload: string, width = 600) => QRCode.toBuffer(payload, { ...QR_OPTIONS, type: "png", width })
