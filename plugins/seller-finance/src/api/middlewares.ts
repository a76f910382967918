import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@nongsan/farmer-household/lib/validation"
import { CommissionRuleSchema } from "./admin/commission-rules/validators"
import { SellerLedgerQuerySchema } from "./admin/seller-ledger/validators"
import { SellerOrderRefundSchema } from "./admin/seller-orders/[id]/refunds/validators"
import { WithholdingQuerySchema } from "./admin/withholding/validators"
import { EarningsOrdersQuerySchema } from "./seller/earnings/validators"

// /admin/* is for operators only: Medusa authenticates every /admin route as a user. /seller/*
// gets its CORS, authentication and seller context from farmer-household's "/seller/*" matchers.
export default defineMiddlewares({
  routes: [
    { matcher: "/admin/commission-rules", method: ["POST"], middlewares: [validateBody(CommissionRuleSchema)] },
    { matcher: "/admin/withholding", method: ["GET"], middlewares: [validateQuery(WithholdingQuerySchema)] },
    { matcher: "/admin/seller-ledger", method: ["GET"], middlewares: [validateQuery(SellerLedgerQuerySchema)] },
    { matcher: "/admin/seller-orders/:id/refunds", method: ["POST"], middlewares: [validateBody(SellerOrderRefundSchema)] },
    { matcher: "/seller/earnings/orders", method: ["GET"], middlewares: [validateQuery(EarningsOrdersQuerySchema)] },
  ],
})
