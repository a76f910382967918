import { model } from "@medusajs/framework/utils"
import { PayoutBatchEntry } from "./payout-batch-entry"
import { PayoutBatchLine } from "./payout-batch-line"

/**
 * A set of bank transfers the operator makes to sellers: drafted from the settled balances, sent
 * to the bank as a CSV file, then marked paid, which books one payout entry per line. Its total
 * is the sum of its lines, not a stored number.
 */
export const PayoutBatch = model.define("payout_batch", {
  id: model.id({ prefix: "pob" }).primaryKey(),
  display_id: model.autoincrement(),
  status: model.enum(["draft", "paid"]).default("draft"),
  created_by: model.text().nullable(),
  paid_at: model.dateTime().nullable(),
  paid_by: model.text().nullable(),
  lines: model.hasMany(() => PayoutBatchLine, { mappedBy: "batch" }),
  entries: model.hasMany(() => PayoutBatchEntry, { mappedBy: "batch" }),
})
