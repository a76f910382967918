import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseInput } from "../../../../lib/http/parse-input"
import { marketView } from "../../../../lib/market/market-view"
import { archiveStallWorkflow } from "../../../../workflows/market/workflows/archive-stall"
import { updateStallWorkflow } from "../../../../workflows/market/workflows/update-stall"
import { UpdateStallSchema } from "../../markets/validators"

/** A stall with its market and vendor (or the phone still invited). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [stall] } = await query.graph(
    { entity: "stall", fields: ["*", "market.*", "seller.id", "seller.name"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true },
  )
  res.json({ stall: { ...stall, market: marketView(stall.market) } })
}

/** Changes a stall's number, name, goods or bank account. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await updateStallWorkflow(req.scope).run({ input: { ...parseInput(UpdateStallSchema, req.body), id: req.params.id } })
  res.json({ stall: result })
}

/**
 * Removes a stall from the market: archived, not deleted. Its vendor and invitation are let go,
 * its account is free for another stall, and its ledger stays in the market's books.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await archiveStallWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ stall: result })
}
