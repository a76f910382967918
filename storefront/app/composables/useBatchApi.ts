import type { BatchInput, LineBatch, SellerBatch } from "~/types/batch"

/** The seller's batches (lô) and their QR labels, and which batch an order line carries. */
export function useBatchApi() {
  const { request } = useSellerApi()
  return {
    list: (productId?: string) =>
      request<{ batches: SellerBatch[]; count: number }>("/seller/batches", { query: { limit: 200, ...(productId ? { product_id: productId } : {}) } }),
    get: (id: string) => request<{ batch: SellerBatch }>(`/seller/batches/${id}`),
    create: (batch: BatchInput & { product_id: string }) => request<{ batch: SellerBatch }>("/seller/batches", { method: "POST", body: batch }),
    update: (id: string, update: Partial<BatchInput>) => request<{ batch: SellerBatch }>(`/seller/batches/${id}`, { method: "POST", body: update }),
    remove: (id: string) => request<{ deleted: boolean }>(`/seller/batches/${id}`, { method: "DELETE" }),
    /** The QR label image (it needs the seller's token, so an <img src> cannot load it directly). */
    qr: (id: string, format: "svg" | "png") => request<Blob>(`/seller/batches/${id}/qr.${format}`, { responseType: "blob" }),

    orderLines: (orderId: string) =>
      request<{ line_items: { id: string; product_id: string | null; batch: LineBatch | null }[] }>(`/seller/orders/${orderId}/batches`),
    setLineBatch: (orderId: string, lineId: string, batchId: string | null) =>
      request<{ line_item_id: string; batch: LineBatch | null }>(
        `/seller/orders/${orderId}/line-items/${lineId}/batch`,
        batchId ? { method: "POST", body: { batch_id: batchId } } : { method: "DELETE" }
      ),
  }
}
