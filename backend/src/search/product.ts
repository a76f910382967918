import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { PRODUCT_SOURCE_FIELDS, toProductSearchDocument } from "../lib/search/product-document"
import { productIdsForEvent } from "../lib/search/product-ids-for-event"

/**
 * The shop's product search index, served by whichever Search Module provider is the default
 * (medusa-config.ts: Postgres with Vietnamese folding, or Meilisearch when MEILISEARCH_HOST is set).
 * Documents come from lib/search/product-document.ts; a product that must not be shown (draft,
 * seller suspended or closed) yields no document, which the Search Module turns into a delete.
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable().sortable(),
  title: search.text().searchable({ weight: 3 }).sortable(),
  subtitle: search.text().searchable({ weight: 2 }),
  description: search.text().searchable({ weight: 1 }),
  handle: search.keyword(),
  thumbnail: search.keyword(),
  tags: search.keyword().array().searchable({ weight: 2 }).filterable(),
  category: search.keyword().array().searchable({ weight: 2 }).filterable().facetable(),
  category_handle: search.keyword().array().filterable(),
  seller_id: search.keyword().filterable(),
  seller_name: search.text().searchable({ weight: 2 }),
  seller_handle: search.keyword().searchable({ weight: 1 }).filterable(),
  province: search.keyword().searchable({ weight: 2 }).filterable().facetable(),
  commune: search.keyword().searchable({ weight: 2 }).filterable(),
  ocop_stars: search.integer().filterable().facetable({ types: ["value"] }).sortable(),
  ocop_group: search.keyword().filterable().facetable(),
  ocop_expires_on: search.date().filterable(),
  certifications: search.keyword().array().filterable().facetable(),
  price_min: search.integer().filterable().sortable().facetable({ types: ["range", "stats"] }),
  price_max: search.integer().filterable().sortable(),
  in_stock: search.boolean().filterable(),
  season: search.keyword().filterable().facetable(),
  preorder: search.boolean().filterable(),
  created_at: search.date().filterable().sortable(),
  // Accent-free copy of the words above. search-postgres' own typo tolerance compared a folded
  // query with it by trigrams; our provider corrects words against its lexicon instead (built
  // from the tsvector, which unaccents anyway), so it is redundant there. Dropping it changes the
  // index schema, i.e. a full reindex (10 minutes at 100k products): left for a planned one.
  folded: search.text().searchable({ weight: 1 }).retrievable(false),
})

const source = {
  fields: PRODUCT_SOURCE_FIELDS,
  transform: (rows: Record<string, any>[]) => rows.flatMap((row) => toProductSearchDocument(row) ?? []),
}

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  settings: { typo_tolerance: { enabled: true } },
  events: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
    "seller.status_changed",
    "seller.updated",
    "ocop_certificate.verified",
    "ocop_certificate.revoked",
    "ocop_certificate.expired",
    "harvest_plan.created",
    "harvest_plan.updated",
    "harvest_window.created",
  ],
  consume: graphConsume({
    ...source,
    resolve_ids: (event, { container }) => productIdsForEvent(event, container.query),
    // Only a product's own deletion removes it by id; a deleted variant or level changes a product.
    is_delete: (event) => event.name === "product.deleted",
  }),
  seed: graphSeed(source),
})
