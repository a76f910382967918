import { describe, expect, it } from "vitest"
import { readTokenClaims, tokenExpired } from "./jwt"

const token = (claims: object) => `x.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.sig`

describe("seller tokens", () => {
  it("reads who the token is for and until when", () => {
    const claims = readTokenClaims(token({ actor_id: "selm_1", actor_type: "seller", exp: 2_000_000_000 }))
    expect(claims).toMatchObject({ actor_id: "selm_1", exp: 2_000_000_000 })
    expect(tokenExpired(claims, 1_900_000_000_000)).toBe(false)
    expect(tokenExpired(claims, 2_000_000_000_000)).toBe(true)
  })
  it("treats garbage as no token", () => {
    expect(readTokenClaims("nope")).toBeNull()
    expect(tokenExpired(readTokenClaims(undefined))).toBe(true)
  })
})
