import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseInput } from "../../../../lib/http/parse-input"
import { marketView } from "../../../../lib/market/market-view"
import { deleteMarketWorkflow } from "../../../../workflows/market/workflows/delete-market"
import { updateMarketWorkflow } from "../../../../workflows/market/workflows/update-market"
import { UpdateMarketSchema } from "../validators"

/** A market with its stalls (archived ones flagged by archived_at), each with its vendor or the phone still invited. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [market] } = await query.graph(
    { entity: "market", fields: ["*", "stalls.*", "stalls.seller.id", "stalls.seller.name"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true },
  )
  res.json({ market: marketView(market) })
}

/** Changes a market's name, place, hours, or its VNPay merchant (`vnpay: { tmn_code, hash_secret }`, null removes it). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await updateMarketWorkflow(req.scope).run({ input: { ...parseInput(UpdateMarketSchema, req.body), id: req.params.id } })
  res.json({ market: marketView(result) })
}

/** Deletes a market that has no stall; one with stalls answers 400 (archive its stalls, keep the market). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteMarketWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "market", deleted: true })
}
