import { model } from "@medusajs/framework/utils"
import { Stall } from "./stall"

/**
 * One line of a stall's books, integer VND, signed: a payment adds, a refund takes away, a
 * correction does either and says why. A payment comes from one notification (source_id is
 * unique), so the same credit delivered again cannot be booked twice. `seq` orders the feed:
 * a vendor's screen resumes after the last seq it saw (the SSE Last-Event-ID).
 */
export const StallLedgerEntry = model
  .define("stall_ledger_entry", {
    id: model.id({ prefix: "sle" }).primaryKey(),
    seq: model.autoincrement(),
    kind: model.enum(["payment", "refund", "correction"]),
    amount: model.number(),
    /** The payer's transfer text for a payment; the operator's reason for the others. */
    description: model.text(),
    source_id: model.text().unique().nullable(),
    sale_code: model.text().nullable(),
    occurred_at: model.dateTime(),
    /** The market day (yyyy-mm-dd in Vietnam, GMT+7) the entry counts for. */
    business_day: model.text(),
    stall: model.belongsTo(() => Stall, { mappedBy: "entries" }),
  })
  .indexes([{ on: ["stall_id", "business_day"] }, { on: ["stall_id", "seq"] }])
