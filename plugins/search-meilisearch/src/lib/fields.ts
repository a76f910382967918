import type { SearchTypes } from "@medusajs/framework/types"

export type FlatField = { path: string; field: SearchTypes.SearchFieldDefinition }

/** An index definition's fields as dotted paths (nested objects flattened, as Meilisearch reads them). */
export function flattenFields(fields: Record<string, SearchTypes.SearchFieldDefinition>, prefix = ""): FlatField[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" && field.fields ? flattenFields(field.fields, path) : [{ path, field }]
  })
}

/** The paths of the date fields: stored as epoch milliseconds so Meilisearch can compare and sort them. */
export function dateFields(definition: SearchTypes.ResolvedSearchIndexDefinition): string[] {
  return flattenFields(definition.fields)
    .filter((f) => f.field.type === "date")
    .map((f) => f.path)
}
