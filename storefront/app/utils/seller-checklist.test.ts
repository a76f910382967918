import { describe, expect, it } from "vitest"
import type { Seller } from "~/types/seller"
import { onboardingChecklist } from "./seller-checklist"

const fresh = {
  representative_name: "Trần Thị Lan",
  phone: "+84987111222",
  province: "Thành phố Hải Phòng",
  commune: "Xã Thanh Hà",
  address_line: null,
  national_id_masked: null,
  bank_bin: null,
  bank_account_number: null,
  bank_account_holder: null,
} as unknown as Seller

describe("onboarding checklist", () => {
  it("starts with everything to do, each step linked to where it is done", () => {
    expect(onboardingChecklist(fresh, 0)).toEqual([
      { key: "profile", done: false, to: "/kenh-nguoi-ban/ho-so" },
      { key: "bank", done: false, to: "/kenh-nguoi-ban/ho-so#ngan-hang" },
      { key: "product", done: false, to: "/kenh-nguoi-ban/san-pham/moi" },
    ])
  })
  it("ticks steps off as the profile, the bank account and a product arrive", () => {
    const done = { ...fresh, address_line: "Thôn Hà Tây", national_id_masked: "********7890", bank_bin: "970405", bank_account_number: "123456", bank_account_holder: "TRAN THI LAN" }
    expect(onboardingChecklist(done, 1).every((i) => i.done)).toBe(true)
  })
})
