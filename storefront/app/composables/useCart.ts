import type { HttpTypes } from "@medusajs/types"
import type { CartFarm } from "~/utils/cart-farms"

/** Only what the cart, checkout and header show: SSR hands this to the browser with every page. */
const CART_FIELDS = [
  "id",
  "region_id",
  "email",
  "customer_id",
  "completed_at",
  "item_total",
  "shipping_total",
  "total",
  "items.id",
  "items.title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.product_id",
  "items.product_title",
  "items.product_handle",
  "items.variant_id",
  "items.variant_title",
  "shipping_methods.id",
  "shipping_methods.amount",
  "shipping_methods.shipping_option_id",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.city",
  "shipping_address.province",
  "payment_collection.id",
].join(",")

/** Thirty days: a buyer who comes back next week still finds the cart. */
const COOKIE_MAX_AGE = 60 * 60 * 24 * 30

const isNotFound = (error: unknown) => (error as { status?: number })?.status === 404

/**
 * The buyer's cart: Medusa's store cart API, the id in a cookie (read by SSR and the browser
 * alike), created with the VND region on the first "add to cart". Every change answers the new
 * cart, which replaces the store's.
 */
export function useCart() {
  const sdk = useMedusa()
  const store = useCartStore()
  const regions = useRegionStore()
  const cartId = useCookie<string | null>("nongsan_cart", { maxAge: COOKIE_MAX_AGE, sameSite: "lax", default: () => null })

  async function fetchCart(id: string): Promise<HttpTypes.StoreCart | null> {
    try {
      const { cart } = await sdk.store.cart.retrieve(id, { fields: CART_FIELDS })
      return cart.completed_at ? null : cart
    } catch (error) {
      if (isNotFound(error)) return null
      throw error
    }
  }

  /**
   * Replaces the store's cart, and the farms too when a page shows them (lines may have moved),
   * both at once so totals and delivery choices never disagree on screen.
   */
  async function settle(cart: HttpTypes.StoreCart | null) {
    if (!cart) cartId.value = null
    const farms = cart && store.farms ? await fetchFarms(cart.id) : null
    store.$patch((state) => {
      state.cart = cart
      state.farms = farms
    })
    return cart
  }

  /** The cart named by the cookie, once per page load; a cart gone or already ordered is forgotten. */
  async function load() {
    if (!cartId.value) return settle(null)
    if (store.cart?.id === cartId.value) return store.cart
    return settle(await fetchCart(cartId.value))
  }

  const fetchFarms = async (id: string) =>
    (await sdk.client.fetch<{ sellers: CartFarm[] }>(`/store/carts/${id}/seller-shipping-options`)).sellers

  async function loadFarms(): Promise<CartFarm[]> {
    store.farms = store.cart ? await fetchFarms(store.cart.id) : []
    return store.farms
  }

  async function create() {
    const region = await regions.ensure(sdk)
    const { cart } = await sdk.store.cart.create({ region_id: region?.id }, { fields: CART_FIELDS })
    cartId.value = cart.id
    return cart.id
  }

  async function add(variantId: string, quantity: number) {
    const body = { variant_id: variantId, quantity }
    const id = (await load())?.id ?? (await create())
    try {
      return settle((await sdk.store.cart.createLineItem(id, body, { fields: CART_FIELDS })).cart)
    } catch (error) {
      // The cart went away between two clicks (ordered in another tab): start a new one.
      if (!isNotFound(error)) throw error
      return settle((await sdk.store.cart.createLineItem(await create(), body, { fields: CART_FIELDS })).cart)
    }
  }

  async function setQuantity(lineId: string, quantity: number) {
    return settle((await sdk.store.cart.updateLineItem(store.cart!.id, lineId, { quantity }, { fields: CART_FIELDS })).cart)
  }

  /** Contact and delivery address (checkout). */
  async function update(body: HttpTypes.StoreUpdateCart) {
    return settle((await sdk.store.cart.update(store.cart!.id, body, { fields: CART_FIELDS })).cart)
  }

  /** A farm's delivery: Medusa replaces the method of the same shipping profile, i.e. that farm's. */
  async function chooseShipping(optionId: string) {
    return settle((await sdk.store.cart.addShippingMethod(store.cart!.id, { option_id: optionId }, { fields: CART_FIELDS })).cart)
  }

  /** The cart again from Medusa (its totals after a delivery choice, say). */
  async function reload() {
    return cartId.value ? settle(await fetchCart(cartId.value)) : null
  }

  async function remove(lineId: string) {
    const { parent } = await sdk.store.cart.deleteLineItem(store.cart!.id, lineId, { fields: CART_FIELDS })
    return parent ? settle(parent) : reload()
  }

  /** The signed-in buyer's cart (a guest's until they signed in): the order will be theirs too. */
  async function claim() {
    const cart = await load()
    return cart ? settle((await sdk.store.cart.transferCart(cart.id, { fields: CART_FIELDS })).cart) : null
  }

  /** After the order is placed the cart is spent: the next "add to cart" starts a new one. */
  function forget() {
    cartId.value = null
    store.$reset()
  }

  return { store, load, reload, loadFarms, add, setQuantity, remove, update, chooseShipping, claim, forget }
}

/** The cart with its farms, for the pages that show them (cart, checkout); rendered on the server. */
export function useCartWithFarms() {
  const cart = useCart()
  const data = useAsyncData("cart:farms", async () => {
    await cart.load()
    await cart.loadFarms()
    return true
  })
  return { ...cart, data }
}
