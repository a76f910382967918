import { describe, expect, it } from "vitest"
import { offeredMethods } from "./payment-methods"

describe("payment methods offered at checkout", () => {
  it("follow the region's providers, cash on delivery first", () => {
    expect(offeredMethods(["pp_vietqr_vietqr", "pp_system_default", "pp_vnpay_vnpay"])).toEqual(["cod", "vnpay", "transfer"])
    expect(offeredMethods(["pp_system_default"])).toEqual(["cod"])
    expect(offeredMethods(["pp_stripe_stripe"])).toEqual([])
  })
})
