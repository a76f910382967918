import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch, Task } from "meilisearch" with { "resolution-mode": "import" }
import { dateFields } from "../../lib/fields"
import { toMeilisearchFilter } from "../../lib/filters"
import { DEFAULT_SYNONYM_GROUPS, meilisearchSettings, synonymsFromGroups } from "../../lib/settings"
import { normalizeFacets, rangeKey, toSearchParams, type RangeQuery } from "../../lib/search-params"

export type MeilisearchProviderOptions = {
  host: string
  apiKey?: string
  /** Groups of words that mean the same; defaults to Vietnamese produce names and their English names. */
  synonymGroups?: string[][]
  /** Documents per write request. */
  batchSize?: number
  /** How long `waitForTask` waits, in milliseconds. */
  taskTimeoutMs?: number
}

type Row = Record<string, unknown>

// meilisearch-js is an ES module only; this plugin compiles to CommonJS, so it is loaded with import().
const meilisearch = import("meilisearch")

/**
 * Meilisearch behind Medusa's Search Module. Writes are asynchronous in Meilisearch: every write
 * returns an enqueued task, and `waitForTask` lets the module wait for it (it does before making a
 * freshly seeded version active, and after each event's write). Date fields are stored as epoch
 * milliseconds, which Meilisearch can filter and sort, and given back as ISO strings.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected readonly client_: Promise<Meilisearch>
  protected readonly options_: Required<Omit<MeilisearchProviderOptions, "apiKey">> & { apiKey?: string }
  protected readonly logger_?: Logger

  constructor({ logger }: { logger?: Logger }, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "The Meilisearch provider needs `host` (MEILISEARCH_HOST), e.g. http://localhost:7700")
    }
    this.options_ = { synonymGroups: DEFAULT_SYNONYM_GROUPS, batchSize: 1000, taskTimeoutMs: 60_000, ...options }
    this.client_ = meilisearch.then(({ Meilisearch }) => new Meilisearch({ host: options.host, apiKey: options.apiKey }))
    this.logger_ = logger
  }

  /** Runs a call to Meilisearch, turning "cannot reach it" and API errors into clear Medusa errors. */
  protected async call<T>(what: string, run: (client: Meilisearch) => Promise<T>): Promise<T> {
    const { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } = await meilisearch
    try {
      return await run(await this.client_)
    } catch (error) {
      if (error instanceof MeilisearchApiError) {
        const code = error.cause?.code ? ` (${error.cause.code})` : ""
        throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch refused to ${what}${code}: ${error.message}`)
      }
      if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Meilisearch at ${this.options_.host} is unreachable (while trying to ${what}): ${error.message}. Check MEILISEARCH_HOST and that the server runs.`
        )
      }
      throw error
    }
  }

  protected enqueued(index: string, taskUid: number): SearchTypes.SearchTask {
    return { id: String(taskUid), index, status: "enqueued" }
  }

  protected taskResult(task: Task, index?: string): SearchTypes.SearchTask {
    const status = task.status === "succeeded" ? "succeeded" : task.status === "failed" || task.status === "canceled" ? "failed" : "processing"
    return {
      id: String(task.uid),
      index: index ?? task.indexUid ?? undefined,
      status,
      ...(task.error ? { error: { message: task.error.message, code: task.error.code } } : {}),
    }
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (!task.id) return task
    const done = await this.call("wait for a task", (client) =>
      client.tasks.waitForTask(Number(task.id), { timeout: options?.timeout_ms ?? this.options_.taskTimeoutMs })
    )
    return this.taskResult(done, task.index)
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const settings = meilisearchSettings(index, synonymsFromGroups(this.options_.synonymGroups))
    const uid = index.physical_name
    const { MeilisearchApiError } = await meilisearch
    const exists = await this.call(`look up index ${uid}`, async (client) => {
      try {
        await client.getRawIndex(uid)
        return true
      } catch (error) {
        if (error instanceof MeilisearchApiError && error.cause?.code === "index_not_found") return false
        throw error
      }
    })
    if (!exists) {
      const created = await this.call(`create index ${uid}`, (client) => client.createIndex(uid, { primaryKey: index.primary_key }).waitTask({ timeout: this.options_.taskTimeoutMs }))
      if (created.status === "failed") return this.taskResult(created, uid)
    }
    const task = await this.call(`update the settings of ${uid}`, (client) => client.index(uid).updateSettings(settings))
    return this.waitForTask(this.enqueued(uid, task.taskUid))
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    await this.call(`delete index ${index}`, (client) => client.deleteIndexIfExists(index))
    return { index, status: "succeeded" }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const { results } = await this.call("list indexes", (client) => client.getRawIndexes({ limit: 1000 }))
    const stats = await this.call("read index stats", (client) => client.getStats())
    return results.map((i) => ({
      name: i.uid,
      provider: MeilisearchSearchService.identifier,
      document_count: stats.indexes[i.uid]?.numberOfDocuments ?? 0,
      created_at: new Date(i.createdAt),
      updated_at: new Date(i.updatedAt),
    }))
  }

  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!input.documents.length) return { index: input.index, status: "succeeded" }
    const dates = dateFields(input.definition)
    const documents = input.documents.map((d) => storedDocument(d, dates))
    const tasks: number[] = []
    for (let i = 0; i < documents.length; i += this.options_.batchSize) {
      const batch = documents.slice(i, i + this.options_.batchSize)
      const task = await this.call(`write documents to ${input.index}`, (client) => client.index(input.index).addDocuments(batch, { primaryKey: input.definition.primary_key }))
      tasks.push(task.taskUid)
    }
    // Batches are applied in order: the last task done means every batch is.
    if (tasks.length > 1) {
      for (const uid of tasks.slice(0, -1)) {
        const done = await this.waitForTask(this.enqueued(input.index, uid))
        if (done.status === "failed") return done
      }
    }
    return this.enqueued(input.index, tasks[tasks.length - 1]!)
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const keys = Object.keys(filters)
    const ids = keys.length === 1 ? primaryKeyIds(filters) : null
    const task = await this.call(`delete documents from ${index}`, (client) =>
      client.index(index).deleteDocuments(ids ?? { filter: toMeilisearchFilter(filters) ?? "" })
    )
    return this.enqueued(index, task.taskUid)
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const task = await this.call(`clear ${index}`, (client) => client.index(index).deleteAllDocuments())
    return this.enqueued(index, task.taskUid)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result!
  }

  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const plans = inputs.map((input) => ({ input, ...toSearchParams(input) }))
    const queries = plans.flatMap((p) => [p.main, ...p.ranges.map((r) => r.params)].map((params) => ({ indexUid: p.input.index.physical_name, ...params })))
    const started = Date.now()
    const { results } = await this.call("search", (client) => client.multiSearch({ queries }))
    let at = 0
    return plans.map((plan) => {
      const main = results[at++]!
      const rangeCounts = plan.ranges.map(() => results[at++]!.estimatedTotalHits ?? 0)
      return toResult(plan.input, main as unknown as MeiliResponse, plan.ranges, rangeCounts, Date.now() - started)
    })
  }
}

type MeiliResponse = {
  hits: Row[]
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
  processingTimeMs?: number
}

function toResult(
  input: SearchTypes.ProviderSearchQuery,
  response: MeiliResponse,
  ranges: RangeQuery[],
  rangeCounts: number[],
  elapsed: number
): SearchTypes.SearchResult {
  const dates = dateFields(input.index)
  const primaryKey = input.index.primary_key
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  for (const request of normalizeFacets(input.search_options?.facets)) {
    if (request.type === "range") {
      facets[request.field] = {
        type: "range",
        ranges: ranges.flatMap((r, i) =>
          r.request === request ? [{ key: rangeKey(r.range), from: r.range.from, to: r.range.to, count: rangeCounts[i]! }] : []
        ),
      }
    } else if (request.type === "stats") {
      const stats = response.facetStats?.[request.field]
      facets[request.field] = { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count: response.totalHits ?? response.estimatedTotalHits ?? 0 }
    } else {
      const distribution = Object.entries(response.facetDistribution?.[request.field] ?? {}).map(([value, count]) => ({ value, count }))
      distribution.sort((a, b) => (request.sort === "alpha" ? a.value.localeCompare(b.value, "vi") : b.count - a.count))
      facets[request.field] = { type: "value", values: request.limit ? distribution.slice(0, request.limit) : distribution }
    }
  }
  const count = input.search_options?.count === "none" ? null : (response.totalHits ?? response.estimatedTotalHits ?? 0)
  return {
    hits: response.hits.map((hit) => {
      const { _rankingScore, ...document } = hit
      return {
        id: String(document[primaryKey]),
        ...(typeof _rankingScore === "number" ? { score: _rankingScore } : {}),
        document: readDocument(document, dates),
      }
    }),
    facets,
    metadata: {
      skip: input.pagination?.skip ?? 0,
      take: input.pagination?.take ?? 20,
      count,
      query: input.q,
      processing_time_ms: response.processingTimeMs ?? elapsed,
    },
  }
}

/** `{ id: "a" }`, `{ id: ["a", "b"] }` or `{ id: { $in: [...] } }`: a delete by primary key. */
function primaryKeyIds(filters: SearchTypes.SearchFilters): string[] | null {
  const value = filters.id
  if (typeof value === "string") return [value]
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value as string[]
  const $in = (value as { $in?: unknown } | undefined)?.$in
  return Array.isArray($in) && Object.keys(value as object).length === 1 ? ($in as string[]) : null
}

function storedDocument(document: Row, dates: string[]): Row {
  const out = { ...document }
  for (const path of dates) {
    const value = out[path]
    if (typeof value === "string" || value instanceof Date) out[path] = new Date(value).getTime()
  }
  return out
}

function readDocument(document: Row, dates: string[]): Row {
  const out = { ...document }
  for (const path of dates) if (typeof out[path] === "number") out[path] = new Date(out[path] as number).toISOString()
  return out
}
