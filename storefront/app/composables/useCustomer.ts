import type { HttpTypes } from "@medusajs/types"
import { readTokenClaims, tokenExpired } from "~/utils/jwt"

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,*addresses"

export type SignUpInput = { email: string; password: string; first_name: string; last_name: string; phone: string }

/**
 * The buyer's account through Medusa's customer auth (emailpass) and store customer API: sign
 * up, sign in, sign out, the profile and its addresses. The token is kept by the SDK (a cookie,
 * see useMedusa); the profile in the customer store.
 */
export function useCustomer() {
  const sdk = useMedusa()
  const store = useCustomerStore()
  const cart = useCart()
  const token = useCustomerToken()

  /** Who is signed in, once per page load; an expired or refused token ends the session. */
  async function load() {
    if (store.loaded) return store.customer
    store.loaded = true
    if (!token.value) return null
    if (tokenExpired(readTokenClaims(token.value))) return forget()
    try {
      store.customer = (await sdk.store.customer.retrieve({ fields: CUSTOMER_FIELDS })).customer
    } catch (e) {
      if ((e as { status?: number }).status === 401) return forget()
      throw e
    }
    return store.customer
  }

  /** Clears the token (the SDK's storage is the cookie) and the profile. */
  async function forget() {
    await sdk.auth.logout()
    store.customer = null
    return null
  }

  async function signIn(email: string, password: string) {
    const result = await sdk.auth.login("customer", "emailpass", { email: email.trim().toLowerCase(), password })
    // A third-party provider would answer a redirect here; emailpass answers the token.
    if (typeof result !== "string") throw new Error("unexpected sign-in answer")
    store.loaded = false
    await load()
    // The cart filled as a guest becomes the customer's.
    await cart.claim()
    return store.customer
  }

  /** Medusa's order: an auth identity first, then the customer with its token, then a real sign-in. */
  async function signUp(input: SignUpInput) {
    const email = input.email.trim().toLowerCase()
    await sdk.auth.register("customer", "emailpass", { email, password: input.password })
    await sdk.store.customer.create({ email, first_name: input.first_name, last_name: input.last_name, phone: input.phone })
    return signIn(email, input.password)
  }

  async function signOut() {
    await forget()
    cart.forget()
  }

  const settle = (customer: HttpTypes.StoreCustomer) => (store.customer = customer)

  const addAddress = async (address: HttpTypes.StoreCreateCustomerAddress) =>
    settle((await sdk.store.customer.createAddress(address, { fields: CUSTOMER_FIELDS })).customer)
  const updateAddress = async (id: string, address: HttpTypes.StoreUpdateCustomerAddress) =>
    settle((await sdk.store.customer.updateAddress(id, address, { fields: CUSTOMER_FIELDS })).customer)
  async function deleteAddress(id: string) {
    await sdk.store.customer.deleteAddress(id)
    store.customer = (await sdk.store.customer.retrieve({ fields: CUSTOMER_FIELDS })).customer
  }

  return { store, load, signIn, signUp, signOut, addAddress, updateAddress, deleteAddress }
}
