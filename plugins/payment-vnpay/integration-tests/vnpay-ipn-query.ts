// A signed IPN query as VNPay sends it, apart from the vitest helpers so that the bench (plain
// node, outside vitest) sends the same IPNs as the tests.
import { signParams, type VnpParams } from "../src/lib/vnpay/index.ts"

/** The secret the test Medusa signs with (its VNPay simulator is on, as in development). */
export const SECRET = "test_secret"

/** The IPN VNPay would send for a pay URL: its reference and amount, the given result, signed. */
export function ipnFor(payUrl: URL, overrides: VnpParams = {}, secret = SECRET) {
  const params: VnpParams = {
    vnp_Amount: payUrl.searchParams.get("vnp_Amount")!,
    vnp_BankCode: "NCB",
    vnp_BankTranNo: "VNP14422574",
    vnp_CardType: "ATM",
    vnp_OrderInfo: payUrl.searchParams.get("vnp_OrderInfo")!,
    vnp_PayDate: "20261124091806",
    vnp_ResponseCode: "00",
    vnp_TmnCode: payUrl.searchParams.get("vnp_TmnCode")!,
    vnp_TransactionNo: "14422574",
    vnp_TransactionStatus: "00",
    vnp_TxnRef: payUrl.searchParams.get("vnp_TxnRef")!,
    ...overrides,
  }
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined) as [string, string][])
  query.set("vnp_SecureHash", signParams(params, secret))
  return query.toString()
}
