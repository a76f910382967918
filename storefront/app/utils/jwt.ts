export type SellerTokenClaims = { actor_id?: string; actor_type?: string; exp?: number }

/** The claims of a Medusa auth token, read (not verified: Medusa verifies) to know who and until when. */
export function readTokenClaims(token: string | null | undefined): SellerTokenClaims | null {
  const payload = token?.split(".")[1]
  if (!payload) return null
  try {
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(payload.length / 4) * 4, "="))
    return JSON.parse(json) as SellerTokenClaims
  } catch {
    return null
  }
}

/** A token past its expiry (with a minute's margin) is as good as none. */
export function tokenExpired(claims: SellerTokenClaims | null, now = Date.now()): boolean {
  return !claims || (typeof claims.exp === "number" && claims.exp * 1000 < now + 60_000)
}
