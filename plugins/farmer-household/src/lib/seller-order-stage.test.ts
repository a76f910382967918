import { describe, expect, it } from "vitest"
import { sellerOrderStage } from "./seller-order-stage"

describe("sellerOrderStage", () => {
  it("follows the order through its life", () => {
    expect(sellerOrderStage({ status: "pending" })).toBe("new")
    expect(sellerOrderStage({ status: "pending", metadata: { accepted_at: "2026-06-10" } })).toBe("accepted")
    expect(sellerOrderStage({ status: "pending", fulfillments: [{}] })).toBe("packed")
    expect(sellerOrderStage({ status: "pending", fulfillments: [{ shipped_at: "x" }] })).toBe("shipped")
    expect(sellerOrderStage({ status: "completed", fulfillments: [{ shipped_at: "x", delivered_at: "y" }] })).toBe("delivered")
    expect(sellerOrderStage({ status: "canceled", fulfillments: [{ shipped_at: "x" }] })).toBe("cancelled")
  })

  it("ignores cancelled fulfillments", () => {
    expect(sellerOrderStage({ status: "pending", metadata: { accepted_at: "x" }, fulfillments: [{ canceled_at: "x" }] })).toBe("accepted")
  })
})
