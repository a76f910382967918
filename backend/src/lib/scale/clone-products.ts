import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ScaleCatalogue } from "./catalogue"

type ScaleSeller = { id: string; name: string; province?: string | null; commune?: string | null; shipping_profile?: { id: string } | null }

/** Products copied per statement round: big enough for bulk speed, small enough for a live bar. */
const CHUNK = 5000

/**
 * The id a copy of row `expr` gets in copy number c.i: the same prefix ("prod", "variant", …) and
 * a hash of the original id and the copy number, so a foreign key to a copied row is found by the
 * same expression in any table, without a lookup.
 */
const remap = (expr: string) => `regexp_replace(${expr}, '_[^_]*$', '') || '_' || upper(substr(md5(${expr} || ':' || c.i), 1, 26))`
const rawNumber = (expr: string) => `jsonb_build_object('value', (${expr})::text, 'precision', 20)`

type CopyStep = {
  table: string
  /** Selects the prototype's rows of the table, as `p`. */
  where: string
  /** Columns holding ids of copied rows. */
  remapped: string[]
  /** Columns set per copy, from `p` and the copy's row `c` of scale_copy. */
  set?: Record<string, string>
}

/**
 * The rows Medusa's product workflow (with our hooks and steps) wrote for the prototype, table by
 * table, in foreign key order: product and its options, variants, category, sales channel,
 * shipping profile and seller links; each variant's price set and prices; its inventory item,
 * stock level and link. OCOP certificates are copied from a verified demo certificate.
 */
function copySteps(prototype: string, certificate: string | null): CopyStep[] {
  const P = `'${prototype}'`
  const options = `SELECT product_option_id FROM product_product_option WHERE product_id = ${P}`
  const variants = `SELECT id FROM product_variant WHERE product_id = ${P}`
  const priceSets = `SELECT price_set_id FROM product_variant_price_set WHERE variant_id IN (${variants})`
  const items = `SELECT inventory_item_id FROM product_variant_inventory_item WHERE variant_id IN (${variants})`
  const sku = (col: string) => `regexp_replace(p.${col}, '^SCALE-0-', 'SCALE-' || c.i || '-')`
  const steps: CopyStep[] = [
    {
      table: "product",
      where: `p.id = ${P}`,
      remapped: ["id"],
      set: { title: "c.title", handle: "c.handle", description: "c.description", metadata: "c.metadata", created_at: "c.created_at", updated_at: "c.created_at" },
    },
    { table: "product_option", where: `p.id IN (${options})`, remapped: ["id"] },
    { table: "product_option_value", where: `p.option_id IN (${options})`, remapped: ["id", "option_id"] },
    { table: "product_product_option", where: `p.product_id = ${P}`, remapped: ["id", "product_id", "product_option_id"] },
    {
      table: "product_product_option_value",
      where: `p.product_product_option_id IN (SELECT id FROM product_product_option WHERE product_id = ${P})`,
      remapped: ["id", "product_product_option_id", "product_option_value_id"],
    },
    { table: "product_variant", where: `p.product_id = ${P}`, remapped: ["id", "product_id"], set: { sku: sku("sku") } },
    { table: "product_variant_option", where: `p.variant_id IN (${variants})`, remapped: ["variant_id", "option_value_id"] },
    { table: "product_category_product", where: `p.product_id = ${P}`, remapped: ["product_id"], set: { product_category_id: "c.category_id" } },
    { table: "product_sales_channel", where: `p.product_id = ${P}`, remapped: ["id", "product_id"] },
    { table: "product_shipping_profile", where: `p.product_id = ${P}`, remapped: ["id", "product_id"], set: { shipping_profile_id: "c.shipping_profile_id" } },
    { table: "seller_seller_product_product", where: `p.product_id = ${P}`, remapped: ["id", "product_id"], set: { seller_id: "c.seller_id" } },
    { table: "price_set", where: `p.id IN (${priceSets})`, remapped: ["id"] },
    {
      table: "price",
      where: `p.price_set_id IN (${priceSets})`,
      remapped: ["id", "price_set_id"],
      // Whole thousands of đồng, as sellers price.
      set: { amount: "round(p.amount * c.price_factor / 1000) * 1000", raw_amount: rawNumber("round(p.amount * c.price_factor / 1000) * 1000") },
    },
    { table: "product_variant_price_set", where: `p.variant_id IN (${variants})`, remapped: ["id", "variant_id", "price_set_id"] },
    { table: "inventory_item", where: `p.id IN (${items})`, remapped: ["id"], set: { sku: sku("sku") } },
    {
      table: "inventory_level",
      where: `p.inventory_item_id IN (${items})`,
      remapped: ["id", "inventory_item_id"],
      // The prototype stocks 1000 kg and 200 boxes of 5 kg: each pack scales with the copy's stock.
      set: { stocked_quantity: "round(p.stocked_quantity * c.stock / 1000)", raw_stocked_quantity: rawNumber("round(p.stocked_quantity * c.stock / 1000)") },
    },
    { table: "product_variant_inventory_item", where: `p.variant_id IN (${variants})`, remapped: ["id", "variant_id", "inventory_item_id"] },
  ]
  if (!certificate) return steps
  const C = `'${certificate}'`
  const certified = "c.ocop_stars IS NOT NULL"
  return [
    ...steps,
    {
      table: "ocop_certificate",
      where: `p.id = ${C} AND ${certified}`,
      remapped: ["id"],
      // Public codes are 10 Crockford base32 characters; hex digits are among them.
      set: { code: "'S' || lpad(upper(to_hex(c.i)), 9, '0')", stars: "c.ocop_stars", level: "CASE WHEN c.ocop_stars = 5 THEN 'ministry' ELSE 'province' END" },
    },
    {
      table: "ocop_ocop_certificate_product_product",
      where: `p.id = (SELECT id FROM ocop_ocop_certificate_product_product WHERE ocop_certificate_id = ${C} ORDER BY id LIMIT 1) AND ${certified}`,
      remapped: ["id", "ocop_certificate_id"],
      set: { product_id: remap(P) },
    },
    { table: "seller_seller_ocop_ocop_certificate", where: `p.ocop_certificate_id = ${C} AND ${certified}`, remapped: ["id", "ocop_certificate_id"], set: { seller_id: "c.seller_id" } },
  ]
}

/**
 * Writes products 1…N-1 as copies of the prototype (product 0), each with its own seller, title,
 * category, prices, stock and maybe an OCOP certificate from the catalogue. One transaction: a
 * failure leaves no partial catalogue behind.
 */
export async function cloneProducts(
  knex: Knex,
  opts: { prototypeId: string; products: number; sellers: ScaleSeller[]; catalogue: ScaleCatalogue; onProgress: (done: number) => void }
) {
  const [certificate] = await knex("ocop_certificate").where({ status: "verified" }).whereNull("deleted_at").orderBy("created_at").select("id")
  const steps = copySteps(opts.prototypeId, certificate?.id ?? null)
  await knex.transaction(async (trx) => {
    const columns = new Map<string, string[]>()
    for (const step of steps) {
      const { rows } = await trx.raw("SELECT column_name FROM information_schema.columns WHERE table_name = ? AND table_schema = current_schema() ORDER BY ordinal_position", [step.table])
      columns.set(step.table, rows.map((r: { column_name: string }) => r.column_name))
    }
    await trx.raw(`CREATE TEMP TABLE scale_copy (
      i integer PRIMARY KEY, title text, handle text, description text, metadata jsonb, category_id text,
      seller_id text, shipping_profile_id text, price_factor numeric, stock integer, ocop_stars integer, created_at timestamptz
    ) ON COMMIT DROP`)
    const now = Date.now()
    for (let from = 1; from < opts.products; from += CHUNK) {
      const rows = []
      for (let i = from; i < Math.min(opts.products, from + CHUNK); i++) {
        const seller = opts.sellers[i % opts.sellers.length]
        const { category_id, ...product } = opts.catalogue.product(i, seller)
        rows.push({
          i,
          ...product,
          category_id,
          metadata: JSON.stringify({ origin_province: seller.province ?? null, origin_commune: seller.commune ?? null }),
          seller_id: seller.id,
          shipping_profile_id: seller.shipping_profile!.id,
          // Spread over the past: "newest first" then has an order to keep.
          created_at: new Date(now - i * 60_000),
        })
      }
      await trx.raw("TRUNCATE scale_copy")
      await trx.batchInsert("scale_copy", rows, 1000)
      for (const step of steps) {
        const cols = columns.get(step.table)!
        const values = cols.map((col) => step.set?.[col] ?? (step.remapped.includes(col) ? remap(`p.${col}`) : `p.${col}`))
        await trx.raw(`INSERT INTO ${step.table} (${cols.join(", ")}) SELECT ${values.join(", ")} FROM ${step.table} p CROSS JOIN scale_copy c WHERE ${step.where}`)
      }
      opts.onProgress(Math.min(opts.products - 1, from + CHUNK - 1))
    }
  })
}
