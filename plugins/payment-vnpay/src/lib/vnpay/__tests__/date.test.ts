import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { formatVnpDate, parseVnpDate } from "../date.ts"

const INSTANT = "2024-05-21T17:17:31.249Z"

describe("formatVnpDate", () => {
  it("writes the instant in GMT+7 as yyyyMMddHHmmss", () => {
    expect(formatVnpDate(new Date(INSTANT))).toBe("20240522001731")
    expect(formatVnpDate(new Date("2024-12-31T16:59:59Z"))).toBe("20241231235959")
    expect(formatVnpDate(new Date("2024-12-31T17:00:00Z"))).toBe("20250101000000")
  })

  it("refuses an invalid date", () => {
    expect(() => formatVnpDate(new Date("not a date"))).toThrow("Invalid date")
  })

  it("gives the same string whatever the process time zone", () => {
    const dateModule = fileURLToPath(new URL("../date.ts", import.meta.url))
    const script = `import { formatVnpDate } from ${JSON.stringify(dateModule)}
console.log(new Date(${JSON.stringify(INSTANT)}).getHours(), formatVnpDate(new Date(${JSON.stringify(INSTANT)})))`
    const run = (TZ: string) =>
      execFileSync(process.execPath, ["--disable-warning=MODULE_TYPELESS_PACKAGE_JSON", "--input-type=module", "-e", script], {
        env: { ...process.env, TZ },
        encoding: "utf8",
      }).trim()
    // The local hour differs (so TZ really took effect), the VNPay date does not.
    expect(run("UTC")).toBe("17 20240522001731")
    expect(run("America/New_York")).toBe("13 20240522001731")
    expect(run("Asia/Ho_Chi_Minh")).toBe("0 20240522001731")
  })
})

describe("parseVnpDate", () => {
  it("reads yyyyMMddHHmmss as GMT+7", () => {
    expect(parseVnpDate("20240522001731")?.toISOString()).toBe("2024-05-21T17:17:31.000Z")
  })

  it("answers null for what is not a VNPay date", () => {
    for (const text of [undefined, "", "2024052200173", "20241332000000", "20240230120000", 20240522001731]) expect(parseVnpDate(text)).toBeNull()
  })
})
