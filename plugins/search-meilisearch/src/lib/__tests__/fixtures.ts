import type { SearchTypes } from "@medusajs/framework/types"

/** A resolved product index definition, as the Search Module hands it to a provider. */
export const productIndex: SearchTypes.ResolvedSearchIndexDefinition = {
  name: "product",
  entity: "product",
  primary_key: "id",
  provider: "meilisearch_meilisearch",
  physical_name: "product_v1",
  definition_hash: "test",
  settings: { typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4 } },
  fields: {
    id: { type: "keyword", filterable: true, sortable: true },
    title: { type: "text", searchable: { weight: 3 } },
    description: { type: "text", searchable: { weight: 1 } },
    seller_name: { type: "text", searchable: { weight: 2 } },
    province: { type: "keyword", searchable: { weight: 2 }, filterable: true, facetable: true },
    ocop_stars: { type: "integer", filterable: true, facetable: { types: ["value"] } },
    price_min: { type: "integer", filterable: true, sortable: true, facetable: { types: ["range"] } },
    created_at: { type: "date", filterable: true, sortable: true },
    thumbnail: { type: "keyword" },
  },
  seed: async function* () {},
}
