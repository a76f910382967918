import { createCipheriv, createHash, randomBytes } from "node:crypto"
import { MedusaService } from "@medusajs/framework/utils"
import { Seller } from "./models/seller"
import { SellerCertification } from "./models/seller-certification"
import { SellerMember } from "./models/seller-member"

export type SellerModuleOptions = {
  /** Secret that encrypts national ID numbers at rest (any string; hashed to a 256-bit key). */
  nationalIdKey?: string
}

export default class SellerModuleService extends MedusaService({ Seller, SellerMember, SellerCertification }) {
  private readonly nationalIdKey: Buffer

  constructor(container: Record<string, unknown>, options: SellerModuleOptions = {}) {
    super(...arguments)
    if (!options.nationalIdKey) throw new Error("seller module: the nationalIdKey option is required")
    this.nationalIdKey = createHash("sha256").update(options.nationalIdKey).digest()
  }

  /**
   * Seals a CCCD number with AES-256-GCM (random IV, authenticated). The plain number is never
   * stored or returned; the last four digits are kept so people can recognise it.
   */
  sealNationalId(nationalId: string): { national_id_encrypted: string; national_id_last4: string } {
    const iv = randomBytes(12)
    const cipher = createCipheriv("aes-256-gcm", this.nationalIdKey, iv)
    const sealed = Buffer.concat([cipher.update(nationalId, "utf8"), cipher.final()])
    return {
      national_id_encrypted: `v1:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64")}`,
      national_id_last4: nationalId.slice(-4),
    }
  }
}
