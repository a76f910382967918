import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSellerMiddlewares } from "./admin/sellers/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { sellerMiddlewares } from "./seller/middlewares"
import { sellerPhotoMiddlewares } from "./seller/photos/middlewares"
import { storeCustomerMiddlewares } from "./store/customers/middlewares"
import { storeAddressMiddlewares } from "./store/addresses/middlewares"
import { storeHarvestMiddlewares } from "./store/harvest/middlewares"
import { storeSellerMiddlewares } from "./store/sellers/middlewares"

export default defineMiddlewares({
  routes: [...authMiddlewares, ...storeSellerMiddlewares, ...storeHarvestMiddlewares, ...storeAddressMiddlewares, ...storeCustomerMiddlewares, ...sellerMiddlewares, ...sellerPhotoMiddlewares, ...adminSellerMiddlewares],
})
