import type { IpnOutcome } from "./vnpay/index.ts"
import type { VnpaySessionData } from "./vnpay-session.ts"

/** vnp_TransactionStatus of a transaction that failed for good. */
const FAILED = "02"

export type Reconciliation =
  | { kind: "paid" | "failed"; outcome: IpnOutcome }
  | { kind: "unresolved"; reason: string }

/**
 * What a verified querydr answer says about a payment we still think is pending: paid (VNPay
 * took the money, the IPN never reached us), failed (no payment was made: VNPay does not know
 * the reference (91), or says the transaction failed (status 02)), or unresolved: VNPay could not
 * answer, the amount differs, or the transaction is not final yet (01 incomplete, 07 held for
 * fraud checks, …): asked again on the next run, or looked at by an operator.
 */
export function reconcileWithQueryDr(answer: Record<string, unknown>, session: VnpaySessionData): Reconciliation {
  const code = String(answer.vnp_ResponseCode ?? "")
  const base = { txnRef: session.txn_ref, amountVnd: session.amount_vnd }
  // 91: VNPay has no transaction with this reference: the buyer never paid.
  if (code === "91") return { kind: "failed", outcome: { ...base, paid: false, responseCode: code, transactionStatus: "" } }
  if (code !== "00") return { kind: "unresolved", reason: `querydr answered ${code}: ${String(answer.vnp_Message ?? "")}` }
  if (String(answer.vnp_Amount) !== String(session.amount_vnd * 100)) {
    return { kind: "unresolved", reason: `VNPay's amount ${String(answer.vnp_Amount)} differs from ours ${session.amount_vnd * 100}` }
  }
  const status = String(answer.vnp_TransactionStatus ?? "")
  if (status !== "00" && status !== FAILED) return { kind: "unresolved", reason: `VNPay's transaction status is ${status}, not final` }
  const outcome: IpnOutcome = {
    ...base,
    paid: status === "00",
    // querydr has no payment response code of its own: the transaction status stands for it.
    responseCode: status,
    transactionStatus: status,
    transactionNo: typeof answer.vnp_TransactionNo === "string" ? answer.vnp_TransactionNo : undefined,
    bankCode: typeof answer.vnp_BankCode === "string" ? answer.vnp_BankCode : undefined,
    payDate: typeof answer.vnp_PayDate === "string" ? answer.vnp_PayDate : undefined,
  }
  return { kind: status === "00" ? "paid" : "failed", outcome }
}
