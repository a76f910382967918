import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../../modules/seller-finance"

/**
 * The operator's bank has made a batch's transfers: one payout entry per line, keyed by batch and
 * seller, and the batch marked paid. A batch already paid books nothing again.
 */
export const payPayoutBatchStep = createStep("pay-payout-batch", async (input: { batch_id: string; user_id: string }, { container }) => {
  const finance = container.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
  const batch = await finance.retrievePayoutBatch(input.batch_id, { relations: ["lines"] })
  if (batch.status === "paid") return new StepResponse({ id: batch.id, booked: 0 })
  const now = new Date()
  const booked = await finance.recordLedgerEntries(
    batch.lines.map((l) => ({
      seller_id: l.seller_id,
      kind: "payout" as const,
      amount: -Number(l.amount),
      source_key: `payout:${batch.id}:${l.seller_id}`,
      occurred_at: now,
      note: l.memo,
    })),
  )
  await finance.updatePayoutBatches({ id: batch.id, status: "paid", paid_at: now, paid_by: input.user_id })
  return new StepResponse({ id: batch.id, booked: booked.length })
})
