import { defineMiddlewares } from "@medusajs/framework/http"
import { adminStatisticsMiddlewares } from "./admin/statistics/middlewares"

export default defineMiddlewares({ routes: [...adminStatisticsMiddlewares] })
