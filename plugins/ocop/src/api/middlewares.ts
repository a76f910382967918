import { defineMiddlewares } from "@medusajs/framework/http"
import { sellerBatchMiddlewares } from "./seller/batches/middlewares"

export default defineMiddlewares({
  routes: [...sellerBatchMiddlewares],
})
