import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DATASETS } from "../../../lib/open-data/datasets"
import { provinceFigures } from "../../../lib/province-figures"

/**
 * GET /admin/statistics — the operator's figures: the same counts as the open data but with no
 * cell suppressed, and each seller's own line.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const figures = await provinceFigures(req.scope)
  res.json({ ...figures, datasets: DATASETS.map((d) => ({ id: d.id, title: d.title })) })
}
