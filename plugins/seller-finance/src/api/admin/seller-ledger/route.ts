import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sellerEarnings } from "../../../lib/seller-earnings"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../../../modules/seller-finance"
import type { SellerLedgerQuery } from "./validators"

/** A seller's ledger entries (optionally one order's) and its balances, for the operator. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller_id, order_id } = req.validatedQuery as SellerLedgerQuery
  const entries = await req.scope
    .resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
    .listLedgerEntries({ seller_id, ...(order_id ? { order_id } : {}) }, { take: null, order: { occurred_at: "ASC" } })
  res.json({ entries, ...(await sellerEarnings(req.scope, seller_id)) })
}
