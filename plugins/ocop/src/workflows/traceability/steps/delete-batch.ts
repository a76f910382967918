import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE, type TraceabilityModuleService } from "../../../modules/traceability"

/** Soft-deletes, so compensation can restore it. */
export const deleteBatchStep = createStep(
  "delete-batch",
  async (id: string, { container }) => {
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).softDeleteBatches(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).restoreBatches(id)
  }
)
