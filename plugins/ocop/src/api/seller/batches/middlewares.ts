import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "@nongsan/farmer-household/lib/validation"
import { requireOwnBatch } from "../../utils/seller-batches"
import { AssignBatchSchema, CreateBatchSchema, UpdateBatchSchema } from "./validators"

// CORS, authenticate("seller") and the seller context come from farmer-household's "/seller/*"
// middlewares, and requireOwnOrder guards "/seller/orders/:id/*".
export const sellerBatchMiddlewares: MiddlewareRoute[] = [
  { matcher: "/seller/batches", method: ["POST"], middlewares: [validateBody(CreateBatchSchema)] },
  { matcher: "/seller/batches/:id", middlewares: [requireOwnBatch] },
  { matcher: "/seller/batches/:id", method: ["POST"], middlewares: [validateBody(UpdateBatchSchema)] },
  { matcher: "/seller/batches/:id/*", middlewares: [requireOwnBatch] },
  { matcher: "/seller/orders/:id/line-items/:line_item_id/batch", method: ["POST"], middlewares: [validateBody(AssignBatchSchema)] },
]
