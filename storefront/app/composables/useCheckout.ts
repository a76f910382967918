import type { HttpTypes } from "@medusajs/types"
import { checkoutAddress, formFromCart, validateCheckout, type CheckoutField } from "~/utils/checkout-form"
import type { CartFarm } from "~/utils/cart-farms"
import { PAYMENT_PROVIDERS, type PaymentMethod } from "~/utils/payment-methods"

/**
 * Checkout, as a guest or signed in (then from the saved address, and the order is the
 * customer's): contact, address, one delivery per farm, then the payment. Cash on
 * delivery completes the cart at once (Medusa's cart completion, which the backend splits into
 * one order per farm); VNPay sends the buyer to VNPay's page; bank transfer shows a VietQR to pay.
 * For those two the orders are made when the payment is confirmed server to server.
 */
export function useCheckout() {
  const { t, locale } = useI18n()
  const localePath = useLocalePath()
  const sdk = useMedusa()
  const cart = useCartWithFarms()
  const { store } = cart
  const { data: provinces } = useProvinces()
  const describeError = useStoreError()
  const account = useCustomer()
  const completeOrder = useCompleteOrder()
  const { data: paymentMethods } = usePaymentMethods(async () => (await cart.load())?.region_id)
  const payment = ref<PaymentMethod>("cod")

  const form = reactive(formFromCart(store.cart?.email, store.cart?.shipping_address))
  const { data: communes } = useCommunes(() => form.province)
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
    errors.value = Object.fromEntries(Object.entries(validateCheckout(form, provinces.value, communes.value)).map(([field, key]) => [field, t(key)]))
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

  /** Cash on delivery: completion at once. */
  async function payOnDelivery(cart: HttpTypes.StoreCart) {
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: PAYMENT_PROVIDERS.cod })
    const done = await completeOrder(cart.id)
    if (!done.ok) throw new Error(done.message)
  }

  /** VNPay: a session with the signed pay URL, then VNPay's own page. */
  async function payByVnpay(cart: HttpTypes.StoreCart) {
    const { payment_collection } = await sdk.store.payment.initiatePaymentSession(cart, {
      provider_id: PAYMENT_PROVIDERS.vnpay,
      data: { locale: locale.value === "en" ? "en" : "vn" },
    })
    const session = payment_collection.payment_sessions?.find((s) => s.provider_id === PAYMENT_PROVIDERS.vnpay)
    await navigateTo(String(session?.data?.pay_url), { external: true })
  }

  /** Bank transfer: a session holding the dynamic VietQR, shown on its own page. */
  async function payByTransfer(cart: HttpTypes.StoreCart) {
    const collectionId =
      cart.payment_collection?.id ??
      (await sdk.client.fetch<{ payment_collection: { id: string } }>("/store/payment-collections", { method: "POST", body: { cart_id: cart.id } }))
        .payment_collection.id
    await sdk.client.fetch(`/store/payment-collections/${collectionId}/bank-transfer`, { method: "POST", body: {} })
    await navigateTo(localePath("/thanh-toan/chuyen-khoan"))
  }

  const pay = { cod: payOnDelivery, vnpay: payByVnpay, transfer: payByTransfer }

  /** Address, then the chosen way to pay. */
  async function placeOrder(): Promise<boolean> {
    formError.value = ""
    if (busy.value || !validate()) return false
    busy.value = true
    try {
      const address = checkoutAddress(form)
      if (account.store.customer && store.cart?.customer_id !== account.store.customer.id) await cart.claim()
      const cartNow = await cart.update({ email: form.email.trim(), shipping_address: address, billing_address: address })
      await pay[payment.value](cartNow ?? store.cart!)
      return true
    } catch (e) {
      formError.value = e instanceof Error && !("status" in e) ? e.message : describeError(e)
      // What the backend refused may have changed the cart (stock, prices): show it as it is now.
      await cart.reload().catch(() => undefined)
      return false
    } finally {
      busy.value = false
    }
  }

  // A buyer coming back finds what they typed last time: the form starts from the cart as it
  // arrives with the page (on the server too, where watchers do not run); a signed-in buyer
  // whose cart has no address yet starts from the saved one.
  const data = cart.data.then(async (loaded) => {
    const customer = await account.load().catch(() => null)
    const fromCart = Boolean(store.cart?.shipping_address?.address_1)
    Object.assign(
      form,
      fromCart || !customer
        ? formFromCart(store.cart?.email ?? customer?.email, store.cart?.shipping_address)
        : formFromCart(customer.email, account.store.defaultAddress)
    )
    return loaded
  })

  return { ...cart, data, provinces, communes, paymentMethods, payment, form, errors, shippingErrors, formError, busy, choosing, chooseShipping, placeOrder }
}
