import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { SearchParams } from "meilisearch" with { "resolution-mode": "import" }
import { dateFields } from "./fields"
import { literal, toMeilisearchFilter } from "./filters"

type RangeRequest = Extract<SearchTypes.SearchFacetRequest, { type: "range" }>
type FacetRequest = Exclude<SearchTypes.SearchFacetRequest, RangeRequest>

/** "all" and "last" both mean every word must match (Meilisearch always prefix-matches the last one); "any" drops words from the end. */
const MATCHING: Record<SearchTypes.SearchMatchStrategy, SearchParams["matchingStrategy"]> = {
  all: "all",
  last: "all",
  any: "last",
}

export function normalizeFacets(facets: SearchTypes.SearchOptions["facets"] = []): SearchTypes.SearchFacetRequest[] {
  return facets.map((f) => (typeof f === "string" ? { field: f, type: "value" as const } : f))
}

/** The Search Module's query options Meilisearch cannot honour, refused rather than answered wrongly. */
function refuseUnsupported(input: SearchTypes.ProviderSearchQuery) {
  const options = input.search_options ?? {}
  const refuse = (what: string) => {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The Meilisearch provider does not support ${what}`)
  }
  if (options.vector) refuse("search_options.vector (configure Meilisearch embedders through provider_options)")
  if (input.pagination?.cursor !== undefined) refuse("cursor pagination")
  if (options.highlight) refuse("highlighting through the Search Module yet")
}

/**
 * One Search Module query as Meilisearch search parameters: the main query (hits, value facets,
 * stats) plus one hits-less query per range bucket, since Meilisearch counts facet values but not
 * ranges. All of them go to Meilisearch in one multi-search.
 */
export type RangeQuery = { request: RangeRequest; range: RangeRequest["ranges"][number]; params: SearchParams }

export function toSearchParams(input: SearchTypes.ProviderSearchQuery): { main: SearchParams; ranges: RangeQuery[] } {
  refuseUnsupported(input)
  const options = input.search_options ?? {}
  const dates = new Set(dateFields(input.index))
  const filter = toMeilisearchFilter(input.filters, dates)
  const take = input.pagination?.take ?? 20
  const skip = input.pagination?.skip ?? 0
  const sort = Object.entries(input.pagination?.order ?? {})
    .filter(([field]) => field !== "_score")
    .map(([field, dir]) => `${field}:${dir.toLowerCase()}`)
  const facets = normalizeFacets(options.facets)
  const valueFields = facets.filter((f): f is FacetRequest => f.type !== "range").map((f) => f.field)
  const exact = options.count === "exact" && skip % take === 0
  const main: SearchParams = {
    q: input.q ?? "",
    ...(filter ? { filter } : {}),
    ...(exact ? { hitsPerPage: take, page: skip / take + 1 } : { limit: take, offset: skip }),
    ...(sort.length ? { sort } : {}),
    ...(valueFields.length ? { facets: [...new Set(valueFields)] } : {}),
    attributesToRetrieve: input.attributes_to_retrieve.length ? input.attributes_to_retrieve : ["*"],
    ...(options.match_strategy ? { matchingStrategy: MATCHING[options.match_strategy] } : {}),
    ...(options.attributes_to_search_on ? { attributesToSearchOn: options.attributes_to_search_on } : {}),
    ...(options.include_score ? { showRankingScore: true } : {}),
    ...(options.min_score !== undefined ? { rankingScoreThreshold: options.min_score } : {}),
    ...(options.distinct ? { distinct: options.distinct } : {}),
    ...(options.locales?.length ? { locales: options.locales as SearchParams["locales"] } : {}),
    ...(options.provider_options?.meilisearch as SearchParams | undefined),
  }
  const ranges = facets
    .filter((f): f is RangeRequest => f.type === "range")
    .flatMap((request) =>
      request.ranges.map((range) => {
        const bounds = [
          ...(range.from !== undefined ? [`${request.field} >= ${literal(range.from)}`] : []),
          ...(range.to !== undefined ? [`${request.field} < ${literal(range.to)}`] : []),
        ]
        const rangeFilter = [filter, ...bounds].filter(Boolean).map((f) => `(${f})`).join(" AND ")
        return {
          request,
          range,
          params: { q: input.q ?? "", limit: 0, ...(rangeFilter ? { filter: rangeFilter } : {}), ...(main.matchingStrategy ? { matchingStrategy: main.matchingStrategy } : {}) },
        }
      })
    )
  return { main, ranges }
}

/** A range's key as the caller gave it, or "from-to" when it gave none. */
export const rangeKey = (range: RangeRequest["ranges"][number]) => range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`
