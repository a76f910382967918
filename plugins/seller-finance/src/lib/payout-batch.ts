import { notFound } from "@nongsan/farmer-household/api/utils/seller-context"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../modules/seller-finance"

/** A payout batch with its transfers, or the bilingual 404. */
export async function retrievePayoutBatchOr404(container: { resolve: <T>(key: string) => T }, id: string) {
  const [batch] = await container
    .resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
    .listPayoutBatches({ id }, { relations: ["lines"], take: 1 })
  if (!batch) notFound({ vi: "đợt chi trả", en: "Payout batch" })
  return batch
}
