import type { OrderGroup } from "~/composables/useOrderGroup"

type CompleteAnswer = { type: "order_group"; order_group: OrderGroup } | { type: "cart"; message?: string }

/**
 * The last step of every way to pay: Medusa's cart completion (split per farm by the backend).
 * For VNPay and bank transfer it only succeeds once the payment was confirmed server to server,
 * and answers the orders already made if the confirmation placed them. On success the cart is
 * spent and the buyer is taken to the orders; otherwise the reason, in the page's language.
 */
export function useCompleteOrder() {
  const { t, locale } = useI18n()
  const localePath = useLocalePath()
  const sdk = useMedusa()
  const cart = useCart()
  const describeError = useStoreError()

  return async function completeOrder(cartId: string): Promise<{ ok: true } | { ok: false; message: string }> {
    try {
      const answer = await sdk.client.fetch<CompleteAnswer>(`/store/carts/${cartId}/complete`, { method: "POST" })
      if (answer.type !== "order_group") {
        return { ok: false, message: answer.message ? localizedMessage(answer.message, locale.value) : t("shop.errors.unknown") }
      }
      cart.forget()
      await navigateTo(localePath(`/don-hang/${answer.order_group.id}`))
      return { ok: true }
    } catch (e) {
      return { ok: false, message: describeError(e) }
    }
  }
}
