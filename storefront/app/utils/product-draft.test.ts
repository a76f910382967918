import { describe, expect, it } from "vitest"
import { detailsPayload, emptyDetails } from "./product-draft"

describe("product details", () => {
  it("starts with the seller's own province and commune as the origin", () => {
    expect(emptyDetails({ province: "Thành phố Hải Phòng", commune: "Xã Thanh Hà" })).toMatchObject({
      origin_province: "Thành phố Hải Phòng",
      origin_commune: "Xã Thanh Hà",
    })
  })
  it("turns typed harvest days into the API's month-day window", () => {
    const { payload, errors } = detailsPayload({ ...emptyDetails(), harvest_from: "1/6", harvest_to: "20/7" })
    expect(errors).toEqual({})
    expect(payload.harvest_window).toEqual({ from: "06-01", to: "07-20" })
  })
  it("says which harvest day is wrong or missing", () => {
    expect(detailsPayload({ ...emptyDetails(), harvest_from: "32/6", harvest_to: "20/7" }).errors).toEqual({ "harvest_window.from": "seller.product.harvestInvalid" })
    expect(detailsPayload({ ...emptyDetails(), harvest_from: "1/6" }).errors).toEqual({ "harvest_window.to": "seller.product.harvestBoth" })
  })
  it("sends empty text as null so a cleared field is cleared", () => {
    expect(detailsPayload(emptyDetails()).payload).toMatchObject({ subtitle: null, category_id: null, harvest_window: null })
  })
})
