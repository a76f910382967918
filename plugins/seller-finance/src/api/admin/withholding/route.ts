import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendCsv } from "../../../lib/csv"
import { WITHHOLDING_CSV_KEYS, withholdingReport } from "../../../lib/withholding-report"
import type { WithholdingQuery } from "./validators"

/** A month's tax withheld per seller (Decree 117/2025), as JSON or as the CSV the operator files from. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { month, format } = req.validatedQuery as WithholdingQuery
  const report = await withholdingReport(req.scope, month)
  if (format === "csv") return sendCsv(res, `khau-tru-thue-${month}.csv`, report.sellers, WITHHOLDING_CSV_KEYS)
  res.json(report)
}
