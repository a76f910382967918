/**
 * VNPay settings, read from the environment by medusa-config and handed to both the payment
 * provider and the plugin's routes (IPN, return, simulator).
 */
export interface VnpayOptions {
  tmnCode: string
  hashSecret: string
  /** VNPay's payment page (vnp_Url). */
  payUrl: string
  /** VNPay's merchant_webapi for querydr and refund. */
  apiUrl: string
  /** Where VNPay sends the buyer back: the storefront's result page. */
  returnUrl: string
  /** Minutes VNPay accepts a payment after its URL is made. */
  expireMinutes: number
  /** Our server's IP address as VNPay's API wants it in querydr and refund requests. */
  serverIp: string
  /** Medusa workflow that turns a paid cart into orders (ours splits it per seller). */
  completeCartWorkflowId: string
  /** True when payUrl and apiUrl are this plugin's development simulator. */
  simulator: boolean
}

type Env = Record<string, string | undefined>

export const SANDBOX_PAY_URL = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html"
export const SANDBOX_API_URL = "https://sandbox.vnpayment.vn/merchant_webapi/api/transaction"
export const SIMULATOR_PATH = "/vnpay-simulator"
/** The simulator's merchant code: eight characters like a real one, obviously not one. */
export const SIMULATOR_TMN_CODE = "NSDEVSIM"
const SIMULATOR_SECRET = "nongsan-vnpay-simulator-secret"

/**
 * VNPAY_TMN_CODE + VNPAY_HASH_SECRET select a real merchant account (VNPay's sandbox unless
 * VNPAY_URL / VNPAY_API_URL say otherwise). Without them, outside production, payments go to the
 * development simulator served by this backend; VNPAY_SIMULATOR=false turns VNPay off instead.
 * In production the simulator cannot be enabled, and VNPay is off until configured.
 * Returns null when VNPay is off.
 */
export function vnpayOptionsFromEnv(
  env: Env,
  urls: { backendUrl: string; storefrontUrl: string; completeCartWorkflowId?: string },
): VnpayOptions | null {
  const production = env.NODE_ENV === "production"
  const configured = Boolean(env.VNPAY_TMN_CODE && env.VNPAY_HASH_SECRET)
  if (env.VNPAY_TMN_CODE && !env.VNPAY_HASH_SECRET) throw new Error("VNPAY_TMN_CODE is set without VNPAY_HASH_SECRET.")
  const simulator = env.VNPAY_SIMULATOR === "true" || (!configured && !production && env.VNPAY_SIMULATOR !== "false")
  if (simulator && production) {
    throw new Error("The VNPay simulator is a development tool and cannot run with NODE_ENV=production: unset VNPAY_SIMULATOR.")
  }
  if (!configured && !simulator) return null
  const backend = urls.backendUrl.replace(/\/+$/, "")
  const expireMinutes = Number(env.VNPAY_EXPIRE_MINUTES || 15)
  if (!Number.isSafeInteger(expireMinutes) || expireMinutes < 1) throw new Error("VNPAY_EXPIRE_MINUTES must be a positive whole number.")
  return {
    tmnCode: simulator ? SIMULATOR_TMN_CODE : env.VNPAY_TMN_CODE!,
    hashSecret: simulator ? env.VNPAY_HASH_SECRET || SIMULATOR_SECRET : env.VNPAY_HASH_SECRET!,
    payUrl: simulator ? `${backend}${SIMULATOR_PATH}/pay` : env.VNPAY_URL || SANDBOX_PAY_URL,
    apiUrl: simulator ? `${backend}${SIMULATOR_PATH}/api/transaction` : env.VNPAY_API_URL || SANDBOX_API_URL,
    returnUrl: env.VNPAY_RETURN_URL || `${urls.storefrontUrl.replace(/\/+$/, "")}/thanh-toan/vnpay`,
    expireMinutes,
    serverIp: env.VNPAY_SERVER_IP || "127.0.0.1",
    completeCartWorkflowId: urls.completeCartWorkflowId ?? "complete-cart",
    simulator,
  }
}
