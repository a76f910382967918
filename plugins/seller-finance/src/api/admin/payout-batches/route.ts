import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../../../modules/seller-finance"
import { draftPayoutBatchWorkflow } from "../../../workflows/workflows/payout-batches"

/** Payout batches, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const finance = req.scope.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
  const batches = await finance.listPayoutBatches({}, { relations: ["lines"], take: 100, order: { created_at: "DESC" } })
  res.json({ payout_batches: batches })
}

/** Drafts a batch from the balances ready to be paid out now. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await draftPayoutBatchWorkflow(req.scope).run({ input: { created_by: req.auth_context.actor_id } })
  const batch = await req.scope.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE).retrievePayoutBatch(result.id, { relations: ["lines"] })
  res.status(201).json({ payout_batch: batch })
}
