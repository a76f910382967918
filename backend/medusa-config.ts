import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { fileModule, redisModules, productionSecrets, searchModule } from "./src/config"
import { bankTransferOptionsFromEnv } from "@nongsan/cho-qr/options"
import { vnpayOptionsFromEnv } from "@nongsan/payment-vnpay/options"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const { jwtSecret, cookieSecret, sellerDataKey } = productionSecrets(process.env)
const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:3000"
const adminUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
// Carts paid online are completed by farmer-household's workflow, which splits them per seller.
const completeCartWorkflowId = "complete-cart-into-seller-orders"
const vnpay = vnpayOptionsFromEnv(process.env, { backendUrl: adminUrl, storefrontUrl, completeCartWorkflowId })
const bankTransfer = bankTransferOptionsFromEnv(process.env, { completeCartWorkflowId })
const paymentProviders = [
  ...(vnpay ? [{ resolve: "@nongsan/payment-vnpay/providers/vnpay", id: "vnpay", options: vnpay }] : []),
  ...(bankTransfer ? [{ resolve: "@nongsan/cho-qr/providers/vietqr", id: "vietqr", options: bankTransfer }] : []),
]

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    // The embedded Postgres listens on localhost only and speaks no TLS.
    databaseDriverOptions: process.env.DATABASE_SSL === "true" ? undefined : { connection: { ssl: false } },
    redisUrl: process.env.REDIS_URL,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || adminUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${adminUrl}`,
      jwtSecret,
      cookieSecret,
    },
  },
  admin: {
    disable: process.env.ADMIN_DISABLED === "true",
    backendUrl: adminUrl,
  },
  plugins: [
    { resolve: "@nongsan/farmer-household", options: { nationalIdKey: sellerDataKey } },
    { resolve: "@nongsan/ocop", options: {} },
    { resolve: "@nongsan/cho-qr", options: { bankTransfer, secretKey: sellerDataKey } },
    { resolve: "@nongsan/payment-vnpay", options: { ...vnpay } },
    { resolve: "@nongsan/reviews", options: {} },
    { resolve: "@nongsan/statistics", options: {} },
    // Commission, Decree 117/2025 withholding (defaults: goods, households; override with
    // options.withholding), the seller ledger and payout batches.
    { resolve: "@nongsan/seller-finance", options: {} },
  ],
  modules: [
    { resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders } },
    fileModule(process.env, { backendUrl: adminUrl, cwd: process.cwd() }),
    searchModule(process.env),
    ...redisModules(process.env.REDIS_URL),
  ],
})
