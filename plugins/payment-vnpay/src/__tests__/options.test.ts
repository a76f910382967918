import { describe, expect, it } from "vitest"
import { SANDBOX_PAY_URL, SIMULATOR_TMN_CODE, vnpayOptionsFromEnv } from "../options"

const urls = { backendUrl: "http://localhost:9000", storefrontUrl: "http://localhost:3000" }

describe("VNPay options from the environment", () => {
  it("uses the development simulator when no merchant account is configured", () => {
    const options = vnpayOptionsFromEnv({}, urls)!
    expect(options).toMatchObject({ simulator: true, tmnCode: SIMULATOR_TMN_CODE, payUrl: "http://localhost:9000/vnpay-simulator/pay" })
    expect(options.returnUrl).toBe("http://localhost:3000/thanh-toan/vnpay")
  })

  it("uses VNPay's sandbox with a configured merchant account", () => {
    const options = vnpayOptionsFromEnv({ VNPAY_TMN_CODE: "ABCD1234", VNPAY_HASH_SECRET: "s3cret" }, urls)!
    expect(options).toMatchObject({ simulator: false, tmnCode: "ABCD1234", hashSecret: "s3cret", payUrl: SANDBOX_PAY_URL })
  })

  it("never runs the simulator in production", () => {
    expect(() => vnpayOptionsFromEnv({ NODE_ENV: "production", VNPAY_SIMULATOR: "true" }, urls)).toThrow(/development tool/)
    expect(vnpayOptionsFromEnv({ NODE_ENV: "production" }, urls)).toBeNull()
    expect(vnpayOptionsFromEnv({ NODE_ENV: "production", VNPAY_TMN_CODE: "ABCD1234", VNPAY_HASH_SECRET: "x" }, urls)?.simulator).toBe(false)
  })

  it("refuses a merchant code without its secret, and can be switched off", () => {
    expect(() => vnpayOptionsFromEnv({ VNPAY_TMN_CODE: "ABCD1234" }, urls)).toThrow(/VNPAY_HASH_SECRET/)
    expect(vnpayOptionsFromEnv({ VNPAY_SIMULATOR: "false" }, urls)).toBeNull()
  })
})
