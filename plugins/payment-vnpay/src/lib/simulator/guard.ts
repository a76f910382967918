import { MedusaError } from "@medusajs/framework/utils"
import type { VnpayOptions } from "../../options"
import { vnpayOptions } from "../plugin-options"

/** The simulator's routes exist only while the simulator is configured, and never in production. */
export function simulatorOptions(scope: { resolve: <T>(key: string) => T }): VnpayOptions {
  const options = vnpayOptions(scope)
  if (!options?.simulator || process.env.NODE_ENV === "production") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy / Not found")
  }
  return options
}
