import { model } from "@medusajs/framework/utils"

export const LEDGER_ENTRY_KINDS = [
  "online_payment",
  "cash_collected",
  "cash_held",
  "refund",
  "commission",
  "withholding",
  "payout",
] as const
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number]

/**
 * One line of a seller's books, integer VND, signed from the seller's side: what the platform
 * owes the seller goes up (+) or down (−). The balance is the sum of the entries, never stored.
 * Append-only: nothing updates or deletes an entry; a correction is another entry.
 *
 * - online_payment +: the seller order's part of a payment captured online (VNPay, bank transfer)
 * - cash_collected +, cash_held −: cash on delivery; the seller keeps the cash, so the pair nets
 *   to 0 and what remains is what the seller owes (commission, withholding)
 * - refund −, commission −/+, withholding −/+ (a refund gives back its share of both), payout −
 *
 * `source_key` names the event that wrote the entry ("online-payment:<order>:gross"...): unique,
 * so the same event delivered twice books nothing the second time.
 */
export const LedgerEntry = model
  .define("seller_ledger_entry", {
    id: model.id({ prefix: "sle" }).primaryKey(),
    seller_id: model.text(),
    order_id: model.text().nullable(),
    kind: model.enum([...LEDGER_ENTRY_KINDS]),
    /** For withholding: which tax ("vat" or "pit"). */
    tax: model.enum(["vat", "pit"]).nullable(),
    amount: model.number(),
    /** For withholding: the revenue the tax was computed on (negative when a refund gives it back). */
    tax_base: model.number().nullable(),
    source_key: model.text().unique(),
    occurred_at: model.dateTime(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["seller_id", "occurred_at"] }, { on: ["order_id"] }, { on: ["kind", "occurred_at"] }])
