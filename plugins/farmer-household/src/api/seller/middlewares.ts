import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../lib/validation"
import { sellerCors } from "../utils/seller-cors"
import { loadSellerContext } from "../utils/seller-context"
import { requireOwnOrder } from "../utils/seller-orders"
import { requireOwnProduct } from "../utils/seller-products"
import { CreateCertificationSchema } from "./certifications/validators"
import { UpdateSellerProfileSchema } from "./me/validators"
import { CancelSellerOrderSchema, ShipSellerOrderSchema } from "./orders/validators"
import {
  CreateSellerProductSchema,
  SellerVariantSchema,
  UpdateSellerProductSchema,
  UpdateSellerVariantSchema,
} from "./products/validators"

export const sellerMiddlewares: MiddlewareRoute[] = [
  // First: a browser's preflight carries no token and must be answered before authenticate.
  { matcher: "/seller/*", middlewares: [sellerCors] },
  { matcher: "/seller/*", middlewares: [authenticate("seller", ["bearer", "session"]), loadSellerContext] },
  { matcher: "/seller/me", method: ["POST"], middlewares: [validateBody(UpdateSellerProfileSchema)] },
  { matcher: "/seller/certifications", method: ["POST"], middlewares: [validateBody(CreateCertificationSchema)] },
  { matcher: "/seller/orders/:id", middlewares: [requireOwnOrder] },
  { matcher: "/seller/orders/:id/*", middlewares: [requireOwnOrder] },
  { matcher: "/seller/orders/:id/ship", method: ["POST"], middlewares: [validateBody(ShipSellerOrderSchema)] },
  { matcher: "/seller/orders/:id/cancel", method: ["POST"], middlewares: [validateBody(CancelSellerOrderSchema)] },
  { matcher: "/seller/products", method: ["POST"], middlewares: [validateBody(CreateSellerProductSchema)] },
  { matcher: "/seller/products/:id", middlewares: [requireOwnProduct] },
  { matcher: "/seller/products/:id", method: ["POST"], middlewares: [validateBody(UpdateSellerProductSchema)] },
  { matcher: "/seller/products/:id/variants", middlewares: [requireOwnProduct] },
  { matcher: "/seller/products/:id/variants", method: ["POST"], middlewares: [validateBody(SellerVariantSchema)] },
  { matcher: "/seller/products/:id/variants/:variant_id", middlewares: [requireOwnProduct] },
  { matcher: "/seller/products/:id/variants/:variant_id", method: ["POST"], middlewares: [validateBody(UpdateSellerVariantSchema)] },
]
