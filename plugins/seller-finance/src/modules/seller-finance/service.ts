import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { CommissionRule } from "./models/commission-rule"
import { LedgerEntry, type LedgerEntryKind } from "./models/ledger-entry"
import { OrderLineCommission } from "./models/order-line-commission"
import { OrderWithholding } from "./models/order-withholding"
import { PayoutBatch } from "./models/payout-batch"
import { PayoutBatchEntry } from "./models/payout-batch-entry"
import { PayoutBatchLine } from "./models/payout-batch-line"

export type NewLedgerEntry = {
  seller_id: string
  order_id?: string | null
  kind: LedgerEntryKind
  tax?: "vat" | "pit" | null
  amount: number
  tax_base?: number | null
  source_key: string
  occurred_at: Date
  note?: string | null
}

const isDuplicate = (e: unknown) =>
  (e as { type?: string })?.type === MedusaError.Types.DUPLICATE_ERROR || /unique|already exists/i.test(String((e as Error)?.message))

export default class SellerFinanceModuleService extends MedusaService({
  CommissionRule,
  OrderLineCommission,
  OrderWithholding,
  LedgerEntry,
  PayoutBatch,
  PayoutBatchLine,
  PayoutBatchEntry,
}) {
  /**
   * Books the entries of one event, all or none, leaving out those already booked (same
   * source_key). Two deliveries of one event racing each other: the loser's insert hits the
   * unique source_key, and its second look finds the winner's entries. Returns what was booked now.
   */
  async recordLedgerEntries(entries: NewLedgerEntry[]) {
    try {
      return await this.insertNewEntries_(entries)
    } catch (e) {
      if (!isDuplicate(e)) throw e
      return await this.insertNewEntries_(entries)
    }
  }

  @InjectManager()
  protected async insertNewEntries_(entries: NewLedgerEntry[], @MedusaContext() context: Context = {}) {
    const nonZero = entries.filter((e) => e.amount !== 0)
    if (!nonZero.length) return []
    const known = await this.listLedgerEntries({ source_key: nonZero.map((e) => e.source_key) }, { select: ["source_key"] }, context)
    const booked = new Set(known.map((e) => e.source_key))
    const fresh = nonZero.filter((e) => !booked.has(e.source_key))
    return fresh.length ? await this.createLedgerEntries(fresh, context) : []
  }

  /** Deletes a draft payout batch with its lines and its claims on ledger entries, all or nothing. */
  @InjectTransactionManager()
  async deletePayoutBatchWithLines(batchId: string, @MedusaContext() context: Context = {}) {
    const [lines, claims] = await Promise.all([
      this.listPayoutBatchLines({ batch_id: batchId }, { select: ["id"], take: null }, context),
      this.listPayoutBatchEntries({ batch_id: batchId }, { select: ["id"], take: null }, context),
    ])
    await this.deletePayoutBatchEntries(claims.map((c) => c.id), context)
    await this.deletePayoutBatchLines(lines.map((l) => l.id), context)
    await this.deletePayoutBatches(batchId, context)
  }
}
