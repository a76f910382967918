import type { Seller } from "~/types/seller"

export type ChecklistItem = { key: "profile" | "bank" | "product"; done: boolean; to: string }

/** Whether the profile has what a buyer and the operator need to trust the shop. */
export function profileComplete(s: Seller): boolean {
  return Boolean(s.representative_name && s.phone && s.province && s.commune && s.address_line && s.national_id_masked)
}

export function bankComplete(s: Seller): boolean {
  return Boolean(s.bank_bin && s.bank_account_number && s.bank_account_holder)
}

/** The three things a new seller does first, each with the page that does it. */
export function onboardingChecklist(s: Seller, productCount: number): ChecklistItem[] {
  return [
    { key: "profile", done: profileComplete(s), to: "/kenh-nguoi-ban/ho-so" },
    { key: "bank", done: bankComplete(s), to: "/kenh-nguoi-ban/ho-so#ngan-hang" },
    { key: "product", done: productCount > 0, to: productCount > 0 ? "/kenh-nguoi-ban/san-pham" : "/kenh-nguoi-ban/san-pham/moi" },
  ]
}
