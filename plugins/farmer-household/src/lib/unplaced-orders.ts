import { ORDER_GROUP_MODULE } from "../modules/order-group"
import type OrderGroupModuleService from "../modules/order-group/service"

type Resolver = { resolve: <T>(key: string) => T }

/** The key each seller order of a cart completion carries in its metadata: the group it was made for. */
export const ORDER_GROUP_ID_KEY = "order_group_id"

/**
 * A reader's filter for orders that are not (yet) a purchase: those of a completion still
 * running or cut off by a killed process, whose group is still pending. They can be linked to
 * their seller already; the next completion of the cart deletes them. Usually no group is
 * pending, and the filter costs one indexed look-up.
 */
export async function unplacedOrderFilter(scope: Resolver): Promise<(order: { metadata?: Record<string, unknown> | null }) => boolean> {
  const pending = await scope.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).listOrderGroups({ status: "pending" }, { select: ["id"], take: null })
  const ids = new Set(pending.map((g) => g.id))
  return (order) => ids.has(order.metadata?.[ORDER_GROUP_ID_KEY] as string)
}
