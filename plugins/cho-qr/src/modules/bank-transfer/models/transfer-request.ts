import { model } from "@medusajs/framework/utils"

/**
 * A buyer's checkout waiting for a bank transfer: the memo the dynamic VietQR carries, the
 * account and amount expected, and the payment session it pays. Found by memo when the bank's
 * notification arrives.
 */
export const TransferRequest = model
  .define("transfer_request", {
    id: model.id({ prefix: "trq" }).primaryKey(),
    memo: model.text().unique(),
    payment_session_id: model.text().unique(),
    payment_collection_id: model.text(),
    bank_bin: model.text(),
    account_number: model.text(),
    amount: model.number(),
    expires_at: model.dateTime(),
    confirmed_at: model.dateTime().nullable(),
    /** "bank" (a matched notification) or "operator" (confirmed by hand). */
    confirmed_by: model.text().nullable(),
    notification_id: model.text().nullable(),
  })
