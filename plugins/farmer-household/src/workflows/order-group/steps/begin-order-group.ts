import type { ICartModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { undoCutOffCompletion, type UndoneCompletion } from "../undo-cut-off-completion"

export type BegunOrderGroup = { id: string; display_id: number; recovered: UndoneCompletion | null }

/**
 * The cart's group, pending, before anything else of its completion is written: every seller
 * order is made carrying its id, so whatever a killed process leaves behind can be found. A
 * pending group already there is a completion that was cut off (it never reached its last step,
 * and this one holds the cart's lock): what it made is undone and the cart is split again into
 * the same group. Undone on failure by deleting the group, whose orders and links the later
 * steps' compensations have removed by then.
 */
export const beginOrderGroupStep = createStep(
  "begin-order-group",
  async ({ cart_id }: { cart_id: string }, { container }) => {
    const service: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
    const [pending] = await service.listOrderGroups({ cart_id, status: "pending" }, { select: ["id", "display_id", "cart_id"] })
    if (pending) {
      const recovered = await undoCutOffCompletion(container, pending)
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Cart ${cart_id}: a cut-off completion left group ${pending.id} pending; undone ${JSON.stringify(recovered)}, splitting the cart again`)
      return new StepResponse<BegunOrderGroup, string>({ id: pending.id, display_id: pending.display_id, recovered }, pending.id)
    }
    const cart = await container.resolve<ICartModuleService>(Modules.CART).retrieveCart(cart_id, { select: ["id", "currency_code", "customer_id", "email"] })
    const group = await service.createOrderGroups({
      cart_id,
      customer_id: cart.customer_id ?? null,
      email: cart.email ?? null,
      currency_code: cart.currency_code,
      status: "pending",
      // The orders' sum, set when the group is placed.
      total: 0,
    })
    return new StepResponse<BegunOrderGroup, string>({ id: group.id, display_id: group.display_id, recovered: null }, group.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).deleteOrderGroups(id)
  }
)
