import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { bilingual } from "../../../lib/validation"

export type SellerStatusAction = "approve" | "reject" | "suspend" | "reinstate"

/** Which statuses each operator action starts from, and where it leads. */
const TRANSITIONS: Record<SellerStatusAction, { from: string[]; to: string; needsReason: boolean }> = {
  approve: { from: ["pending", "rejected"], to: "approved", needsReason: false },
  reject: { from: ["pending"], to: "rejected", needsReason: true },
  suspend: { from: ["approved"], to: "suspended", needsReason: true },
  reinstate: { from: ["suspended"], to: "approved", needsReason: false },
}

export const validateSellerStatusChangeStep = createStep(
  "validate-seller-status-change",
  async (input: { seller_id: string; action: SellerStatusAction; reason?: string | null }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const seller = await service.retrieveSeller(input.seller_id).catch(() => {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, bilingual("Không tìm thấy người bán", "Seller not found"))
    })
    const transition = TRANSITIONS[input.action]
    if (!transition.from.includes(seller.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        bilingual(
          `Không thể thực hiện "${input.action}" khi người bán đang ở trạng thái "${seller.status}"`,
          `Cannot ${input.action} a seller whose status is "${seller.status}"`
        )
      )
    }
    if (transition.needsReason && !input.reason?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, bilingual("Vui lòng ghi lý do", "A reason is required"))
    }
    return new StepResponse({
      id: seller.id,
      status: transition.to,
      status_reason: transition.needsReason ? input.reason!.trim() : null,
      status_changed_at: new Date(),
    })
  }
)
