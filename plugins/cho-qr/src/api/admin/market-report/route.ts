import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { parseInput } from "../../../lib/http/parse-input"
import { BUSINESS_DAY_PATTERN, businessDay } from "../../../lib/market/business-day"
import { marketReport } from "../../../lib/market/market-report"

const day = z.string().regex(BUSINESS_DAY_PATTERN, "Ngày phải có dạng yyyy-mm-dd / Dates must be yyyy-mm-dd").optional()
const ReportQuerySchema = z.object({ from: day, to: day })

/** GET /admin/market-report?from=yyyy-mm-dd&to=yyyy-mm-dd (market days in Vietnam; today by default). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = parseInput(ReportQuerySchema, req.query)
  const to = query.to ?? businessDay()
  const from = query.from ?? to
  if (from > to) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Ngày bắt đầu sau ngày kết thúc / from is after to")
  res.json(await marketReport(req.scope, from, to))
}
