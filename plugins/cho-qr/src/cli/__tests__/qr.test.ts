import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const repoRoot = fileURLToPath(new URL("../../../../../", import.meta.url))

/** The CLI exactly as a developer runs it: the root `qr` script. */
function qr(...args: string[]) {
  const result = spawnSync("npm", ["run", "-s", "qr", "--", ...args], { cwd: repoRoot, encoding: "utf8" })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe("npm run qr", () => {
  it("prints a VietQR payload on one line", () => {
    const { status, stdout, stderr } = qr("vietqr", "--bin", "970416", "--account", "257678859")
    expect(stderr).toBe("")
    expect(status).toBe(0)
    expect(stdout).toBe("00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F\n")
  })

  it("decodes a payload to JSON", () => {
    const { status, stdout } = qr(
      "decode",
      "00020101021238560010A0000007270126000697041501121133666688880208QRIBFTTA53037045405790005802VN62220818Ung Ho Quy Vac Xin63043ACF",
    )
    expect(status).toBe(0)
    expect(JSON.parse(stdout).vietqr).toEqual({
      bin: "970415",
      account: "113366668888",
      serviceCode: "QRIBFTTA",
      service: "account",
      amountVnd: 79000,
      purpose: "Ung Ho Quy Vac Xin",
    })
  })

  it("refuses bad input with a message on stderr and a non-zero exit", () => {
    const { status, stdout, stderr } = qr("vietqr", "--bin", "970416", "--account", "257678859", "--amount", "79000.5")
    expect(status).toBe(1)
    expect(stdout).toBe("")
    expect(stderr).toContain("amount_invalid: Số tiền phải là số nguyên dương / Amount must be a positive integer")
  })

  it("refuses a payload whose CRC does not match", () => {
    const { status, stderr } = qr("decode", "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9E")
    expect(status).toBe(1)
    expect(stderr).toContain("crc_mismatch")
  })
})
