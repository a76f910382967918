// Medusa runs a provider's migrations from the provider's own folder, so search-postgres' catalog
// migration (extensions pg_trgm + unaccent, table search_postgres_index) is run from here, as is.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
