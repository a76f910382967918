import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PROVINCES } from "../../../lib/provinces"

/** The provincial-level units after the 2025 reform, for address pickers. */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "public, max-age=86400")
  res.json({ provinces: PROVINCES })
}
