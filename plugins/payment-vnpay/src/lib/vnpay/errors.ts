import { BilingualError } from "@nongsan/cho-qr/emvco"

/** A refused VNPay input: a stable `code`, and the reason in Vietnamese with English beside it. */
export type VnpayErrorCode =
  | "amount_invalid"
  | "amount_out_of_range"
  | "tmn_code_invalid"
  | "txn_ref_invalid"
  | "order_info_invalid"
  | "ip_invalid"
  | "url_invalid"
  | "locale_invalid"
  | "bank_code_invalid"
  | "date_invalid"
  | "expire_invalid"
  | "request_id_invalid"
  | "transaction_no_invalid"
  | "transaction_type_invalid"
  | "create_by_invalid"

export class VnpayError extends BilingualError<VnpayErrorCode> {}
