import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { bilingual } from "@nongsan/farmer-household/lib/validation"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../../../modules/seller-finance"
import type { CommissionRuleInput } from "./validators"

/** The commission rules in force, the default first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const finance = req.scope.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
  const rules = await finance.listCommissionRules({}, { take: null, order: { scope: "ASC", created_at: "ASC" } })
  res.json({ commission_rules: rules })
}

/**
 * Sets the rule for a target (the default, a category, a seller), replacing the one it had.
 * Orders already placed keep the rule they were sold under.
 */
export async function POST(req: AuthenticatedMedusaRequest<CommissionRuleInput>, res: MedusaResponse) {
  const input = req.validatedBody
  const target_id = input.target_id ?? ""
  if (input.scope !== "default") {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const entity = input.scope === "seller" ? "seller" : "product_category"
    const { data } = await query.graph({ entity, fields: ["id"], filters: { id: target_id } })
    if (!data.length) {
      const what = input.scope === "seller" ? ["người bán", "Seller"] : ["danh mục", "Category"]
      throw new MedusaError(MedusaError.Types.INVALID_DATA, bilingual(`Không tìm thấy ${what[0]} ${target_id}`, `${what[1]} ${target_id} not found`))
    }
  }
  const finance = req.scope.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
  const fields = { kind: input.kind, rate_bp: input.rate_bp ?? null, fixed_amount: input.fixed_amount ?? null, note: input.note ?? null }
  const [current] = await finance.listCommissionRules({ scope: input.scope, target_id }, { take: 1 })
  const rule = current
    ? await finance.updateCommissionRules({ id: current.id, ...fields })
    : await finance.createCommissionRules({ scope: input.scope, target_id, ...fields })
  res.status(current ? 200 : 201).json({ commission_rule: rule })
}
