// Payloads made by other people's encoders. The codec is checked against them rather than
// against itself: a CRC with the wrong parameters, or a length counted wrongly, agrees with
// itself perfectly. Every CRC below was recomputed independently before it was added here.

/** shared/DESIGN.md: ACB (BIN 970416), account 257678859, static. */
export const DESIGN_EXAMPLE =
  "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F"

/**
 * VietQR.io API documentation, "API tạo mã QR" (POST api.vietqr.io/v2/generate), response
 * sample for acqId 970415 (VietinBank), accountNo 113366668888, amount 79000, addInfo
 * "Ung Ho Quy Vac Xin".
 */
export const VIETQR_IO_SAMPLE =
  "00020101021238560010A0000007270126000697041501121133666688880208QRIBFTTA53037045405790005802VN62220818Ung Ho Quy Vac Xin63043ACF"

/** Static code for the same account, from the tests of the Go library giautm/sgqr-go. */
export const SGQR_GO_STATIC =
  "00020101021138560010A0000007270126000697041501121133666688880208QRIBFTTA53037045802VN6304F443"

/** README of the npm package vietnam-qr-pay (xuannghia/vietnam-qr-pay), "Decode › VietQR". */
export const VIETNAM_QR_PAY_VIETQR =
  "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8"

/**
 * README of vietnam-qr-pay, "Decode › VNPay": a VNPAY-QR merchant code (CellphoneS). It has
 * no MCC (52) or city (60), which EMVCo makes mandatory: the decoder must not insist on them.
 */
export const VNPAY_QR_CELLPHONES =
  "00020101021126280010A0000007750110010531314453037045408210900005802VN5910CELLPHONES62600312CPSHN ONLINE0517021908061613127850705ONLHN0810CellphoneS63047685"

/**
 * qrCodeUrl returned by MoMo's test gateway (test-payment.momo.vn, partner MOMOBKUN20180529)
 * on 2025-05-01, as kept in a public project's SQL dump: a VietQR to a Viet Capital Bank
 * (970454) virtual account, plus MoMo's own tag 26 and a reference label (62.05).
 */
export const MOMO_SANDBOX_VIETQR =
  "00020101021226110007vn.momo38620010A00000072701320006970454011899MM25121O000000420208QRIBFTTA5303704540410005802VN62450515MMT5VjsnYzj97QR0822Thanh toan hop dong 196304EE49"
