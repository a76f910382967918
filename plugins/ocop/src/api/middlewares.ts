import { defineMiddlewares } from "@medusajs/framework/http"
import { adminOcopCertificateMiddlewares } from "./admin/ocop-certificates/middlewares"
import { sellerBatchMiddlewares } from "./seller/batches/middlewares"
import { sellerOcopCertificateMiddlewares } from "./seller/ocop-certificates/middlewares"
import { storeOcopMiddlewares } from "./store/ocop/middlewares"

export default defineMiddlewares({
  routes: [...storeOcopMiddlewares, ...sellerOcopCertificateMiddlewares, ...sellerBatchMiddlewares, ...adminOcopCertificateMiddlewares],
})
