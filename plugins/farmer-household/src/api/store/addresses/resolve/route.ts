import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { resolveAddress } from "../../../../lib/resolve-address"
import type { ResolveAddressQuery } from "../validators"

/**
 * An address typed the old way ("Thanh Hà, Hải Dương") or the new way → the communes in force
 * since 1 July 2025 it names, best first (see lib/resolve-address.ts for how it reads the text).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { q, limit } = req.validatedQuery as ResolveAddressQuery
  const matches = resolveAddress(q, limit)
  if (!matches.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy xã, phường nào khớp với "${q}" / No commune or ward matches "${q}"`,
    )
  }
  res.setHeader("Cache-Control", "public, max-age=86400")
  res.json({ query: q, matches })
}
