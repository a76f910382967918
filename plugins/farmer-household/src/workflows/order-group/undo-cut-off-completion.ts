import type { ICartModuleService, IInventoryService, IOrderModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { HARVEST_MODULE, type HarvestModuleService } from "../../modules/harvest"
import { ORDER_GROUP_ID_KEY } from "../../lib/unplaced-orders"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"

/** What undoing a cut-off completion found and removed. */
export type UndoneCompletion = { orders: number; reservations: number; preorders: number; cart_reopened: boolean }

/**
 * Undoes what a completion of the cart left behind when its process died before the group was
 * placed: no compensation ran, so its orders, their reservations and pre-order counts, its links
 * and the cart's completed_at may all be there, or any first part of them. Everything is found
 * from the orders carrying the group's id in their metadata (written with the orders, so no
 * kill can leave an order without it), and removed in an order that a second kill cannot
 * defeat: what hangs off the orders first, the orders themselves last. The payment is left as
 * it is: authorizing it again is a no-op (Medusa's authorization is idempotent per session),
 * and the redo links the same collection to the same group.
 *
 * Promotion usage cannot be told apart per cart: a usage registered by the cut-off run stays
 * registered (counted once more if the redo registers it again).
 */
export async function undoCutOffCompletion(container: MedusaContainer, group: { id: string; cart_id: string }): Promise<UndoneCompletion> {
  const orderModule = container.resolve<IOrderModuleService>(Modules.ORDER)
  const orders = await orderModule.listOrders({ metadata: { [ORDER_GROUP_ID_KEY]: group.id } } as never, { select: ["id"], relations: ["items"] })
  const orderIds = orders.map((o) => o.id)
  const lineIds = orders.flatMap((o) => (o.items ?? []).map((i) => i.id))

  let reservations = 0
  if (lineIds.length) {
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const held = await inventory.listReservationItems({ line_item_id: lineIds }, { select: ["id", "inventory_item_id"] })
    reservations = held.length
    if (held.length) {
      // Under the stock items' locks, as Medusa's own reservation and its undo are.
      await container.resolve(Modules.LOCKING).execute([...new Set(held.map((r) => r.inventory_item_id))], () =>
        inventory.deleteReservationItems(held.map((r) => r.id))
      )
    }
  }
  let preorders = 0
  if (orderIds.length) {
    const harvest = container.resolve<HarvestModuleService>(HARVEST_MODULE)
    const counted = await harvest.listHarvestPreorders({ order_id: orderIds }, { select: ["id"] })
    preorders = counted.length
    if (counted.length) await harvest.deleteHarvestPreorders(counted.map((p) => p.id))
  }

  // Every link of these orders (group, seller, cart, promotions) and of the group (its orders,
  // the payment collection); the redo links them again.
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  if (orderIds.length) await link.delete({ [Modules.ORDER]: { order_id: orderIds } })
  await link.delete({ [ORDER_GROUP_MODULE]: { order_group_id: group.id } })

  const cartModule = container.resolve<ICartModuleService>(Modules.CART)
  const cart = await cartModule.retrieveCart(group.cart_id, { select: ["id", "completed_at"] })
  if (cart.completed_at) await cartModule.updateCarts(group.cart_id, { completed_at: null })

  if (orderIds.length) await orderModule.deleteOrders(orderIds)
  return { orders: orderIds.length, reservations, preorders, cart_reopened: Boolean(cart.completed_at) }
}
