import type { OrderGroup } from "~/composables/useOrderGroup"
import { checkoutAddress, formFromCart, validateCheckout, type CheckoutField } from "~/utils/checkout-form"
import type { CartFarm } from "~/utils/cart-farms"

/**
 * Cash on delivery: Medusa's system default payment provider, which authorizes at once and
 * leaves the money to be collected by the carrier. The only way to pay until the payments work.
 */
export const COD_PROVIDER_ID = "pp_system_default"

type CompleteAnswer = { type: "order_group"; order_group: OrderGroup } | { type: "cart"; message?: string }

/**
 * A guest's checkout: contact, address, one delivery per farm, cash on delivery, then Medusa's
 * cart completion, which the backend splits into one order per farm under an order group.
 */
export function useCheckout() {
  const { t, locale } = useI18n()
  const localePath = useLocalePath()
  const sdk = useMedusa()
  const cart = useCartWithFarms()
  const { store } = cart
  const { data: provinces } = useProvinces()
  const describeError = useStoreError()

  const form = reactive(formFromCart(store.cart?.email, store.cart?.shipping_address))
  const errors = ref<Partial<Record<CheckoutField, string>>>({})
  /** Per farm (seller id): why its delivery cannot go ahead. */
  const shippingErrors = ref<Record<string, string>>({})
  const formError = ref("")
  const busy = ref(false)
  const choosing = ref<string | null>(null)

  async function chooseShipping(farm: CartFarm, optionId: string) {
    choosing.value = farm.seller.id
    delete shippingErrors.value[farm.seller.id]
    try {
      await cart.chooseShipping(optionId)
    } catch (e) {
      shippingErrors.value[farm.seller.id] = describeError(e)
    } finally {
      choosing.value = null
    }
  }

  /** Set by the first "place order": from then on each field's message follows what is typed. */
  const attempted = ref(false)
  const checkFields = () => {
    errors.value = Object.fromEntries(Object.entries(validateCheckout(form, provinces.value)).map(([field, key]) => [field, t(key)]))
  }
  watch(form, () => attempted.value && checkFields())

  function validate(): boolean {
    attempted.value = true
    checkFields()
    shippingErrors.value = Object.fromEntries(
      (store.farms ?? []).filter((f) => !f.shipping_method).map((f) => [f.seller.id, t("checkout.validation.shipping", { farm: f.seller.name })])
    )
    return !Object.keys(errors.value).length && !Object.keys(shippingErrors.value).length
  }

  /** Address, payment, completion; on success the cart is spent and the buyer sees the orders. */
  async function placeOrder(): Promise<boolean> {
    formError.value = ""
    if (busy.value || !validate()) return false
    busy.value = true
    try {
      const address = checkoutAddress(form)
      await cart.update({ email: form.email.trim(), shipping_address: address, billing_address: address })
      await sdk.store.payment.initiatePaymentSession(store.cart!, { provider_id: COD_PROVIDER_ID })
      const answer = await sdk.client.fetch<CompleteAnswer>(`/store/carts/${store.cart!.id}/complete`, { method: "POST" })
      if (answer.type !== "order_group") {
        formError.value = answer.message ? localizedMessage(answer.message, locale.value) : t("shop.errors.unknown")
        return false
      }
      cart.forget()
      await navigateTo(localePath(`/don-hang/${answer.order_group.id}`))
      return true
    } catch (e) {
      formError.value = describeError(e)
      // What the backend refused may have changed the cart (stock, prices): show it as it is now.
      await cart.reload().catch(() => undefined)
      return false
    } finally {
      busy.value = false
    }
  }

  // A buyer coming back finds what they typed last time: the form starts from the cart as it
  // arrives with the page (on the server too, where watchers do not run).
  const data = cart.data.then((loaded) => {
    Object.assign(form, formFromCart(store.cart?.email, store.cart?.shipping_address))
    return loaded
  })

  return { ...cart, data, provinces, form, errors, shippingErrors, formError, busy, choosing, chooseShipping, placeOrder }
}
