import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertPackedAfterHarvest, dateOfDay } from "../../../lib/batch-dates"
import { newPublicCode } from "../../../lib/public-code"
import { TRACEABILITY_MODULE, type TraceabilityModuleService } from "../../../modules/traceability"
import type { BatchFields } from "../../../api/seller/batches/validators"

/** A new batch with a fresh public code (or the given one: the demo seed prints stable labels). */
export const createBatchStep = createStep(
  "create-batch",
  async (input: BatchFields & { code?: string }, { container }) => {
    const harvest = dateOfDay(input.harvest_date)
    const packing = input.packing_date ? dateOfDay(input.packing_date) : null
    assertPackedAfterHarvest(harvest, packing)
    const batch = await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).createBatches({
      ...input,
      code: input.code ?? newPublicCode(),
      harvest_date: harvest,
      packing_date: packing,
    })
    return new StepResponse(batch, batch.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteBatches(id)
  }
)
