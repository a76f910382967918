import type { SellerEarnings, SellerOrderEarnings } from "~/types/earnings"

/** The signed-in seller's money: balances, months, and each order's deductions. */
export function useEarningsApi() {
  const { request } = useSellerApi()
  return {
    summary: () => request<SellerEarnings>("/seller/earnings"),
    orders: (limit = 20, offset = 0) =>
      request<{ orders: SellerOrderEarnings[]; count: number }>("/seller/earnings/orders", { query: { limit, offset } }),
  }
}
