import { defineStore } from "pinia"
import type { HttpTypes } from "@medusajs/types"

/**
 * The signed-in buyer as the shop shows them: the profile with the saved addresses. Filled on
 * the server from the session cookie (useCustomer().load) and handed to the browser with the
 * page; null for a guest.
 */
export const useCustomerStore = defineStore("customer", {
  state: () => ({
    customer: null as HttpTypes.StoreCustomer | null,
    /** Whether this page load already asked Medusa who is signed in. */
    loaded: false,
  }),
  getters: {
    signedIn: (s) => Boolean(s.customer),
    /** The address checkout starts from: the one marked default, else the first saved. */
    defaultAddress: (s) => s.customer?.addresses?.find((a) => a.is_default_shipping) ?? s.customer?.addresses?.[0] ?? null,
  },
})
