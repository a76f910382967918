/** What the bank-transfer provider keeps in a Medusa payment session's `data`. */
export interface TransferSessionData {
  memo: string
  amount_vnd: number
  bank_bin: string
  account_number: string
  account_holder: string
  /** The dynamic VietQR (EMVCo payload) with the amount and the memo. */
  qr_payload: string
  expires_at: string
  demo: boolean
  /** Set once the money is known to be in: by a matched bank notification or an operator. */
  confirmed_at?: string
  confirmed_by?: "bank" | "operator"
  notification_id?: string | null
}

export const BANK_TRANSFER_PROVIDER_ID = "pp_vietqr_vietqr"
