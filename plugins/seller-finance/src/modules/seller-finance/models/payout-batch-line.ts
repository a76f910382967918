import { model } from "@medusajs/framework/utils"
import { PayoutBatch } from "./payout-batch"

/** One transfer of a batch: a seller, its bank account as it was when drafted, the amount. */
export const PayoutBatchLine = model
  .define("payout_batch_line", {
    id: model.id({ prefix: "pobl" }).primaryKey(),
    seller_id: model.text(),
    seller_name: model.text(),
    bank_bin: model.text(),
    bank_account_number: model.text(),
    bank_account_holder: model.text(),
    amount: model.number(),
    memo: model.text(),
    batch: model.belongsTo(() => PayoutBatch, { mappedBy: "lines" }),
  })
  .indexes([{ on: ["batch_id", "seller_id"], unique: true, where: "deleted_at IS NULL" }])
