import { describe, expect, it } from "vitest"
import { harvestRefusal } from "./harvest-refusal"
import { dayMonth, inWindow, nextWindowStart, seasonAt, sellsAhead, vietnamDay } from "./harvest-season"

const lychee = [
  { label: "Vụ sớm", from: "05-20", to: "06-15" },
  { label: "Vụ chính", from: "06-10", to: "07-20" },
]
const off = { enabled: false, cap: null }
const open = { enabled: true, cap: 100 }

describe("vietnamDay", () => {
  it("is the day in Việt Nam, not in UTC or the process time zone", () => {
    // 23:30 UTC on 19 May is 06:30 on 20 May in Việt Nam.
    expect(vietnamDay(new Date("2026-05-19T23:30:00Z"))).toBe("2026-05-20")
    expect(vietnamDay(new Date("2026-05-19T16:59:59Z"))).toBe("2026-05-19")
    expect(vietnamDay(new Date("2026-05-19T17:00:00Z"))).toBe("2026-05-20")
    expect(vietnamDay(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01")
  })
})

describe("inWindow", () => {
  it("includes both ends", () => {
    expect(inWindow("05-20", { from: "05-20", to: "06-15" })).toBe(true)
    expect(inWindow("06-15", { from: "05-20", to: "06-15" })).toBe(true)
    expect(inWindow("06-16", { from: "05-20", to: "06-15" })).toBe(false)
    expect(inWindow("05-19", { from: "05-20", to: "06-15" })).toBe(false)
  })

  it("wraps the new year", () => {
    const winter = { from: "11-15", to: "02-10" }
    for (const d of ["11-15", "12-31", "01-01", "02-10"]) expect(inWindow(d, winter)).toBe(true)
    for (const d of ["11-14", "02-11", "07-01"]) expect(inWindow(d, winter)).toBe(false)
  })
})

describe("nextWindowStart", () => {
  it("is the nearest start after the day, this year or next", () => {
    expect(nextWindowStart(lychee, "2026-03-01")).toBe("2026-05-20")
    expect(nextWindowStart(lychee, "2026-07-21")).toBe("2027-05-20")
    expect(nextWindowStart([{ from: "11-15" }, { from: "03-01" }], "2026-10-01")).toBe("2026-11-15")
    expect(nextWindowStart([], "2026-10-01")).toBeNull()
  })
})

describe("seasonAt", () => {
  it("is year-round without windows", () => {
    expect(seasonAt({ windows: [], preorder: open }, {}, new Date("2026-11-01T00:00:00Z"))).toEqual({
      state: "year_round",
      ships_from: null,
      next_season_from: null,
      preorder_remaining: null,
    })
  })

  it("is in season inside any of several windows", () => {
    for (const at of ["2026-05-25T12:00:00+07:00", "2026-06-12T12:00:00+07:00", "2026-07-20T23:59:00+07:00"]) {
      expect(seasonAt({ windows: lychee, preorder: open }, {}, new Date(at)).state, at).toBe("in_season")
    }
  })

  it("opens pre-orders shipping from the next window's first day", () => {
    expect(seasonAt({ windows: lychee, preorder: open }, { "2027-05-20": 30 }, new Date("2026-11-20T10:00:00+07:00"))).toEqual({
      state: "preorder",
      ships_from: "2027-05-20",
      next_season_from: "2027-05-20",
      preorder_remaining: 70,
    })
  })

  it("reads the GMT+7 day at the boundary: 23:30 UTC on 19 May is already in season", () => {
    const plan = { windows: lychee, preorder: open }
    expect(seasonAt(plan, {}, new Date("2026-05-19T16:30:00Z"))).toMatchObject({ state: "preorder", ships_from: "2026-05-20" })
    expect(seasonAt(plan, {}, new Date("2026-05-19T23:30:00Z")).state).toBe("in_season")
    // 20 July is the last day; 21 July in Việt Nam starts at 17:00 UTC on 20 July.
    expect(seasonAt(plan, {}, new Date("2026-07-20T16:59:00Z")).state).toBe("in_season")
    expect(seasonAt(plan, {}, new Date("2026-07-20T17:00:00Z"))).toMatchObject({ state: "preorder", ships_from: "2027-05-20" })
  })

  it("is out of season without pre-orders, naming the next season", () => {
    expect(seasonAt({ windows: lychee, preorder: off }, {}, new Date("2026-09-01T12:00:00+07:00"))).toEqual({
      state: "out_of_season",
      ships_from: null,
      next_season_from: "2027-05-20",
      preorder_remaining: null,
    })
  })

  it("is out of season once the season's cap is reached, and counts each season apart", () => {
    const at = new Date("2026-09-01T12:00:00+07:00")
    expect(seasonAt({ windows: lychee, preorder: open }, { "2027-05-20": 100 }, at)).toMatchObject({
      state: "out_of_season",
      next_season_from: "2027-05-20",
      preorder_remaining: 0,
    })
    // Last year's pre-orders do not count against this season.
    expect(seasonAt({ windows: lychee, preorder: open }, { "2026-05-20": 100 }, at)).toMatchObject({ state: "preorder", preorder_remaining: 100 })
  })

  it("handles a window across the new year", () => {
    const winter = { windows: [{ label: "Vụ đông", from: "11-15", to: "02-10" }], preorder: open }
    expect(seasonAt(winter, {}, new Date("2027-01-05T08:00:00+07:00")).state).toBe("in_season")
    expect(seasonAt(winter, {}, new Date("2027-02-11T08:00:00+07:00"))).toMatchObject({ state: "preorder", ships_from: "2027-11-15" })
    expect(seasonAt(winter, {}, new Date("2026-11-14T08:00:00+07:00"))).toMatchObject({ state: "preorder", ships_from: "2026-11-15" })
  })
})

describe("sellsAhead", () => {
  it("is true only outside the windows with pre-orders on", () => {
    const november = new Date("2026-11-20T10:00:00+07:00")
    expect(sellsAhead({ windows: lychee, preorder: open }, november)).toBe(true)
    expect(sellsAhead({ windows: lychee, preorder: off }, november)).toBe(false)
    expect(sellsAhead({ windows: lychee, preorder: open }, new Date("2026-06-01T10:00:00+07:00"))).toBe(false)
    expect(sellsAhead({ windows: [], preorder: open }, november)).toBe(false)
  })
})

describe("dayMonth", () => {
  it("writes a day the Vietnamese way", () => {
    expect(dayMonth("2027-06-10")).toBe("10/6")
    expect(dayMonth("2027-05-20")).toBe("20/5")
  })
})

describe("harvestRefusal", () => {
  const at = new Date("2026-11-20T10:00:00+07:00")
  it("refuses out of season with the next season's first day, Vietnamese first", () => {
    const season = seasonAt({ windows: lychee, preorder: off }, {}, at)
    expect(harvestRefusal("Vải thiều", season, 1)).toBe(
      "Sản phẩm «Vải thiều» đang hết mùa — mùa sau từ 20/5 / «Vải thiều» is out of season — next season from 20/5"
    )
  })

  it("refuses pre-orders beyond what the cap leaves, and none once it is reached", () => {
    const open3 = seasonAt({ windows: lychee, preorder: open }, { "2027-05-20": 97 }, at)
    expect(harvestRefusal("Vải thiều", open3, 3)).toBeNull()
    expect(harvestRefusal("Vải thiều", open3, 4)).toMatch(/^Sản phẩm «Vải thiều» chỉ còn nhận đặt trước 3 — giao từ 20\/5 \/ Only 3/)
    const full = seasonAt({ windows: lychee, preorder: open }, { "2027-05-20": 100 }, at)
    expect(harvestRefusal("Vải thiều", full, 1)).toMatch(/đã nhận đủ đặt trước mùa này — mùa sau từ 20\/5 \//)
  })

  it("lets stock decide in season and all year", () => {
    expect(harvestRefusal("Vải", seasonAt({ windows: lychee, preorder: off }, {}, new Date("2026-06-01T10:00:00+07:00")), 999)).toBeNull()
    expect(harvestRefusal("Chè", seasonAt({ windows: [], preorder: off }, {}, at), 999)).toBeNull()
  })
})
