import { foldDiacritics } from "@nongsan/cho-qr/emvco"
import { pipeHash, verifyPipeHash } from "./api-hash.ts"
import { formatVnpDate } from "./date.ts"
import { VnpayError } from "./errors.ts"
import { VNP_VERSION } from "./pay-url.ts"
import { ipAddr, orderInfo, requestId, tmnCode, transactionNo, txnRef, vnpAmount } from "./validate.ts"

// Field orders of the checksums. Request: VNPay's "API querydr, refund" page and its Node.js demo
// (routes/order.js, POST /refund), the same in the `vnpay` npm package 2.5.0. Response: vnpay
// 2.5.0 (dist/chunk-PHIG47AV.js, QueryService.refund), matched by independent Java clients.
export const REFUND_REQUEST_FIELDS = [
  "vnp_RequestId",
  "vnp_Version",
  "vnp_Command",
  "vnp_TmnCode",
  "vnp_TransactionType",
  "vnp_TxnRef",
  "vnp_Amount",
  "vnp_TransactionNo",
  "vnp_TransactionDate",
  "vnp_CreateBy",
  "vnp_CreateDate",
  "vnp_IpAddr",
  "vnp_OrderInfo",
] as const

export const REFUND_RESPONSE_FIELDS = [
  "vnp_ResponseId",
  "vnp_Command",
  "vnp_ResponseCode",
  "vnp_Message",
  "vnp_TmnCode",
  "vnp_TxnRef",
  "vnp_Amount",
  "vnp_BankCode",
  "vnp_PayDate",
  "vnp_TransactionNo",
  "vnp_TransactionType",
  "vnp_TransactionStatus",
  "vnp_OrderInfo",
] as const

/** vnp_TransactionType of a refund: 02 the whole payment, 03 part of it. */
export const REFUND_TYPES = { full: "02", partial: "03" } as const

export interface RefundInput {
  tmnCode: string
  secret: string
  /** Unique per request and day, 1–32 letters or digits. */
  requestId: string
  type: keyof typeof REFUND_TYPES
  txnRef: string
  /** Whole VND to give back; at most what was paid (VNPay checks). */
  amountVnd: number
  /** VNPay's transaction number, from the IPN (vnp_TransactionNo). */
  transactionNo: string
  /** When the payment was created: the pay URL's createDate. */
  transactionDate: Date
  /** Who asked for the refund (VNPay: vnp_CreateBy), e.g. the operator's email. */
  createBy: string
  orderInfo: string
  /** When this refund request is made. */
  createDate: Date
  /** The IP address of our server making the call. */
  ipAddr: string
}

export type RefundRequest = Record<(typeof REFUND_REQUEST_FIELDS)[number] | "vnp_SecureHash", string>

/** The JSON body to POST to VNPay's merchant_webapi/api/transaction for a refund. */
export function buildRefundRequest(input: RefundInput): RefundRequest {
  if (input.type !== "full" && input.type !== "partial") {
    throw new VnpayError("transaction_type_invalid", "Loại hoàn tiền phải là full hoặc partial", "Refund type must be full or partial")
  }
  const createBy = foldDiacritics(input.createBy).trim()
  if (!/^[\x21-\x7E][\x20-\x7E]{0,249}$/.test(createBy)) {
    throw new VnpayError(
      "create_by_invalid",
      "Người yêu cầu hoàn tiền phải có 1–250 ký tự không dấu",
      "Refund requester must be 1–250 ASCII characters",
    )
  }
  const body = {
    vnp_RequestId: requestId(input.requestId),
    vnp_Version: VNP_VERSION,
    vnp_Command: "refund",
    vnp_TmnCode: tmnCode(input.tmnCode),
    vnp_TransactionType: REFUND_TYPES[input.type],
    vnp_TxnRef: txnRef(input.txnRef),
    vnp_Amount: vnpAmount(input.amountVnd, 1),
    vnp_TransactionNo: transactionNo(input.transactionNo),
    vnp_TransactionDate: formatVnpDate(input.transactionDate),
    vnp_CreateBy: createBy,
    vnp_CreateDate: formatVnpDate(input.createDate),
    vnp_IpAddr: ipAddr(input.ipAddr),
    vnp_OrderInfo: orderInfo(input.orderInfo),
  }
  return {
    ...body,
    vnp_SecureHash: pipeHash(
      input.secret,
      REFUND_REQUEST_FIELDS.map((field) => body[field]),
    ),
  }
}

/** Whether a refund response really comes from VNPay: its vnp_SecureHash over the raw fields. */
export function verifyRefundResponse(body: Record<string, unknown>, secret: string): boolean {
  return verifyPipeHash(body, REFUND_RESPONSE_FIELDS, secret)
}
