import { defineStore } from "pinia"
import type { Seller } from "~/types/seller"
import { readTokenClaims, tokenExpired } from "~/utils/jwt"

const TOKEN_KEY = "nongsan.seller.token"

/**
 * The seller's session in this browser: the bearer token from Medusa's seller auth and the
 * profile it belongs to. The token lives in localStorage, not in a cookie: the dashboard renders
 * in the browser only (nuxt.config.ts routeRules), so no server needs it, and a cookie would
 * travel with every request to the shop for nothing. It survives closing the tab (farmers come
 * back on the same phone) until it expires (Medusa's JWT lifetime, checked before each use).
 */
export const useSellerStore = defineStore("seller", {
  state: () => ({
    token: null as string | null,
    seller: null as Seller | null,
    memberId: null as string | null,
    restored: false,
  }),
  getters: {
    loggedIn: (s) => Boolean(s.token) && !tokenExpired(readTokenClaims(s.token)),
  },
  actions: {
    /** Reads the token saved by an earlier visit (browser only; once). */
    restore() {
      if (this.restored || import.meta.server) return
      this.restored = true
      try {
        const saved = localStorage.getItem(TOKEN_KEY)
        if (saved && !tokenExpired(readTokenClaims(saved))) this.token = saved
        else if (saved) localStorage.removeItem(TOKEN_KEY)
      } catch {
        // Storage blocked (private mode on some phones): the session lasts as long as the tab.
      }
    },
    setToken(token: string) {
      this.token = token
      this.seller = null
      this.memberId = null
      try {
        localStorage.setItem(TOKEN_KEY, token)
      } catch {
        // See restore().
      }
    },
    setMe(seller: Seller, memberId?: string | null) {
      this.seller = seller
      if (memberId !== undefined) this.memberId = memberId
    },
    logout() {
      this.token = null
      this.seller = null
      this.memberId = null
      try {
        localStorage.removeItem(TOKEN_KEY)
      } catch {
        // See restore().
      }
    },
  },
})
