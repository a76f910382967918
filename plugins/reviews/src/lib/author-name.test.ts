import { describe, expect, it } from "vitest"
import { reviewAuthorName } from "./author-name"

describe("reviewAuthorName", () => {
  it("keeps the family and middle names and cuts the given name to its initial", () => {
    expect(reviewAuthorName({ last_name: "Trần", first_name: "Thị Lan" })).toBe("Trần Thị L.")
    expect(reviewAuthorName({ last_name: "Nguyễn", first_name: "Văn Ánh" })).toBe("Nguyễn Văn Á.")
  })
  it("leaves a one-word name whole, and names nobody 'Khách hàng'", () => {
    expect(reviewAuthorName({ first_name: "Minh" })).toBe("Minh")
    expect(reviewAuthorName({ first_name: " ", last_name: null })).toBe("Khách hàng")
    expect(reviewAuthorName(undefined)).toBe("Khách hàng")
  })
})
