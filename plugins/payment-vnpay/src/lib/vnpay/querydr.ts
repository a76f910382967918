import { pipeHash, verifyPipeHash } from "./api-hash.ts"
import { formatVnpDate } from "./date.ts"
import { VNP_VERSION } from "./pay-url.ts"
import { ipAddr, orderInfo, requestId, tmnCode, transactionNo, txnRef } from "./validate.ts"

// Field orders of the checksums. Request: VNPay's "API querydr, refund" page and its Node.js demo
// (routes/order.js, POST /querydr). Response: the `vnpay` npm package 2.5.0
// (dist/chunk-PHIG47AV.js, QueryService.queryDr), matched by independent C# clients.
export const QUERYDR_REQUEST_FIELDS = [
  "vnp_RequestId",
  "vnp_Version",
  "vnp_Command",
  "vnp_TmnCode",
  "vnp_TxnRef",
  "vnp_TransactionDate",
  "vnp_CreateDate",
  "vnp_IpAddr",
  "vnp_OrderInfo",
] as const

export const QUERYDR_RESPONSE_FIELDS = [
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
  "vnp_PromotionCode",
  "vnp_PromotionAmount",
] as const

export interface QueryDrInput {
  tmnCode: string
  secret: string
  /** Unique per request and day, 1–32 letters or digits. */
  requestId: string
  txnRef: string
  /** When the payment was created: the pay URL's createDate. */
  transactionDate: Date
  /** VNPay's transaction number, when the IPN gave us one. */
  transactionNo?: string
  orderInfo: string
  /** When this query is made. */
  createDate: Date
  /** The IP address of our server making the call. */
  ipAddr: string
}

export type QueryDrRequest = Record<(typeof QUERYDR_REQUEST_FIELDS)[number] | "vnp_SecureHash", string> & {
  vnp_TransactionNo?: string
}

/** The JSON body to POST to VNPay's merchant_webapi/api/transaction for a querydr. */
export function buildQueryDrRequest(input: QueryDrInput): QueryDrRequest {
  const body = {
    vnp_RequestId: requestId(input.requestId),
    vnp_Version: VNP_VERSION,
    vnp_Command: "querydr",
    vnp_TmnCode: tmnCode(input.tmnCode),
    vnp_TxnRef: txnRef(input.txnRef),
    vnp_TransactionDate: formatVnpDate(input.transactionDate),
    vnp_CreateDate: formatVnpDate(input.createDate),
    vnp_IpAddr: ipAddr(input.ipAddr),
    vnp_OrderInfo: orderInfo(input.orderInfo),
  }
  return {
    ...body,
    ...(input.transactionNo === undefined ? {} : { vnp_TransactionNo: transactionNo(input.transactionNo) }),
    vnp_SecureHash: pipeHash(
      input.secret,
      QUERYDR_REQUEST_FIELDS.map((field) => body[field]),
    ),
  }
}

/** Whether a querydr response really comes from VNPay: its vnp_SecureHash over the raw fields. */
export function verifyQueryDrResponse(body: Record<string, unknown>, secret: string): boolean {
  return verifyPipeHash(body, QUERYDR_RESPONSE_FIELDS, secret)
}
