import { model } from "@medusajs/framework/utils"

/**
 * One credit to one of our accounts as the bank-notification service reported it, recorded once
 * (external_id is unique) and never silently dropped: whatever it could not be matched to stays
 * here as unmatched or mismatched for an operator.
 */
export const BankNotification = model
  .define("bank_notification", {
    id: model.id({ prefix: "bnot" }).primaryKey(),
    external_id: model.text().unique(),
    bank_bin: model.text().nullable(),
    account_number: model.text(),
    amount: model.number(),
    description: model.text(),
    /** The memo found in the description, if any. */
    memo: model.text().nullable(),
    occurred_at: model.dateTime(),
    status: model.enum(["matched", "unmatched", "mismatched"]),
    /** Why it did not match, for the operator. */
    reason: model.text().nullable(),
    transfer_request_id: model.text().nullable(),
  })
  .indexes([{ on: ["status"] }, { on: ["memo"] }])
