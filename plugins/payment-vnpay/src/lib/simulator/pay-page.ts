import { SIMULATED_OUTCOMES } from "./simulated-bank"

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

const LABELS: Record<keyof typeof SIMULATED_OUTCOMES, string> = {
  success: "Thanh toán thành công / Success",
  cancelled: "Người mua hủy / Cancelled by buyer",
  insufficient_funds: "Không đủ số dư / Insufficient funds",
  success_ipn_lost: "Thành công, IPN bị mất (thử đối soát) / Success, IPN lost (tests reconciliation)",
}

/** The simulator's stand-in for VNPay's payment page: the tester picks what happens. */
export function simulatorPayPage(query: Record<string, string>, confirmPath: string): string {
  const amount = (Number(query.vnp_Amount) / 100).toLocaleString("vi-VN")
  const hidden = Object.entries(query)
    .map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`)
    .join("")
  const buttons = Object.keys(SIMULATED_OUTCOMES)
    .map((o) => `<button name="outcome" value="${o}">${escape(LABELS[o as keyof typeof SIMULATED_OUTCOMES])}</button>`)
    .join("")
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Mô phỏng VNPay (phát triển) / VNPay simulator (development)</title>
<style>body{font:16px system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1a1a1a}main{max-width:28rem;margin:0 auto;padding:1rem}
.warn{background:#b42318;color:#fff;padding:.75rem 1rem;font-weight:600}dl{background:#fff;padding:1rem;border-radius:.5rem}dt{color:#555;font-size:.85rem}dd{margin:0 0 .75rem}
.amount{font-size:2rem;font-weight:700}button{display:block;width:100%;margin:.5rem 0;padding:.9rem;font-size:1rem;border-radius:.5rem;border:1px solid #0b5cad;background:#fff;cursor:pointer}
button[value=success]{background:#0b5cad;color:#fff}</style></head><body>
<div class="warn" role="alert">MÔ PHỎNG VNPay — chỉ dùng khi phát triển, không có tiền thật.<br>VNPay SIMULATOR — development only, no real money.</div>
<main><h1>Cổng thanh toán mô phỏng / Simulated payment page</h1>
<dl><dt>Số tiền / Amount</dt><dd class="amount" data-test="amount">${escape(amount)} ₫</dd>
<dt>Nội dung / Order info</dt><dd>${escape(query.vnp_OrderInfo ?? "")}</dd>
<dt>Mã giao dịch / Reference</dt><dd>${escape(query.vnp_TxnRef ?? "")}</dd>
<dt>Hạn thanh toán / Expires (GMT+7)</dt><dd>${escape(query.vnp_ExpireDate ?? "")}</dd></dl>
<form method="get" action="${escape(confirmPath)}">${hidden}${buttons}</form></main></body></html>`
}
