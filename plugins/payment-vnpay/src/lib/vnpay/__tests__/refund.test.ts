import { createHmac } from "node:crypto"
import { describe, expect, it } from "vitest"
import { VnpayError } from "../errors.ts"
import { buildRefundRequest, verifyRefundResponse, type RefundInput } from "../refund.ts"

const SECRET = "test_secret"
const hmac = (data: string) => createHmac("sha512", SECRET).update(data).digest("hex")

const input: RefundInput = {
  tmnCode: "DEMOV210",
  secret: SECRET,
  requestId: "r20240522080000",
  type: "partial",
  txnRef: "payses_01JCXV8Q",
  amountVnd: 25_000,
  transactionNo: "14422574",
  transactionDate: new Date("2024-05-21T02:17:31Z"),
  createBy: "Nguyễn Thị Hoà",
  orderInfo: "Hoàn tiền 1 kg vải dập",
  createDate: new Date("2024-05-22T01:00:00Z"),
  ipAddr: "10.0.0.5",
}

describe("buildRefundRequest", () => {
  const request = buildRefundRequest(input)

  it("writes the JSON body: amount × 100, type 02/03, dates in GMT+7, text folded", () => {
    expect(request).toEqual({
      vnp_RequestId: "r20240522080000",
      vnp_Version: "2.1.0",
      vnp_Command: "refund",
      vnp_TmnCode: "DEMOV210",
      vnp_TransactionType: "03",
      vnp_TxnRef: "payses_01JCXV8Q",
      vnp_Amount: "2500000",
      vnp_TransactionNo: "14422574",
      vnp_TransactionDate: "20240521091731",
      vnp_CreateBy: "Nguyen Thi Hoa",
      vnp_CreateDate: "20240522080000",
      vnp_IpAddr: "10.0.0.5",
      vnp_OrderInfo: "Hoan tien 1 kg vai dap",
      vnp_SecureHash: expect.any(String),
    })
    expect(buildRefundRequest({ ...input, type: "full" }).vnp_TransactionType).toBe("02")
  })

  it("signs RequestId|Version|Command|TmnCode|TransactionType|TxnRef|Amount|TransactionNo|TransactionDate|CreateBy|CreateDate|IpAddr|OrderInfo", () => {
    expect(request.vnp_SecureHash).toBe(
      hmac(
        "r20240522080000|2.1.0|refund|DEMOV210|03|payses_01JCXV8Q|2500000|14422574|20240521091731|Nguyen Thi Hoa|20240522080000|10.0.0.5|Hoan tien 1 kg vai dap",
      ),
    )
  })

  it("refuses a bad amount, type, transaction number or requester", () => {
    const codeOf = (changes: Partial<RefundInput>) => {
      try {
        buildRefundRequest({ ...input, ...changes })
      } catch (error) {
        if (error instanceof VnpayError) return error.code
        throw error
      }
      return "no error"
    }
    expect(codeOf({ amountVnd: 0 })).toBe("amount_invalid")
    expect(codeOf({ amountVnd: 1_000 })).toBe("no error")
    expect(codeOf({ amountVnd: 1_000_000_000 })).toBe("amount_out_of_range")
    expect(codeOf({ type: "toString" as "full" })).toBe("transaction_type_invalid")
    expect(codeOf({ transactionNo: "VNP14422574" })).toBe("transaction_no_invalid")
    expect(codeOf({ createBy: " " })).toBe("create_by_invalid")
    expect(codeOf({ requestId: "r-1" })).toBe("request_id_invalid")
  })
})

describe("verifyRefundResponse", () => {
  // A refund response as VNPay sends it: the amount is still × 100 when it is hashed.
  const response = {
    vnp_ResponseId: "9a7c0e11d3",
    vnp_Command: "refund",
    vnp_ResponseCode: "00",
    vnp_Message: "Refund success",
    vnp_TmnCode: "DEMOV210",
    vnp_TxnRef: "payses_01JCXV8Q",
    vnp_Amount: "2500000",
    vnp_BankCode: "NCB",
    vnp_PayDate: "20240522080012",
    vnp_TransactionNo: "14422590",
    vnp_TransactionType: "03",
    vnp_TransactionStatus: "05",
    vnp_OrderInfo: "Hoan tien 1 kg vai dap",
    vnp_SecureHash: hmac(
      "9a7c0e11d3|refund|00|Refund success|DEMOV210|payses_01JCXV8Q|2500000|NCB|20240522080012|14422590|03|05|Hoan tien 1 kg vai dap",
    ),
  }

  it("accepts VNPay's signature over the raw fields", () => {
    expect(verifyRefundResponse(response, SECRET)).toBe(true)
  })

  it("refuses the amount once divided by 100, as the vnpay npm package does before checking", () => {
    expect(verifyRefundResponse({ ...response, vnp_Amount: 25_000 }, SECRET)).toBe(false)
  })

  it("refuses a changed field or another secret", () => {
    expect(verifyRefundResponse({ ...response, vnp_ResponseCode: "94" }, SECRET)).toBe(false)
    expect(verifyRefundResponse(response, "another_secret")).toBe(false)
  })
})
