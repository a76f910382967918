// VNPay API 2.1.0 as pure functions: signing, the pay URL, the IPN decision, querydr and refund.
// No I/O here: the Medusa payment provider and routes call these and do the HTTP themselves.
export { formatVnpDate, parseVnpDate } from "./date.ts"
export { VnpayError, type VnpayErrorCode } from "./errors.ts"
export { ipnSaysPaid, parseIpn, type IpnDecision, type IpnExpectation, type IpnOutcome, type IpnResponse } from "./ipn.ts"
export {
  buildPaymentUrl,
  VNP_BANK_CODES,
  VNP_VERSION,
  type PaymentUrlInput,
  type VnpBankCode,
  type VnpLocale,
} from "./pay-url.ts"
export {
  buildQueryDrRequest,
  QUERYDR_REQUEST_FIELDS,
  QUERYDR_RESPONSE_FIELDS,
  verifyQueryDrResponse,
  type QueryDrInput,
  type QueryDrRequest,
} from "./querydr.ts"
export {
  buildRefundRequest,
  REFUND_REQUEST_FIELDS,
  REFUND_RESPONSE_FIELDS,
  REFUND_TYPES,
  verifyRefundResponse,
  type RefundInput,
  type RefundRequest,
} from "./refund.ts"
export { pipeHash, verifyPipeHash } from "./api-hash.ts"
export { canonicalQuery, signParams, verifyParams, type VnpParams } from "./sign.ts"
export { MIN_PAY_AMOUNT_VND, PAY_AMOUNT_LIMIT_VND } from "./validate.ts"
