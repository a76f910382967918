/** The cookie holding a signed-in buyer's Medusa token (see useMedusa). */
export const CUSTOMER_TOKEN_COOKIE = "nongsan_customer"

/** Medusa's customer tokens last a day by default; the cookie does not outlive a week. */
export const CUSTOMER_TOKEN_MAX_AGE = 60 * 60 * 24 * 7
