import { verifyParams } from "./sign.ts"

/** The body VNPay expects back from the IPN URL, as JSON. */
export interface IpnResponse {
  RspCode: "00" | "01" | "02" | "04" | "97" | "99"
  Message: string
}

/** Our side of the payment attempt that `vnp_TxnRef` names. */
export interface IpnExpectation {
  amountVnd: number
  /** "pending" until an IPN has been confirmed for it; afterwards VNPay is told 02. */
  status: "pending" | "paid" | "failed"
}

/** What to record when the answer is 00. */
export interface IpnOutcome {
  txnRef: string
  /** vnp_ResponseCode and vnp_TransactionStatus both "00". */
  paid: boolean
  amountVnd: number
  responseCode: string
  transactionStatus: string
  /** VNPay's transaction number; querydr and refund need it. */
  transactionNo?: string
  bankCode?: string
  /** yyyyMMddHHmmss, GMT+7. */
  payDate?: string
}

export interface IpnDecision {
  response: IpnResponse
  /** Present only with RspCode 00: the outcome to store, paid or not. */
  outcome?: IpnOutcome
}

const answer = (RspCode: IpnResponse["RspCode"], Message: string): IpnDecision => ({ response: { RspCode, Message } })

const optional = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined)

/** VNPay says the money moved: both its response code and the transaction status are 00. */
export const ipnSaysPaid = (query: Record<string, unknown>) => query.vnp_ResponseCode === "00" && query.vnp_TransactionStatus === "00"

/**
 * Decides VNPay's IPN, in the order of VNPay's own sample: checksum (97), order (01), amount
 * (04), already confirmed (02), then 00 with the outcome to store. A failed payment is confirmed
 * with 00 too: VNPay keeps retrying an IPN until it hears 00 or 02. Pure: `expected` only looks
 * our side up (load it before, by query.vnp_TxnRef); storing the outcome is the caller's job.
 * If `expected` throws, or a signed query lacks what VNPay always sends, the answer is 99.
 */
export function parseIpn(
  query: Record<string, unknown>,
  secret: string,
  expected: (txnRef: string) => IpnExpectation | null,
): IpnDecision {
  if (!verifyParams(query, secret)) return answer("97", "Invalid Checksum")
  const { vnp_TxnRef: txnRef, vnp_Amount: amount, vnp_ResponseCode: responseCode, vnp_TransactionStatus: transactionStatus } = query
  if (
    typeof txnRef !== "string" ||
    typeof amount !== "string" ||
    !/^\d+$/.test(amount) ||
    typeof responseCode !== "string" ||
    typeof transactionStatus !== "string"
  ) {
    return answer("99", "Unknown error")
  }

  let order: IpnExpectation | null
  try {
    order = expected(txnRef)
  } catch {
    return answer("99", "Unknown error")
  }
  if (!order) return answer("01", "Order not found")
  if (Number(amount) !== order.amountVnd * 100) return answer("04", "Invalid amount")
  if (order.status !== "pending") return answer("02", "Order already confirmed")

  return {
    response: { RspCode: "00", Message: "Confirm Success" },
    outcome: {
      txnRef,
      paid: ipnSaysPaid(query),
      amountVnd: order.amountVnd,
      responseCode,
      transactionStatus,
      transactionNo: optional(query.vnp_TransactionNo),
      bankCode: optional(query.vnp_BankCode),
      payDate: optional(query.vnp_PayDate),
    },
  }
}
