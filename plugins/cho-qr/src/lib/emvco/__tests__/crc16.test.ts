import { describe, expect, it } from "vitest"
import { appendCrc, crc16CcittFalse, crc16Hex } from "../crc16.ts"
import { DESIGN_EXAMPLE, MOMO_SANDBOX_VIETQR, VIETQR_IO_SAMPLE, VNPAY_QR_CELLPHONES } from "./fixtures.ts"

describe("CRC-16/CCITT-FALSE", () => {
  it("gives the catalogue check value for 123456789", () => {
    expect(crc16CcittFalse("123456789")).toBe(0x29b1)
  })

  it("starts from 0xFFFF: the empty string checks to FFFF", () => {
    expect(crc16Hex("")).toBe("FFFF")
  })

  it("writes four upper-case hex digits, zero-padded", () => {
    // "J" happens to check to 0x087E.
    expect(crc16Hex("J")).toBe("087E")
  })

  it("reproduces the CRC of payloads from other encoders, computed over everything up to and including 6304", () => {
    for (const payload of [DESIGN_EXAMPLE, VIETQR_IO_SAMPLE, VNPAY_QR_CELLPHONES, MOMO_SANDBOX_VIETQR]) {
      expect(crc16Hex(payload.slice(0, -4))).toBe(payload.slice(-4))
      expect(appendCrc(payload.slice(0, -8))).toBe(payload)
    }
  })
})
