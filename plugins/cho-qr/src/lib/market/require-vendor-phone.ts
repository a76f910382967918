import { MedusaError } from "@medusajs/framework/utils"
import { normalizeVendorPhone } from "./vendor-phone"

/** The phone in its stored form, or a 400 the operator can act on. */
export function requireVendorPhone(input: string): string {
  const phone = normalizeVendorPhone(input)
  if (!phone) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Số điện thoại Việt Nam không hợp lệ / Not a Vietnamese phone number")
  return phone
}
