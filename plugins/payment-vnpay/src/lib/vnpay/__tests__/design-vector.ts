/**
 * shared/DESIGN.md's VNPay test vector: a paid IPN/return query for 10,000 VND, the string VNPay
 * signs, and its HMAC-SHA512 with the secret "test_secret". One copy for every test.
 */
export const SECRET = "test_secret"

export const VECTOR_QUERY = {
  vnp_Amount: "1000000",
  vnp_BankCode: "NCB",
  vnp_BankTranNo: "VNP14422574",
  vnp_CardType: "ATM",
  vnp_OrderInfo: "Thanh toan don hang 2024-05-21T02:17:31.249Z",
  vnp_PayDate: "20240521091806",
  vnp_ResponseCode: "00",
  vnp_TmnCode: "TEST_TMN_CODE",
  vnp_TransactionNo: "14422574",
  vnp_TransactionStatus: "00",
  vnp_TxnRef: "1716257871703",
}

export const VECTOR_DATA =
  "vnp_Amount=1000000&vnp_BankCode=NCB&vnp_BankTranNo=VNP14422574&vnp_CardType=ATM&vnp_OrderInfo=Thanh+toan+don+hang+2024-05-21T02%3A17%3A31.249Z&vnp_PayDate=20240521091806&vnp_ResponseCode=00&vnp_TmnCode=TEST_TMN_CODE&vnp_TransactionNo=14422574&vnp_TransactionStatus=00&vnp_TxnRef=1716257871703"

export const VECTOR_HASH =
  "649982421beb422556a1374713c74e58e716ecbd05007c0c0e1f7effdfaf361dbf146889ca446139afe11b9954c4d5c486e99e3b86fcfab6957f29eb0be72895"
