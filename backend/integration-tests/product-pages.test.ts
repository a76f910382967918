// GET /store/product-pages/:handle reads Medusa's tables in SQL (backend/src/lib/catalog): every
// demo product's answer is held to Medusa's own /store/products for the same handle, so a Medusa
// upgrade that moves a column, or a price list, a reservation or a channel change the SQL misses,
// fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../infra/src/testing/medusa.ts"
import { customerToken } from "../../plugins/farmer-household/integration-tests/helpers.ts"

const PAGE_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,*options,*categories,*images,+metadata"

let medusa: TestMedusa
let regionId: string
let admin: string
beforeAll(async () => {
  medusa = await startTestMedusa()
  regionId = (await medusa.api("/store/regions")).body.regions[0].id
  admin = await medusa.adminToken()
})
afterAll(() => medusa?.stop())

type Json = Record<string, any>

/** What the product page reads, in a stable order, from either answer. */
function pageView(product: Json) {
  const byId = (a: Json, b: Json) => String(a.id).localeCompare(String(b.id))
  return {
    ...pick(product, ["id", "title", "subtitle", "description", "handle", "thumbnail", "metadata", "weight", "origin_country", "created_at", "updated_at"]),
    images: [...product.images].sort(byId).map((i: Json) => pick(i, ["id", "url", "rank", "metadata"])),
    options: [...product.options].sort(byId).map((o: Json) => ({ id: o.id, title: o.title, values: [...o.values].sort(byId).map((v: Json) => pick(v, ["id", "value", "option_id"])) })),
    categories: [...product.categories].sort(byId).map((c: Json) => pick(c, ["id", "name", "handle"])),
    variants: [...product.variants].sort(byId).map((v: Json) => ({
      ...pick(v, ["id", "title", "sku", "manage_inventory", "allow_backorder", "metadata", "variant_rank", "calculated_price"]),
      inventory_quantity: v.manage_inventory ? v.inventory_quantity : undefined,
      options: [...v.options].sort(byId).map((o: Json) => ({ id: o.id, value: o.value, option: pick(o.option, ["id", "title"]) })),
    })),
  }
}
const pick = (o: Json, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k] ?? null]))

/** `token`: a signed-in buyer's, whose customer groups price lists may name. */
async function medusaProduct(handle: string, token?: string) {
  const { body } = await medusa.api(`/store/products?handle=${handle}&region_id=${regionId}&fields=${encodeURIComponent(PAGE_FIELDS)}`, { token })
  return body.products[0] as Json | undefined
}
async function ourProduct(handle: string, token?: string) {
  return medusa.api(`/store/product-pages/${handle}?region_id=${regionId}`, { token })
}

describe("GET /store/product-pages/:handle", () => {
  it("answers every demo product exactly as Medusa's /store/products does", async () => {
    const { body } = await medusa.api("/store/products?limit=500&fields=handle")
    expect(body.products.length).toBeGreaterThan(100)
    let reserved = 0
    for (const { handle } of body.products as { handle: string }[]) {
      const ours = await ourProduct(handle)
      expect(ours.status, handle).toBe(200)
      const theirs = await medusaProduct(handle)
      expect(pageView(ours.body.product), handle).toEqual(pageView(theirs!))
      reserved += theirs!.variants.filter((v: Json) => v.manage_inventory && v.inventory_quantity !== null).length
    }
    // The comparison saw stock figures, not only variants without managed stock.
    expect(reserved).toBeGreaterThan(100)
  })

  it("prices a variant on sale from its price list, as Medusa does", async () => {
    const theirs = (await medusaProduct("vai-thieu-thanh-ha"))!
    const variant = theirs.variants.find((v: Json) => v.title === "1 kg")
    const sale = await medusa.api("/admin/price-lists", {
      method: "POST",
      token: admin,
      json: { title: "Giảm giá vải", description: "Mùa vải", type: "sale", status: "active", prices: [{ variant_id: variant.id, amount: 39000, currency_code: "vnd" }] },
    })
    expect(sale.status).toBe(200)
    const ours = (await ourProduct("vai-thieu-thanh-ha")).body.product
    const onSale = ours.variants.find((v: Json) => v.id === variant.id)
    expect(onSale.calculated_price).toMatchObject({ calculated_amount: 39000, original_amount: 45000, is_calculated_price_price_list: true })
    expect(pageView(ours)).toEqual(pageView((await medusaProduct("vai-thieu-thanh-ha"))!))
    await medusa.api(`/admin/price-lists/${sale.body.price_list.id}`, { method: "DELETE", token: admin })
  })

  it("prices a signed-in buyer of a customer group from the group's price list, and nobody else", async () => {
    const member = await customerToken(medusa, "hop-tac-xa@nongsan.test")
    const outsider = await customerToken(medusa, "khach-le@nongsan.test")
    const { customer } = (await medusa.api("/store/customers/me", { token: member })).body
    const group = await medusa.api("/admin/customer-groups", { method: "POST", token: admin, json: { name: "Bếp ăn trường học" } })
    expect(group.status).toBe(200)
    const groupId = group.body.customer_group.id
    expect((await medusa.api(`/admin/customer-groups/${groupId}/customers`, { method: "POST", token: admin, json: { add: [customer.id] } })).status).toBe(200)
    const variant = (await medusaProduct("vai-thieu-thanh-ha"))!.variants.find((v: Json) => v.title === "1 kg")
    const list = await medusa.api("/admin/price-lists", {
      method: "POST",
      token: admin,
      json: { title: "Giá bếp ăn", description: "Cho nhóm khách", type: "override", status: "active", rules: { "customer.groups.id": [groupId] }, prices: [{ variant_id: variant.id, amount: 40000, currency_code: "vnd" }] },
    })
    expect(list.status).toBe(200)

    const priced = async (token?: string) => (await ourProduct("vai-thieu-thanh-ha", token)).body.product.variants.find((v: Json) => v.id === variant.id).calculated_price
    expect(await priced(member)).toMatchObject({ calculated_amount: 40000, is_calculated_price_price_list: true })
    expect(await priced(outsider)).toMatchObject({ calculated_amount: 45000, is_calculated_price_price_list: false })
    expect(await priced()).toMatchObject({ calculated_amount: 45000 })
    for (const token of [member, outsider]) {
      expect(pageView((await ourProduct("vai-thieu-thanh-ha", token)).body.product)).toEqual(pageView((await medusaProduct("vai-thieu-thanh-ha", token))!))
    }
    await medusa.api(`/admin/price-lists/${list.body.price_list.id}`, { method: "DELETE", token: admin })
  })

  it("answers 404 for drafts, products outside the key's sales channel and unknown handles, in Vietnamese", async () => {
    const [{ id, handle }] = (await medusa.api("/store/products?limit=1&order=title&fields=id,handle")).body.products
    const channelId = (await medusa.api("/admin/stores", { token: admin })).body.stores[0].default_sales_channel_id
    expect(await medusa.api(`/admin/sales-channels/${channelId}/products`, { method: "POST", token: admin, json: { remove: [id] } })).toMatchObject({ status: 200 })
    expect((await ourProduct(handle)).status).toBe(404)
    await medusa.api(`/admin/sales-channels/${channelId}/products`, { method: "POST", token: admin, json: { add: [id] } })
    expect((await ourProduct(handle)).status).toBe(200)

    await medusa.api(`/admin/products/${id}`, { method: "POST", token: admin, json: { status: "draft" } })
    expect((await ourProduct(handle)).status).toBe(404)
    await medusa.api(`/admin/products/${id}`, { method: "POST", token: admin, json: { status: "published" } })

    const unknown = await ourProduct("khong-co-san-pham-nay")
    expect(unknown.status).toBe(404)
    expect(unknown.body.message).toMatch(/^Không tìm thấy sản phẩm/)
  })

  it("leaves prices out without a region and refuses an unknown region in Vietnamese", async () => {
    const plain = await medusa.api("/store/product-pages/vai-thieu-thanh-ha")
    expect(plain.status).toBe(200)
    expect(plain.body.product.variants.every((v: Json) => v.calculated_price === undefined)).toBe(true)
    const unknown = await medusa.api("/store/product-pages/vai-thieu-thanh-ha?region_id=reg_khong_co")
    expect(unknown.status).toBe(400)
    expect(unknown.body.message).toMatch(/^Không tìm thấy khu vực bán hàng/)
  })
})
