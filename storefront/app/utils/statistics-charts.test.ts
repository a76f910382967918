import { describe, expect, it } from "vitest"
import { formatVnd } from "./format-vnd"
import { monthlySalesBars, provinceSalesBars, sellerBars } from "./statistics-charts"

const text = { fewer: "<5", unknown: "Không rõ tỉnh", number: (n: number) => String(n), money: formatVnd }

describe("statistics charts", () => {
  it("says '<5' where every cell is suppressed, and a lower bound where some are", () => {
    const bars = sellerBars(
      [
        { province: "Tỉnh Thanh Hóa", seller_type: "household", sellers: null },
        { province: "Thành phố Hải Phòng", seller_type: "household", sellers: 7 },
        { province: "Thành phố Hải Phòng", seller_type: "cooperative", sellers: null },
        { province: null, seller_type: "enterprise", sellers: 5 },
      ],
      text
    )
    expect(bars.map((b) => [b.label, b.parts, b.text, b.suppressed])).toEqual([
      ["Tỉnh Thanh Hóa", [0, 0, 0], "<5", true],
      ["Thành phố Hải Phòng", [7, 0, 0], "≥ 7", true],
      ["Không rõ tỉnh", [0, 0, 5], "5", false],
    ])
  })

  it("sums a province's sales over the months of one side", () => {
    const rows = [
      { month: "2026-10", side: "destination" as const, province: "Thành phố Hà Nội", orders: 6, sales_vnd: 390000 },
      { month: "2026-11", side: "destination" as const, province: "Thành phố Hà Nội", orders: 5, sales_vnd: 225000 },
      { month: "2026-11", side: "origin" as const, province: "Thành phố Hải Phòng", orders: null, sales_vnd: null },
    ]
    expect(provinceSalesBars(rows, "destination", text)).toEqual([{ label: "Thành phố Hà Nội", parts: [615000], text: formatVnd(615000), suppressed: false }])
    expect(provinceSalesBars(rows, "origin", text)[0]).toMatchObject({ text: "<5", suppressed: true })
  })

  it("draws a month's sales from the side published whole, though the other side is suppressed", () => {
    const rows = [
      { month: "2026-11", side: "destination" as const, province: "Thành phố Hà Nội", orders: 6, sales_vnd: 390000 },
      { month: "2026-11", side: "origin" as const, province: "Thành phố Hải Phòng", orders: null, sales_vnd: null },
      { month: "2026-11", side: "origin" as const, province: "Tỉnh Thái Nguyên", orders: null, sales_vnd: null },
      { month: "2026-10", side: "destination" as const, province: "Thành phố Hà Nội", orders: null, sales_vnd: null },
      { month: "2026-10", side: "destination" as const, province: "Thành phố Hồ Chí Minh", orders: 9, sales_vnd: 500000 },
      { month: "2026-10", side: "origin" as const, province: "Thành phố Hải Phòng", orders: 8, sales_vnd: 600000 },
      { month: "2026-10", side: "origin" as const, province: "Tỉnh Thái Nguyên", orders: null, sales_vnd: null },
    ]
    expect(monthlySalesBars(rows, ["2026-09", "2026-10", "2026-11"], text).map((b) => [b.label, b.parts, b.text, b.suppressed])).toEqual([
      ["2026-09", [0], formatVnd(0), false],
      ["2026-10", [600000], `≥ ${formatVnd(600000)}`, true],
      ["2026-11", [390000], formatVnd(390000), false],
    ])
  })
})
