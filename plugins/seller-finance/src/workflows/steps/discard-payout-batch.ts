import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bilingual } from "@nongsan/farmer-household/lib/validation"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../../modules/seller-finance"

/**
 * Throws away a draft batch (a wrong bank file, a seller to hold back): its lines and its claims
 * on ledger entries go with it, so the next batch can pay those entries. A paid batch is history.
 */
export const discardPayoutBatchStep = createStep("discard-payout-batch", async (input: { batch_id: string }, { container }) => {
  const finance = container.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
  const batch = await finance.retrievePayoutBatch(input.batch_id)
  if (batch.status !== "draft") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, bilingual("Đợt chi trả đã chi không thể hủy", "A paid batch cannot be discarded"))
  }
  await finance.deletePayoutBatchWithLines(batch.id)
  return new StepResponse({ id: batch.id })
})
