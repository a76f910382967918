import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { Settings } from "meilisearch" with { "resolution-mode": "import" }
import { flattenFields } from "./fields"

const weightOf = (field: SearchTypes.SearchFieldDefinition) =>
  typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : field.searchable ? 1 : 0

/**
 * Meilisearch index settings for a Search Module index definition.
 *
 * - searchable attributes in order of weight (Meilisearch ranks earlier attributes higher, its
 *   way of weighting fields), filterable = filterable or facetable fields, sortable as declared;
 * - typo tolerance from `settings.typo_tolerance`;
 * - synonyms from the provider options (Vietnamese ↔ English produce names by default).
 *
 * Meilisearch folds diacritics itself (its tokenizer normalises Vietnamese, "đ" included), so
 * "vai thieu" finds "Vải thiều" without a folded copy of the text.
 */
export function meilisearchSettings(
  definition: SearchTypes.ResolvedSearchIndexDefinition,
  synonyms: Record<string, string[]>
): Settings {
  const fields = flattenFields(definition.fields).filter((f) => f.field.type !== "vector")
  const geo = fields.find((f) => f.field.type === "geo")
  if (geo) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The Meilisearch provider does not support geo fields ("${geo.path}")`)
  const typo = definition.settings.typo_tolerance
  const searchable = fields
    .filter((f) => weightOf(f.field) > 0)
    .sort((a, b) => weightOf(b.field) - weightOf(a.field))
    .map((f) => f.path)
  return {
    searchableAttributes: searchable.length ? searchable : ["*"],
    filterableAttributes: [
      ...new Set([definition.primary_key, ...fields.filter((f) => f.field.filterable || f.field.facetable).map((f) => f.path)]),
    ],
    sortableAttributes: fields.filter((f) => f.field.sortable).map((f) => f.path),
    typoTolerance: {
      enabled: typo?.enabled ?? true,
      ...(typo?.min_word_size_for_one_typo || typo?.min_word_size_for_two_typos
        ? {
            minWordSizeForTypos: {
              ...(typo.min_word_size_for_one_typo ? { oneTypo: typo.min_word_size_for_one_typo } : {}),
              ...(typo.min_word_size_for_two_typos ? { twoTypos: typo.min_word_size_for_two_typos } : {}),
            },
          }
        : {}),
      ...(typo?.disabled_on_attributes?.length ? { disableOnAttributes: typo.disabled_on_attributes } : {}),
    },
    distinctAttribute: definition.settings.distinct_attribute ?? null,
    synonyms,
    ...(definition.settings.provider_options?.meilisearch as Settings | undefined),
  }
}

/**
 * Two-way synonyms from groups of equivalent words: every word lists the others. Meilisearch
 * synonyms are one-way, so "vải" → "lychee" and "lychee" → "vải" are both written.
 */
export function synonymsFromGroups(groups: string[][]): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const group of groups) {
    for (const word of group) out[word] = [...new Set([...(out[word] ?? []), ...group.filter((w) => w !== word)])]
  }
  return out
}

/** Vietnamese produce names and their English names, with and without accents. */
export const DEFAULT_SYNONYM_GROUPS: string[][] = [
  ["vải", "vai", "lychee", "litchi"],
  ["gạo", "gao", "rice"],
  ["chè", "che", "trà", "tra", "tea"],
  ["mật ong", "mat ong", "honey"],
  ["xoài", "xoai", "mango"],
  ["cà phê", "ca phe", "coffee"],
  ["nhãn", "nhan", "longan"],
  ["bưởi", "buoi", "pomelo"],
]
