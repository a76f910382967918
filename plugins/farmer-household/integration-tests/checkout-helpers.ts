import type { TestMedusa } from "../../../infra/src/testing/medusa.ts"

export const HAI = "Hộ ông Nguyễn Văn Hải"
export const CHE = "HTX Chè Tân Cương"
export const buyerAddress = {
  first_name: "Lan",
  last_name: "Trần",
  address_1: "12 Phố Huế",
  city: "Phường Hai Bà Trưng",
  province: "Thành phố Hà Nội",
  country_code: "vn",
  phone: "0912345678",
}

/** A buyer's path through Medusa's own store API: cart, delivery per seller, payment, completion. */
export async function checkout(medusa: TestMedusa) {
  const regionId = (await medusa.api("/store/regions")).body.regions[0].id
  const variantIds = new Map<string, string>()
  // Every product, page by page: the seeded catalogue alone has 150, and tests add their own.
  for (let offset = 0, count = 1; offset < count; offset += 100) {
    const { body } = await medusa.api(`/store/products?limit=100&offset=${offset}&fields=handle,*variants`)
    for (const product of body.products) for (const v of product.variants) variantIds.set(v.sku, v.id)
    count = body.count
  }

  async function ok(path: string, init?: Parameters<TestMedusa["api"]>[1]) {
    const res = await medusa.api(path, init)
    if (res.status !== 200) throw new Error(`${init?.method ?? "GET"} ${path}: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body
  }

  /**
   * A cart with the given SKUs (or variant ids) and quantities, addressed in Việt Nam. Guests
   * creating carts at the same moment need their own emails: Medusa makes a guest customer per email.
   */
  async function cartWith(items: Record<string, number>, token?: string, email = "lan@example.com") {
    const { cart } = await ok("/store/carts", {
      method: "POST",
      token,
      json: {
        region_id: regionId,
        email: token ? undefined : email,
        shipping_address: buyerAddress,
        items: Object.entries(items).map(([key, quantity]) => ({ variant_id: variantIds.get(key) ?? key, quantity })),
      },
    })
    return cart.id as string
  }

  /** Chooses, for each named seller, the option with that name, the way a storefront would. */
  async function chooseShipping(cartId: string, choice: Record<string, string>) {
    const { sellers } = await ok(`/store/carts/${cartId}/seller-shipping-options`)
    for (const [sellerName, optionName] of Object.entries(choice)) {
      const entry = sellers.find((s: any) => s.seller.name === sellerName)
      const option = entry.shipping_options.find((o: any) => o.name === optionName)
      await ok(`/store/carts/${cartId}/shipping-methods`, { method: "POST", json: { option_id: option.id } })
    }
  }

  /** Starts paying with a provider (cash on delivery by default); returns the payment session. */
  async function pay(cartId: string, provider_id = "pp_system_default", data?: Record<string, unknown>) {
    const { payment_collection } = await ok("/store/payment-collections", { method: "POST", json: { cart_id: cartId } })
    const { payment_collection: withSession } = await ok(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      method: "POST",
      json: { provider_id, data },
    })
    return withSession.payment_sessions.find((s: { provider_id: string }) => s.provider_id === provider_id)
  }

  const complete = (cartId: string) => medusa.api(`/store/carts/${cartId}/complete`, { method: "POST" })

  /** Cart → delivery → payment → order group, in one go. */
  async function placeOrder(items: Record<string, number>, shipping: Record<string, string>, token?: string) {
    const cartId = await cartWith(items, token)
    await chooseShipping(cartId, shipping)
    await pay(cartId)
    const res = await complete(cartId)
    if (res.body.type !== "order_group") throw new Error(`complete: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body.order_group
  }

  return { regionId, variantIds, ok, cartWith, chooseShipping, pay, complete, placeOrder }
}
