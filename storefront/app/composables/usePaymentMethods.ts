import { offeredMethods, type PaymentMethod } from "~/utils/payment-methods"

/**
 * The payment methods the cart's region offers (GET /store/payment-providers). `regionOf` waits
 * for the cart, so the server renders the real choice and the browser has nothing to refetch.
 */
export function usePaymentMethods(regionOf: () => Promise<string | null | undefined>) {
  const sdk = useMedusa()
  return useAsyncData(
    "payment-methods",
    async () => {
      const id = await regionOf()
      if (!id) return ["cod"] as PaymentMethod[]
      const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: id })
      return offeredMethods(payment_providers.map((p) => p.id))
    },
    { default: () => ["cod"] as PaymentMethod[] },
  )
}
