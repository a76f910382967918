import type { SearchTypes } from "@medusajs/framework/types"

type Event = { name: string; data: Record<string, any> }
type Query = SearchTypes.SearchContainer["query"]

const ids = (data: Record<string, any>): string[] => [data.id].flat().filter(Boolean)

async function graphIds(query: Query, entity: string, field: string, filters: Record<string, unknown>): Promise<string[]> {
  const { data } = await query.graph({ entity, fields: [field], filters })
  const path = field.split(".")
  const collect = (value: any, depth: number): string[] =>
    value == null ? [] : Array.isArray(value) ? value.flatMap((v) => collect(v, depth)) : depth === path.length ? [value] : collect(value[path[depth]!], depth + 1)
  return [...new Set(data.flatMap((row: any) => collect(row, 0)))]
}

/**
 * The products an event touches. Product events carry product ids; the others are walked back to
 * their products: a variant (its prices change through product-variant.updated), an inventory
 * level, a seller (status or profile), an OCOP certificate (its events list `product_ids`), a
 * harvest plan (one per product, keyed by `product_id`) or a window added to one. The season
 * itself moves with the calendar: jobs/refresh-search-seasons.ts rewrites it nightly.
 */
export async function productIdsForEvent(event: Event, query: Query): Promise<string[]> {
  const [entity] = event.name.split(".")
  switch (entity) {
    case "product":
      return ids(event.data)
    case "product-variant":
      return event.data.product_id ? [event.data.product_id] : graphIds(query, "product_variant", "product_id", { id: ids(event.data) })
    case "inventory-level":
      return event.data.inventory_item_id
        ? graphIds(query, "inventory_item", "variants.product_id", { id: event.data.inventory_item_id })
        : graphIds(query, "inventory_level", "inventory_item.variants.product_id", { id: ids(event.data) })
    case "seller":
      return graphIds(query, "seller", "products.id", { id: ids(event.data) })
    case "ocop_certificate":
      return event.data.product_ids ?? graphIds(query, "ocop_certificate", "products.id", { id: ids(event.data) })
    case "harvest_plan":
      return graphIds(query, "harvest_plan", "product_id", { id: ids(event.data) })
    case "harvest_window":
      return graphIds(query, "harvest_window", "plan.product_id", { id: ids(event.data) })
    default:
      return []
  }
}
