import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@nongsan/farmer-household/api/utils/seller-context"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../../../../modules/seller-finance"

/** Removes a rule: its target falls back to the next rule (category, then default). Past orders keep theirs. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const finance = req.scope.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
  const [rule] = await finance.listCommissionRules({ id: req.params.id }, { take: 1 })
  if (!rule) notFound({ vi: "quy tắc hoa hồng", en: "Commission rule" })
  await finance.softDeleteCommissionRules(rule.id)
  res.json({ id: rule.id, object: "commission_rule", deleted: true })
}
