import { model } from "@medusajs/framework/utils"
import { PayoutBatch } from "./payout-batch"

/**
 * A ledger entry a batch pays out. ledger_entry_id is unique: an entry can be in one batch only,
 * whatever races between two operators drafting batches at once.
 */
export const PayoutBatchEntry = model.define("payout_batch_entry", {
  id: model.id({ prefix: "pobe" }).primaryKey(),
  ledger_entry_id: model.text().unique(),
  seller_id: model.text(),
  batch: model.belongsTo(() => PayoutBatch, { mappedBy: "entries" }),
})
