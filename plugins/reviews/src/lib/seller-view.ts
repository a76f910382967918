/** A review as its seller sees it: everything but the buyer's id and which operator hid it. */
export function sellerView<T extends { customer_id?: unknown; hidden_by?: unknown }>({ customer_id: _buyer, hidden_by: _operator, ...review }: T) {
  return review
}
