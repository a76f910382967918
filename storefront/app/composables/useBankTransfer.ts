import type { HttpTypes } from "@medusajs/types"
import { PAYMENT_PROVIDERS } from "~/utils/payment-methods"

/** What the bank-transfer session holds (plugins/cho-qr: TransferSessionData). */
export type BankTransfer = {
  memo: string
  amount_vnd: number
  bank_bin: string
  account_number: string
  account_holder: string
  qr_payload: string
  expires_at: string
  demo: boolean
  confirmed_at?: string
}

const FIELDS = "id,completed_at,payment_collection.id,payment_collection.payment_sessions.provider_id,payment_collection.payment_sessions.data"
const POLL_MS = 3_000

/**
 * The cart's bank transfer: the VietQR to show, a countdown to its expiry, and a watch on the
 * payment. When the bank's notification (or an operator) confirms the money, the cart is completed
 * into its orders. Runs in the browser only: it polls.
 */
export function useBankTransfer() {
  const sdk = useMedusa()
  const cart = useCart()
  const completeOrder = useCompleteOrder()
  const describeError = useStoreError()
  const transfer = ref<BankTransfer | null>(null)
  const qrSvg = ref("")
  const now = ref(Date.now())
  const loading = ref(true)
  const error = ref("")
  let timers: ReturnType<typeof setInterval>[] = []

  const secondsLeft = computed(() => (transfer.value ? Math.max(0, Math.floor((Date.parse(transfer.value.expires_at) - now.value) / 1000)) : 0))

  async function fetchTransfer(cartId: string) {
    const { cart: fresh } = await sdk.store.cart.retrieve(cartId, { fields: FIELDS })
    const session = (fresh as HttpTypes.StoreCart).payment_collection?.payment_sessions?.find((s) => s.provider_id === PAYMENT_PROVIDERS.transfer)
    return { fresh, data: (session?.data ?? null) as BankTransfer | null }
  }

  async function show(data: BankTransfer | null) {
    transfer.value = data
    // The QR library is loaded only by this page, not by every page of the shop.
    qrSvg.value = data ? await (await import("qrcode")).toString(data.qr_payload, { type: "svg", margin: 2, errorCorrectionLevel: "M" }) : ""
  }

  async function poll(cartId: string) {
    const { fresh, data } = await fetchTransfer(cartId)
    if (data?.confirmed_at || fresh.completed_at) {
      stop()
      const done = await completeOrder(cartId)
      if (!done.ok) error.value = done.message
    }
  }

  /** A new code (new memo) after the old one expired. */
  async function restart() {
    const id = cart.store.cart?.payment_collection?.id
    if (!id) return
    const { payment_session } = await sdk.client.fetch<{ payment_session: { data: BankTransfer } }>(`/store/payment-collections/${id}/bank-transfer`, {
      method: "POST",
      body: {},
    })
    await show(payment_session.data)
  }

  function stop() {
    timers.forEach(clearInterval)
    timers = []
  }

  onMounted(async () => {
    try {
      const loaded = await cart.load()
      if (!loaded) return
      await show((await fetchTransfer(loaded.id)).data)
      timers = [
        setInterval(() => (now.value = Date.now()), 1000),
        setInterval(() => poll(loaded.id).catch((e) => (error.value = describeError(e))), POLL_MS),
      ]
    } catch (e) {
      error.value = describeError(e)
    } finally {
      loading.value = false
    }
  })
  onBeforeUnmount(stop)

  return { transfer, qrSvg, secondsLeft, loading, error, restart }
}
