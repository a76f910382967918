import { MARKET_MODULE, type MarketModuleService } from "../../modules/market"
import { stallDay } from "./stall-day"
import { staticStallPayload } from "./stall-qr"

type Scope = { resolve: <T = unknown>(key: string) => T }

/** A stall as its vendor sees it: market, account, static QR payload and the day's total. */
export async function stallView(scope: Scope, stallId: string, day: string) {
  const stall = await scope.resolve<MarketModuleService>(MARKET_MODULE).retrieveStall(stallId, { relations: ["market"] })
  const books = await stallDay(scope, stallId, day)
  const { market } = stall
  return {
    id: stall.id,
    number: stall.number,
    name: stall.name,
    goods: stall.goods,
    bank_bin: stall.bank_bin,
    bank_name: stall.bank_name,
    account_number: stall.account_number,
    account_holder: stall.account_holder,
    market: { id: market.id, name: market.name, commune: market.commune, province: market.province, opening_hours: market.opening_hours },
    /** Whether a sale can be shown as VNPAY-QR (the market has a VNPay merchant). */
    vnpay_qr: Boolean(market.vnpay_tmn_code && market.vnpay_hash_secret_sealed),
    qr_payload: staticStallPayload(stall),
    today: { day, total: books.total, payment_count: books.payment_count, closed: Boolean(books.closed) },
  }
}
