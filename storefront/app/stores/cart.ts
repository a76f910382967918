import { defineStore } from "pinia"
import type { HttpTypes } from "@medusajs/types"
import { groupLinesByFarm, type CartFarm, type CartLine } from "~/utils/cart-farms"

/**
 * The buyer's cart as the shop shows it. The state is filled on the server from the cart cookie
 * and handed to the browser with the page, so both render the same cart; changes go through
 * useCart(), which talks to Medusa.
 */
export const useCartStore = defineStore("cart", {
  state: () => ({
    cart: null as HttpTypes.StoreCart | null,
    /** The cart's farms with their delivery choices, loaded by the pages that show them. */
    farms: null as CartFarm[] | null,
  }),
  getters: {
    lines: (s): CartLine[] => (s.cart?.items ?? []) as CartLine[],
    /** How many units are in the cart (the header's badge). */
    count(): number {
      return this.lines.reduce((n, line) => n + line.quantity, 0)
    },
    groups(): ReturnType<typeof groupLinesByFarm> {
      return groupLinesByFarm(this.lines, this.farms ?? [])
    },
  },
})
