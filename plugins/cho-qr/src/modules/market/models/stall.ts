import { model } from "@medusajs/framework/utils"
import { Market } from "./market"
import { StallDayClose } from "./stall-day-close"
import { StallLedgerEntry } from "./stall-ledger-entry"
import { StallSale } from "./stall-sale"

/**
 * A stall in a market and the bank account its QR pays into. One account belongs to one stall,
 * so a credit the bank reports finds its stall by account alone. The vendor is a `seller`
 * (module link); until the invited phone has a seller account, the invitation waits here.
 */
export const Stall = model
  .define("stall", {
    id: model.id({ prefix: "stall" }).primaryKey(),
    number: model.text(),
    name: model.text(),
    goods: model.text().nullable(),
    bank_bin: model.text(),
    /** The bank as people know it ("Vietcombank"), printed on the poster beside the account. */
    bank_name: model.text().nullable(),
    account_number: model.text(),
    account_holder: model.text(),
    /** A vendor's phone (+84…) invited before it had a seller account; cleared when claimed. */
    invited_phone: model.text().nullable(),
    /**
     * Set when the operator removes the stall: it keeps its ledger, sales and closes for the
     * market's books and reports, but has no vendor, takes no sale, matches no credit, and its
     * account may go to a new stall.
     */
    archived_at: model.dateTime().nullable(),
    market: model.belongsTo(() => Market, { mappedBy: "stalls" }),
    entries: model.hasMany(() => StallLedgerEntry, { mappedBy: "stall" }),
    sales: model.hasMany(() => StallSale, { mappedBy: "stall" }),
    closes: model.hasMany(() => StallDayClose, { mappedBy: "stall" }),
  })
  .cascades({ delete: ["entries", "sales", "closes"] })
  .indexes([
    { on: ["bank_bin", "account_number"], unique: true, where: "archived_at IS NULL" },
    { on: ["invited_phone"] },
  ])
