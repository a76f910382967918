import { describe, expect, it } from "vitest"
import { formatVnd } from "./format-vnd"
import { provinceSalesBars, sellerBars } from "./statistics-charts"

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
})
