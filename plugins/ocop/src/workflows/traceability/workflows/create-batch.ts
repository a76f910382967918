import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { CreateBatch } from "../../../api/seller/batches/validators"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import { assertSellerProductStep } from "../steps/assert-seller-product"
import { createBatchStep } from "../steps/create-batch"

export type CreateBatchInput = CreateBatch & { seller_id: string; code?: string }

/** A seller records a batch of one of its products; the batch gets its public code here. */
export const createBatchWorkflow = createWorkflow("create-batch", (input: CreateBatchInput) => {
  assertSellerProductStep({ seller_id: input.seller_id, product_id: input.product_id })
  const fields = transform({ input }, ({ input: { seller_id: _s, product_id: _p, ...fields } }) => fields)
  const batch = createBatchStep(fields)
  const link = transform({ input, batch }, ({ input, batch }) => [
    { [Modules.PRODUCT]: { product_id: input.product_id }, [TRACEABILITY_MODULE]: { batch_id: batch.id } },
  ])
  createRemoteLinkStep(link)
  return new WorkflowResponse(batch)
})
