import type { SellerOrderStage } from "~/types/seller"

/** What the buyer sees of one purchase: one order per farm, each with its own progress. */
export type OrderGroup = {
  id: string
  display_id: number
  email: string | null
  total: number
  created_at: string
  payment_collection: { status: string } | null
  orders: {
    id: string
    display_id: number
    total: number
    shipping_total: number
    stage: SellerOrderStage
    carrier: string | null
    tracking: { tracking_number: string; tracking_url: string | null }[]
    cancel_reason: string | null
    seller: { handle: string; name: string } | null
    items: {
      id: string
      title: string
      product_id: string | null
      product_handle: string | null
      variant_id: string | null
      variant_title: string | null
      quantity: number
      total: number
      thumbnail: string | null
      /** A pre-order line ships from its expected_ship_date ("YYYY-MM-DD"), the next harvest. */
      preorder: boolean
      expected_ship_date: string | null
    }[]
    shipping_methods: { name: string; amount: number }[]
  }[]
}

export function useOrderGroup(id: string) {
  const sdk = useMedusa()
  return useAsyncData(`order-group:${id}`, () =>
    sdk.client
      .fetch<{ order_group: OrderGroup }>(`/store/order-groups/${id}`)
      .then((r) => r.order_group)
      .catch(() => null)
  )
}
