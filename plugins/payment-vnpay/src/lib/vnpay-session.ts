import type { IpnOutcome, VnpBankCode, VnpLocale } from "./vnpay/index.ts"

const SESSION_PREFIX = "payses_"

/**
 * vnp_TxnRef is the payment session's id without its prefix: a ULID, unique across days (VNPay
 * wants it unique within one), and it leads straight back to the session when the IPN arrives.
 */
export const txnRefOfSession = (sessionId: string) => sessionId.slice(SESSION_PREFIX.length)
export const sessionIdOfTxnRef = (txnRef: string) => `${SESSION_PREFIX}${txnRef}`

/** A refund made through VNPay's API, as recorded on the session. */
export interface VnpayRefund {
  request_id: string
  amount_vnd: number
  type: "full" | "partial"
  transaction_no: string | null
  refunded_at: string
}

/** What the VNPay provider keeps in a Medusa payment session's `data`. */
export interface VnpaySessionData {
  session_id: string
  txn_ref: string
  amount_vnd: number
  pay_url: string
  /** ISO instants: when the pay URL was made and when VNPay stops accepting it. */
  created_at: string
  expires_at: string
  locale: VnpLocale
  bank_code: VnpBankCode | ""
  ip_address: string
  /** VNPay's confirmed answer, from the IPN or from querydr. */
  ipn?: IpnOutcome & { received_at: string; source: "ipn" | "querydr" }
  refunds?: VnpayRefund[]
}

export type VnpayStatus = "pending" | "paid" | "failed"

/** Where a session stands from VNPay's side: paid and failed are final, as VNPay's IPN is. */
export function vnpayStatus(data: Pick<VnpaySessionData, "ipn">): VnpayStatus {
  if (!data.ipn) return "pending"
  return data.ipn.paid ? "paid" : "failed"
}
