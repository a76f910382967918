import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A market with its stalls, each with its vendor (or the phone still invited). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [market] } = await query.graph(
    { entity: "market", fields: ["*", "stalls.*", "stalls.seller.id", "stalls.seller.name"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true },
  )
  res.json({ market })
}
