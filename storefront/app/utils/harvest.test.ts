import { describe, expect, it } from "vitest"
import { harvestNotice, shortDayMonth } from "./harvest"

describe("harvestNotice", () => {
  it("announces a pre-order with its ship date", () => {
    expect(harvestNotice({ state: "preorder", ships_from: "2027-06-10", next_season_from: "2027-06-10" })).toEqual({ key: "harvest.preorder", date: "10/6" })
  })

  it("says out of season with the next season's start, not out of stock", () => {
    expect(harvestNotice({ state: "out_of_season", ships_from: null, next_season_from: "2027-05-20" })).toEqual({ key: "harvest.outOfSeason", date: "20/5" })
  })

  it("says nothing in season, all year, or without data", () => {
    expect(harvestNotice({ state: "in_season", ships_from: null, next_season_from: null })).toBeNull()
    expect(harvestNotice({ state: "year_round", ships_from: null, next_season_from: null })).toBeNull()
    expect(harvestNotice(undefined)).toBeNull()
  })
})

describe("shortDayMonth", () => {
  it("drops leading zeros and the year", () => {
    expect(shortDayMonth("2027-01-05")).toBe("5/1")
    expect(shortDayMonth("nope")).toBe("")
  })
})
