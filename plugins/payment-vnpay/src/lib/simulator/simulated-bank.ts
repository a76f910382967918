import { randomInt } from "node:crypto"
import {
  formatVnpDate,
  pipeHash,
  QUERYDR_REQUEST_FIELDS,
  QUERYDR_RESPONSE_FIELDS,
  REFUND_REQUEST_FIELDS,
  REFUND_RESPONSE_FIELDS,
  signParams,
  verifyPipeHash,
  type VnpParams,
} from "../vnpay"

// DEVELOPMENT SIMULATOR of VNPay's side. Never used in production (see options.ts and the
// simulator routes). It keeps its transactions in memory: a restart forgets them, as a test
// double may.

/** What a tester can make the simulated payment do, with VNPay's codes for it. */
export const SIMULATED_OUTCOMES = {
  success: { responseCode: "00", transactionStatus: "00", sendsIpn: true },
  cancelled: { responseCode: "24", transactionStatus: "02", sendsIpn: true },
  insufficient_funds: { responseCode: "51", transactionStatus: "02", sendsIpn: true },
  // Paid, but the IPN never reaches us: what the reconciliation job (querydr) is for.
  success_ipn_lost: { responseCode: "00", transactionStatus: "00", sendsIpn: false },
} as const
export type SimulatedOutcome = keyof typeof SIMULATED_OUTCOMES

interface SimulatedTransaction {
  txnRef: string
  amount: string
  orderInfo: string
  transactionNo: string
  payDate: string
  bankCode: string
  responseCode: string
  transactionStatus: string
  refunded: number
}

const transactions = new Map<string, SimulatedTransaction>()

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join("")

/**
 * The signed parameters VNPay sends to the IPN URL and appends to the return URL after the buyer
 * decides on VNPay's page. `pay` is the verified query of our pay URL.
 */
export function settleSimulatedPayment(pay: Record<string, string>, outcome: SimulatedOutcome, secret: string, now = new Date()): VnpParams {
  const codes = SIMULATED_OUTCOMES[outcome]
  const transaction: SimulatedTransaction = {
    txnRef: pay.vnp_TxnRef!,
    amount: pay.vnp_Amount!,
    orderInfo: pay.vnp_OrderInfo!,
    // VNPay numbers a cancelled attempt 0: no transaction was made.
    transactionNo: outcome === "cancelled" ? "0" : digits(8),
    payDate: formatVnpDate(now),
    bankCode: pay.vnp_BankCode || "NCB",
    responseCode: codes.responseCode,
    transactionStatus: codes.transactionStatus,
    refunded: 0,
  }
  transactions.set(transaction.txnRef, transaction)
  const params: VnpParams = {
    vnp_Amount: transaction.amount,
    vnp_BankCode: transaction.bankCode,
    vnp_BankTranNo: codes.transactionStatus === "00" ? `VNP${transaction.transactionNo}` : undefined,
    vnp_CardType: outcome === "cancelled" ? undefined : "ATM",
    vnp_OrderInfo: transaction.orderInfo,
    vnp_PayDate: transaction.payDate,
    vnp_ResponseCode: transaction.responseCode,
    vnp_TmnCode: pay.vnp_TmnCode!,
    vnp_TransactionNo: transaction.transactionNo,
    vnp_TransactionStatus: transaction.transactionStatus,
    vnp_TxnRef: transaction.txnRef,
  }
  return { ...params, vnp_SecureHash: signParams(params, secret) }
}

type ApiAnswer = Record<string, string>

function signedAnswer(fields: readonly string[], answer: ApiAnswer, secret: string): ApiAnswer {
  return { ...answer, vnp_SecureHash: pipeHash(secret, fields.map((f) => answer[f] ?? "")) }
}

/** VNPay's merchant_webapi (querydr, refund) over the simulated transactions. */
export function answerSimulatedApi(body: Record<string, unknown>, secret: string, now = new Date()): ApiAnswer {
  const command = body.vnp_Command
  const fields = command === "refund" ? REFUND_REQUEST_FIELDS : QUERYDR_REQUEST_FIELDS
  const responseFields = command === "refund" ? REFUND_RESPONSE_FIELDS : QUERYDR_RESPONSE_FIELDS
  const base: ApiAnswer = {
    vnp_ResponseId: digits(12),
    vnp_Command: String(command ?? ""),
    vnp_TmnCode: String(body.vnp_TmnCode ?? ""),
    vnp_TxnRef: String(body.vnp_TxnRef ?? ""),
  }
  const fail = (code: string, message: string) => signedAnswer(responseFields, { ...base, vnp_ResponseCode: code, vnp_Message: message }, secret)
  if (command !== "refund" && command !== "querydr") return fail("99", "Unknown command")
  if (!verifyPipeHash(body, fields, secret)) return fail("97", "Invalid Checksum")
  const transaction = transactions.get(base.vnp_TxnRef!)
  if (!transaction) return fail("91", "Transaction not found")
  const common: ApiAnswer = {
    ...base,
    vnp_Amount: transaction.amount,
    vnp_BankCode: transaction.bankCode,
    vnp_PayDate: transaction.payDate,
    vnp_TransactionNo: transaction.transactionNo,
    vnp_OrderInfo: String(body.vnp_OrderInfo ?? ""),
  }
  if (command === "querydr") {
    return signedAnswer(
      responseFields,
      { ...common, vnp_ResponseCode: "00", vnp_Message: "QueryDR Success", vnp_TransactionType: "01", vnp_TransactionStatus: transaction.transactionStatus },
      secret,
    )
  }
  if (transaction.transactionStatus !== "00") return fail("95", "Transaction was not successful")
  const amount = Number(body.vnp_Amount)
  if (!Number.isSafeInteger(amount) || amount <= 0 || transaction.refunded + amount > Number(transaction.amount)) {
    return fail("03", "Invalid refund amount")
  }
  transaction.refunded += amount
  return signedAnswer(
    responseFields,
    {
      ...common,
      vnp_Amount: String(amount),
      vnp_ResponseCode: "00",
      vnp_Message: "Refund success",
      vnp_PayDate: formatVnpDate(now),
      vnp_TransactionType: String(body.vnp_TransactionType ?? ""),
      vnp_TransactionStatus: "05",
    },
    secret,
  )
}
