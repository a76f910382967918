/** Emitted once a stall's ledger gained an entry; data `{ id, stall_id }`. */
export const STALL_LEDGER_ENTRY_CREATED = "market.stall_ledger_entry.created"
