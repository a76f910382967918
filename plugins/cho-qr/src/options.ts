/**
 * Bank transfer by VietQR at checkout: the account buyers pay into and the bank-notification
 * webhook's secret, read from the environment by medusa-config and handed to both the payment
 * provider and the plugin's routes.
 */
export interface BankTransferOptions {
  bankBin: string
  accountNumber: string
  accountHolder: string
  webhookSecret: string
  /** Minutes the checkout shows the QR before asking the buyer to start again. */
  expireMinutes: number
  /** Medusa workflow that turns a paid cart into orders (ours splits it per seller). */
  completeCartWorkflowId: string
  /** True for the built-in demonstration account: nobody can actually pay into it. */
  demo: boolean
}

type Env = Record<string, string | undefined>

const DEMO = { bankBin: "970415", accountNumber: "113366668888", accountHolder: "NONG SAN VIET DEMO", webhookSecret: "nongsan-dev-bank-webhook-secret" }

/**
 * BANK_TRANSFER_BIN, BANK_TRANSFER_ACCOUNT, BANK_TRANSFER_HOLDER and BANK_WEBHOOK_SECRET set the
 * real account. Without them, outside production, a labelled demonstration account is used so
 * the flow can be tried; in production bank transfer is off until configured. Null when off.
 */
export function bankTransferOptionsFromEnv(env: Env, opts: { completeCartWorkflowId?: string } = {}): BankTransferOptions | null {
  const configured = Boolean(env.BANK_TRANSFER_BIN || env.BANK_TRANSFER_ACCOUNT)
  const completeCartWorkflowId = opts.completeCartWorkflowId ?? "complete-cart"
  const expireMinutes = Number(env.BANK_TRANSFER_EXPIRE_MINUTES || 30)
  if (!Number.isSafeInteger(expireMinutes) || expireMinutes < 1) throw new Error("BANK_TRANSFER_EXPIRE_MINUTES must be a positive whole number.")
  if (!configured) {
    if (env.NODE_ENV === "production") return null
    return { ...DEMO, webhookSecret: env.BANK_WEBHOOK_SECRET || DEMO.webhookSecret, expireMinutes, completeCartWorkflowId, demo: true }
  }
  const missing = ["BANK_TRANSFER_BIN", "BANK_TRANSFER_ACCOUNT", "BANK_TRANSFER_HOLDER", "BANK_WEBHOOK_SECRET"].filter((k) => !env[k])
  if (missing.length) throw new Error(`Bank transfer needs ${missing.join(", ")} as well.`)
  if (!/^\d{6}$/.test(env.BANK_TRANSFER_BIN!)) throw new Error("BANK_TRANSFER_BIN must be the bank's 6-digit NAPAS BIN.")
  if (env.NODE_ENV === "production" && env.BANK_WEBHOOK_SECRET!.length < 32) throw new Error("BANK_WEBHOOK_SECRET must be at least 32 characters in production.")
  return {
    bankBin: env.BANK_TRANSFER_BIN!,
    accountNumber: env.BANK_TRANSFER_ACCOUNT!,
    accountHolder: env.BANK_TRANSFER_HOLDER!,
    webhookSecret: env.BANK_WEBHOOK_SECRET!,
    expireMinutes,
    completeCartWorkflowId,
    demo: false,
  }
}

/** What medusa-config passes to this plugin. */
export interface ChoQrPluginOptions {
  bankTransfer?: BankTransferOptions | null
  /** The data key (SELLER_DATA_KEY) markets' VNPay hash secrets are sealed with; see the market module. */
  secretKey?: string
}
