import { MedusaError } from "@medusajs/framework/utils"
import { bilingual } from "@nongsan/farmer-household/lib/validation"

/** A MedusaError worded "Vietnamese / English", as every answer of ours is. */
export function ocopError(type: keyof typeof MedusaError.Types, vi: string, en: string, code?: string) {
  return new MedusaError(MedusaError.Types[type], bilingual(vi, en), code)
}

/** The one 404 for a certificate that does not exist, is another seller's, or is not public. */
export function certificateNotFound() {
  return ocopError("NOT_FOUND", "Không tìm thấy chứng nhận OCOP", "OCOP certificate not found")
}
