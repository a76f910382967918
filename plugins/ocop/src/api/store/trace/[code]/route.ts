import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "@nongsan/farmer-household/api/utils/seller-context"
import { normalizePublicCode } from "../../../../lib/public-code"
import { PUBLIC_TRACE_FIELDS, toPublicTrace } from "../../../../lib/public-trace"
import { recordBatchScanWorkflow } from "../../../../workflows/traceability/workflows/record-batch-scan"

/**
 * The public trace of a batch code (what its QR label opens), counting the scan. A malformed
 * code and an unknown one get the same 404, which names neither.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  // Every answer is one more scan: no cache may answer in Medusa's place.
  res.setHeader("cache-control", "no-store")
  const code = normalizePublicCode(req.params.code)
  if (!code) notFound({ vi: "lô hàng", en: "Batch" })
  const { result: scanned } = await recordBatchScanWorkflow(req.scope).run({ input: { code } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [batch] } = await query.graph({ entity: "batch", fields: PUBLIC_TRACE_FIELDS, filters: { id: scanned.id } })
  res.json({ trace: toPublicTrace(batch, scanned.scan_count) })
}
