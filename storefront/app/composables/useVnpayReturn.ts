type VnpayReturn = { txn_ref: string; cart_id: string | null; vnpay_response_code: string; vnpay_says_paid: boolean; status: "pending" | "paid" | "failed" }

/** How long to wait for VNPay's IPN after the buyer is back (it usually comes first). */
const WAIT_MS = 60_000
const EVERY_MS = 2_000

/**
 * The buyer is back from VNPay. The query VNPay added is only checked (GET /store/vnpay/return);
 * what counts is the status the IPN confirmed to the backend, asked again until it is known.
 * Paid: the cart is completed into its orders. Failed: the buyer may try again.
 */
export function useVnpayReturn() {
  const route = useRoute()
  const sdk = useMedusa()
  const completeOrder = useCompleteOrder()
  const describeError = useStoreError()
  const state = ref<"checking" | "pending" | "failed" | "invalid" | "error">("checking")
  const responseCode = ref("")
  const message = ref("")

  async function check(deadline: number): Promise<void> {
    let answer: VnpayReturn
    try {
      answer = await sdk.client.fetch<VnpayReturn>("/store/vnpay/return", { query: route.query as Record<string, string> })
    } catch (e) {
      state.value = "invalid"
      message.value = describeError(e)
      return
    }
    responseCode.value = answer.vnpay_response_code
    if (answer.status === "failed") {
      state.value = "failed"
      return
    }
    if (answer.status === "paid" && answer.cart_id) {
      // The IPN usually completed the cart already: completion then answers its orders.
      const done = await completeOrder(answer.cart_id)
      if (!done.ok) {
        state.value = "error"
        message.value = done.message
      }
      return
    }
    state.value = "pending"
    if (Date.now() > deadline) return
    await new Promise((resolve) => setTimeout(resolve, EVERY_MS))
    return check(deadline)
  }

  onMounted(() => check(Date.now() + WAIT_MS))
  return { state, responseCode, message }
}
