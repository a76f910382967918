import type { OrderGroup } from "~/composables/useOrderGroup"

/** The signed-in buyer's purchases, newest first, each with every farm's stage and tracking. */
export function useAccountOrders() {
  const sdk = useMedusa()
  return useAsyncData("account:orders", () =>
    sdk.client.fetch<{ order_groups: OrderGroup[]; count: number }>("/store/customers/me/order-groups", { query: { limit: 20 } })
  )
}

/**
 * "Buy again": the purchase's lines back into the cart, one by one, so a line that cannot be
 * bought any more (product gone, out of stock) is skipped and named, and the rest still goes in.
 */
export function useReorder() {
  const cart = useCart()
  const describeError = useStoreError()
  return async function reorder(group: OrderGroup) {
    const added: string[] = []
    const skipped: { title: string; reason: string }[] = []
    for (const item of group.orders.flatMap((o) => o.items)) {
      const title = [item.title, item.variant_title].filter(Boolean).join(" — ")
      if (!item.variant_id) {
        skipped.push({ title, reason: "" })
        continue
      }
      try {
        await cart.add(item.variant_id, item.quantity)
        added.push(title)
      } catch (e) {
        skipped.push({ title, reason: describeError(e) })
      }
    }
    return { added, skipped }
  }
}
