import { describe, expect, it } from "vitest"
import { bankTransferOptionsFromEnv } from "../options"

describe("bank transfer options from the environment", () => {
  it("offers a labelled demonstration account in development only", () => {
    expect(bankTransferOptionsFromEnv({})).toMatchObject({ demo: true, bankBin: "970415" })
    expect(bankTransferOptionsFromEnv({ NODE_ENV: "production" })).toBeNull()
  })

  it("needs the whole account and a strong secret when configured", () => {
    const env = { BANK_TRANSFER_BIN: "970436", BANK_TRANSFER_ACCOUNT: "0011004455667", BANK_TRANSFER_HOLDER: "HTX NONG SAN", BANK_WEBHOOK_SECRET: "x".repeat(40) }
    expect(bankTransferOptionsFromEnv(env)).toMatchObject({ demo: false, accountNumber: "0011004455667" })
    expect(() => bankTransferOptionsFromEnv({ ...env, BANK_WEBHOOK_SECRET: "" })).toThrow(/BANK_WEBHOOK_SECRET/)
    expect(() => bankTransferOptionsFromEnv({ ...env, BANK_TRANSFER_BIN: "9704" })).toThrow(/6-digit/)
    expect(() => bankTransferOptionsFromEnv({ ...env, NODE_ENV: "production", BANK_WEBHOOK_SECRET: "short" })).toThrow(/32 characters/)
  })
})
