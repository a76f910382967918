type StoredMarket = { vnpay_hash_secret_sealed?: string | null; vnpay_tmn_code?: string | null }

/**
 * A market as the operator's API shows it: the sealed VNPay secret stays in the database; the
 * answer only says whether VNPAY-QR is set up (and with which terminal code).
 */
export function marketView<T extends StoredMarket>(market: T) {
  const { vnpay_hash_secret_sealed, ...rest } = market
  return { ...rest, vnpay_configured: Boolean(market.vnpay_tmn_code && vnpay_hash_secret_sealed) }
}
