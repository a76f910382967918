import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { deleteBatchWorkflow } from "../../../../workflows/traceability/workflows/delete-batch"
import { updateBatchWorkflow } from "../../../../workflows/traceability/workflows/update-batch"
import { loadSellerBatch } from "../../../utils/seller-batches"
import type { UpdateBatch } from "../validators"

// requireOwnBatch (middlewares) has answered 404 for anything but the caller's own batch.

export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json({ batch: await loadSellerBatch(req.scope, req.params.id) })
}

export async function POST(req: SellerRequest<UpdateBatch>, res: MedusaResponse) {
  await updateBatchWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.json({ batch: await loadSellerBatch(req.scope, req.params.id) })
}

export async function DELETE(req: SellerRequest, res: MedusaResponse) {
  await deleteBatchWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "batch", deleted: true })
}
