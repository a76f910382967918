import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { Market } from "./models/market"
import { Stall } from "./models/stall"
import { StallDayClose } from "./models/stall-day-close"
import { StallLedgerEntry } from "./models/stall-ledger-entry"
import { StallSale } from "./models/stall-sale"

export type MarketModuleOptions = {
  /**
   * The deployment's data key (medusa-config passes SELLER_DATA_KEY, which production requires
   * to be strong). A key for markets' VNPay secrets is derived from it with HKDF, so it never
   * equals the key of any other sealed field.
   */
  secretKey?: string
}

const SEALED_PREFIX = "v1:"

export default class MarketModuleService extends MedusaService({ Market, Stall, StallLedgerEntry, StallSale, StallDayClose }) {
  private readonly sealingKey: Buffer | null

  constructor(container: Record<string, unknown>, options: MarketModuleOptions = {}) {
    super(...arguments)
    this.sealingKey = options.secretKey ? Buffer.from(hkdfSync("sha256", options.secretKey, "", "nongsan market vnpay hash secret", 32)) : null
  }

  private requireKey(): Buffer {
    if (!this.sealingKey) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Chưa cấu hình khóa mã hóa (SELLER_DATA_KEY) / No data key configured (SELLER_DATA_KEY)")
    return this.sealingKey
  }

  /** A VNPay hash secret sealed for the database: AES-256-GCM, random IV, "v1:" + base64(iv|tag|ciphertext). */
  sealVnpaySecret(secret: string): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv("aes-256-gcm", this.requireKey(), iv)
    const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()])
    return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64")
  }

  /** The plain secret back, for verifying one IPN; throws if the value was tampered with or the key changed. */
  openVnpaySecret(sealed: string): string {
    if (!sealed.startsWith(SEALED_PREFIX)) throw new Error("market: unknown sealed-secret format")
    const raw = Buffer.from(sealed.slice(SEALED_PREFIX.length), "base64")
    const decipher = createDecipheriv("aes-256-gcm", this.requireKey(), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8")
  }
}
