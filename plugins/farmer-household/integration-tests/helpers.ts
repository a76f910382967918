import type { TestMedusa } from "../../../infra/src/testing/medusa.ts"
import demo from "../../../seed/data/demo.json" with { type: "json" }

/** Signs up a household the way the dashboard does: auth identity, then the seller. */
export async function registerSeller(medusa: TestMedusa, phone: string, overrides: Record<string, unknown> = {}) {
  const password = "mat-khau-1"
  const reg = await medusa.api("/auth/seller/emailpass/register", { method: "POST", json: { email: phone, password } })
  if (reg.status !== 200) throw new Error(`register: ${reg.status} ${JSON.stringify(reg.body)}`)
  const created = await medusa.api("/store/sellers", {
    method: "POST",
    token: reg.body.token,
    json: {
      name: "Hộ bà Trần Thị Lan",
      representative_name: "Trần Thị Lan",
      phone,
      province: "Thành phố Hải Phòng",
      commune: "Xã Thanh Hà",
      ...overrides,
    },
  })
  if (created.status !== 201) throw new Error(`create seller: ${created.status} ${JSON.stringify(created.body)}`)
  return { seller: created.body.seller, token: await sellerLogin(medusa, phone, password) }
}

export async function sellerLogin(medusa: TestMedusa, identifier: string, password: string): Promise<string> {
  const res = await medusa.api("/auth/seller/emailpass", { method: "POST", json: { email: identifier, password } })
  if (res.status !== 200) throw new Error(`seller login: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}

/** The seeded household (Nguyễn Văn Hải), signed in by phone. */
export function demoSellerToken(medusa: TestMedusa) {
  return sellerLogin(medusa, demo.sellerLogin.phone, demo.sellerLogin.password)
}

export async function customerToken(medusa: TestMedusa, email: string): Promise<string> {
  const password = "khach-hang-1"
  const reg = await medusa.api("/auth/customer/emailpass/register", { method: "POST", json: { email, password } })
  await medusa.api("/store/customers", { method: "POST", token: reg.body.token, json: { email, first_name: "Minh" } })
  const login = await medusa.api("/auth/customer/emailpass", { method: "POST", json: { email, password } })
  return login.body.token
}

export const lycheeBox = {
  title: "Vải thiều sấy khô",
  subtitle: "Sấy lạnh, không đường",
  harvest_windows: [{ label: "Vụ chính", from: "06-01", to: "07-20" }],
  preorder: { enabled: true, cap: 500 },
  variants: [
    { title: "Túi 500 g", unit: "bag", weight_grams: 520, price: 95000, stock: 40 },
    { title: "Hộp 1 kg", unit: "box", unit_quantity: 1, weight_grams: 1100, price: 180000, stock: 15 },
  ],
}

/** Whether the shop (store API with the publishable key) lists a product by handle. */
export async function inShop(medusa: TestMedusa, handle: string): Promise<boolean> {
  const res = await medusa.api(`/store/products?handle=${handle}`)
  return res.body.products.length === 1
}

/** Takes a seller order the whole way, as its farm does: accept, pack, ship (with tracking), deliver. */
export async function deliverOrder(medusa: TestMedusa, sellerToken: string, orderId: string, trackingNumber = "VTP0001") {
  for (const [action, json] of [["accept"], ["pack"], ["ship", { carrier: "Viettel Post", tracking_number: trackingNumber }], ["deliver"]] as const) {
    const res = await medusa.api(`/seller/orders/${orderId}/${action}`, { method: "POST", token: sellerToken, json: json ?? {} })
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`)
  }
}
