import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { receivePhotos } from "@nongsan/farmer-household/lib/photos/receive-photos"
import { PageQuerySchema, validateBody, validateQuery } from "@nongsan/farmer-household/lib/validation"
import { CreateReviewSchema, HideReviewSchema, ReplyToReviewSchema } from "./validators"

/** Photos of one review: a phone's few shots of the fruit, each already shrunk by the storefront. */
const MAX_REVIEW_PHOTOS = 4
const MAX_REVIEW_PHOTO_BYTES = 8 * 1024 * 1024

// /seller/* is authenticated and scoped by farmer-household's middlewares; /admin/* and
// /store/customers/me* by Medusa's own.
export default defineMiddlewares({
  routes: [
    { matcher: "/store/reviews", method: ["POST"], middlewares: [authenticate("customer", ["bearer", "session"]), receivePhotos({ maxFiles: MAX_REVIEW_PHOTOS, maxBytes: MAX_REVIEW_PHOTO_BYTES }), validateBody(CreateReviewSchema)] },
    { matcher: "/store/products/:id/reviews", method: ["GET"], middlewares: [validateQuery(PageQuerySchema)] },
    { matcher: "/store/sellers/:handle/reviews", method: ["GET"], middlewares: [validateQuery(PageQuerySchema)] },
    { matcher: "/seller/reviews", method: ["GET"], middlewares: [validateQuery(PageQuerySchema)] },
    { matcher: "/seller/reviews/:id/reply", method: ["POST"], middlewares: [validateBody(ReplyToReviewSchema)] },
    { matcher: "/admin/reviews", method: ["GET"], middlewares: [validateQuery(PageQuerySchema)] },
    { matcher: "/admin/reviews/:id/hide", method: ["POST"], middlewares: [validateBody(HideReviewSchema)] },
  ],
})
