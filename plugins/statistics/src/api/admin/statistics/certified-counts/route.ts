import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STATISTICS_MODULE, type StatisticsModuleService } from "../../../../modules/statistics"
import { forgetProvinceFigures } from "../../../../lib/province-figures"
import { setOcopCertifiedCountWorkflow } from "../../../../workflows/set-ocop-certified-count"
import type { CertifiedCountBody } from "../validators"

/** GET /admin/statistics/certified-counts — what the operator entered, newest year first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<StatisticsModuleService>(STATISTICS_MODULE)
  const certified_counts = await service.listOcopCertifiedCounts({}, { order: { year: "DESC", province: "ASC" } })
  res.json({ certified_counts })
}

/** POST /admin/statistics/certified-counts — sets a province's OCOP-certified count for a year. */
export async function POST(req: AuthenticatedMedusaRequest<CertifiedCountBody>, res: MedusaResponse) {
  const { result } = await setOcopCertifiedCountWorkflow(req.scope).run({ input: req.validatedBody })
  await forgetProvinceFigures(req.scope)
  res.json({ certified_count: result })
}
