/**
 * The ways to pay at checkout and the Medusa payment provider behind each: cash on delivery is
 * Medusa's system provider; VNPay and VietQR bank transfer are the backend's own providers, offered
 * only when the region enables them (they are off in production until configured).
 */
export const PAYMENT_PROVIDERS = {
  cod: "pp_system_default",
  vnpay: "pp_vnpay_vnpay",
  transfer: "pp_vietqr_vietqr",
} as const

export type PaymentMethod = keyof typeof PAYMENT_PROVIDERS

/** The methods a region's providers allow, cash on delivery first: many buyers want it. */
export function offeredMethods(providerIds: string[]): PaymentMethod[] {
  return (Object.keys(PAYMENT_PROVIDERS) as PaymentMethod[]).filter((m) => providerIds.includes(PAYMENT_PROVIDERS[m]))
}
