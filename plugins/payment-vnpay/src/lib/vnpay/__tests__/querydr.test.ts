import { createHmac } from "node:crypto"
import { describe, expect, it } from "vitest"
import { buildQueryDrRequest, verifyQueryDrResponse } from "../querydr.ts"

const SECRET = "test_secret"
const hmac = (data: string) => createHmac("sha512", SECRET).update(data).digest("hex")

describe("buildQueryDrRequest", () => {
  const request = buildQueryDrRequest({
    tmnCode: "DEMOV210",
    secret: SECRET,
    requestId: "q20240521101500",
    txnRef: "payses_01JCXV8Q",
    transactionDate: new Date("2024-05-21T02:17:31Z"),
    transactionNo: "14422574",
    orderInfo: "Truy vấn giao dịch payses_01JCXV8Q",
    createDate: new Date("2024-05-21T03:15:00Z"),
    ipAddr: "10.0.0.5",
  })

  it("writes the JSON body with dates in GMT+7", () => {
    expect(request).toEqual({
      vnp_RequestId: "q20240521101500",
      vnp_Version: "2.1.0",
      vnp_Command: "querydr",
      vnp_TmnCode: "DEMOV210",
      vnp_TxnRef: "payses_01JCXV8Q",
      vnp_TransactionDate: "20240521091731",
      vnp_TransactionNo: "14422574",
      vnp_CreateDate: "20240521101500",
      vnp_IpAddr: "10.0.0.5",
      vnp_OrderInfo: "Truy van giao dich payses_01JCXV8Q",
      vnp_SecureHash: expect.any(String),
    })
  })

  it("signs RequestId|Version|Command|TmnCode|TxnRef|TransactionDate|CreateDate|IpAddr|OrderInfo", () => {
    expect(request.vnp_SecureHash).toBe(
      hmac("q20240521101500|2.1.0|querydr|DEMOV210|payses_01JCXV8Q|20240521091731|20240521101500|10.0.0.5|Truy van giao dich payses_01JCXV8Q"),
    )
  })
})

describe("verifyQueryDrResponse", () => {
  // A response as VNPay sends it: every value a string, the amount still × 100.
  const fields = {
    vnp_ResponseId: "4f1c1a8e2b",
    vnp_Command: "querydr",
    vnp_ResponseCode: "00",
    vnp_Message: "QueryDR Success",
    vnp_TmnCode: "DEMOV210",
    vnp_TxnRef: "payses_01JCXV8Q",
    vnp_Amount: "7900000",
    vnp_BankCode: "NCB",
    vnp_PayDate: "20240521091806",
    vnp_TransactionNo: "14422574",
    vnp_TransactionType: "01",
    vnp_TransactionStatus: "00",
    vnp_OrderInfo: "Thanh toan don hang 1042",
    vnp_PromotionCode: "",
    vnp_PromotionAmount: "",
  }
  const response = {
    ...fields,
    vnp_SecureHash: hmac(
      "4f1c1a8e2b|querydr|00|QueryDR Success|DEMOV210|payses_01JCXV8Q|7900000|NCB|20240521091806|14422574|01|00|Thanh toan don hang 1042||",
    ),
  }

  it("accepts VNPay's signature over the raw fields", () => {
    expect(verifyQueryDrResponse(response, SECRET)).toBe(true)
  })

  it("counts a field VNPay left out as empty, and a JSON number as its digits", () => {
    const { vnp_PromotionCode: _, vnp_PromotionAmount: __, ...withoutPromotion } = response
    expect(verifyQueryDrResponse(withoutPromotion, SECRET)).toBe(true)
    expect(verifyQueryDrResponse({ ...response, vnp_Amount: 7900000 }, SECRET)).toBe(true)
  })

  it("refuses a changed field, another secret or no signature", () => {
    expect(verifyQueryDrResponse({ ...response, vnp_TransactionStatus: "01" }, SECRET)).toBe(false)
    expect(verifyQueryDrResponse({ ...response, vnp_Amount: "79000" }, SECRET)).toBe(false)
    expect(verifyQueryDrResponse(response, "another_secret")).toBe(false)
    expect(verifyQueryDrResponse(fields, SECRET)).toBe(false)
    expect(verifyQueryDrResponse({ ...response, vnp_OrderInfo: { text: "x" } }, SECRET)).toBe(false)
  })
})
