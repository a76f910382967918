import { expect, it } from "vitest"
import { toHandle } from "./handle"

it("folds Vietnamese names into URL slugs", () => {
  expect(toHandle("Hộ ông Nguyễn Văn Hải")).toBe("ho-ong-nguyen-van-hai")
  expect(toHandle("HTX Đồng Tâm — Đức Hòa!")).toBe("htx-dong-tam-duc-hoa")
})
