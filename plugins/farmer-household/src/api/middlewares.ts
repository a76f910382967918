import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSellerMiddlewares } from "./admin/sellers/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { sellerMiddlewares } from "./seller/middlewares"
import { storeSellerMiddlewares } from "./store/sellers/middlewares"

export default defineMiddlewares({
  routes: [...authMiddlewares, ...storeSellerMiddlewares, ...sellerMiddlewares, ...adminSellerMiddlewares],
})
