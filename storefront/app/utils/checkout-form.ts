import { isUnknownCommune } from "./commune"
import { displayPhone, looksLikeEmail, normalizeVietnamesePhone } from "./phone"

/** What a guest types at checkout. Delivery goes to a commune/ward of one of the 34 provinces. */
export type CheckoutForm = {
  fullName: string
  phone: string
  email: string
  province: string
  commune: string
  street: string
}

export type CheckoutField = keyof CheckoutForm

/**
 * Field → i18n key of what is wrong with it (checkout.validation.*); empty when all is well.
 * `communes` is the chosen province's list; while it is still loading (empty) any name passes.
 */
export function validateCheckout(form: CheckoutForm, provinces: readonly string[], communes: readonly string[]): Partial<Record<CheckoutField, string>> {
  const errors: Partial<Record<CheckoutField, string>> = {}
  if (form.fullName.trim().length < 2) errors.fullName = "checkout.validation.fullName"
  if (!normalizeVietnamesePhone(form.phone)) errors.phone = form.phone.trim() ? "checkout.validation.phone" : "checkout.validation.phoneRequired"
  if (!looksLikeEmail(form.email)) errors.email = form.email.trim() ? "checkout.validation.email" : "checkout.validation.emailRequired"
  if (!provinces.includes(form.province)) errors.province = "checkout.validation.province"
  if (!form.commune.trim()) errors.commune = "checkout.validation.commune"
  else if (isUnknownCommune(form.commune, communes)) errors.commune = "checkout.validation.communeUnknown"
  if (!form.street.trim()) errors.street = "checkout.validation.street"
  return errors
}

/**
 * A Vietnamese full name ("Trần Thị Lan") as Medusa's address fields: the family name comes
 * first and goes to last_name, the rest is first_name; sellers read it back as "last first".
 */
export function splitVietnameseName(fullName: string): { first_name: string; last_name: string } {
  const words = fullName.trim().split(/\s+/).filter(Boolean)
  if (words.length < 2) return { first_name: words[0] ?? "", last_name: "" }
  return { first_name: words.slice(1).join(" "), last_name: words[0]! }
}

/** The cart's shipping address (and billing: the same, as COD needs nothing else). */
export function checkoutAddress(form: CheckoutForm) {
  return {
    ...splitVietnameseName(form.fullName),
    phone: normalizeVietnamesePhone(form.phone) ?? form.phone.trim(),
    address_1: form.street.trim(),
    city: form.commune.trim(),
    province: form.province,
    country_code: "vn",
  }
}

type SavedAddress = { first_name?: string | null; last_name?: string | null; phone?: string | null; address_1?: string | null; city?: string | null; province?: string | null } | null | undefined

/** The form prefilled from what the cart already holds (a buyer who comes back to checkout). */
export function formFromCart(email: string | null | undefined, address: SavedAddress): CheckoutForm {
  return {
    fullName: [address?.last_name, address?.first_name].filter(Boolean).join(" "),
    phone: displayPhone(address?.phone),
    email: email ?? "",
    province: address?.province ?? "",
    commune: address?.city ?? "",
    street: address?.address_1 ?? "",
  }
}
