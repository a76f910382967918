import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * A published product of the shop, by handle, as Medusa's store API shapes it (`*variants`,
 * `*options`, `*categories`, `*images`), with each variant's price set and, for variants whose
 * stock Medusa manages, the quantity the sales channel can sell.
 *
 * Why one SQL statement instead of `query.graph`: Medusa's `GET /store/products?handle=` narrows
 * to the publishable key's sales channel by loading every product id of the channel first
 * (`id IN (…10,000 ids…)`), about 0.3 s at 10k products and growing with the catalogue; by id,
 * `query.graph` still makes a dozen sequential module queries (product, variants, options,
 * images, categories, price-set links, inventory links, levels, channel locations). Here the
 * handle, the channel and the published status are one indexed lookup and the rest is joined by
 * product id. Prices still come from the Pricing Module (price lists, rules and customer groups
 * keep Medusa's semantics). `product-pages.test.ts` holds this answer to Medusa's own for the
 * demo catalogue, so a Medusa upgrade that moves a column fails there, not in the shop.
 *
 * The stock is Medusa's `getVariantAvailability` in SQL: for each inventory item of the variant,
 * stocked minus reserved over the channel's stock locations, divided by the quantity one unit
 * needs, rounded down; the variant sells the least of those.
 */
/** A timestamp as Medusa's JSON writes it (2026-06-01T03:04:05.678Z), not Postgres's own format. */
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

const PRODUCT_PAGE_SQL = `
with found as (
  select p.* from product p
  where p.handle = :handle and p.status = 'published' and p.deleted_at is null
    and exists (
      select 1 from product_sales_channel psc
      where psc.product_id = p.id and psc.sales_channel_id = any(string_to_array(:channels, ',')) and psc.deleted_at is null
    )
  limit 1
),
channel_locations as (
  select stock_location_id from sales_channel_stock_location
  where sales_channel_id = :stock_channel and deleted_at is null
)
select json_build_object(
  'id', p.id, 'title', p.title, 'subtitle', p.subtitle, 'description', p.description, 'handle', p.handle,
  'thumbnail', p.thumbnail, 'metadata', p.metadata, 'weight', p.weight, 'origin_country', p.origin_country,
  'created_at', ${iso("p.created_at")}, 'updated_at', ${iso("p.updated_at")},
  'images', coalesce((
    select json_agg(json_build_object('id', i.id, 'url', i.url, 'rank', i.rank, 'metadata', i.metadata) order by i.rank, i.id)
    from image i where i.product_id = p.id and i.deleted_at is null
  ), '[]'),
  'options', coalesce((
    select json_agg(json_build_object(
      'id', o.id, 'title', o.title,
      'values', coalesce((
        select json_agg(json_build_object('id', ov.id, 'value', ov.value, 'rank', ov.rank, 'option_id', ov.option_id) order by ov.rank nulls last, ov.created_at, ov.id)
        from product_option_value ov where ov.option_id = o.id and ov.deleted_at is null
      ), '[]')
    ) order by ppo.created_at, o.id)
    from product_product_option ppo join product_option o on o.id = ppo.product_option_id and o.deleted_at is null
    where ppo.product_id = p.id and ppo.deleted_at is null
  ), '[]'),
  'categories', coalesce((
    select json_agg(json_build_object('id', c.id, 'name', c.name, 'handle', c.handle, 'description', c.description, 'parent_category_id', c.parent_category_id) order by c.rank, c.id)
    from product_category_product pcp join product_category c on c.id = pcp.product_category_id
    where pcp.product_id = p.id and c.deleted_at is null and c.is_active and not c.is_internal
  ), '[]'),
  'variants', coalesce((
    select json_agg(json_build_object(
      'id', v.id, 'title', v.title, 'sku', v.sku, 'product_id', v.product_id, 'variant_rank', v.variant_rank,
      'allow_backorder', v.allow_backorder, 'manage_inventory', v.manage_inventory, 'weight', v.weight,
      'thumbnail', v.thumbnail, 'metadata', v.metadata,
      'price_set_id', (select pvps.price_set_id from product_variant_price_set pvps where pvps.variant_id = v.id and pvps.deleted_at is null limit 1),
      'inventory_quantity', case when v.manage_inventory then (
        select min(floor(coalesce(stock.available, 0) / link.required_quantity))::int
        from product_variant_inventory_item link
        left join lateral (
          select sum(l.stocked_quantity - l.reserved_quantity) as available from inventory_level l
          where l.inventory_item_id = link.inventory_item_id and l.deleted_at is null
            and l.location_id in (select stock_location_id from channel_locations)
        ) stock on true
        where link.variant_id = v.id and link.deleted_at is null
      ) end,
      'options', coalesce((
        select json_agg(json_build_object('id', ov.id, 'value', ov.value, 'option_id', ov.option_id, 'option', json_build_object('id', o.id, 'title', o.title)) order by o.id)
        from product_variant_option pvo
        join product_option_value ov on ov.id = pvo.option_value_id and ov.deleted_at is null
        join product_option o on o.id = ov.option_id
        where pvo.variant_id = v.id
      ), '[]')
    ) order by v.variant_rank, v.created_at, v.id)
    from product_variant v where v.product_id = p.id and v.deleted_at is null
  ), '[]')
) as product
from found p
`

export type ProductPageVariant = {
  id: string
  manage_inventory: boolean
  price_set_id: string | null
  inventory_quantity?: number | null
  calculated_price?: unknown
  [field: string]: unknown
}
export type ProductPageProduct = { id: string; variants: ProductPageVariant[]; [field: string]: unknown }

export async function findProductPage(
  pg: Knex,
  input: { handle: string; salesChannelIds: string[]; stockChannelId: string | null }
): Promise<ProductPageProduct | null> {
  const { rows } = await pg.raw<{ rows: { product: ProductPageProduct }[] }>(PRODUCT_PAGE_SQL, {
    handle: input.handle,
    // One comma-separated string: knex would spread an array into a list of parameters.
    channels: input.salesChannelIds.join(","),
    stock_channel: input.stockChannelId,
  })
  return rows[0]?.product ?? null
}
