import { describe, expect, it } from "vitest"
import { safeNextPath } from "./next-path"

describe("safeNextPath", () => {
  it("keeps a path on this site", () => expect(safeNextPath("/tai-khoan/don-hang?x=1", "/")).toBe("/tai-khoan/don-hang?x=1"))
  it("refuses other sites and anything not a path", () => {
    expect(safeNextPath("//evil.example/x", "/tai-khoan")).toBe("/tai-khoan")
    expect(safeNextPath("https://evil.example", "/tai-khoan")).toBe("/tai-khoan")
    expect(safeNextPath(["/a"], "/tai-khoan")).toBe("/tai-khoan")
  })
})
