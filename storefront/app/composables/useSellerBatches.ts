import type { SellerBatch } from "~/types/batch"

let inflight: Promise<void> | null = null

/**
 * The signed-in seller's batches, loaded once and shared by every order card on a page (each
 * line offers the batches of its product). Creating, editing or deleting a batch invalidates it.
 */
export function useSellerBatches() {
  const batches = useState<SellerBatch[] | null>("seller-batches", () => null)
  const api = useBatchApi()
  function load(): Promise<void> {
    inflight ??= api
      .list()
      .then((r) => void (batches.value = r.batches))
      .finally(() => (inflight = null))
    return inflight
  }
  return { batches, load, invalidate: () => (batches.value = null) }
}
