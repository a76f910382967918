import { describe, expect, it } from "vitest"
import { detailsPayload, emptyDetails, newWindow } from "./product-draft"

describe("product details", () => {
  it("starts with the seller's own province and commune as the origin", () => {
    expect(emptyDetails({ province: "Thành phố Hải Phòng", commune: "Xã Thanh Hà" })).toMatchObject({
      origin_province: "Thành phố Hải Phòng",
      origin_commune: "Xã Thanh Hà",
    })
  })
  it("turns typed harvest days into the API's month-day windows, dropping empty rows", () => {
    const { payload, errors } = detailsPayload({
      ...emptyDetails(),
      harvest_windows: [{ label: "Vụ sớm", from: "20/5", to: "15/6" }, { label: " ", from: "10/6", to: "20/7" }, newWindow()],
      preorder_enabled: true,
      preorder_cap: 500,
    })
    expect(errors).toEqual({})
    expect(payload.harvest_windows).toEqual([
      { label: "Vụ sớm", from: "05-20", to: "06-15" },
      { label: "Vụ chính", from: "06-10", to: "07-20" },
    ])
    expect(payload.preorder).toEqual({ enabled: true, cap: 500 })
  })
  it("says which harvest day is wrong or missing", () => {
    expect(detailsPayload({ ...emptyDetails(), harvest_windows: [{ label: "Vụ chính", from: "32/6", to: "20/7" }] }).errors).toEqual({
      "harvest_windows.0.from": "seller.product.harvestInvalid",
    })
    expect(detailsPayload({ ...emptyDetails(), harvest_windows: [{ label: "Vụ chính", from: "1/6", to: "" }] }).errors).toEqual({
      "harvest_windows.0.to": "seller.product.harvestBoth",
    })
  })
  it("needs a window and a cap for pre-orders", () => {
    expect(detailsPayload({ ...emptyDetails(), preorder_enabled: true }).errors).toEqual({
      harvest_windows: "seller.product.preorderNeedsWindow",
      "preorder.cap": "seller.product.preorderCapNeeded",
    })
  })
  it("sends empty text as null and no windows as sold all year", () => {
    expect(detailsPayload(emptyDetails()).payload).toMatchObject({ subtitle: null, category_id: null, harvest_windows: [], preorder: { enabled: false, cap: null } })
  })
})
